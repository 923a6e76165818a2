import { evaluativeKind } from './evaluative.js';
import { familyWordsIn } from './incident-words.js';
import type { Frame } from './frame.js';
import { memberOf } from './group.js';
import { conceptOf, eventLexicon, type EventLexicon } from './lexicon.js';
import { marksConflict, placeMarksApart, sideOf } from './marks.js';
import { hasRole } from './frame-words.js';
import { isSetting } from './setting.js';
import { tokenize } from '../text/tokens.js';
import { datesOf, titleOf } from './summary.js';
import type { Claim, ClaimSource, Member } from './types.js';

// R6 at the level of the article: a title reports its story's incident (`غرق 30 مهاجرا قبالة السواحل`), and the
// body tells the incident's details in sentences of their own, by different speakers and in other words — the toll
// (`لقوا حتفهم`), a spokesman doubting it (`عدد الوفيات المفترض`), the coast guard finding no more drowned (`غرقى`). Each
// sentence meets its copy in another outlet in the echo pool (echo.ts) and forms a claim of its own, and these claims
// are one proposition. After an article is placed, the claims holding its statements that name an incident family of
// its title (data/lexicons/claims/title-events.tsv: death, injury, clashes, shelling, attack) become one, family by
// family (`planTitleEvents`; applied in memory by `mergeTitleEvents`, in the store by store.ts). On unless turned off
// (constants-title.ts TITLE_EVENTS_DEFAULT).
// A step after grouping and the echo pool, not inside them: grouping such statements in the article instead (session
// 7's main-event groups) takes them out of the pool — a concept group's statements echo no other outlet's, and its
// claim is matched by concept and key entities alone — so another outlet's copy of the same details forms a claim of
// its own (event-details.ts). Merging the claims once every statement has met its copies keeps the pool as it is.
// A statement of the family in no claim joins only a claim that other outlets' statements are in already: a lone
// article's mentions of its incident are left where they are.

/** What a title says of its story's incident: the families it names, and its event concept (events.tsv), if any. */
export interface TitleIncident {
  families: ReadonlySet<string>;
  concept?: string;
}

/** The incident a title names (`ليبيا: قتيلان في اشتباكات بنغازي` → death, clash), a setting of it included. */
export function titleIncidentOf(src: Pick<ClaimSource, 'text' | 'lang' | 'titleEnd'>, lex: EventLexicon = eventLexicon()): TitleIncident {
  const concept = conceptOf(src.text, 0, src.titleEnd, lex)?.concept;
  return { families: new Set(familyWordsIn(src.text, src.lang, 0, src.titleEnd).map((w) => w.family)), ...(concept ? { concept } : {}) };
}

/** Why a statement tells no detail of its title's incident. */
export type TitleEventRefusal = 'closed' | 'evaluates' | 'no-family' | 'other-event' | 'marks';

export type TitleEventResult = { ok: true; families: string[] } | { ok: false; reason: TitleEventRefusal };

/**
 * The title's incident families a statement of the article names, or why none counts:
 * - `closed`: a carrier, a piece of another statement, an evaluation, a bare reference or a fragment (frame.ts; R3, R4);
 * - `evaluates`: evaluative words anywhere (evaluative.ts): a verdict on the incident, not a detail of it;
 * - `no-family`: no word of the title's families, but as the clause's time at its end (`بعد الهجوم`, `عندما غرق
 *   المركب`: setting.ts) — a reaction to the incident, or another deed during it;
 * - `other-event`: an event concept (events.tsv) the title does not name: another event (the arrest raid beside the
 *   killing), or the risk of one (`خطر حدوث هجوم`, a warning before it); or another incident of the title's kind
 *   (`anotherIncident`: `سبعة قتلوا في تفجير آخر`, seven killed in another bombing);
 * - `marks`: a place or day the title names another of (marks.ts: another attack).
 */
export function titleEventOf(src: ClaimSource, f: Frame, title: TitleIncident, lex: EventLexicon = eventLexicon()): TitleEventResult {
  if (f.carrier || f.inner || f.evaluation || f.reference || f.fragment) return { ok: false, reason: 'closed' };
  const { start, end, text } = f.statement.content;
  if (evaluativeKind(text, src.lang) !== undefined) return { ok: false, reason: 'evaluates' };
  const named = familyWordsIn(src.text, src.lang, start, end)
    .filter((w) => title.families.has(w.family) && !isSetting(src.text, src.lang, start, w.start, end, ['after', 'when']))
    .map((w) => w.family);
  if (!named.length) return { ok: false, reason: 'no-family' };
  const concept = conceptOf(src.text, start, end, lex)?.concept;
  if ((concept && concept !== title.concept) || anotherIncident(src, start, end)) return { ok: false, reason: 'other-event' };
  if (marksConflict(sideOf([src.text.slice(0, src.titleEnd)], () => src.lang), sideOf([text], () => src.lang))) return { ok: false, reason: 'marks' };
  return { ok: true, families: [...new Set(named)] };
}

/**
 * The incident families that count an incident's victims (title-events.tsv): a word of `another` after one of them is
 * another victim of the same incident (`قتل شخص وأصيب آخر`, one killed and another wounded), not another incident.
 */
const VICTIM_FAMILIES: ReadonlySet<string> = new Set(['death', 'injury']);

/**
 * Does text[start, end) tell another incident than the one already told: an incident word (title-events.tsv, not of a
 * victim family) with a word of `another` right after it in Arabic or right before it in English (frame-words.tsv:
 * `تفجير آخر`, `another bombing`)? Its statement tells that incident's details, not the title's (R6: another event is
 * another claim). Session 17: with continuation.ts's figures, dev7 P 0.774 → 0.889 (a second bombing's toll no longer
 * merged into the first's); no other set moved.
 */
export function anotherIncident(src: Pick<ClaimSource, 'text' | 'lang'>, start: number, end: number): boolean {
  const toks = tokenize(src.text, start, end);
  return familyWordsIn(src.text, src.lang, start, end).some((w) => {
    if (VICTIM_FAMILIES.has(w.family)) return false;
    const i = toks.findIndex((t) => t.start === w.start);
    const other = i < 0 ? undefined : src.lang === 'en' ? toks[i - 1] : toks[i + 1];
    return other !== undefined && hasRole(other.text, src.lang, 'another');
  });
}

/** A claim as the plan reads it: how many members it has, and of which articles. */
export interface ClaimSize { members: number; articles: ReadonlySet<string> }

/** The merges and joins `planTitleEvents` decides, in the order they are applied. */
export interface TitleEventPlan {
  /** Claims merged away, each into the claim that survives it. */
  merges: { from: string; into: string }[];
  /** Statements of the incident in no claim, and the claim each joins (rule `detail`). */
  joins: { frame: Frame; claimId: string }[];
}

/**
 * What placement does for the title's incident (in memory: `mergeTitleEvents`; in the store: store.ts), given the claim
 * of each of the article's statements (`claimOf`, by statement id) and the size of each such claim:
 * 1. per family, the claims of the statements that tell the incident (`titleEventOf`) merge into the one with the most
 *    members (then the smallest id), which keeps its id, concept and key entities — but a claim whose tellings name
 *    another place or day than the survivor's (marks.ts `marksConflict`), which tells another incident; merging two
 *    claims asks more than a statement's join: their place names (after a place noun) must meet (marks.ts
 *    `placeMarksApart`), a name the other side only mentions in passing does not count (`a strike on the district of
 *    Soran north of Aleppo` is not the survivor's `raid near the city of Hasakah`, though a telling of it also counts
 *    `shelling on the city of Aleppo`; dev10 P 0.489 → 0.532, F1 0.276 → 0.282, no other set moved; on the fresh corpus
 *    it keeps one merge apart, rightly);
 * 2. a statement of the incident in no claim joins the claim of its families that holds other articles' statements too,
 *    when there is exactly one.
 */
export function planTitleEvents(src: ClaimSource, frames: readonly Frame[], claimOf: ReadonlyMap<string, string>, sizes: ReadonlyMap<string, ClaimSize>,
  lex: EventLexicon = eventLexicon()): TitleEventPlan {
  const plan: TitleEventPlan = { merges: [], joins: [] };
  const title = titleIncidentOf(src, lex);
  if (!title.families.size) return plan;
  const byFamily = new Map<string, Set<string>>();
  const loose: { frame: Frame; families: string[] }[] = [];
  // The contents of the article's statements telling the incident, by claim: two claims whose tellings name different
  // places or days (marks.ts) are two incidents (`a strike … in the city of Raqqa`, `another strike … in Deir ez-Zor`).
  const tellings = new Map<string, string[]>();
  for (const f of frames) {
    const r = titleEventOf(src, f, title, lex);
    if (!r.ok) continue;
    const id = claimOf.get(f.statement.id);
    if (!id) loose.push({ frame: f, families: r.families });
    else {
      for (const family of r.families) byFamily.set(family, (byFamily.get(family) ?? new Set()).add(id));
      tellings.set(id, [...(tellings.get(id) ?? []), f.statement.content.text]);
    }
  }
  const sideOfClaim = (id: string) => sideOf(tellings.get(id) ?? [], () => src.lang);
  // A claim merged away under one family is found in its survivor under the next.
  const size = new Map(sizes);
  const movedTo = new Map<string, string>();
  const survivor = (id: string) => {
    while (movedTo.has(id)) id = movedTo.get(id)!;
    return id;
  };
  for (const ids of byFamily.values()) {
    const live = [...new Set([...ids].map(survivor))].sort((a, b) => size.get(b)!.members - size.get(a)!.members || (a < b ? -1 : 1));
    const [into, ...rest] = live;
    for (const from of rest) {
      if (marksConflict(sideOfClaim(into), sideOfClaim(from)) || placeMarksApart(sideOfClaim(into), sideOfClaim(from))) continue;
      tellings.set(into, [...(tellings.get(into) ?? []), ...(tellings.get(from) ?? [])]);
      const x = size.get(into)!, y = size.get(from)!;
      size.set(into, { members: x.members + y.members, articles: new Set([...x.articles, ...y.articles]) });
      movedTo.set(from, into);
      plan.merges.push({ from, into });
    }
  }
  for (const { frame, families: named } of loose) {
    const ids = [...new Set(named.flatMap((family) => [...(byFamily.get(family) ?? [])].map(survivor)))];
    const confirmed = ids.filter((id) => size.get(id)!.articles.size > 1);
    if (confirmed.length === 1) plan.joins.push({ frame, claimId: confirmed[0] });
  }
  return plan;
}

/** A claim with members added or merged in: its title and dates recomputed, its id, concept and key entities kept. */
const withMembers = (c: Claim, members: Member[]): Claim => ({ ...c, title: titleOf(members, c.keyEntities), ...datesOf(members), members });

/** Merges, in `claims` (mutated), the claims that tell the title's incident (`planTitleEvents`); returns the ids merged away. */
export function mergeTitleEvents(claims: Map<string, Claim>, src: ClaimSource, frames: readonly Frame[], fallbackDate: string,
  lex: EventLexicon = eventLexicon()): string[] {
  const claimOf = new Map<string, string>();
  const sizes = new Map<string, ClaimSize>();
  for (const c of claims.values()) for (const m of c.members) if (m.articleId === src.articleId) {
    claimOf.set(m.statementId, c.id);
    sizes.set(c.id, { members: c.members.length, articles: new Set(c.members.map((x) => x.articleId)) });
  }
  const plan = planTitleEvents(src, frames, claimOf, sizes, lex);
  for (const { from, into } of plan.merges) {
    const c = claims.get(into)!;
    claims.set(into, withMembers(c, [...c.members, ...claims.get(from)!.members]));
    claims.delete(from);
  }
  for (const { frame, claimId } of plan.joins) {
    const c = claims.get(claimId)!;
    claims.set(claimId, withMembers(c, [...c.members, memberOf(src, frame, 'detail', fallbackDate)]));
  }
  return plan.merges.map((m) => m.from);
}
