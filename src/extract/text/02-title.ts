/**
 * A title with its outlet tail (`كوريا الشمالية ترد … – RT World News`): the tail after the
 * last separator is the outlet when it is short and is a known outlet (`outlets.tsv`) or
 * reads as one (capitalised Latin words with an outlet word such as News, or a lone acronym or domain).
 */
import { TITLE_SEPARATOR_CLASS } from '../../text/chars.js';
import { MAX_OUTLET_CHARS, MAX_OUTLET_WORDS, MIN_TITLE_WORDS } from '../constants.js';
import { lineKey, outletLexicon } from './lexicon.js';

export interface TitleParts {
  title: string;
  outlet?: string;
  /** How the outlet was recognised: `outlets.tsv` or `capitalised`. */
  outletRule?: string;
}

/** Separator with space on both sides (a hyphen inside a word is not one). */
const SEPARATOR = new RegExp(`\\s+[${TITLE_SEPARATOR_CLASS}]{1,2}\\s+`, 'g');
/** Words that may sit lower-case inside an outlet name ("Voice of America"). */
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'la', 'le', 'al', 'el']);
/** Extra words allowed after a known outlet name (`BBC News عربي`, `Reuters UK`). */
const MAX_EXTRA_OUTLET_WORDS = 2;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export function splitTitle(line: string): TitleParts {
  const seps = [...line.matchAll(SEPARATOR)];
  const last = seps[seps.length - 1];
  if (!last) return { title: line };
  const head = line.slice(0, last.index).trim();
  const tail = line.slice(last.index + last[0].length).trim();
  const tailWords = tail.split(' ');
  const headWords = head.split(' ').length;
  if (tailWords.length > MAX_OUTLET_WORDS || tail.length > MAX_OUTLET_CHARS) return { title: line };
  if (headWords < MIN_TITLE_WORDS || tailWords.length >= headWords) return { title: line };
  const rule = outletRule(tail);
  return rule ? { title: head, outlet: tail, outletRule: rule } : { title: line };
}

/** Why `tail` reads as an outlet name, or undefined. */
export function outletRule(tail: string): string | undefined {
  const { names, words } = outletLexicon();
  const key = lineKey(tail);
  for (let n = 0; n <= MAX_EXTRA_OUTLET_WORDS; n++) {
    const ws = key.split(' ');
    if (ws.length - n < 1) break;
    if (names.has(ws.slice(0, ws.length - n).join(' '))) return 'outlets.tsv';
  }
  const raw = tail.split(' ');
  if (raw.length === 1 && (ACRONYM.test(tail) || DOMAIN.test(tail))) return 'capitalised';
  const capitalised = raw.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && CONNECTORS.has(w.toLowerCase())));
  const latin = raw.every((w) => /^[\p{Script=Latin}\d&'.-]+$/u.test(w));
  if (capitalised && latin && raw.some((w) => words.has(w.toLowerCase()))) return 'capitalised';
  return undefined;
}
