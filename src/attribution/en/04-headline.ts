import { headlineColon } from '../ar/04-headline.js';
import type { Rule } from '../types.js';

/** A headline "X: Y". (A headline "X says Y" is found by en-said-that.) */
export const enHeadlineColon: Rule = { id: 'en-headline-colon', on: 'title', apply: (doc, _h, s) => headlineColon(doc, s, 'en-headline-colon') };
