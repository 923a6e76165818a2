import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import { tokenize } from '../text/tokens.js';
import { matchKey } from '../text/normalize/arabic.js';
import { claimsDataFile } from './lexicon.js';
import type { Lang } from '../model/index.js';

// A claim title that opens with a pronoun ("she would be launching an inquiry") names no one: it is shown after its
// speaker's name, as headlines quote a source. data/lexicons/claims/title-pronouns.tsv lists the opening words.

const FILE = join('data', 'lexicons', 'claims', 'title-pronouns.tsv');
const ROLES = ['subject', 'particle'] as const;
type Role = (typeof ROLES)[number];

let words: Map<string, Role> | undefined;
/** The opening words by `lang:key`, loaded and validated once. */
function pronouns(): Map<string, Role> {
  return (words ??= new Map(readTsv(claimsDataFile(FILE), ['form', 'lang', 'role'], { 1: ['ar', 'en'], 2: ROLES })
    .map(({ cells: [form, lang, role] }) => [`${lang}:${matchKey(form)}`, role as Role])));
}

/** The role of the content's first word when it is a pronoun standing for someone the content does not name. */
export function openingPronoun(content: string, lang: Lang): { role: Role; end: number } | undefined {
  const first = tokenize(content, 0, Math.min(content.length, 24))[0];
  // A whole word only: `[i]f` opens with the editor's bracket, not with "I".
  if (!first || !/^\s*$/u.test(content.slice(0, first.start)) || /^[^\s.,،;؛:]/u.test(content.slice(first.end))) return undefined;
  const role = pronouns().get(`${lang}:${first.key}`);
  return role ? { role, end: first.end } : undefined;
}

/**
 * The title with its speaker named first when it opens with a pronoun (`Pelosi: she would be launching …`); the Arabic
 * `إنّ` carrying the pronoun goes (`الأسد: لن يتنحى`), as it only introduced the clause after `قال`.
 */
export function attributedTitle(title: string, speaker: string, lang: Lang): string {
  const p = openingPronoun(title, lang);
  // A speaker that is itself a pronoun the extractor could not resolve ("he") would name no one either.
  if (!p || !speaker.trim() || openingPronoun(speaker, lang)) return title;
  const rest = p.role === 'particle' ? title.slice(p.end).trim() : title;
  return rest ? `${speaker.trim()}: ${rest}` : title;
}
