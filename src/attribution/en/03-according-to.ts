import { accordingTo } from '../according-to.js';
import { nestedDoubt } from '../hedge.js';
import type { Rule } from '../types.js';
import { englishAfter, englishBefore } from './speaker.js';

/** "according to X", "as reported by X". */
export const enAccordingTo: Rule = {
  id: 'en-according-to', on: 'source', apply: (doc, hit) => accordingTo(doc, hit, 'en-according-to', englishAfter),
};

/** "X could not confirm Y" (also nested: "noted that the Pentagon could not confirm …"). */
export const enCouldNotConfirm: Rule = {
  id: 'en-could-not-confirm', on: 'hedge', apply: (doc, hit) => nestedDoubt(doc, hit, 'en-could-not-confirm', englishBefore),
};
