import { tokenize } from '../text/tokens.js';
import { claimWords, keysOf } from './lexicon.js';
import { statementOrdinal } from './source.js';
import type { ClaimSource, Member, SourceStatement } from './types.js';

// An allegation and its answer in one article (echo.ts `echoOf`, how `reference`): `… ادعى فيها بأن السعودية راعية
// للإرهاب` then `أشارت الأمانة العامة إلى أن هذه الادعاءات تنافي الواقع` — the answer names no proposition of its own
// but refers back to the allegation (R2: a claim and its denial are one claim). The answer's opening reference is read
// with the article's other concept phrases (frame.ts `answers`).

/** Allegation cues as `lang:key` (data/lexicons/claims/allegation-cues.tsv). */
const allegationCues = claimWords('allegation-cues.tsv');

/** Is the statement reported as an allegation: an accusation, or a cue of allegation (`ادعى`, `claimed`)? */
export function alleges(src: Pick<ClaimSource, 'lang'>, s: Pick<SourceStatement, 'stance' | 'cue'>): boolean {
  if (s.stance === 'accuse') return true;
  if (!s.cue) return false;
  return tokenize(s.cue).some((t) => keysOf(t.text).some((k) => allegationCues().has(`${src.lang}:${k}`)));
}

const ordinal = (m: Member) => statementOrdinal(m.statementId);

/**
 * The reference score (0..1, nearer is higher) of two statements of one article, the later referring to allegations
 * and the earlier reported as one; undefined when not.
 */
export function referenceOf(a: { member: Member; alleges?: boolean; refers?: boolean }, b: { member: Member; alleges?: boolean; refers?: boolean }): number | undefined {
  if (a.member.articleId !== b.member.articleId) return undefined;
  const [first, later] = ordinal(a.member) <= ordinal(b.member) ? [a, b] : [b, a];
  if (!first.alleges || !later.refers) return undefined;
  return 1 / (1 + ordinal(later.member) - ordinal(first.member));
}
