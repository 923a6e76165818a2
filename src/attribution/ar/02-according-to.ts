import { accordingTo } from '../according-to.js';
import type { Rule } from '../types.js';
import { arabicSubject } from './speaker.js';

/** P7: بحسب/وفقا لـ/نقلا عن + SOURCE, no verb. */
export const arAccordingTo: Rule = {
  id: 'ar-according-to',
  on: 'source',
  // لـ of وفقا لـ sits on the source's first word: the phrase is read without it.
  apply: (doc, hit) => accordingTo(doc, hit, 'ar-according-to', (d, from, end, lam) => arabicSubject(d, from, end, false, lam)),
};
