/**
 * The article's home: the country of the outlet that wrote it. A paper names its own country without its name
 * (`أكدت المملكة` in a Saudi paper) and its own ministers by office alone (`وزير الخارجية`); read with the home,
 * these are the country and the office's holder on the article's date (data/gazetteer/office-terms.tsv).
 */
import type { Gazetteer } from './01-gazetteer.js';
import { AR_ARTICLE } from './constants.js';
import { startWithoutClitics } from './02-match.js';
import { words, type Tok } from './keys.js';
import { GazetteerError, readTsv, variants } from './tsv.js';
import type { GazMatch, PersonChunk } from './types.js';

/** Where an article comes from, as the entity stage reads it. */
export interface ArticleHome {
  /** ISO 3166-1 alpha-2 code of the country of the outlet that wrote the article (`SA`). */
  country: string;
}

const HOME_WORDS_FILE = 'home-words.ar.tsv';
const TERMS_FILE = 'office-terms.tsv';
/** An ISO date, or `-` for an office still held. */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/u;
const STILL_HELD = '-';
const COUNTRY_PREFIX = 'country:';

interface Term { person: string; country: string; role: string; from: string; to?: string }

let homeWords: Map<string, Set<string>> | undefined;
let terms: Term[] | undefined;

/** Home word's match key → the countries it may name (home-words.ar.tsv). */
function homeWordTable(): Map<string, Set<string>> {
  if (homeWords) return homeWords;
  const table = new Map<string, Set<string>>();
  for (const { cells: [word, countries] } of readTsv(HOME_WORDS_FILE, 2)) table.set(words(word)[0].key, new Set(variants(countries)));
  return (homeWords = table);
}

/** The rows of office-terms.tsv, checked against the gazetteer (a person it does not list stops the load). */
function termTable(g: Gazetteer): Term[] {
  if (terms) return terms;
  const out: Term[] = [];
  for (const { line, cells: [person, country, role, from, to] } of readTsv(TERMS_FILE, 5)) {
    if (g.entities.get(person)?.type !== 'person') throw new GazetteerError(TERMS_FILE, line, `${person} is not a person of people.tsv`);
    if (!ISO_DATE.test(from) || (to !== STILL_HELD && !ISO_DATE.test(to))) throw new GazetteerError(TERMS_FILE, line, 'dates must be YYYY-MM-DD (to: - while held)');
    out.push({ person, country, role, from, ...(to === STILL_HELD ? {} : { to }) });
  }
  return (terms = out);
}

/**
 * Home words (`المملكة`, with its clitics: `بالمملكة`) that no gazetteer alias covers and no definite word continues
 * (`المملكة المتحدة` is another's name), as matches of the home country when the word may name it; merged into the
 * gazetteer's matches in word order.
 */
export function withHomeWords(toks: readonly Tok[], matches: GazMatch[], home: ArticleHome | undefined): GazMatch[] {
  if (!home) return matches;
  const entity = COUNTRY_PREFIX + home.country;
  const table = homeWordTable();
  const covered = new Uint8Array(toks.length);
  for (const m of matches) covered.fill(1, m.from, m.to);
  const added: GazMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !t.arabic) continue;
    const form = t.forms.find((f) => table.get(f)?.has(entity));
    if (!form) continue;
    const next = toks[i + 1];
    // A definite word right after it continues a name (`المملكة المتحدة`).
    if (next && next.gap === 'tight' && next.arabic && next.key.startsWith(AR_ARTICLE)) continue;
    added.push({ from: i, to: i + 1, start: startWithoutClitics(t, form), end: t.end, entity, type: 'country', via: 'home', priorOnly: false });
  }
  return added.length ? [...matches, ...added].sort((a, b) => a.from - b.from) : matches;
}

/**
 * For a title chunk that names no one (`وزير خارجية المملكة`, `وزير الخارجية السعودي`, or `وزير الخارجية` alone in
 * construct, the home country's when the article named no holder of that office of another country before): the
 * gazetteer person who held that office of that country on the article's date. Undefined when the date or the
 * country is unknown, the title says the holder left office, or office-terms.tsv lists no one.
 */
export function sittingHolder(g: Gazetteer, p: PersonChunk, at: string | undefined, home: ArticleHome | undefined, otherHolderNamed: boolean): string | undefined {
  if (!at || !p.title || p.name || p.former || p.org) return undefined;
  const country = p.country ?? (p.construct && home && !otherHolderNamed ? COUNTRY_PREFIX + home.country : undefined);
  if (!country) return undefined;
  const day = at.slice(0, 10);
  const cls = p.title.cls;
  const held = termTable(g).filter((t) => t.country === country && t.role === cls && t.from <= day && (!t.to || day < t.to));
  return held.length === 1 ? held[0].person : undefined;
}

/**
 * Does the office phrase end where the chunk does: the text or the sentence ends, or a function word or verb follows
 * (`وزير الخارجية أن`, `وزير الخارجية في`)? Not before a comma or another word, which may go on to say whose office it
 * is or who holds it (`وزير الداخلية المحلي لولاية …`, `وزير الداخلية، فلان`).
 */
export function officeEnds(toks: readonly Tok[], p: PersonChunk, g: Gazetteer): boolean {
  const next = toks.find((t) => t.start >= p.end);
  return !next || next.gap === 'hard' || (next.gap === 'tight' && g.stop.has(next.key));
}
