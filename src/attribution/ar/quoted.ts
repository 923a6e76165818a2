import type { Doc, Draft } from '../types.js';
import { tokenAt } from './relative.js';
import { isTitle } from './speaker-words.js';

/** Rules whose speaker is a phrase written out beside the cue (not a bare verb, not a relative clause). */
const EXPLICIT = new Set(['ar-subject-verb', 'ar-verb-subject-anna', 'ar-verb-subject-quote', 'ar-verb-subject-object']);

/**
 * A cue inside a quotation is the quoted speaker's own words (نطالب المجتمع الدولي …), except a report of a
 * third party named with a title (كيري: «… لكن الرئيس الإيراني حسن روحاني قال إنه مهتم …»): that one is a
 * nested statement of its own, whose content stays inside the quotation.
 */
export function reportsThirdParty(doc: Doc, d: Draft, quote: { start: number; end: number }): boolean {
  if (!EXPLICIT.has(d.rule) || d.speaker.kind !== 'span' || d.speaker.gender === 'pl' || d.speaker.gender === 'du') return false;
  if (d.content[1] > quote.end || d.speaker.start < quote.start) return false;
  const i = tokenAt(doc, d.speaker.start);
  return i >= 0 && isTitle(doc, i);
}
