import { colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { hitStartsAt, quoteOpeningAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { skipAdjuncts, speechQuoteAt } from './content.js';
import { frameAfterAdverbial, MAX_ADJUNCT_TOKENS, saidParticleAfter, SAY } from './particle.js';
import { afterSpeechAdjunct } from './speech-adjunct.js';
import { objectAfterPlace } from './verb-content.js';

// Where a verb–subject cue's content starts when a preposition stands after the subject (01-verb-subject.ts): the verb's
// own frame (أشار إلى أن، حذر من أن), the outlet spoken to (قال لـ«الشرق الأوسط»), the occasion of speaking (في بيان) or
// a short adverbial (في وقت لاحق) before the particle. Apart from the rule so that the rule reads as its steps.

/** Most words of an adverbial passed before the particle after a bare verb (no subject read). */
const MAX_BARE_ADJUNCT_TOKENS = 4;

/** Where the content starts from token `after`, and the frame preposition passed there (-1: none). */
export function pastFramePreposition(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, after: number, end: number, hasSubject: boolean): { after: number; preposition: number } {
  const { cue } = hit;
  let preposition = -1;
  // A preposition of the verb's frame before a complement (أشار إلى أن، حذر من أن) or a bare frame (أشار إلى X).
  while (after < end && doc.lex.words.get(doc.keys[after]) === 'preposition' && !colonBefore(doc, after)) {
    const next = after + 1;
    preposition = after;
    // قال لـ«الشرق الأوسط»: skip the quoted addressee.
    const addressee = speechQuoteAt(doc, next) ?? quoteTokensAt(doc, next);
    if (doc.keys[after].length === 1 && addressee) { after = skipAdjuncts(doc, addressee.to, end); continue; }
    if (next < end && isComplement(doc, next)) { after = next; break; }
    // وأعلنت المديرية، في بيان صحفي، عن …: the occasion of speaking is passed whole (ar/speech-adjunct.ts).
    const spoken = hit.required ? -1 : afterSpeechAdjunct(doc, cue.frame, after, end);
    if (spoken >= 0) {
      after = cue.lemma === SAY ? saidParticleAfter(doc, spoken, end) : spoken;
      preposition = -1;
      // A quotation opening there is the content, whatever its first word (في 30 يوليو …).
      if (quoteOpeningAt(doc, after)) break;
      continue;
    }
    if (!hit.required) {
      // وأضاف في وقت لاحق أن، وقال عراقجي خلال حضوره اجتماعا … أمس الخميس أن: skip an adverbial before the particle
      // (short after a bare verb; up to a comma, a colon or another cue after a subject).
      const window = hasSubject ? MAX_ADJUNCT_TOKENS : MAX_BARE_ADJUNCT_TOKENS;
      let k = next;
      while (k < Math.min(end, next + window) && !isComplement(doc, k) && !commaBefore(doc, k)
        && !colonBefore(doc, k) && !quoteOpeningAt(doc, k) && !hitStartsAt(doc, k)) k++;
      // أكدوا بعد زيارتهم للمدينة على ضرورة …: the verb's own preposition (على، إلى) after the adverbial opens the content.
      const own = k === next ? -1 : frameAfterAdverbial(doc, cue.frame, after, k);
      const object = k < end && isComplement(doc, k) ? -1 : objectAfterPlace(doc, cue, preposition, end);
      after = k < end && isComplement(doc, k) ? k : own >= 0 ? own : object >= 0 ? object : next;
      // قال الوزير في تصريحات يرجح أن تثير …، إنّ …: the أن of a verb inside the adverbial is not قال's إنّ.
      if (after === k && cue.lemma === SAY) after = saidParticleAfter(doc, k, end);
    } else after = next;
    break;
  }
  return { after, preposition };
}
