import { tokenize } from '../text/tokens.js';
import { isCanonical } from './frame.js';
import { claimWords, keysOf } from './lexicon.js';
import { befalls } from './target.js';
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
 * Whom an answer's allegations are against, when it names them right after its opening reference, led to by a
 * preposition of target (`الاتهامات ضد تركيا`, `the accusations against Turkey`: target.ts `befalls`); lifted to the
 * country a body or person stands for.
 */
export function accusedIn(src: Pick<ClaimSource, 'text' | 'lang' | 'entities'>, s: Pick<SourceStatement, 'content'>): string | undefined {
  const first = tokenize(src.text, s.content.start, s.content.end)[0];
  if (!first) return undefined;
  let best: { id: string; at: number } | undefined;
  for (const e of src.entities) {
    if (!isCanonical(e.id)) continue;
    for (const m of e.mentions) if (m.start >= first.end && m.end <= s.content.end && (!best || m.start < best.at)) best = { id: e.country ?? e.id, at: m.start };
  }
  return best && befalls(src.text, src.lang, first.end, best.at) ? best.id : undefined;
}

/** The country a statement's linked speaker stands for: its own (a person's, a body's), or itself when a country. */
export function countryOfSpeaker(src: Pick<ClaimSource, 'entities'>, s: Pick<SourceStatement, 'speaker'>): string | undefined {
  const e = s.speaker.entity ? src.entities.find((x) => x.id === s.speaker.entity) : undefined;
  if (!e || !isCanonical(e.id)) return undefined;
  return e.country ?? (e.type === 'country' ? e.id : undefined);
}

type Referring = { member: Member; alleges?: boolean; refers?: boolean; accused?: string; speaksFor?: string };

/**
 * The reference score (0..1, nearer is higher) of two statements of one article, the later referring to allegations
 * and the earlier reported as one; undefined when not. Not when the answer names whom the allegations are against
 * and the earlier statement's speaker stands for them: the accused makes no allegation against itself (`الاتهامات ضد
 * تركيا لا أساس لها` does not answer the Turkish president's own accusation of others).
 */
export function referenceOf(a: Referring, b: Referring): number | undefined {
  if (a.member.articleId !== b.member.articleId) return undefined;
  const [first, later] = ordinal(a.member) <= ordinal(b.member) ? [a, b] : [b, a];
  if (!first.alleges || !later.refers) return undefined;
  if (later.accused !== undefined && first.speaksFor === later.accused) return undefined;
  return 1 / (1 + ordinal(later.member) - ordinal(first.member));
}
