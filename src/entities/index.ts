import type { Block, Entity, EntityType, Lang, Sentence } from '../model/index.js';
import { gazetteer } from './01-gazetteer.js';
import { matchGazetteer } from './02-match.js';
import { findChunks } from './03-chunks.js';
import { resolve } from './04-coref.js';
import { officeEnds, sittingHolder, withHomeWords, type ArticleHome } from './home.js';
import { words, type Tok } from './keys.js';
import type { PersonChunk } from './types.js';

export { gazetteer } from './01-gazetteer.js';
export { nameSpeakers } from './05-speakers.js';
export type { ArticleHome } from './home.js';

export interface EntityInput {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  lang: Lang;
  /** The words of the whole text, when already scanned (analyze scans them once for every stage). */
  words?: readonly Tok[];
  /** The country of the outlet that wrote the article: what `المملكة` and an office without a country name. */
  home?: ArticleHome;
  /** ISO date of publication: whose an office named without a name is (office-terms.tsv). */
  publishedAt?: string;
}

/**
 * People, bodies, countries and places of an analysed text, each with its mentions (offsets into text).
 * Blocks and sentences are separated by line breaks and punctuation in text, which no match crosses.
 */
export function findEntities(input: EntityInput): Entity[] {
  const g = gazetteer();
  // 1. Words, with their clitic-stripped lookup keys.
  const toks = input.words ?? words(input.text);
  // 2. Gazetteer aliases (countries, capitals, nisbas, bodies, people), longest first.
  const matches = withHomeWords(toks, matchGazetteer(toks, g, input.text), input.home);
  // 3. Title chunks (people by title and name), given-name runs, unlisted bodies.
  const { persons, orgs } = findChunks(toks, matches, g, input.lang);
  // 4. Entities in text order: later surnames and roles refer back to earlier mentions.
  // An office named without a name is its holder on the article's date (home.ts).
  const holder = (p: PersonChunk, otherHolderNamed: boolean) => (officeEnds(toks, p, g) ? sittingHolder(g, p, input.publishedAt, input.home, otherHolderNamed) : undefined);
  return resolve(input.text, toks, matches, persons, orgs, g, input.lang, holder);
}

export interface LinkedName {
  id: string;
  type: EntityType;
  names: { ar?: string; en?: string };
}

/**
 * The gazetteer entity a speaker or target text names (`المتحدث باسم الكرملين دميتري بيسكوف` → person:peskov,
 * `موسكو` → country:RU), or undefined when it names no listed entity (`ممثل كوريا الشمالية` is a person, not the country).
 */
export function linkName(name: string, lang: Lang = /[\u0600-\u06FF]/.test(name) ? 'ar' : 'en'): LinkedName | undefined {
  const g = gazetteer();
  const toks = words(name);
  if (!toks.length) return undefined;
  const matches = matchGazetteer(toks, g, name);
  const { persons } = findChunks(toks, matches, g, lang);
  const found = (id: string | undefined): LinkedName | undefined => {
    const e = id ? g.entities.get(id) : undefined;
    return e && { id: e.id, type: e.type, names: { ...e.names } };
  };
  const person = persons[0];
  if (person) return found(person.name?.entity);
  // A single alias that covers the whole name, but for a leading article or title word.
  const whole = matches.find((m) => m.to === toks.length && toks.slice(0, m.from).every((t) => g.stop.has(t.key) || t.key === 'the'));
  if (whole) return found(whole.entity);
  const chunks = findChunks(toks, [], g, lang).persons;
  return found(chunks[0]?.name?.entity);
}
