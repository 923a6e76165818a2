import { createRequire } from 'node:module';
import type { EntityType } from '../model/index.js';
import { ALEF_MAKSURA, DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from '../text/chars.js';
import { ACRONYM_WORD_LETTERS, PRIOR_ONLY_PREFIX, SKELETON_MEMO_LIMIT } from './constants.js';
import { caseRule, skeleton, words, type CaseRule } from './keys.js';
import { readTsv, variants, optional, GazetteerError } from './tsv.js';

/** The attribution stage's Arabic reporting cues (data/lexicons/ar/cues.tsv), relative to data/gazetteer, and their columns. */
const AR_CUES_FILE = '../lexicons/ar/cues.tsv';
const AR_CUES_COLUMNS = 7;
/** The English reporting cues (data/lexicons/en/cues.tsv), relative to data/gazetteer, and their columns. */
const EN_CUES_FILE = '../lexicons/en/cues.tsv';
const EN_CUES_COLUMNS = 5;
/** An English cue in the present tense of a headline (`Denies`, `Warns`): one word ending in s. */
const EN_HEADLINE_CUE = /^[a-z]+s$/;
import { TokenTrie } from './trie.js';
import { countryRows, ministryRows, type EntityRow } from './01-gazetteer-countries.js';
import { readGenerated } from './01-gazetteer-generated.js';

/** A canonical entity of the gazetteer. */
export interface GazEntity {
  id: string;
  type: EntityType;
  names: { ar?: string; en?: string };
  /** The state a body, capital or person belongs to (`country:RU`). */
  country?: string;
  /** The body an organ belongs to (`org:un`). */
  parent?: string;
  /** Title class of a person (`president`), for role-only mentions. */
  role?: string;
}

/** How an alias stands for its entity (recorded in Mention.via). */
export type AliasVia = 'gazetteer' | 'capital' | 'nisba' | 'demonym';

export interface Alias {
  entity: string;
  via: AliasVia;
  /** Accepted only after the entity was mentioned earlier in the article (الشمال → North Korea). */
  priorOnly: boolean;
  /** Case each word must have in English text (NATO is not "nato"; WHO is not "who"). */
  cases: CaseRule[];
  /** An acronym written as Arabic letter names (سي إن إن): refused inside a longer run of letter names. */
  acronym?: true;
  /** Letters each text word must end with as written, ى and ة unfolded (اليمنى "right", not اليمني "Yemeni"). */
  written?: string[];
}

/** A title or role word (titles.*.tsv). */
export interface Title {
  cls: string;
  family: string;
  modifier: boolean;
}

export interface Gazetteer {
  entities: Map<string, GazEntity>;
  aliases: TokenTrie<Alias>;
  titles: TokenTrie<Title>;
  /** nameSkeleton of a person's name → person id (undefined when two people share it). */
  skeletons: Map<string, string | undefined>;
  given: Set<string>;
  stop: Set<string>;
  /** Family names that are also common words (names.*.tsv kind `common`: سلام, مبارك, الفيصل): alone, a person's only beside a title or after a verb or particle. */
  common: Set<string>;
  /** Title class → family (president → leader), for role-only mentions of gazetteer people. */
  families: Map<string, string>;
  /** Head noun of a body (org-heads.tsv) → how many words may stand between it and a nisba. */
  orgHeads: Map<string, number>;
  /** Arabic letter-name keys (letters.ar.tsv) → true when the name is only a letter (بي), false when also a common word (إن). */
  letters: Map<string, boolean>;
  /** Country id → the places that share its bare name (country:GE → place:us-ga), from places.tsv. */
  homonyms: Map<string, string[]>;
  /** Milliseconds spent loading and indexing. */
  loadMs: number;
}

/**
 * The gazetteer as plain data, in the order it is indexed: what `compileGazetteer` makes from the TSV files,
 * i18n-iso-countries and Intl.DisplayNames, and what data/gazetteer/generated/gazetteer.json stores.
 */
export interface CompiledGazetteer {
  entities: GazEntity[];
  /** Alias paths of word keys, in the order they are added to the trie (the first value of a path wins). */
  aliases: [string[], Alias][];
  titles: [string[], Title][];
  /** null: two people share the skeleton. */
  skeletons: [string, string | null][];
  given: string[];
  stop: string[];
  common: string[];
  families: [string, string][];
  orgHeads: [string, number][];
  letters: [string, boolean][];
  homonyms: [string, string[]][];
}

const require = createRequire(import.meta.url);

/** Entity id of phrases.tsv: an alias that names nothing (no entity has it), so that the names inside it are not read. */
export const NO_ENTITY = 'none:phrase';
/**
 * Proclitics before an acronym's first letter name that the clitic reader leaves on (its stem, two letters, is too
 * short to strip: للبي بي سي, وإم إس إن بي سي); ال and the longer stems are read as usual (البي → بي).
 */
const ACRONYM_PROCLITICS = ['لل', 'و', 'ف', 'ب', 'ل', 'ولل', 'وب', 'ول'];

/** A phrase that must match as written, not folded: one ending in ى, which matching reads as ي (اليمنى "right" ≠ اليمني "Yemeni"). */
const WRITTEN_ONLY = new RegExp(`${ALEF_MAKSURA}(?:\\s|$)`, 'u');
const NOT_A_LETTER_WRITTEN = new RegExp(`[${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]`, 'gu');

/** A word's letters as written, without diacritics and tatweel (ى, ة and the hamza forms kept). */
export function writtenLetters(word: string): string {
  return word.replace(NOT_A_LETTER_WRITTEN, '');
}

let cached: Gazetteer | undefined;

/** The gazetteer, loaded and indexed once: from the generated file when it is up to date, else compiled. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  cached = indexGazetteer(readGenerated() ?? compileGazetteer());
  cached.loadMs = performance.now() - t0;
  return cached;
}

/** Builds the lookup structures (tries, maps, sets) of a compiled gazetteer. */
export function indexGazetteer(c: CompiledGazetteer): Gazetteer {
  const g: Gazetteer = {
    entities: new Map(c.entities.map((e) => [e.id, e])), aliases: new TokenTrie(), titles: new TokenTrie(),
    skeletons: new Map(c.skeletons.map(([sk, id]) => [sk, id ?? undefined])), given: new Set(c.given), stop: new Set(c.stop),
    common: new Set(c.common), orgHeads: new Map(c.orgHeads), families: new Map(c.families), letters: new Map(c.letters), homonyms: new Map(c.homonyms), loadMs: 0,
  };
  for (const [keys, alias] of c.aliases) g.aliases.add(keys, alias);
  for (const [keys, title] of c.titles) g.titles.add(keys, title);
  return g;
}

/** Reads every source file and compiles the gazetteer (what scripts/gazetteer.ts writes to the generated file). */
export function compileGazetteer(): CompiledGazetteer {
  const c: CompiledGazetteer = { entities: [], aliases: [], titles: [], skeletons: [], given: [], stop: [], common: [], families: [], orgHeads: [], letters: [], homonyms: [] };
  const entities = new Map<string, GazEntity>();
  const aliasTrie = new TokenTrie<Alias>();
  const skeletons = new Map<string, string | undefined>();
  const given = new Set<string>(), stop = new Set<string>(), common = new Set<string>();
  const families = new Map<string, string>(), orgHeads = new Map<string, number>();
  const homonyms = new Map<string, string[]>();
  const claimed = new Map<string, string>();
  const ambiguous = new Set(readTsv('ambiguous.tsv', 3).map((r) => r.cells[1].toLowerCase()));
  const addAlias = (entity: string, text: string, via: AliasVia, written = false) => {
    const priorOnly = text.startsWith(PRIOR_ONLY_PREFIX);
    const name = priorOnly ? text.slice(PRIOR_ONLY_PREFIX.length) : text;
    if (ambiguous.has(name.toLowerCase())) return;
    const toks = words(name);
    if (!toks.length) return;
    const keys = toks.map((t) => t.key);
    const path = keys.join(' ');
    const owner = claimed.get(path);
    if (owner !== undefined && owner !== entity) return;
    const cases = toks.map((t) => caseRule(t.text));
    if (owner === entity && aliasTrie.get(keys).some((a) => a.entity === entity && a.cases.join() === cases.join())) return;
    claimed.set(path, entity);
    const alias: Alias = { entity, via, priorOnly, cases };
    const arabicShort = toks.length === 1 && toks[0].arabic && keys[0].length <= ACRONYM_WORD_LETTERS;
    if (toks.every((t) => letters.has(t.key)) || arabicShort) alias.acronym = true;
    if (written) alias.written = toks.map((t) => writtenLetters(t.text));
    aliasTrie.add(keys, alias);
    c.aliases.push([keys, alias]);
    if (alias.acronym && toks.length > 1 && keys[0].length === 2) {
      for (const p of ACRONYM_PROCLITICS) {
        const k = [p + keys[0], ...keys.slice(1)];
        aliasTrie.add(k, alias);
        c.aliases.push([k, alias]);
      }
    }
  };
  const addEntity = (row: EntityRow) => {
    if (entities.has(row.entity.id)) throw new GazetteerError(row.file, row.line, `duplicate id ${row.entity.id}`);
    entities.set(row.entity.id, row.entity);
    for (const [text, via] of row.aliases) addAlias(row.entity.id, text, via);
  };

  // 0. Letter names (acronyms), given names and stop words (name chunks; the skeleton keys of people's names).
  const letters = new Map<string, boolean>();
  for (const { line, cells: [word, kind] } of readTsv('letters.ar.tsv', 2)) {
    if (kind !== 'letter' && kind !== 'word') throw new GazetteerError('letters.ar.tsv', line, `kind must be letter or word, not ${kind}`);
    const key = words(word)[0].key;
    letters.set(key, (letters.get(key) ?? true) && kind === 'letter');
  }
  for (const file of ['names.ar.tsv', 'names.en.tsv']) {
    for (const { line, cells: [word, kind] } of readTsv(file, 2)) {
      const set = kind === 'given' ? given : kind === 'stop' ? stop : kind === 'common' ? common : undefined;
      if (!set) throw new GazetteerError(file, line, `kind must be given, stop or common, not ${kind}`);
      set.add(words(word)[0].key);
    }
  }
  // Arabic reporting cues (قال, مشيرا, يكشف) are never a name word: a title followed by one names a role, not a person.
  for (const { cells: [form] } of readTsv(AR_CUES_FILE, AR_CUES_COLUMNS)) stop.add(words(form)[0].key);
  // English ones in a headline's present tense, capitalised there as names are (`Ali Khan Denies Troops …`), end a name.
  for (const { cells: [form] } of readTsv(EN_CUES_FILE, EN_CUES_COLUMNS)) if (EN_HEADLINE_CUE.test(form)) stop.add(words(form)[0].key);
  // 1. Bodies first: their aliases win over generated ones (وزارة الدفاع الأمريكية is the Pentagon).
  for (const { line, cells: [id, parent, country, en, ar] } of readTsv('orgs.tsv', 5)) {
    const names = { en: variants(en)[0], ar: variants(ar)[0] };
    const aliases: [string, AliasVia][] = [...variants(en), ...variants(ar)].map((a) => [a, 'gazetteer']);
    addEntity({ file: 'orgs.tsv', line, entity: { id, type: 'org', names, parent: optional(parent), country: optional(country) }, aliases });
  }
  // 1b. Places below the state whose names hold a country's (British Columbia), and phrases that name nothing
  // (اليمنى "right"): indexed before the countries, so that they win over the name inside them.
  for (const { line, cells: [id, country, homonym, en, ar] } of readTsv('places.tsv', 5)) {
    const names = { en: variants(en)[0], ar: variants(ar)[0] };
    const aliases: [string, AliasVia][] = [...variants(en), ...variants(ar)].map((a) => [a, 'gazetteer']);
    addEntity({ file: 'places.tsv', line, entity: { id, type: 'place', names, country: optional(country) }, aliases });
    const h = optional(homonym);
    if (h) homonyms.set(h, [...(homonyms.get(h) ?? []), id]);
  }
  for (const { cells: [, phrase] } of readTsv('phrases.tsv', 3)) {
    for (const p of variants(phrase)) addAlias(NO_ENTITY, p, 'gazetteer', WRITTEN_ONLY.test(p));
  }
  // 2. People, and the skeletons of their names for variant spellings.
  for (const { line, cells: [id, country, role, en, ar, soloEn, soloAr] } of readTsv('people.tsv', 7)) {
    const full = [...variants(en), ...variants(ar)];
    const solo = [...variants(soloEn), ...variants(soloAr)];
    const entity: GazEntity = { id, type: 'person', names: { en: variants(en)[0], ar: variants(ar)[0] }, country: optional(country), role: optional(role) };
    addEntity({ file: 'people.tsv', line, entity, aliases: [...full, ...solo].map((a) => [a, 'gazetteer']) });
    for (const name of [...full, ...solo]) {
      const sk = nameSkeleton(name, given);
      skeletons.set(sk, skeletons.has(sk) && skeletons.get(sk) !== id ? undefined : id);
    }
  }
  // 3. Countries from i18n-iso-countries and Intl.DisplayNames, with capitals, nisbas and demonyms.
  const countryData = countryRows(require);
  for (const row of countryData.rows) addEntity(row);
  // 4. Ministries of each country, from templates.
  for (const row of ministryRows(countryData.forms)) addEntity(row);

  // 5. Titles, and the word lists for name chunks.
  for (const file of ['titles.ar.tsv', 'titles.en.tsv']) {
    for (const { cells: [title, cls, family] } of readTsv(file, 3)) {
      const value: Title = { cls, family, modifier: cls === 'modifier' };
      if (!value.modifier) families.set(cls, family);
      const keys = words(title).map((t) => t.key);
      c.titles.push([keys, value]);
      if (keys[0].startsWith('ال') && keys[0].length > 3) c.titles.push([[keys[0].slice(2), ...keys.slice(1)], value]);
    }
  }
  for (const { cells: [, word, between] } of readTsv('org-heads.tsv', 3)) orgHeads.set(words(word)[0].key, Number(between));

  c.entities = [...entities.values()];
  c.skeletons = [...skeletons].map(([sk, id]) => [sk, id ?? null]);
  c.given = [...given];
  c.stop = [...stop];
  c.common = [...common];
  c.families = [...families];
  c.orgHeads = [...orgHeads];
  c.letters = [...letters];
  c.homonyms = [...homonyms];
  return c;
}

/**
 * Skeleton key of a name for fuzzy lookup. A known given name must match exactly (محمد ≠ محمود collide as
 * skeletons); only the rest is reduced to its skeleton (بسكوف ~ بيسكوف).
 */
export function nameSkeleton(name: string, given: Set<string>): string {
  let memo = skeletonMemo.get(given);
  if (!memo) skeletonMemo.set(given, (memo = new Map()));
  let sk = memo.get(name);
  if (sk === undefined) {
    if (memo.size >= SKELETON_MEMO_LIMIT) memo.clear();
    memo.set(name, (sk = computeNameSkeleton(name, given)));
  }
  return sk;
}

/** nameSkeleton of names already seen, per given-name set (names recur across articles). */
const skeletonMemo = new WeakMap<Set<string>, Map<string, string>>();

function computeNameSkeleton(name: string, given: Set<string>): string {
  const ws = words(name);
  if (ws.length > 1 && given.has(ws[0].key)) return `${ws[0].key}|${skeleton(ws.slice(1).map((w) => w.text).join(' '))}`;
  return skeleton(name);
}
