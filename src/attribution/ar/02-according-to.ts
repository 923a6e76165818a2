import { accordingTo } from '../according-to.js';
import type { Doc, Draft, Hit, Rule } from '../types.js';
import { firstWordAt } from '../../text/words.js';
import { cueStartsAt, gapHas, sentenceStart } from '../doc.js';
import { gapChars } from '../gaps.js';
import { arabicSubject } from './speaker.js';
import { RELATIVES } from './antecedent.js';
import { colonBefore, isComplement, quoteTokensAt } from '../clause.js';
import { MAX_QUOTED_NAME_TOKENS } from '../constants.js';
import { isStopWord } from './speaker-words.js';
import { SAY } from './particle.js';
import { headsSource } from './source-head.js';
import { lacksSayingNoun, sayingPronounAt } from './saying-noun.js';

/** The particle قد (with و/ف written on it) before a past verb, as match keys: فقد أوضح، وقد أكد. */
const QAD = new Set(['قد', 'فقد', 'وقد']);

/**
 * ar-according-to-cue: وبحسب رويترز، فقد أوضح فلان أن …: a source side that opens with قد and a cue is that cue's own
 * statement (the cue rule reads its speaker and content), as a side that opens with the cue itself is.
 */
function opensWithCue(doc: Doc, draft: Draft): boolean {
  const i = firstWordAt(doc.tokens, draft.content[0]);
  if (!QAD.has(doc.keys[i] ?? '')) return false;
  return cueStartsAt(doc, i + 1);
}

/** Tokens from a relative pronoun to the particle of its cue (الذي قال إنه، التي أضافت أن), at most. */
const MAX_RELATIVE_TO_PARTICLE = 3;

/**
 * وفق ما قال الوزير فلان، الذي أضاف أن …: a side that opens with a relative pronoun and a cue is what that cue
 * reports, from its particle on; the same range as the cue rule's (ar-relative), so the two make one statement.
 * The draft unchanged when the side opens otherwise, null when no particle follows the cue.
 */
function afterRelativeCue(doc: Doc, draft: Draft): Draft | null {
  const i = firstWordAt(doc.tokens, draft.content[0]);
  if (RELATIVES[doc.keys[i] ?? ''] === undefined || !cueStartsAt(doc, i + 1)) return draft;
  for (let k = i + 2; k <= i + MAX_RELATIVE_TO_PARTICLE && k + 1 < doc.tokens.length; k++) {
    if (isComplement(doc, k)) return { ...draft, content: [doc.tokens[k + 1].start, draft.content[1]] };
  }
  return null;
}

const OPEN_BRACKET = gapChars('(');

/**
 * …«لم يعد للهدنة أي معنى» (حسب البيان).: a source in brackets after a cue in its sentence names where the cue's words
 * were read, and reports nothing of its own.
 */
function bracketedAfterCue(doc: Doc, hit: Hit | undefined): boolean {
  if (hit?.type !== 'source' || !gapHas(doc, hit.start, OPEN_BRACKET)) return false;
  const floor = sentenceStart(doc, hit.start);
  return doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.end <= hit.start);
}

/**
 * بحسب «الشرق الأوسط»، وفقا لـ"رويترز": a short quoted name right after the source words is the whole source; its end,
 * or -1 when no such quotation opens at `from`.
 */
function quotedSourceEnd(doc: Doc, from: number, end: number): number {
  const q = quoteTokensAt(doc, from);
  if (!q || q.to > end || q.to - q.from > MAX_QUOTED_NAME_TOKENS) return -1;
  for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return -1;
  return q.to;
}

/** Most words between قال and a source that relays it (وقال في تصريح وفقا لـ…). */
const MAX_OCCASION_TOKENS = 4;

/**
 * وقال في تصريح وفقا لـ"واس" …، إن …: a content before the source that ends in a cue whose particle has not come yet
 * names the occasion of that cue, which reports what follows; the source only relays it.
 */
function relaysLaterCue(doc: Doc, draft: Draft, hit: Hit): boolean {
  if (draft.content[1] > doc.tokens[hit.start].start) return false;
  const cue = doc.hits.filter((h) => h.type === 'cue' && doc.tokens[h.start].start >= draft.content[0] && h.end <= hit.start).pop();
  if (cue?.type !== 'cue' || cue.cue.lemma !== SAY || hit.start - cue.end > MAX_OCCASION_TOKENS) return false;
  for (let k = cue.end; k < hit.start; k++) if (isComplement(doc, k) || colonBefore(doc, k)) return false;
  return true;
}

/** A complement particle at token i, with و/ف written on it or not (فإن، وأن). */
const particleAfter = (doc: Doc, i: number): boolean => i < doc.keys.length
  && (isComplement(doc, i) || doc.lex.words.get(doc.keys[i].replace(/^[وف]/, '')) === 'complement');

/** P7: بحسب/وفقا لـ/نقلا عن + SOURCE, no verb. */
export const arAccordingTo: Rule = {
  id: 'ar-according-to',
  on: 'source',
  // لـ of وفقا لـ sits on the source's first word: the phrase is read without it.
  apply: (doc: Doc, hit: Hit | undefined) => {
    if (bracketedAfterCue(doc, hit)) return null;
    // على حد سواء: a phrase that names its source only through a noun of saying (ar/saying-noun.ts).
    if (hit?.type === 'source' && lacksSayingNoun(doc, hit)) return null;
    // وفق الخطط المعتمدة، بحسب الحاجة: a plan or a rule after the particle heads no source (source-head.ts).
    const draft = accordingTo(doc, hit, 'ar-according-to', (d, from, end, lam) => {
      if (!headsSource(d, from, lam)) return from;
      // بحسب قوله، على حد قولها: the noun of saying with its pronoun is the whole source (قوله is also a cue word).
      if (!lam && sayingPronounAt(d, from)) return from + 1;
      const quoted = lam ? -1 : quotedSourceEnd(d, from, end);
      return quoted > 0 ? quoted : arabicSubject(d, from, end, false, lam, true);
    });
    // …إثر لقاء بحسب قوله، مع «مافيا»: the last speaker's words are the clause before the source, or after it only
    // through a particle (وحسب قولها فإن …).
    if (draft && hit?.type === 'source' && sayingPronounAt(doc, hit.end) && draft.content[0] > doc.tokens[hit.end].end && !particleAfter(doc, hit.end + 1)) return null;
    return draft && hit && !opensWithCue(doc, draft) && !relaysLaterCue(doc, draft, hit) ? afterRelativeCue(doc, draft) : null;
  },
};
