import type { Mention, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import type { Gazetteer } from './01-gazetteer.js';
import { startWithoutClitics } from './02-match.js';
import { dinNameIn, feminineNisba, honouredNameIn, isGivenWord, isTrailingName, speakerNameIn } from './03-chunks.js';
import { englishNameIn, type EnglishNameContext } from './05-speakers-en.js';
import { nameAfterDescription, nameBeforeDescription } from './05-speakers-apposition.js';
import { mediumNamed } from './05-speakers-media.js';
import { namedBesideTitle } from './05-speakers-titled.js';
import { nameEndingTitle } from './05-speakers-title-name.js';
import { definite, governmentNouns, mediaNouns, opensUnnamedPhrase, span, speakerWords, type Located, type SpeakerState } from './05-speakers-state.js';
import { APPOSITION_MAX_WORDS, MAX_BODY_WORDS, MAX_FULL_NAME_WORDS, MAX_TRAILING_NAME_WORDS, RUN_ON_MAX_WORDS } from './constants.js';
import type { Tok } from './keys.js';

// Pass 1 of the speaker passes (05-speakers.ts): the entity a speaker phrase names, as far as its words and the words
// right after it tell; and a title phrase cut short, the name its words run on to (runOn).

/** A medium's own name in quotation marks after its noun (صحيفة "ديلي ميل", مجلة «فوكوس»): nothing after the closing mark. */
const QUOTED_TITLE = /^[^"«“]+["«“][^"«»“”]+["»”]$/u;

/** The prefix of an entity id the article alone names (`local:`), not the gazetteer. */
const LOCAL_PREFIX = 'local:';
/** Function words a title phrase's run-on never crosses before the name: the name after them is another's (`مع نظيره …`, `إن …`). */
const RUN_ON_STOPS = new Set<string>(['preposition', 'complement', 'boundary', 'pronoun', 'demonstrative', 'object', 'speech', 'outlet']);
/** The one preposition a title's run-on crosses: where the office is (`في مقاطعة كوباني`). */
const AR_IN = 'في';
/** Lineage words (son, daughter of), as match keys. */
const AR_LINEAGE = new Set(['بن', 'ابن', 'بنت']);
/** بن as a match key; not ابن or بنت, which open kinship nouns as often (ابن عمه). */
const AR_BEN = 'بن';
/** Title families whose word may stand right before the name a run-on reaches (`العميد`, `الدكتور`); other titles name someone else. */
const RUN_ON_RANKS = new Set(['military', 'honorific']);

/** The feminine ending (ة, matched as ه): a noun's, rarely a foreign name's. */
const AR_FEMININE = 'ه';
/** و ("and") glued before a given name in a list of names. */
const AR_AND = 'و';
/** First words of compound given names whose second word has the article (عبد الأمير), as match keys. */
const AR_COMPOUND_GIVEN = new Set(['عبد']);

/** باسم ("on behalf of") as a match key: the name after it is whom the speaker speaks for. */
const AR_FOR = 'باسم';
/** English words after which a name is whom the speaker speaks for or to. */
const EN_FOR_WHOM = new Set(['for', 'of', 'to', 'with']);

/**
 * The full name a lone speaker word stands for: a place elsewhere in the article where a given name comes right before
 * it (`طارق حرب` for `حرب`), or, for a given name, where a name follows it (`فؤاد شيخ السنا` for `فؤاد`), as
 * [start, end) of the text. A title (`الشيخ`) stands for no name.
 */
function fullNameOf(toks: readonly Tok[], word: Tok, g: Gazetteer): Located | undefined {
  if (g.stop.has(word.key) || g.titles.getOne(word.key).length || feminineNisba(word)) return undefined;
  const given = isGivenWord(g, word);
  // A scan of the words rather than an index of them by key: asked once or twice per article, an index cost more to build.
  let seen = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.key !== word.key || t === word) continue;
    const first = !seen;
    seen = true;
    const prev = toks[i - 1];
    // على (on), written with ى, shares علي's match key: it is no given name (تعتمد على التعليم).
    if (!given && prev && t.gap === 'tight' && prev.arabic && !prev.text.endsWith('\u0649')) {
      if (isGivenWord(g, prev)) return { start: prev.start, end: t.end };
      // Where the article first writes the word only: a later full name may be a kinsman's (`مارسيل خليفة` … `نجليه بشار
      // ورامي خليفة`).
      if (!first) continue;
      // After و, in a list of names (`وأسامة النجيفي`), the given name starts after it.
      const bare = prev.text.startsWith(AR_AND) ? prev.forms.find((f) => f === prev.key.slice(AR_AND.length) && g.given.has(f)) : undefined;
      if (bare) return { start: startWithoutClitics(prev, bare), end: t.end };
      // A compound given name in the article (`عبد الأمير الخزرجي`).
      const opener = toks[i - 2];
      if (opener && prev.gap === 'tight' && definite(prev) && AR_COMPOUND_GIVEN.has(opener.key)) return { start: opener.start, end: t.end };
    }
    if (given) {
      const run = speakerNameIn(toks.slice(i, i + MAX_FULL_NAME_WORDS), g);
      if (run?.from === 0 && run.to > 1) return { start: t.start, end: toks[i + run.to - 1].end };
    }
  }
  return undefined;
}

/** Pass 1: the entity a speaker phrase names, as far as its words tell (undefined: leave the speaker as it is). */
export function named(sp: SpeakerState, s: Statement): string | undefined {
  const ws = speakerWords(sp.toks, s);
  if (!ws.length) return undefined;
  const titled = namedBesideTitle(sp, s, ws) ?? nameBeforeDescription(sp, s, ws) ?? nameAfterDescription(sp, s, ws);
  if (titled) return titled;
  const inside = personEnding(sp, s, ws);
  if (inside) return inside;
  const unnamed = opensUnnamedPhrase(s.speaker.text);
  if (sp.lang === 'en') return unnamed ? undefined : namedEn(sp, s, ws);
  // An unnamed source is named only in apposition (`مسؤول أوروبي، ماري دوبون،`).
  if (unnamed) return s.speaker.entity ? undefined : appositionAfter(sp, s.speaker.end!);
  if (s.speaker.entity) return nameAfterLinked(sp, s, ws) ?? bodyOfCountry(sp, s, ws) ?? countryOfGovernment(sp, s, ws);
  if (ws.length === 1 && ws[0].arabic) {
    const full = fullNameOf(sp.toks, ws[0], sp.g);
    if (full) return sp.entityAt('person', full, [full, span(ws)]);
  }
  const run = speakerNameIn(ws, sp.g, true) ?? honouredNameIn(ws, sp.g);
  if (run) return sp.entityAt('person', span(ws.slice(run.from, run.to)), [span(ws.slice(run.from, run.to))]);
  const lineage = lineageOpened(sp, ws);
  if (lineage) return sp.entityAt('person', lineage, [lineage]);
  const apposed = appositionAfter(sp, s.speaker.end!) ?? nameEndingTitle(sp, s, ws);
  if (apposed) return apposed;
  // A medium named by its title in quotation marks (صحيفة "ديلي ميل"): a body, whatever the language of the title.
  if (ws.length > 1 && ws[0].forms.some((f) => mediaNouns().has(f)) && QUOTED_TITLE.test(s.speaker.text)) return sp.entityAt('org', span(ws), [span(ws)]);
  // Or by its own name unquoted (صحيفة حرييت, 05-speakers-media.ts).
  const medium = mediumNamed(sp, ws);
  if (medium) return sp.entityAt('org', medium, [medium]);
  // A body not in the gazetteer, named in full (اللجنة القانونية): a head noun and a definite word, no person in it.
  if (ws.length > 1 && ws.length <= MAX_BODY_WORDS && sp.isBodyHead(ws[0]) && ws.some(definite)) return sp.entityAt('org', span(ws), [span(ws)]);
  // A compound given name in الدين and a family name (`خطيب الجمعة صدر الدين القبانجي`), after the body check: `حركة نور
  // الدين زنكي` is a body.
  const din = dinNameIn(ws, sp.g);
  if (din) return sp.entityAt('person', span(ws.slice(din.from, din.to)), [span(ws.slice(din.from, din.to))]);
  return undefined;
}

/**
 * A phrase opened by بن and a word that is no common word (`بن رودس نائب مستشار …`, `بن كيران`): a person, whether
 * بن is the given name Ben or opens a family name (Benkirane); with no given name before it, no one's lineage. The one
 * word after it only: what follows may be the title.
 */
function lineageOpened(sp: SpeakerState, ws: readonly Tok[]): Located | undefined {
  if (ws.length < 2 || ws[0].forms.length !== 1 || ws[0].key !== AR_BEN) return undefined;
  const w = ws[1];
  const plain = w.arabic && w.gap === 'tight' && w.forms.length === 1 && !definite(w) && !/\d/u.test(w.key) && !sp.g.stop.has(w.key)
    && !sp.lex.words.has(w.key) && !sp.isTitle(w) && !sp.isBodyHead(w) && !sp.isRank(w) && !sp.covered(w);
  return plain ? span(ws.slice(0, 2)) : undefined;
}

/**
 * A speaker phrase cut short of its name: a title phrase with no name (unlinked, or linked only to the nationality or
 * body it names, or to a person known by titles only) whose words run on, in the same sentence and within
 * RUN_ON_MAX_WORDS words, to a person's name (`نائب رئيس هيئة العلاقات الخارجية` + `في مقاطعة كوباني إدريس نعسان
 * لـ…:`, `وكيل الوزارة` + `للشؤون الإسلامية المكلف الشيخ فلان`): that person. Never across a preposition but في, a
 * particle or a relative (`مع نظيره …`, `إن …`), nor past a title of another office (`باسم الرئيس فلان`) or another name.
 */
export function runOn(sp: SpeakerState, s: Statement): string | undefined {
  if (sp.lang !== 'ar' || s.speaker.end === undefined) return undefined;
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  if (linked?.type === 'person' && linked.mentions.some((m) => m.via !== 'title' && m.via !== 'role')) return undefined;
  const ws = speakerWords(sp.toks, s);
  const { toks } = sp;
  if (!ws.length || opensUnnamedPhrase(s.speaker.text)) return undefined;
  if (!sp.isRank(ws[0]) && !sp.g.titles.longestAt(toks, firstWordAt(toks, ws[0].start), (x) => !x.modifier)) return undefined;
  const from = firstWordAt(toks, s.speaker.end);
  for (let i = from; i < toks.length && i - from < RUN_ON_MAX_WORDS; i++) {
    const t = toks[i];
    // Nor past a paragraph (a headline's speaker runs on into the body's first words).
    if (t.gap === 'hard' || !t.arabic || sp.text.slice(toks[i - 1]?.end ?? t.start, t.start).includes('\n')) return undefined;
    // بن: the name after it is a father's, in a lineage whose first name is unknown (بدر بن عبدالرحمن …).
    if (AR_LINEAGE.has(t.key)) return undefined;
    const name = nameStartingAt(sp, i);
    if (name) return name;
    const cls = sp.lex.words.get(t.key);
    if ((cls && RUN_ON_STOPS.has(cls) && t.key !== AR_IN) || t.forms.some((f) => sp.g.titles.getOne(f).some((x) => !x.modifier && !RUN_ON_RANKS.has(x.family)))) return undefined;
    // ل before a name or a bare noun is whom it was said to (لمحمد، لـ«الشرق الأوسط»); لل + noun is of the office (للشؤون);
    // a place whose own name starts with it (`في لبنان`) is where the office is.
    if (/^[وف]?ل/u.test(t.text) && !/^[وف]?لل/u.test(t.text) && t.forms.length > 1 && !namedFrom(sp, t.start)) return undefined;
  }
  return undefined;
}

/** Does a mention of the entity stage start right at this offset (the word's first letter is its name's)? */
const namedFrom = (sp: SpeakerState, at: number) => sp.given.some((e) => e.mentions.some((m) => m.start === at));

/** The person whose name starts at word i: one the article knows there by name, or a given name and the name words after it. */
function nameStartingAt(sp: SpeakerState, i: number): string | undefined {
  const t = sp.toks[i];
  // Two words at least: one word after a title is as often its object (`جدد رئيس الوزراء تحذيره`).
  const known = [...sp.byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start && m.via !== 'title' && m.via !== 'role' && /\s/u.test(m.text)));
  if (known) return known.id;
  if (sp.covered(t)) return undefined;
  const window = sp.toks.slice(i, i + MAX_TRAILING_NAME_WORDS);
  const run = speakerNameIn(window, sp.g);
  if (run?.from === 0 && run.to > 1) return sp.entityAt('person', span(window.slice(0, run.to)), [span(window.slice(0, run.to))]);
  const prev = sp.toks[i - 1];
  if (i > 0 && t.gap === 'tight' && sp.g.titles.getOne(prev.key).some((x) => x.family === 'honorific')) {
    const honoured = honouredNameIn(sp.toks.slice(i - 1, i + MAX_TRAILING_NAME_WORDS), sp.g);
    if (honoured?.from === 1) return sp.entityAt('person', span(sp.toks.slice(i, i - 1 + honoured.to)), [span(sp.toks.slice(i, i - 1 + honoured.to))]);
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
function personEnding(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  if (!linked || linked.type === 'person') return undefined;
  const end = ws[ws.length - 1].end;
  // Or the name runs on past the phrase, which stops inside it (`رئيس مجلس النواب البرازيلي إدواردو` of `… إدواردو كونها`).
  const ends = (m: Mention) => m.end >= end && m.start < end && m.start > ws[0].start && m.via !== 'title' && m.via !== 'role';
  const owner = [...sp.byId.values()].find((e) => e.type === 'person' && e.mentions.some(ends));
  if (!owner) return undefined;
  const start = owner.mentions.find(ends)!.start;
  let i = ws.findIndex((w) => w.start >= start) - 1;
  // Back over the titles and the nationality or body they are of (`الرئيس التركي`, `Turkish president`).
  let titled = false;
  while (i >= 0 && (sp.isTitle(ws[i]) || sp.g.titles.getOne(ws[i].key).length > 0 || sp.covered(ws[i])) && !forWhom(sp, ws[i])) {
    titled ||= sp.isRank(ws[i]);
    i--;
  }
  // Only a body between the preposition and the name, the name is the speaker's (`director of Amnesty International
  // Man-kei Tam`, `المتحدث باسم الخارجية الأمريكية جون كيربي`); in Arabic only for a person of the gazetteer: an unknown
  // name there (`المتحدث باسم البيت الأبيض فلان`) read as the person lowered held-out claims (FLOORS.md, sessions 22–23).
  const bodyOnly = !titled && (sp.lang === 'en' || !owner.id.startsWith(LOCAL_PREFIX));
  return i >= 0 && forWhom(sp, ws[i]) && !bodyOnly ? undefined : owner.id;
}

/** A word that makes what follows the one spoken for or to: a preposition (`for`, `of`, `باسم`), or ل glued to a noun (`لمكتب`). */
function forWhom(sp: SpeakerState, w: Tok): boolean {
  const cls = sp.lex.words.get(w.key);
  return cls === 'preposition' || w.key === AR_FOR || EN_FOR_WHOM.has(w.key) || (w.arabic && w.forms.length > 1 && /^[وف]?ل/u.test(w.text));
}

/** Linked to the nationality or body the phrase names, the name after it unread (`… اليمني مختار اليافعي`): that name. */
function nameAfterLinked(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const linked = sp.byId.get(s.speaker.entity!);
  if (!linked || linked.type === 'person') return undefined;
  const { start, end } = s.speaker as Located;
  const before = linked.mentions.filter((m) => m.start >= start && m.end < end).reduce((x, m) => Math.max(x, m.end), -1);
  const after = ws.filter((w) => w.start >= before);
  // A name after an honorific ends a long phrase (`الأمين العام لـ«المجلس … في بريطانيا»، وهو …، الدكتور فلان`): the person.
  const honoured = before < 0 ? undefined : honouredNameIn(after, sp.g);
  if (honoured && honoured.to === after.length) return sp.entityAt('person', span(after.slice(honoured.from)), [span(after.slice(honoured.from))]);
  if (before < 0 || after.length > MAX_TRAILING_NAME_WORDS || after.some((w) => sp.covered(w))) return undefined;
  if (!isTrailingName(after, sp.g) && !(sp.isRank(ws[0]) && foreignName(sp, after))) return undefined;
  return sp.entityAt('person', span(after), [span(after)]);
}

/**
 * Two words no lexicon knows, ending a title phrase after its nationality (`وزير الطاقة … التركي تانر يلدز`): a foreign
 * name the gazetteer lacks. Elsewhere two unknown words are as often a noun and its complement (`زيارة ساركوزي`); after
 * a title and its country, at the phrase's end, they are who holds it.
 */
function foreignName(sp: SpeakerState, ws: readonly Tok[]): boolean {
  return ws.length === 2 && ws[1].gap === 'tight' && ws.every((w) => w.arabic && w.forms.length === 1 && !definite(w) && !/\d/u.test(w.key)
    && !sp.g.stop.has(w.key) && !sp.lex.words.has(w.key) && !sp.isTitle(w) && !sp.isBodyHead(w) && !feminineNisba(w) && !w.key.endsWith(AR_FEMININE));
}

/**
 * Linked to a country only by the nationality or place inside it, a phrase headed by a body's noun is that body, not
 * the country (`حزب الشعب الديموقراطي التركي`, `المرصد السوري لحقوق الإنسان`, `صحيفة الغارديان البريطانية`): a party or
 * a newspaper does not speak for its state. Its government as a whole and its embassies do (government-nouns.tsv), and
 * a phrase that names a person is left to the person passes. The body is named by the whole phrase, or up to the
 * country's mention when longer than MAX_BODY_WORDS (`… التركي` of `… التركي الموالي للاكراد`).
 */
function bodyOfCountry(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const linked = sp.byId.get(s.speaker.entity!);
  if (linked?.type !== 'country' || !sp.isBodyHead(ws[0]) || ws[0].forms.some((f) => governmentNouns().has(f))) return undefined;
  const inside = linked.mentions.filter((m) => m.start >= ws[0].start && m.end <= ws[ws.length - 1].end);
  if (!inside.length || inside.some((m) => m.start < ws[0].end)) return undefined;
  if (ws.some((w) => sp.given.some((e) => e.type === 'person' && e.mentions.some((m) => m.start < w.end && w.start < m.end)))) return undefined;
  const end = ws.length <= MAX_BODY_WORDS ? ws.length : ws.findIndex((w) => w.end >= inside[0].end) + 1;
  if (end < 2 || end > MAX_BODY_WORDS) return undefined;
  return sp.entityAt('org', span(ws.slice(0, end)), [span(ws.slice(0, end))]);
}

/**
 * The other way round: a phrase opened by a noun of a country's government as a whole (`الحكومة العراقية`, `السلطات
 * الكينية`, government-nouns.tsv) that the entity stage made a body of its own, of that country, with the nationality
 * in the phrase: the country, for which its government speaks (as `The government` in English, 05-speakers-government.ts).
 */
function countryOfGovernment(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const linked = sp.byId.get(s.speaker.entity!);
  if (linked?.type !== 'org' || !linked.country || !ws[0].forms.some((f) => governmentNouns().has(f))) return undefined;
  if (!linked.mentions.some((m) => m.start === ws[0].start)) return undefined;
  const country = sp.byId.get(linked.country);
  const { start, end } = s.speaker as Located;
  return country?.mentions.some((m) => m.start > ws[0].start && m.start >= start && m.end <= end) ? country.id : undefined;
}

/**
 * The person named in apposition after a title phrase the speaker stops short of (`قالت مسؤولة السياسة الخارجية` + `في
 * الاتحاد الأوروبي، فيدريكا موجيريني،`): within APPOSITION_MAX_WORDS words of the same clause, after a comma, a person
 * the article knows there or a given name and the name words after it.
 */
function appositionAfter(sp: SpeakerState, end: number): string | undefined {
  const { toks } = sp;
  for (let i = firstWordAt(toks, end), n = 0; i < toks.length && n <= APPOSITION_MAX_WORDS; i++, n++) {
    const t = toks[i];
    if (t.gap === 'hard') return undefined;
    if (t.gap !== 'comma' || n === 0) continue;
    const known = [...sp.byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start));
    if (known) return known.id;
    const name = speakerNameIn(toks.slice(i, i + MAX_TRAILING_NAME_WORDS), sp.g);
    return name?.from === 0 ? sp.entityAt('person', span(toks.slice(i, i + name.to)), [span(toks.slice(i, i + name.to))]) : undefined;
  }
  return undefined;
}

/** What 05-speakers-en.ts reads of this article. */
function englishContext(sp: SpeakerState): EnglishNameContext {
  return { text: sp.text, toks: sp.toks, g: sp.g, lex: sp.lex, isTitle: (w) => sp.isTitle(w), covered: (w) => sp.covered(w) };
}

/** English: the person or body the phrase's words name (05-speakers-en.ts), made an entity. */
function namedEn(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const name = englishNameIn(englishContext(sp), ws, s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined);
  return name && sp.entityAt(name.type, span(name.words), [span(name.words)]);
}
