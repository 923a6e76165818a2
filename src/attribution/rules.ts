import { arVerbSubject } from './ar/01-verb-subject.js';
import { arAccordingTo } from './ar/02-according-to.js';
import { arNestedDoubt } from './ar/03-nested-doubt.js';
import { arHeadlineColon, arHeadlineSubjectFirst } from './ar/04-headline.js';
import { enSaidThat } from './en/01-said-that.js';
import { enQuoteSaid } from './en/02-quote-said.js';
import { enAccordingTo, enCouldNotConfirm } from './en/03-according-to.js';
import { enHeadlineColon } from './en/04-headline.js';
import { enInverted } from './en/05-inverted.js';
import { enLabel } from './en/06-label.js';
import type { Rule } from './types.js';

/** Rules per language, tried in this order for each hit; the first draft wins. */
export const RULES: Record<'ar' | 'en', readonly Rule[]> = {
  ar: [arHeadlineColon, arHeadlineSubjectFirst, arNestedDoubt, arAccordingTo, arVerbSubject],
  en: [enHeadlineColon, enCouldNotConfirm, enAccordingTo, enQuoteSaid, enInverted, enLabel, enSaidThat],
};
