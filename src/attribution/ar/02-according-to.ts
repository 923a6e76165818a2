import { accordingTo } from '../according-to.js';
import type { Doc, Draft, Hit, Rule } from '../types.js';
import { firstWordAt } from '../../text/words.js';
import { cueStartsAt } from '../doc.js';
import { arabicSubject } from './speaker.js';

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

/** P7: بحسب/وفقا لـ/نقلا عن + SOURCE, no verb. */
export const arAccordingTo: Rule = {
  id: 'ar-according-to',
  on: 'source',
  // لـ of وفقا لـ sits on the source's first word: the phrase is read without it.
  apply: (doc: Doc, hit: Hit | undefined) => {
    const draft = accordingTo(doc, hit, 'ar-according-to', (d, from, end, lam) => arabicSubject(d, from, end, false, lam, true));
    return draft && opensWithCue(doc, draft) ? null : draft;
  },
};
