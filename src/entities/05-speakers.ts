import { lazyKeySet, lexicon, opensUnnamed, type Lexicon } from '../attribution/lexicon/index.js';
import type { Entity, Lang, Mention, Statement } from '../model/index.js';
import { boundedMemo } from '../text/memo.js';
import { PerWord } from '../text/per-word.js';
import { firstWordAt } from '../text/words.js';
import { gazetteer, type Gazetteer } from './01-gazetteer.js';
import { dinNameIn, honouredNameIn, isGivenWord, isTrailingName, speakerNameIn } from './03-chunks.js';
import { localId } from './04-coref.js';
import { englishNameIn, type EnglishNameContext } from './05-speakers-en.js';
import { unlinkedPeople } from './05-speakers-generic.js';
import { governmentOf } from './05-speakers-government.js';
import { ownerOnly } from './05-speakers-owner.js';
import { APPOSITION_MAX_WORDS, MAX_BODY_WORDS, MAX_FULL_NAME_WORDS, MAX_RANKS_BEFORE_NAME, MAX_TRAILING_NAME_WORDS, DOCUMENT_MAX_CHARS, MIN_BARE_NAME_CHARS, RUN_ON_MAX_WORDS, MIN_BARE_NAME_TIMES, MIN_DEFINITE_CHARS, MIN_TITLE_PHRASE_WORDS_AR, UNNAMED_MEMO_LIMIT } from './constants.js';
import { codePoints, type Tok } from './keys.js';

// People and bodies the entity stage could not tell from running text, told by the attribution stage: the subject of
// a reporting verb is a source. In three passes over the statements whose speaker is linked to no one (or only to the
// nationality or body its phrase names):
// 1. the phrase names them: a given name and the words after it (`وقالت حفصة دوابشة`, `رئيس اللجنة محمود الحسن`), the
//    name after the nationality (`الباحث السياسي اليمني مختار اليافعي`), a lone word whose full name the article gives
//    elsewhere (`وقال حرب` after `طارق حرب`), a name in apposition after the phrase, a body named in full (`اللجنة
//    القانونية`); English, the capitalised words it ends with from a given name on (`former … executive Ken Gude`);
// 2. a surname left, alone or after a rank (`العميد الصبيحي`, `آل الشيخ`): the one person of the article named so;
// 3. a title phrase alone (`وزير الخدمة المدنية`, `الخبير الأمني`) that the article writes elsewhere right before one
//    person's name (`وزير الخدمة المدنية خالد العرج`): that person; English `the government` or `authorities` alone, the one
//    country whose government the article names (`Samoan government`, 05-speakers-government.ts);
// 4. a medium by its noun and nationality (`الصحيفة البريطانية`): the one medium of that noun the article named before
//    (`صحيفة "ديلي ميل"`);
// 5. a bare name given to speakers twice or more (`يوهانس`, `ريان العنزي`): a person, unless its words are common ones;
// 6. a statement document (`وأضاف البيان`): whoever the article said issued it, in the sentence that named it.
// Before them, an English phrase linked to a person it names only as whose someone is (`Former Trump adviser`) is
// relinked to the person named right after it, or to none (05-speakers-owner.ts), and one of many people who speak for
// no state linked to their country (`Hong Kong protesters`) is unlinked (05-speakers-generic.ts).
// Pass 1 also reads a person who ends a phrase linked to a nationality (`Turkish president Erdoğan`), a name after an
// honorific (`الدكتور مساعد الأحمد`), and, for a title phrase cut short, the name its words run on to (runOn); a body
// named with its country's nationality (`صحيفة الغارديان البريطانية`) is that body, not the country (bodyOfCountry).

/** Match keys of media nouns (صحيفة, مجلة, موقع …), from data/lexicons/ar/media-nouns.tsv. */
const mediaNouns = lazyKeySet('ar', 'media-nouns.tsv');
/** Match keys of nouns naming a country's government as a whole or its mission, from data/lexicons/ar/government-nouns.tsv. */
const governmentNouns = lazyKeySet('ar', 'government-nouns.tsv');
/** A medium's own name in quotation marks after its noun (صحيفة "ديلي ميل", مجلة «فوكوس»): nothing after the closing mark. */
const QUOTED_TITLE = /^[^"«“]+["«“][^"«»“”]+["»”]$/u;

/** What may stand between a name and a title in apposition after it: spaces, or a comma (and English `the`). */
const APPOSITION_GAP = /^\s*[,،]?\s*(?:the\s+)?$/u;

/** Function words a title phrase's run-on never crosses before the name: the name after them is another's (`مع نظيره …`, `إن …`). */
const RUN_ON_STOPS = new Set<string>(['preposition', 'complement', 'boundary', 'pronoun', 'demonstrative', 'object', 'speech', 'outlet']);
/** The one preposition a title's run-on crosses: where the office is (`في مقاطعة كوباني`). */
const AR_IN = 'في';
/** Lineage words (son, daughter of), as match keys. */
const AR_LINEAGE = new Set(['بن', 'ابن', 'بنت']);
/** Title families whose word may stand right before the name a run-on reaches (`العميد`, `الدكتور`); other titles name someone else. */
const RUN_ON_RANKS = new Set(['military', 'honorific']);

/** Between an English name and a title in apposition after it: a comma, `the`, and at most three capitalised words (`the Hungarian Government`). */
const EN_APPOSED_TITLE_GAP = /^\s*,\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/** A statement document (بيان) as a match key: its issuer speaks through it. */
const AR_STATEMENT = 'بيان';
/** A sentence's end between two places of the text: a full stop, question or exclamation mark, or a line break. */
const SENTENCE_END = /[.!?؟\n]/u;


/** باسم ("on behalf of") as a match key: the name after it is whom the speaker speaks for. */
const AR_FOR = 'باسم';
/** English words after which a name is whom the speaker speaks for or to. */
const EN_FOR_WHOM = new Set(['for', 'of', 'to', 'with']);

/** A span of the text. */
type Located = { start: number; end: number };

/** The article, as a match key. */
const AR_ARTICLE = 'ال';
/** The word before a family's name (آل سعود, آل الشيخ), as a match key. */
const AR_FAMILY = 'ال';
/** God's name as a match key: `رسول الله` names no family. */
const GOD = 'الله';
/** A bare name's endings and start that mark a common word: a plural (ات, ون, ين, a broken one in اء), a feminine (ة), a verbal noun or verb in ت (تصميم, تورط, تعالى). */
const AR_COMMON_WORD = /\d|(?:ات|ون|ين|ه|اء)$|^ت/u;
/** A family name's endings that mark a plural or feminine noun (معظم المحللين, مؤرخ الكنيسة). */
const AR_COMMON_FAMILY = /(?:ات|ون|ين|ه)$/u;

/** The words inside [start, end) of the article's words, and the one `start` falls inside (`وفقا لوزير …` starts after its ل). */
function wordsIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  const out: Tok[] = [];
  let i = firstWordAt(toks, start);
  if (i > 0 && toks[i - 1].end > start) i--;
  for (; i < toks.length && toks[i].end <= end; i++) out.push(toks[i]);
  return out;
}

const span = (ws: readonly Tok[]): Located => ({ start: ws[0].start, end: ws[ws.length - 1].end });
/** Per distinct word, 1 when one of its forms has the article, and more than it and a letter (a clitic form of وكالة is كالة, then الة). */
const DEFINITE = new PerWord((w) => (w.forms.some((f) => f.startsWith(AR_ARTICLE) && f.length > MIN_DEFINITE_CHARS) ? 1 : 0));
/** With the article (answered once per distinct word). */
const definite = (w: Tok) => DEFINITE.get(w) === 1;
/** opensUnnamed, remembered per phrase: it scans the phrase's words again, and speakers recur in an article and across. */
const opensUnnamedPhrase = boundedMemo(UNNAMED_MEMO_LIMIT, opensUnnamed);
const speakerWords = (toks: readonly Tok[], s: Statement) =>
  (s.speaker.start === undefined || s.speaker.end === undefined ? [] : wordsIn(toks, s.speaker.start, s.speaker.end));
const linkedTo = (s: Statement, id: string | undefined): Statement => (id ? { ...s, speaker: { ...s.speaker, entity: id } } : s);

/**
 * The full name a lone speaker word stands for: a place elsewhere in the article where a given name comes right before
 * it (`طارق حرب` for `حرب`), or, for a given name, where a name follows it (`فؤاد شيخ السنا` for `فؤاد`), as
 * [start, end) of the text. A title (`الشيخ`) stands for no name.
 */
function fullNameOf(toks: readonly Tok[], word: Tok, g: Gazetteer): Located | undefined {
  if (g.stop.has(word.key) || g.titles.getOne(word.key).length) return undefined;
  const given = isGivenWord(g, word);
  // A scan of the words rather than an index of them by key: asked once or twice per article, an index cost more to build.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.key !== word.key || t === word) continue;
    const prev = toks[i - 1];
    // على (on), written with ى, shares علي's match key: it is no given name (تعتمد على التعليم).
    if (!given && prev && t.gap === 'tight' && prev.arabic && isGivenWord(g, prev) && !prev.text.endsWith('\u0649')) return { start: prev.start, end: t.end };
    if (given) {
      const run = speakerNameIn(toks.slice(i, i + MAX_FULL_NAME_WORDS), g);
      if (run?.from === 0 && run.to > 1) return { start: t.start, end: toks[i + run.to - 1].end };
    }
  }
  return undefined;
}

/** One article's entities as the passes add to them. */
class Speakers {
  private readonly g: Gazetteer = gazetteer();
  private readonly lex: Lexicon;
  private readonly byId: Map<string, Entity>;
  private readonly touched = new Set<string>();
  /** People known by titles only, absorbed by the person named before their title (absorbApposed) → that person. */
  private readonly absorbed = new Map<string, string>();

  constructor(private readonly text: string, private readonly toks: readonly Tok[], private readonly given: readonly Entity[], private readonly lang: 'ar' | 'en') {
    this.lex = lexicon(lang);
    this.byId = new Map(given.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
  }

  /** The entities, new ones included, each one's mentions in text order, in order of first mention. */
  entities(): Entity[] {
    for (const id of this.touched) this.byId.get(id)!.mentions.sort((a, b) => a.start - b.start);
    return [...this.byId.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }

  /** Does an entity the entity stage found cover the word? */
  private covered(w: Tok): boolean {
    return this.given.some((e) => e.mentions.some((m) => m.start < w.end && w.start < m.end));
  }

  private isBodyHead(w: Tok): boolean {
    return w.forms.some((f) => this.g.orgHeads.has(f) || this.lex.titleWords.get(f)?.kind === 'body');
  }

  private isTitle(w: Tok): boolean {
    return this.g.titles.getOne(w.key).length > 0 || this.lex.titleWords.has(w.key);
  }

  private isRank(w: Tok): boolean {
    return this.g.titles.getOne(w.key).length > 0 || ['title', 'role'].includes(this.lex.titleWords.get(w.key)?.kind ?? '');
  }

  /** The entity of that name (one of that type mentioned exactly there, else the `local:` id of the name), with these mentions added. */
  private entityAt(type: 'person' | 'org', name: Located, mentions: readonly Located[]): string {
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
      for (const m of t.mentions) e.mentions.push({ ...m, entity: e.id });
      this.touched.add(e.id);
      this.byId.delete(t.id);
      this.absorbed.set(t.id, e.id);
      return;
    }
  }

  /** A statement whose speaker or targets were linked to a person absorbed by another (absorbApposed), linked to that other. */
  relinkAbsorbed(s: Statement): Statement {
    if (!this.absorbed.size) return s;
    const to = <T extends { entity?: string }>(p: T): T => (p.entity && this.absorbed.has(p.entity) ? { ...p, entity: this.absorbed.get(p.entity)! } : p);
    return { ...s, speaker: to(s.speaker), targets: s.targets.map(to) };
  }

  /** Pass 1: the entity a speaker phrase names, as far as its words tell (undefined: leave the speaker as it is). */
  named(s: Statement): string | undefined {
    const ws = speakerWords(this.toks, s);
    if (!ws.length) return undefined;
    const inside = this.personEnding(s, ws);
    if (inside) return inside;
    const unnamed = opensUnnamedPhrase(s.speaker.text);
    if (this.lang === 'en') return unnamed ? undefined : this.namedEn(s, ws);
    // An unnamed source is named only in apposition (`مسؤول أوروبي، ماري دوبون،`).
    if (unnamed) return s.speaker.entity ? undefined : this.appositionAfter(s.speaker.end!);
    if (s.speaker.entity) return this.nameAfterLinked(s, ws) ?? this.bodyOfCountry(s, ws);
    if (ws.length === 1 && ws[0].arabic) {
      const full = fullNameOf(this.toks, ws[0], this.g);
      if (full) return this.entityAt('person', full, [full, span(ws)]);
    }
    const run = speakerNameIn(ws, this.g) ?? honouredNameIn(ws, this.g);
    if (run) return this.entityAt('person', span(ws.slice(run.from, run.to)), [span(ws.slice(run.from, run.to))]);
    const apposed = this.appositionAfter(s.speaker.end!);
    if (apposed) return apposed;
    // A medium named by its title in quotation marks (صحيفة "ديلي ميل"): a body, whatever the language of the title.
    if (ws.length > 1 && ws[0].forms.some((f) => mediaNouns().has(f)) && QUOTED_TITLE.test(s.speaker.text)) return this.entityAt('org', span(ws), [span(ws)]);
    // A body not in the gazetteer, named in full (اللجنة القانونية): a head noun and a definite word, no person in it.
    if (ws.length > 1 && ws.length <= MAX_BODY_WORDS && this.isBodyHead(ws[0]) && ws.some(definite)) return this.entityAt('org', span(ws), [span(ws)]);
    // A compound given name in الدين and a family name (`خطيب الجمعة صدر الدين القبانجي`), after the body check: `حركة نور
    // الدين زنكي` is a body.
    const din = dinNameIn(ws, this.g);
    if (din) return this.entityAt('person', span(ws.slice(din.from, din.to)), [span(ws.slice(din.from, din.to))]);
    return undefined;
  }

  /**
   * A speaker phrase cut short of its name: a title phrase with no name (unlinked, or linked only to the nationality or
   * body it names, or to a person known by titles only) whose words run on, in the same sentence and within
   * RUN_ON_MAX_WORDS words, to a person's name (`نائب رئيس هيئة العلاقات الخارجية` + `في مقاطعة كوباني إدريس نعسان
   * لـ…:`, `وكيل الوزارة` + `للشؤون الإسلامية المكلف الشيخ فلان`): that person. Never across a preposition but في, a
   * particle or a relative (`مع نظيره …`, `إن …`), nor past a title of another office (`باسم الرئيس فلان`) or another name.
   */
  runOn(s: Statement): string | undefined {
    if (this.lang !== 'ar' || s.speaker.end === undefined) return undefined;
    const linked = s.speaker.entity ? this.byId.get(s.speaker.entity) : undefined;
    if (linked?.type === 'person' && linked.mentions.some((m) => m.via !== 'title' && m.via !== 'role')) return undefined;
    const ws = speakerWords(this.toks, s);
    const { toks } = this;
    if (!ws.length || opensUnnamedPhrase(s.speaker.text)) return undefined;
    if (!this.isRank(ws[0]) && !this.g.titles.longestAt(toks, firstWordAt(toks, ws[0].start), (x) => !x.modifier)) return undefined;
    const from = firstWordAt(toks, s.speaker.end);
    for (let i = from; i < toks.length && i - from < RUN_ON_MAX_WORDS; i++) {
      const t = toks[i];
      // Nor past a paragraph (a headline's speaker runs on into the body's first words).
      if (t.gap === 'hard' || !t.arabic || this.text.slice(toks[i - 1]?.end ?? t.start, t.start).includes('\n')) return undefined;
      // بن: the name after it is a father's, in a lineage whose first name is unknown (بدر بن عبدالرحمن …).
      if (AR_LINEAGE.has(t.key)) return undefined;
      const name = this.nameStartingAt(i);
      if (name) return name;
      const cls = this.lex.words.get(t.key);
      if ((cls && RUN_ON_STOPS.has(cls) && t.key !== AR_IN) || t.forms.some((f) => this.g.titles.getOne(f).some((x) => !x.modifier && !RUN_ON_RANKS.has(x.family)))) return undefined;
      // ل before a name or a bare noun is whom it was said to (لمحمد، لـ«الشرق الأوسط»); لل + noun is of the office (للشؤون).
      if (/^[وف]?ل/u.test(t.text) && !/^[وف]?لل/u.test(t.text) && t.forms.length > 1) return undefined;
    }
    return undefined;
  }

  /** The person whose name starts at word i: one the article knows there by name, or a given name and the name words after it. */
  private nameStartingAt(i: number): string | undefined {
    const t = this.toks[i];
    // Two words at least: one word after a title is as often its object (`جدد رئيس الوزراء تحذيره`).
    const known = [...this.byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start && m.via !== 'title' && m.via !== 'role' && /\s/u.test(m.text)));
    if (known) return known.id;
    if (this.covered(t)) return undefined;
    const window = this.toks.slice(i, i + MAX_TRAILING_NAME_WORDS);
    const run = speakerNameIn(window, this.g);
    if (run?.from === 0 && run.to > 1) return this.entityAt('person', span(window.slice(0, run.to)), [span(window.slice(0, run.to))]);
    const prev = this.toks[i - 1];
    if (i > 0 && t.gap === 'tight' && this.g.titles.getOne(prev.key).some((x) => x.family === 'honorific')) {
      const honoured = honouredNameIn(this.toks.slice(i - 1, i + MAX_TRAILING_NAME_WORDS), this.g);
      if (honoured?.from === 1) return this.entityAt('person', span(this.toks.slice(i, i - 1 + honoured.to)), [span(this.toks.slice(i, i - 1 + honoured.to))]);
    }
    return undefined;
  }

  /**
   * Linked to the nationality or body its phrase names while a person the article knows by name ends the phrase
   * (`Turkish president Erdoğan`, `… Bank president Okey Oramah`: the nationality was as long a mention): that person,
   * unless the title before the name is what the phrase speaks for (`spokesman for President Erdoğan`, `المتحدث باسم
   * الرئيس فلان`, `لمكتب الرئيس فلان`); in English a body alone after the preposition leaves the name the speaker's
   * (`director of Amnesty International Man-kei Tam`).
   */
  private personEnding(s: Statement, ws: readonly Tok[]): string | undefined {
    const linked = s.speaker.entity ? this.byId.get(s.speaker.entity) : undefined;
    if (!linked || linked.type === 'person') return undefined;
    const end = ws[ws.length - 1].end;
    const ends = (m: Mention) => m.end === end && m.start > ws[0].start && m.via !== 'title' && m.via !== 'role';
    const owner = [...this.byId.values()].find((e) => e.type === 'person' && e.mentions.some(ends));
    if (!owner) return undefined;
    const start = owner.mentions.find(ends)!.start;
    let i = ws.findIndex((w) => w.start >= start) - 1;
    // Back over the titles and the nationality or body they are of (`الرئيس التركي`, `Turkish president`).
    let titled = false;
    while (i >= 0 && (this.isTitle(ws[i]) || this.g.titles.getOne(ws[i].key).length > 0 || this.covered(ws[i])) && !this.forWhom(ws[i])) {
      titled ||= this.isRank(ws[i]);
      i--;
    }
    // (English: only a body between the preposition and the name, the name is the speaker's: `director of Amnesty International Man-kei Tam`)
    const bodyOnly = this.lang === 'en' && !titled;
    return i >= 0 && this.forWhom(ws[i]) && !bodyOnly ? undefined : owner.id;
  }

  /** A word that makes what follows the one spoken for or to: a preposition (`for`, `of`, `باسم`), or ل glued to a noun (`لمكتب`). */
  private forWhom(w: Tok): boolean {
    const cls = this.lex.words.get(w.key);
    return cls === 'preposition' || w.key === AR_FOR || EN_FOR_WHOM.has(w.key) || (w.arabic && w.forms.length > 1 && /^[وف]?ل/u.test(w.text));
  }

  /** Linked to the nationality or body the phrase names, the name after it unread (`… اليمني مختار اليافعي`): that name. */
  private nameAfterLinked(s: Statement, ws: readonly Tok[]): string | undefined {
    const linked = this.byId.get(s.speaker.entity!);
    if (!linked || linked.type === 'person') return undefined;
    const { start, end } = s.speaker as Located;
    const before = linked.mentions.filter((m) => m.start >= start && m.end < end).reduce((x, m) => Math.max(x, m.end), -1);
    const after = ws.filter((w) => w.start >= before);
    if (before < 0 || after.length > MAX_TRAILING_NAME_WORDS || after.some((w) => this.covered(w)) || !isTrailingName(after, this.g)) return undefined;
    return this.entityAt('person', span(after), [span(after)]);
  }

  /**
   * Linked to a country only by the nationality or place inside it, a phrase headed by a body's noun is that body, not
   * the country (`حزب الشعب الديموقراطي التركي`, `المرصد السوري لحقوق الإنسان`, `صحيفة الغارديان البريطانية`): a party or
   * a newspaper does not speak for its state. Its government as a whole and its embassies do (government-nouns.tsv), and
   * a phrase that names a person is left to the person passes. The body is named by the whole phrase, or up to the
   * country's mention when longer than MAX_BODY_WORDS (`… التركي` of `… التركي الموالي للاكراد`).
   */
  private bodyOfCountry(s: Statement, ws: readonly Tok[]): string | undefined {
    const linked = this.byId.get(s.speaker.entity!);
    if (linked?.type !== 'country' || !this.isBodyHead(ws[0]) || ws[0].forms.some((f) => governmentNouns().has(f))) return undefined;
    const inside = linked.mentions.filter((m) => m.start >= ws[0].start && m.end <= ws[ws.length - 1].end);
    if (!inside.length || inside.some((m) => m.start < ws[0].end)) return undefined;
    if (ws.some((w) => this.given.some((e) => e.type === 'person' && e.mentions.some((m) => m.start < w.end && w.start < m.end)))) return undefined;
    const end = ws.length <= MAX_BODY_WORDS ? ws.length : ws.findIndex((w) => w.end >= inside[0].end) + 1;
    if (end < 2 || end > MAX_BODY_WORDS) return undefined;
    return this.entityAt('org', span(ws.slice(0, end)), [span(ws.slice(0, end))]);
  }

  /**
   * The person named in apposition after a title phrase the speaker stops short of (`قالت مسؤولة السياسة الخارجية` + `في
   * الاتحاد الأوروبي، فيدريكا موجيريني،`): within APPOSITION_MAX_WORDS words of the same clause, after a comma, a person
   * the article knows there or a given name and the name words after it.
   */
  private appositionAfter(end: number): string | undefined {
    const { toks } = this;
    for (let i = firstWordAt(toks, end), n = 0; i < toks.length && n <= APPOSITION_MAX_WORDS; i++, n++) {
      const t = toks[i];
      if (t.gap === 'hard') return undefined;
      if (t.gap !== 'comma' || n === 0) continue;
      const known = [...this.byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start));
      if (known) return known.id;
      const name = speakerNameIn(toks.slice(i, i + MAX_TRAILING_NAME_WORDS), this.g);
      return name?.from === 0 ? this.entityAt('person', span(toks.slice(i, i + name.to)), [span(toks.slice(i, i + name.to))]) : undefined;
    }
    return undefined;
  }

  /**
   * Pass 0, English: a phrase linked to a person it names only as whose someone is (`Former Trump adviser`), relinked
   * (05-speakers-owner.ts); one of many people of a place linked to its country (`Hong Kong protesters`), unlinked
   * (05-speakers-generic.ts).
   */
  owned(s: Statement): Statement {
    if (this.lang !== 'en') return s;
    return ownerOnly({ toks: this.toks, lex: this.lex, entities: () => this.byId.values() }, s) ?? unlinkedPeople(this.toks, this.byId.values(), s) ?? s;
  }

  /** Pass 3, English: `the government` alone, the one country whose government the article names (05-speakers-government.ts). */
  byGovernment(s: Statement): string | undefined {
    return this.lang === 'en' ? governmentOf(this.toks, this.byId.values(), s) : undefined;
  }

  /** What 05-speakers-en.ts reads of this article. */
  private englishContext(): EnglishNameContext {
    return { text: this.text, toks: this.toks, g: this.g, lex: this.lex, isTitle: (w) => this.isTitle(w), covered: (w) => this.covered(w) };
  }

  /** English: the person or body the phrase's words name (05-speakers-en.ts), made an entity. */
  private namedEn(s: Statement, ws: readonly Tok[]): string | undefined {
    const name = englishNameIn(this.englishContext(), ws, s.speaker.entity ? this.byId.get(s.speaker.entity) : undefined);
    return name && this.entityAt(name.type, span(name.words), [span(name.words)]);
  }

  /**
   * Pass 2: a surname left unlinked, alone or after ranks (`اليافعي:` in a headline, `العميد الصبيحي`, `آل الشيخ`),
   * before or after the full name; in English a given name too (`Bernadette`): the one person of the article named so.
   */
  bySurname(s: Statement): string | undefined {
    if (s.speaker.entity) return undefined;
    const ws = speakerWords(this.toks, s);
    let k = 0;
    while (k < ws.length - 1 && this.isRank(ws[k])) k++;
    const rest = ws.slice(k);
    const family = this.lang === 'ar' && rest.length === 2 && rest[0].key === AR_FAMILY;
    // وزير التعليم: a definite noun after an indefinite title completes the office (construct), it names no one.
    if (this.lang === 'ar' && k > 0 && !definite(ws[k - 1]) && definite(rest[0])) return undefined;
    if (!(rest.length === 1 || family) || (this.lang === 'en' && !rest[0].cap) || this.g.stop.has(rest[rest.length - 1].key)) return undefined;
    const keys = rest.map((w) => w.key).join(' ');
    const owners = [...this.byId.values()].filter((e) => e.type === 'person' && e.mentions.some((m) => {
      const mw = wordsIn(this.toks, m.start, m.end);
      if (mw.length <= rest.length) return false;
      return mw.slice(-rest.length).map((w) => w.key).join(' ') === keys || (this.lang === 'en' && rest.length === 1 && mw[0].key === keys);
    }));
    if (owners.length !== 1) return undefined;
    const { start, end } = owners[0].mentions[0];
    return this.entityAt('person', { start, end }, [span(rest)]);
  }

  /**
   * Pass 3: a speaker phrase that is a title alone (a person's title first, not a body's as `police`; two words or more
   * in Arabic; English `the` left out), written elsewhere in the article right before a person's name, ranks or
   * honorifics between (`الخبير الأمني` ~ `الخبير الأمني اللواء يحيى الذايدي`): that person, when the article writes it
   * before one person's name only.
   */
  byTitle(s: Statement): string | undefined {
    if (s.speaker.entity) return undefined;
    const all = speakerWords(this.toks, s);
    const ws = this.lang === 'en' && all[0]?.key === 'the' ? all.slice(1) : all;
    if (!ws.length || !this.isRank(ws[0]) || (this.lang === 'ar' && ws.length < MIN_TITLE_PHRASE_WORDS_AR)) return undefined;
    const { toks } = this;
    const owners = new Map<string, Located>();
    for (let i = 0; i + ws.length < toks.length; i++) {
      // The first word may carry a clitic (لوزير); the others are read as written.
      if (!toks[i].forms.includes(ws[0].key) || toks[i].start === ws[0].start || ws.some((w, k) => k > 0 && (toks[i + k].key !== w.key || toks[i + k].gap !== 'tight'))) continue;
      let j = i + ws.length;
      for (let n = 0; n < MAX_RANKS_BEFORE_NAME && j < toks.length - 1 && toks[j].gap === 'tight' && this.isRank(toks[j]); n++) j++;
      if (toks[j].gap !== 'tight' && toks[j].gap !== 'comma') continue;
      const at = toks[j].start;
      for (const e of this.byId.values()) {
        const m = e.type === 'person' ? e.mentions.find((x) => x.start === at && x.via !== 'role' && x.via !== 'title') : undefined;
        if (m) owners.set(e.id, m);
      }
    }
    // Or right after one person's name, in apposition (`Gáspár Maróth, the Hungarian Government commissioner`).
    const before = this.lang === 'en' ? EN_APPOSED_TITLE_GAP : APPOSITION_GAP;
    for (let i = 0; i + ws.length <= toks.length; i++) {
      if (!toks[i].forms.includes(ws[0].key) || toks[i].start === ws[0].start || ws.some((w, k) => k > 0 && (toks[i + k].key !== w.key || toks[i + k].gap !== 'tight'))) continue;
      const at = toks[i].start;
      for (const e of this.byId.values()) {
        const m = e.type === 'person' ? e.mentions.find((x) => x.end < at && x.via !== 'role' && x.via !== 'title' && before.test(this.text.slice(x.end, at))) : undefined;
        if (m) owners.set(e.id, m);
      }
    }
    if (owners.size !== 1) return undefined;
    const [name] = owners.values();
    return this.entityAt('person', name, [span(all)]);
  }

  /**
   * Pass 4: a medium named by its noun with the article and a nationality (`الصحيفة البريطانية`, linked to a body of
   * that country by the entity stage): the one body named before it in the article with that noun first and no other
   * country (`صحيفة "ديلي ميل"`, `قناة الجزيرة`), as a newspaper's next mention drops its title.
   */
  byMedium(s: Statement): string | undefined {
    const linked = s.speaker.entity ? this.byId.get(s.speaker.entity) : undefined;
    const ws = speakerWords(this.toks, s);
    if (this.lang !== 'ar' || linked?.type !== 'org' || ws.length !== 2 || !definite(ws[0]) || !linked.country) return undefined;
    const noun = ws[0].forms.find((f) => f.startsWith(AR_ARTICLE) && mediaNouns().has(f.slice(AR_ARTICLE.length)))?.slice(AR_ARTICLE.length);
    if (!noun) return undefined;
    const before = [...this.byId.values()].filter((e) => e.id !== linked.id && e.type === 'org' && (!e.country || e.country === linked.country)
      && e.mentions.some((m) => m.start < s.speaker.start! && wordsIn(this.toks, m.start, m.end)[0]?.key === noun));
    if (before.length !== 1) return undefined;
    const { start, end } = before[0].mentions[0];
    return this.entityAt('org', { start, end }, [span(ws)]);
  }

  /**
   * Pass 5: a bare name the article gives its speakers twice or more, unknown to the gazetteer's given names (`يوهانس`,
   * `ريان العنزي`, `Sharif Hotak`): words that are no title, body, function word, plural, feminine or ت-noun, and not
   * written elsewhere in the article with the article (`التصميم` beside `تصميم` is a common noun).
   */
  byRecurrence(statements: readonly Statement[]): Statement[] {
    const bareOf = new Map<Statement, readonly Tok[]>();
    const times = new Map<string, number>();
    const keyOf = (ws: readonly Tok[]) => ws.map((w) => w.key).join(' ');
    for (const s of statements) {
      const ws = s.speaker.entity ? [] : speakerWords(this.toks, s);
      if (!ws.length || !this.bare(ws)) continue;
      bareOf.set(s, ws);
      times.set(keyOf(ws), (times.get(keyOf(ws)) ?? 0) + 1);
    }
    return statements.map((s) => {
      const ws = bareOf.get(s);
      return ws && (times.get(keyOf(ws)) ?? 0) >= MIN_BARE_NAME_TIMES ? linkedTo(s, this.entityAt('person', span(ws), [span(ws)])) : s;
    });
  }

  /**
   * Pass 6: a statement document as speaker (`وتابع البيان`, `وأضاف البيان`): whoever issued it, the linked speaker
   * of the statement whose sentence last names a statement before it (`وقال فلان … في بيان`, `أصدرت الوزارة بيانا`).
   */
  byDocument(statements: readonly Statement[]): Statement[] {
    if (this.lang !== 'ar') return [...statements];
    const out = [...statements];
    for (let n = 0; n < out.length; n++) {
      const s = out[n];
      const ws = s.speaker.entity ? [] : speakerWords(this.toks, s);
      if (ws.length !== 1 || !ws[0].forms.includes(AR_STATEMENT)) continue;
      const named = this.lastStatementWord(ws[0].start);
      if (!named || ws[0].start - named.end > DOCUMENT_MAX_CHARS) continue;
      let best: Statement | undefined, bestDistance = Infinity;
      for (const t of out) {
        if (!t.speaker.entity || t === s || t.speaker.start === undefined || t.speaker.start >= ws[0].start) continue;
        // A body named by its nationality (السفارة الأمريكية) is linked to the country: the country issued nothing.
        if (this.byId.get(t.speaker.entity)?.type === 'country') continue;
        const [from, to] = t.speaker.start < named.start ? [t.speaker.start, named.end] : [named.start, t.speaker.end!];
        if (SENTENCE_END.test(this.text.slice(from, to))) continue;
        const distance = Math.abs(t.speaker.start - named.start);
        if (distance < bestDistance) [best, bestDistance] = [t, distance];
      }
      if (best) out[n] = linkedTo(s, best.speaker.entity);
    }
    return out;
  }

  /** The last word before `before` that names a statement (بيان, بيانا, ببيان, البيان). */
  private lastStatementWord(before: number): Tok | undefined {
    for (let i = firstWordAt(this.toks, before) - 1; i >= 0; i--) {
      const t = this.toks[i];
      if (t.forms.some((f) => f === AR_STATEMENT || f === AR_STATEMENT + 'ا')) return t;
    }
    return undefined;
  }

  private bare(ws: readonly Tok[]): boolean {
    if (this.lang === 'en') return ws.length <= 2 && ws.every((w) => this.plainEn(w)) && (ws.length === 1 || ws[1].gap === 'tight');
    return (ws.length === 1 && this.plainAr(ws[0])) || (ws.length === 2 && this.plainAr(ws[0]) && this.familyAr(ws[1]));
  }

  private commonWord(w: Tok): boolean {
    return !w.arabic || this.g.stop.has(w.key) || this.lex.words.has(w.key) || this.isRank(w) || this.isBodyHead(w) || this.lex.titleWords.has(w.key);
  }

  private plainAr(w: Tok): boolean {
    return w.forms.length === 1 && !definite(w) && codePoints(w.key) >= MIN_BARE_NAME_CHARS && !AR_COMMON_WORD.test(w.key)
      && !this.commonWord(w) && !this.writtenDefinite(AR_ARTICLE + w.key);
  }

  /** Is a definite word of the article keyed so? A scan, asked of a few bare names per article: cheaper than a set of every word. */
  private writtenDefinite(key: string): boolean {
    for (const t of this.toks) if (t.key === key && definite(t)) return true;
    return false;
  }

  private familyAr(w: Tok): boolean {
    return definite(w) && w.gap === 'tight' && !AR_COMMON_FAMILY.test(w.key) && w.key !== GOD && !this.commonWord(w);
  }

  private plainEn(w: Tok): boolean {
    return w.cap && !w.upper && !this.g.stop.has(w.key) && !this.isRank(w) && !this.lex.titleWords.has(w.key) && !this.g.orgHeads.has(w.text);
  }
}

/**
 * Links the statements whose speaker the entity stage linked to no one (or only to the nationality or body its phrase
 * names) to the person or body the phrase names, adding it (`local:` id of the name, mentioned where the speaker is)
 * when the article has no entity of that name yet. Returns the entities (new ones included, mentions in text order)
 * and the statements, relinked.
 */
export function nameSpeakers(text: string, toks: readonly Tok[], entities: Entity[], statements: Statement[], lang: Lang): { entities: Entity[]; statements: Statement[] } {
  if (!statements.length || (lang !== 'ar' && lang !== 'en')) return { entities, statements };
  const sp = new Speakers(text, toks, entities, lang);
  const named = statements.map((s) => sp.owned(s)).map((s) => linkedTo(s, sp.named(s))).map((s) => linkedTo(s, sp.runOn(s)));
  const bySurname = named.map((s) => linkedTo(s, sp.bySurname(s)));
  const byTitle = bySurname.map((s) => linkedTo(s, sp.byTitle(s) ?? sp.byMedium(s) ?? sp.byGovernment(s)));
  const relinked = sp.byDocument(sp.byRecurrence(byTitle));
  return { entities: sp.entities(), statements: relinked.map((s) => sp.relinkAbsorbed(s)) };
}
