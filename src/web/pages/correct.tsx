/** @jsxImportSource hono/jsx */
import { timeline } from '../../claims/index.js';
import { dirOf } from '../../model/index.js';
import type { ClaimEntry, ClaimWithEntries } from '../../store/claims.js';
import { CSRF_FIELD } from '../add/csrf.js';
import { claimHref } from '../site.js';

export interface CorrectView {
  csrf: string;
  /** What was wrong with the last try. */
  error?: string;
  /** The last try, to fill the forms again: the claim id typed, the statement chosen to move out, the statement id typed to move in. */
  from?: string;
  statement?: string;
  moveIn?: string;
}

/** The write token field every correction form carries (never filled again: it is a secret). */
export function TokenField({ id }: { id: string }) {
  return <>
    <label for={id}>Write token</label>
    <input id={id} type="password" name="token" required autocomplete="current-password" />
  </>;
}

function MoveOutItem({ e, chosen }: { e: ClaimEntry; chosen: boolean }) {
  const dir = dirOf(e.lang);
  return <li data-statement={e.statementId} {...(chosen ? { 'aria-current': 'true', class: 'chosen' } : {})}>
    <button type="submit" name="statement" value={e.statementId}>Move out</button>{' '}
    <bdi class="speaker" lang={e.lang} dir={dir}>{e.speaker.text}</bdi>:{' '}
    <q lang={e.lang} dir={dir}>{e.content}</q>
  </li>;
}

/**
 * "Correct this grouping" on a claim page, for whoever holds the write token: merge another claim
 * into this one, move a statement in (from another claim or from none), or move one out. All are
 * recorded and survive re-analysis. Works without JS.
 */
export function CorrectBox({ claim, view }: { claim: ClaimWithEntries; view: CorrectView }) {
  const href = claimHref(claim.id);
  const entries = timeline(claim.members) as ClaimEntry[];
  return <section class="correct" aria-labelledby="correct-h">
    <h2 id="correct-h">Correct this grouping</h2>
    <p class="meta">
      Corrections are recorded and kept when articles are analysed again. They need the server's write token.
      This claim's id: <code dir="ltr">{claim.id}</code>
    </p>
    {view.error && <p class="notice error" role="alert">{view.error}</p>}
    <form class="correct merge" action={`${href}/merge`} method="post">
      <input type="hidden" name={CSRF_FIELD} value={view.csrf} />
      <label for="merge-from">Merge another claim into this one: its id or the address of its page</label>
      <input id="merge-from" type="text" name="from" required dir="ltr" value={view.from ?? ''} />
      <TokenField id="merge-token" />
      <button type="submit">Merge into this claim</button>
    </form>
    <form class="correct move-in" action={`${href}/move-in`} method="post">
      <input type="hidden" name={CSRF_FIELD} value={view.csrf} />
      <label for="move-in-statement">Move a statement into this claim: its id</label>
      <input id="move-in-statement" type="text" name="statement" required dir="ltr" aria-describedby="move-in-help" value={view.moveIn ?? ''} />
      <p class="meta" id="move-in-help">
        From another claim or from none. A statement's id (<code dir="ltr">article id:number</code>) is shown after it on its
        article page, as <code>statementId</code> in a claim's JSON and as <code>id</code> in <code>/api/v1/statements</code>,
        and by <code>isnad statements --format json</code>.
      </p>
      <TokenField id="move-in-token" />
      <button type="submit">Move into this claim</button>
    </form>
    <form class="correct move-out" action={`${href}/move-out`} method="post">
      <input type="hidden" name={CSRF_FIELD} value={view.csrf} />
      <p class="meta">Take a statement out of this claim:</p>
      <TokenField id="move-out-token" />
      <ol>{entries.map((e) => <MoveOutItem e={e} chosen={e.statementId === view.statement} />)}</ol>
    </form>
  </section>;
}
