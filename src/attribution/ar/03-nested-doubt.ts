import { nestedDoubt } from '../hedge.js';
import type { Rule } from '../types.js';
import { arabicSubjectBefore } from './speaker-before.js';

/** وأشار إلى أن البنتاغون لم يتمكن من تأكيد …: the inner source's doubt, beside the outer statement. */
export const arNestedDoubt: Rule = {
  id: 'ar-nested-anna',
  on: 'hedge',
  apply: (doc, hit) => nestedDoubt(doc, hit, 'ar-nested-anna', arabicSubjectBefore),
};
