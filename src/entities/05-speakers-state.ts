import { lazyKeySet, lexicon, opensUnnamed, type Lexicon } from '../attribution/lexicon/index.js';
import type { Entity, Statement } from '../model/index.js';
import { boundedMemo } from '../text/memo.js';
import { PerWord } from '../text/per-word.js';
import { firstWordAt } from '../text/words.js';
import { gazetteer, type Gazetteer } from './01-gazetteer.js';
import { localId } from './04-coref.js';
import { AR_ARTICLE, MIN_DEFINITE_CHARS, UNNAMED_MEMO_LIMIT } from './constants.js';
import type { Tok } from './keys.js';

// What the speaker passes (05-speakers.ts) share: one article's entities as they add to them, and how they read the
// speaker phrase's words.

/** Match keys of media nouns (صحيفة, مجلة, موقع …), from data/lexicons/ar/media-nouns.tsv. */
export const mediaNouns = lazyKeySet('ar', 'media-nouns.tsv');
/** Match keys of nouns naming a country's government as a whole or its mission, from data/lexicons/ar/government-nouns.tsv. */
export const governmentNouns = lazyKeySet('ar', 'government-nouns.tsv');

/** What may stand between a name and a title in apposition after it: spaces, or a comma (and English `the`). */
export const APPOSITION_GAP = /^\s*[,،]?\s*(?:the\s+)?$/u;

/** A span of the text. */
export type Located = { start: number; end: number };

export { AR_ARTICLE } from './constants.js';

/** The words inside [start, end) of the article's words, and the one `start` falls inside (`وفقا لوزير …` starts after its ل). */
export function wordsIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  const out: Tok[] = [];
  let i = firstWordAt(toks, start);
  if (i > 0 && toks[i - 1].end > start) i--;
  for (; i < toks.length && toks[i].end <= end; i++) out.push(toks[i]);
  return out;
}

export const span = (ws: readonly Tok[]): Located => ({ start: ws[0].start, end: ws[ws.length - 1].end });
/** Per distinct word, 1 when one of its forms has the article, and more than it and a letter (a clitic form of وكالة is كالة, then الة). */
const DEFINITE = new PerWord((w) => (w.forms.some((f) => f.startsWith(AR_ARTICLE) && f.length > MIN_DEFINITE_CHARS) ? 1 : 0));
/** With the article (answered once per distinct word). */
export const definite = (w: Tok) => DEFINITE.get(w) === 1;
/** opensUnnamed, remembered per phrase: it scans the phrase's words again, and speakers recur in an article and across. */
export const opensUnnamedPhrase = boundedMemo(UNNAMED_MEMO_LIMIT, opensUnnamed);
export const speakerWords = (toks: readonly Tok[], s: Statement) =>
  (s.speaker.start === undefined || s.speaker.end === undefined ? [] : wordsIn(toks, s.speaker.start, s.speaker.end));
export const linkedTo = (s: Statement, id: string | undefined): Statement => (id ? { ...s, speaker: { ...s.speaker, entity: id } } : s);
/** The statement with its speaker linked to no entity. */
export function unlinked(s: Statement): Statement {
  const speaker = { ...s.speaker };
  delete speaker.entity;
  return { ...s, speaker };
}
/** ب or ل glued to an Arabic word, after و or ف (`بمكتب`, `للرئيس`). */
const GLUED_PREPOSITION = /^[وف]?[بل]/u;
/** Is the word Arabic with a preposition glued to it? */
export const gluedPreposition = (w: Tok) => w.arabic && w.forms.length > 1 && GLUED_PREPOSITION.test(w.text);
/** ل glued to an Arabic word, after و or ف (`لمنظمة`): what follows is whose the words before it are. */
const GLUED_OF = /^[وف]?ل/u;
/** Is the word Arabic with ل ("of", "for") glued to it (`لوزارة`)? */
export const gluedOf = (w: Tok) => w.arabic && w.forms.length > 1 && GLUED_OF.test(w.text);

/** One article's entities as the passes add to them. */
export class SpeakerState {
  readonly g: Gazetteer = gazetteer();
  readonly lex: Lexicon;
  readonly byId: Map<string, Entity>;
  private readonly touched = new Set<string>();
  /** People known by titles only, absorbed by the person named beside their title (absorb) → that person. */
  private readonly absorbed = new Map<string, string>();

  constructor(readonly text: string, readonly toks: readonly Tok[], readonly given: readonly Entity[], readonly lang: 'ar' | 'en') {
    this.lex = lexicon(lang);
    this.byId = new Map(given.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
  }

  /** The entities, new ones included, each one's mentions in text order, in order of first mention. */
  entities(): Entity[] {
    for (const id of this.touched) this.byId.get(id)!.mentions.sort((a, b) => a.start - b.start);
    return [...this.byId.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }

  /** Does an entity the entity stage found cover the word? */
  covered(w: Tok): boolean {
    return this.given.some((e) => e.mentions.some((m) => m.start < w.end && w.start < m.end));
  }

  isBodyHead(w: Tok): boolean {
    return w.forms.some((f) => this.g.orgHeads.has(f) || this.lex.titleWords.get(f)?.kind === 'body');
  }

  isTitle(w: Tok): boolean {
    return this.g.titles.getOne(w.key).length > 0 || this.lex.titleWords.has(w.key);
  }

  isRank(w: Tok): boolean {
    return this.g.titles.getOne(w.key).length > 0 || ['title', 'role'].includes(this.lex.titleWords.get(w.key)?.kind ?? '');
  }

  /** The entity of that name (one of that type mentioned exactly there, else the `local:` id of the name), with these mentions added. */
  entityAt(type: 'person' | 'org', name: Located, mentions: readonly Located[]): string {
    const shown = this.text.slice(name.start, name.end);
    const id = [...this.byId.values()].find((e) => e.type === type && e.mentions.some((m) => m.start === name.start && m.end === name.end))?.id ?? localId(shown);
    let e = this.byId.get(id);
    if (!e) {
      this.byId.set(id, (e = { id, type, name: shown, names: { [this.lang]: shown }, mentions: [] }));
      if (type === 'person') this.absorbApposed(e, name.end);
    }
    for (const m of mentions) if (!e.mentions.some((x) => x.start < m.end && m.start < x.end)) {
      e.mentions.push({ start: m.start, end: m.end, text: this.text.slice(m.start, m.end), entity: id, via: 'speaker' });
      this.touched.add(id);
    }
    return id;
  }

  /**
   * A title in apposition right after a name this stage found (`Carrie Lam, chief executive of Hong Kong`), which the
   * entity stage, knowing no name there, made a person of its own known by titles only (with `Hong Kong leader` of the
   * headline): that person is the one named, and takes its mentions.
   */
  private absorbApposed(e: Entity, end: number): void {
    for (const t of this.byId.values()) {
      if (t.type !== 'person' || t === e || !t.mentions.every((m) => m.via === 'title' || m.via === 'role')) continue;
      if (!t.mentions.some((m) => m.start >= end && APPOSITION_GAP.test(this.text.slice(end, m.start)))) continue;
      this.absorb(t, e);
      return;
    }
  }

  /** A person known by titles only (t) is the named person e: e takes t's mentions, and what was linked to t is e's. */
  absorb(t: Entity, e: Entity): void {
    for (const m of t.mentions) e.mentions.push({ ...m, entity: e.id });
    this.touched.add(e.id);
    this.byId.delete(t.id);
    this.absorbed.set(t.id, e.id);
  }

  /** A statement whose speaker or targets were linked to a person absorbed by another (absorb), linked to that other. */
  relinkAbsorbed(s: Statement): Statement {
    if (!this.absorbed.size) return s;
    const to = <T extends { entity?: string }>(p: T): T => (p.entity && this.absorbed.has(p.entity) ? { ...p, entity: this.absorbed.get(p.entity)! } : p);
    return { ...s, speaker: to(s.speaker), targets: s.targets.map(to) };
  }
}
