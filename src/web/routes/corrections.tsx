/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { mergeClaims, moveIn, moveOut, type CorrectionResult } from '../../claims/index.js';
import { claimRecord, claimsDb, getClaim } from '../../store/claims.js';
import { CSRF_FIELD, sameSecret } from '../add/csrf.js';
import { correctCsrfOk } from '../correct/csrf.js';
import type { CorrectView } from '../pages/correct.js';
import { claimHref, type Site } from '../site.js';
import { REFUSAL_STATUS } from './api-corrections.js';
import { showClaim } from './claims.js';
import { notFound, render } from './render.js';

// The claim page's correction forms (the web side of `isnad claims merge`, `move-in` and `move-out`): behind the
// write token and the CSRF checks as /add is; success goes back to the claim page (303), a refusal
// shows that page again with the reason and what was typed.

/** Bytes of a correction form: a claim or statement id, the tokens. */
const FORM_MAX_BYTES = 8 * 1024;

type Last = Omit<CorrectView, 'csrf'>;
type Form = { field: (k: string) => string };

/** The page saying that corrections need a write token the server lacks. */
const disabled = (c: Context, site: Site) => render(c, site, { title: 'Corrections disabled', noShare: true }, <>
  <h1>Correcting claims is disabled</h1>
  <p class="notice" role="status">
    This server has no write token. Whoever runs it can set <code>ISNAD_TOKEN</code> and restart <code>isnad serve</code>,
    or correct claims from the command line with <code>isnad claims merge A B</code>, <code>isnad claims move-in STATEMENT_ID CLAIM</code>
    and <code>isnad claims move-out STATEMENT_ID</code>.
  </p>
</>, 403);

/** The form's fields, or the refusal of a post that does not come from our form with the write token. */
async function checkedForm(c: Context, site: Site, id: string, last: (f: Form) => Last): Promise<{ ok: true; form: Form } | { ok: false; res: Response }> {
  const body = await c.req.parseBody();
  const form: Form = { field: (k) => (typeof body[k] === 'string' ? (body[k] as string) : '') };
  if (!correctCsrfOk(c, site, form.field(CSRF_FIELD))) {
    return { ok: false, res: await showClaim(c, site, id, { ...last(form), error: 'The form had expired or did not come from this site. Please send it again.' }, 403) };
  }
  if (!sameSecret(form.field('token'), site.writeToken ?? '')) return { ok: false, res: await showClaim(c, site, id, { ...last(form), error: 'Wrong write token.' }, 403) };
  return { ok: true, form };
}

/** A claim id as typed, or taken from a pasted claim page address (`…/claims/<encoded id>`). */
export function claimIdOf(typed: string): string {
  const t = typed.trim();
  const m = /\/claims\/([^/?#]+)/.exec(t);
  if (!m) return t;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return t;
  }
}

/**
 * A statement id as typed (`<article id>:<n>`), or taken from a pasted address of its place on the
 * article page (`…/articles/<encoded id>#statement-<n>` or `#s-<n>`).
 */
export function statementIdOf(typed: string): string {
  const t = typed.trim();
  const m = /\/articles\/([^/?#]+)[^#]*#(?:statement-|s-)(\d+)$/.exec(t);
  if (!m) return t;
  try {
    return `${decodeURIComponent(m[1])}:${m[2]}`;
  } catch {
    return t;
  }
}

async function statementExists(site: Site, id: string): Promise<boolean> {
  return Boolean(await site.store.db.selectFrom('statements').select('id').where('id', '=', id).executeTakeFirst());
}

/** Back to the claim a correction left, or to the claims list when its last statement moved out. */
async function backTo(c: Context, site: Site, claim: string): Promise<Response> {
  return c.redirect((await claimRecord(claimsDb(site.store.db), claim)) ? claimHref(claim) : '/claims', 303);
}

/** Why a correction was refused, in the words of the page. */
function refusal(r: Extract<CorrectionResult, { ok: false }>, last: Last): string {
  switch (r.reason) {
    case 'same-claim': return 'A claim cannot be merged into itself.';
    case 'no-such-claim': return `No claim has the id ${last.from ?? ''}.`;
    case 'no-such-statement': return 'No statement has this id.';
    case 'not-in-a-claim': return 'This statement is in no claim any more: it may have been moved out already.';
    case 'already-in-claim': return 'This statement is in this claim already.';
  }
}

export function mountCorrections(app: Hono, site: Site): void {
  const limit = bodyLimit({
    maxSize: FORM_MAX_BYTES,
    onError: (c) => render(c, site, { title: 'Refused', noShare: true }, <><h1>Refused</h1><p>The form was too large.</p></>, 413),
  });

  /**
   * A correction form's route: the write token, CSRF and token checks, its one field (`given` of what was typed) required
   * (`missing` says so), then `act`, whose refusal shows the page again with the reason.
   */
  const correction = (path: string, lastOf: (f: Form) => Last, given: (l: Last) => string | undefined, missing: string,
    act: (c: Context, id: string, value: string, last: Last) => Promise<CorrectionResult | Response>) =>
    app.post(path, csrf(), limit, async (c) => {
      if (!site.writeToken) return disabled(c, site);
      const id = c.req.param('id')!;
      const checked = await checkedForm(c, site, id, lastOf);
      if (!checked.ok) return checked.res;
      const last = lastOf(checked.form);
      const value = given(last);
      if (!value) return showClaim(c, site, id, { ...last, error: missing }, 400);
      const r = await act(c, id, value, last);
      if (r instanceof Response) return r;
      return r.ok ? backTo(c, site, r.claim) : showClaim(c, site, id, { ...last, error: refusal(r, last) }, REFUSAL_STATUS[r.reason]);
    });

  correction('/claims/:id/merge', (f) => ({ from: claimIdOf(f.field('from')) }), (l) => l.from, 'Give the id of the claim to merge into this one.',
    (_c, id, from) => mergeClaims(site.store, id, from, { now: site.now }));

  // An unknown claim of the path is the page's 404 (showClaim), whatever moveIn says of the statement.
  correction('/claims/:id/move-in', (f) => ({ moveIn: statementIdOf(f.field('statement')) }), (l) => l.moveIn, 'Give the id of the statement to move into this claim.',
    (_c, id, statement) => moveIn(site.store, statement, id, { now: site.now }));

  correction('/claims/:id/move-out', (f) => ({ statement: f.field('statement') }), (l) => l.statement, 'Choose a statement to move out.',
    async (c, id, statement, last) => {
      // Only out of this page's claim: moveOut would take the statement out of whichever claim holds it.
      const claim = await getClaim(claimsDb(site.store.db), id);
      if (!claim) return notFound(c, site, 'No such claim');
      if (!claim.members.some((m) => m.statementId === statement)) {
        const known = await statementExists(site, statement);
        return showClaim(c, site, id, { ...last, error: known ? 'This statement is not in this claim (any more): it may have been moved out already.' : 'No statement has this id.' }, known ? 409 : 404);
      }
      return moveOut(site.store, statement, { now: site.now });
    });
}
