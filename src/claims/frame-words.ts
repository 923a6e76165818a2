import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { claimsDataFile, keysOf } from './lexicon.js';

// The closed-class words that tell what an event phrase is to its statement (data/lexicons/claims/frame-words.tsv):
// read by setting.ts (a time setting and a manner), judgement.ts (a copular verdict), general-appeal.ts (an appeal
// for more), title-event.ts (another incident) target.ts (what an event befell) cessation.ts (an event
// to be stopped or extended) and act.ts (a need that makes a statement a call).

const FILE = join('data', 'lexicons', 'claims', 'frame-words.tsv');
export const FRAME_WORD_ROLES = ['after', 'when', 'copula', 'article', 'appeal', 'manner', 'another', 'target', 'cease', 'extend', 'negation', 'need', 'duty'] as const;
export type FrameWordRole = (typeof FRAME_WORD_ROLES)[number];

let roles: Map<string, FrameWordRole> | undefined;
/** The words by `lang:key`, loaded and validated once. */
const frameWords = () => (roles ??= new Map(readTsv(claimsDataFile(FILE), ['form', 'lang', 'role'], { 1: ['ar', 'en'], 2: FRAME_WORD_ROLES })
  .map(({ cells: [form, lang, role] }) => [`${lang}:${matchKey(form)}`, role as FrameWordRole])));

/** Is the word (bare, or one of its clitic forms in Arabic: `وبعد`) of the role? */
export function hasRole(word: string | undefined, lang: Lang, role: FrameWordRole): boolean {
  if (word === undefined) return false;
  const forms = lang === 'ar' ? keysOf(word) : [word.toLowerCase()];
  return forms.some((k) => frameWords().get(`${lang}:${k}`) === role);
}
