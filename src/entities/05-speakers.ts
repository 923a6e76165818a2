import { lexicon, opensUnnamed } from '../attribution/lexicon/index.js';
import type { Entity, Lang, Statement } from '../model/index.js';
import { gazetteer, type Gazetteer } from './01-gazetteer.js';
import { isGiven, isTrailingName, speakerNameIn } from './03-chunks.js';
import { localId } from './04-coref.js';
import type { Tok } from './keys.js';

// People the entity stage could not tell from running text, told by the attribution stage: the subject of a reporting
// verb is a source, so a given name and the words after it there are a name (`وقالت حفصة دوابشة`, `رئيس اللجنة محمود
// الحسن`), and a lone word there whose full name the article gives elsewhere (`وقال حرب` after `طارق حرب`) is that
// person. English: the capitalised words a speaker phrase ends with (`former thinktank executive Ken Gude`).

/** Words read after a lone given name for its full name elsewhere (a lineage of two links and a family name). */
const MAX_FULL_NAME_WORDS = 6;

/** Words of a name after the nationality or body a speaker phrase names (a given name, a lineage, a family name). */
const MAX_TRAILING_NAME_WORDS = 4;

/** Where a statement's speaker is, when the extractor kept it. */
type Located = { start: number; end: number };

/** The words inside [start, end) of the article's words (in text order). */
function wordsIn(toks: readonly Tok[], start: number, end: number): Tok[] {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < start) lo = mid + 1; else hi = mid;
  }
  const out: Tok[] = [];
  for (let i = lo; i < toks.length && toks[i].end <= end; i++) out.push(toks[i]);
  return out;
}

/**
 * The full name a lone speaker word stands for: a place elsewhere in the article where a given name comes right before
 * it (`طارق حرب` for `حرب`), or, for a given name, where a name follows it (`فؤاد شيخ السنا` for `فؤاد`), as
 * [start, end) of the text. A title (`الشيخ`) stands for no name.
 */
function fullNameOf(toks: readonly Tok[], word: Tok, g: Gazetteer): Located | undefined {
  if (g.stop.has(word.key) || g.titles.get([word.key]).length) return undefined;
  const given = isGiven(g, word.key);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === word || t.key !== word.key) continue;
    const prev = toks[i - 1];
    if (!given && prev && t.gap === 'tight' && prev.arabic && isGiven(g, prev.key)) return { start: prev.start, end: t.end };
    if (given) {
      const run = speakerNameIn(toks.slice(i, i + MAX_FULL_NAME_WORDS), g);
      if (run?.from === 0 && run.to > 1) return { start: t.start, end: toks[i + run.to - 1].end };
    }
  }
  return undefined;
}

/** The word before a family's name (آل سعود, آل الشيخ), as a match key. */
const AR_FAMILY = 'ال';
/** Words between a title phrase and the comma before the name in apposition after it (في الاتحاد الأوروبي). */
const APPOSITION_MAX_WORDS = 6;
/** God's name as a match key: `رسول الله` names no family. */
const GOD = 'الله';
/** Speakers given by the same bare name before it is taken for a person's. */
const MIN_BARE_NAME_TIMES = 2;
/** Letters of a bare Arabic name at least (shorter words are mostly particles). */
const MIN_BARE_NAME_CHARS = 3;
/** Capitalised words of an English name read off a speaker phrase (Ursula von der Leyen has particles, not capitals). */
const MAX_EN_NAME_WORDS = 4;
/** Letters a definite word has beyond the article and one more (`الة` of `وكالة` is none). */
const MIN_DEFINITE_CHARS = 3;
/** Words of a body's name in a speaker phrase (`اللجنة القانونية في البرلمان`). */
const MAX_BODY_WORDS = 4;

/**
 * Links each Arabic statement whose speaker no entity covers, or only the nationality or body its phrase names, to the
 * person or body that phrase names, adding it (`local:` id of the name, mentioned where the speaker is) when the article
 * has no entity of that name yet. Then a lone word left unlinked (`اليافعي`) goes to the one person of the article whose
 * name ends with it. Returns the entities (new ones appended, mentions in text order) and the statements, relinked.
 */
export function nameSpeakers(text: string, toks: readonly Tok[], entities: Entity[], statements: Statement[], lang: Lang): { entities: Entity[]; statements: Statement[] } {
  if (!statements.length || (lang !== 'ar' && lang !== 'en')) return { entities, statements };
  const g = gazetteer();
  const attribution = lexicon(lang);
  const byId = new Map(entities.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
  const touched = new Set<string>();
  const covered = (w: Tok) => entities.some((e) => e.mentions.some((m) => m.start < w.end && w.start < m.end));
  const isBodyHead = (w: Tok) => w.forms.some((f) => g.orgHeads.has(f) || attribution.titleWords.get(f)?.kind === 'body');
  // With the article, and more than it and a letter (a clitic form of وكالة is كالة, then الة).
  const definite = (w: Tok) => w.forms.some((f) => f.startsWith('ال') && f.length > MIN_DEFINITE_CHARS);
  /** The entity of that name (one mentioned exactly there, else the `local:` id of the name), with these mentions added. */
  const entityAt = (type: 'person' | 'org', name: Located, mentions: readonly Located[]): string => {
    const shown = text.slice(name.start, name.end);
    const id = [...byId.values()].find((e) => e.type === type && e.mentions.some((m) => m.start === name.start && m.end === name.end))?.id ?? localId(shown);
    let e = byId.get(id);
    if (!e) byId.set(id, (e = { id, type, name: shown, names: { ar: shown }, mentions: [] }));
    for (const m of mentions) if (!e.mentions.some((x) => x.start < m.end && m.start < x.end)) {
      e.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: id, via: 'speaker' });
      touched.add(id);
    }
    return id;
  };
  const span = (ws: readonly Tok[]): Located => ({ start: ws[0].start, end: ws[ws.length - 1].end });
  const isTitle = (w: Tok) => g.titles.get([w.key]).length > 0 || attribution.titleWords.has(w.key);
  /**
   * English: the name a speaker phrase ends with, in capitals and after no title of its own run (`former thinktank
   * executive Ken Gude`, `Carrie Lam`); a body, `The` and capitalised words or one acronym (`The Guardian`, `NEOC`).
   */
  const namedEn = (s: Statement, ws: readonly Tok[]): string | undefined => {
    let k = ws.length;
    while (k > 0 && ws[k - 1].cap && !ws[k - 1].upper && !isTitle(ws[k - 1]) && !g.stop.has(ws[k - 1].key) && (k === ws.length || ws[k].gap === 'tight')) k--;
    const caps = ws.slice(k);
    const linked = s.speaker.entity ? byId.get(s.speaker.entity) : undefined;
    if (linked?.type === 'person' || caps.some(covered)) return undefined;
    // After `the`, or ending with a body's head noun, the capitals name a body (the Disease Surveillance Team).
    const bodyRun = (k > 0 && ws[k - 1].key === 'the') || (caps.length > 0 && g.orgHeads.has(caps[caps.length - 1].text));
    if (bodyRun && caps.length >= 2) return entityAt('org', span(caps), [span(caps)]);
    // A person's name starts with a given name (Professor Greg Barton → Greg Barton; Marine Bulletin is none).
    const from = caps.findIndex((w) => attribution.sexWords.get(w.key)?.kind === 'given' || g.given.has(w.key));
    const run = from < 0 ? [] : caps.slice(from);
    if (run.length >= 2 && run.length <= MAX_EN_NAME_WORDS) return entityAt('person', span(run), [span(run)]);
    if (linked) return undefined;
    const body = ws.length > 1 && ws[0].key === 'the' && ws.slice(1).every((w) => w.cap && w.gap === 'tight');
    if (body || (ws.length === 1 && ws[0].upper && !/\d/u.test(ws[0].text))) return entityAt('org', span(ws), [span(ws)]);
    return undefined;
  };
  /**
   * The person named in apposition after a title phrase the speaker stops short of (`قالت مسؤولة السياسة الخارجية` + `في
   * الاتحاد الأوروبي، فيدريكا موجيريني،`): within APPOSITION_MAX_WORDS words of the same clause, after a comma, a person
   * the article knows there or a given name and the name words after it.
   */
  const appositionAfter = (end: number): string | undefined => {
    let i = toks.findIndex((t) => t.start >= end);
    for (let n = 0; i >= 0 && i < toks.length && n <= APPOSITION_MAX_WORDS; i++, n++) {
      const t = toks[i];
      if (t.gap === 'hard') return undefined;
      if (t.gap !== 'comma' || n === 0) continue;
      const known = [...byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start));
      if (known) return known.id;
      const name = speakerNameIn(toks.slice(i, i + MAX_TRAILING_NAME_WORDS), g);
      return name?.from === 0 ? entityAt('person', span(toks.slice(i, i + name.to)), [span(toks.slice(i, i + name.to))]) : undefined;
    }
    return undefined;
  };
  /** The entity a speaker phrase names, as far as its words tell (undefined: leave the speaker as it is). */
  const named = (s: Statement): string | undefined => {
    const { start, end } = s.speaker;
    if (start === undefined || end === undefined) return undefined;
    const ws = wordsIn(toks, start, end);
    if (!ws.length) return undefined;
    if (lang === 'en') return opensUnnamed(s.speaker.text) ? undefined : namedEn(s, ws);
    // An unnamed source is named only in apposition (`مسؤول أوروبي، ماري دوبون،`).
    if (opensUnnamed(s.speaker.text)) return s.speaker.entity ? undefined : appositionAfter(end);
    if (s.speaker.entity) {
      // Linked to the nationality or body the phrase names, the name after it unread: that name.
      const linked = byId.get(s.speaker.entity);
      if (!linked || linked.type === 'person') return undefined;
      const before = linked.mentions.filter((m) => m.start >= start && m.end < end).reduce((x, m) => Math.max(x, m.end), -1);
      const after = ws.filter((w) => w.start >= before);
      if (before < 0 || after.length > MAX_TRAILING_NAME_WORDS || after.some(covered) || !isTrailingName(after, g)) return undefined;
      return entityAt('person', span(after), [span(after)]);
    }
    if (ws.length === 1) {
      const full = ws[0].arabic ? fullNameOf(toks, ws[0], g) : undefined;
      if (full) return entityAt('person', full, [full, span(ws)]);
    }
    const run = speakerNameIn(ws, g);
    if (run) return entityAt('person', span(ws.slice(run.from, run.to)), [span(ws.slice(run.from, run.to))]);
    const apposed = appositionAfter(end);
    if (apposed) return apposed;
    // A body not in the gazetteer, named in full (اللجنة القانونية): a head noun and a definite word, no person in it.
    if (ws.length > 1 && ws.length <= MAX_BODY_WORDS && isBodyHead(ws[0]) && ws.some(definite)) return entityAt('org', span(ws), [span(ws)]);
    return undefined;
  };
  const first = statements.map((s) => {
    const id = named(s);
    return id ? { ...s, speaker: { ...s.speaker, entity: id } } : s;
  });
  // A surname left unlinked, alone or after titles (`اليافعي:` in a headline, `العميد الصبيحي`, `آل الشيخ`), before or
  // after the full name; in English a given name too (`Bernadette`): the one person of the article named so.
  const isRank = (w: Tok) => g.titles.get([w.key]).length > 0 || ['title', 'role'].includes(attribution.titleWords.get(w.key)?.kind ?? '');
  const relinked = first.map((s) => {
    if (s.speaker.entity || s.speaker.start === undefined || s.speaker.end === undefined) return s;
    const ws = wordsIn(toks, s.speaker.start, s.speaker.end);
    let k = 0;
    while (k < ws.length - 1 && isRank(ws[k])) k++;
    const rest = ws.slice(k);
    const family = lang === 'ar' && rest.length === 2 && rest[0].key === AR_FAMILY;
    if (!(rest.length === 1 || family) || (lang === 'en' && !rest[0].cap) || g.stop.has(rest[rest.length - 1].key)) return s;
    const keys = rest.map((w) => w.key).join(' ');
    const owners = [...byId.values()].filter((e) => e.type === 'person' && e.mentions.some((m) => {
      const mw = wordsIn(toks, m.start, m.end);
      if (mw.length <= rest.length) return false;
      const tail = mw.slice(-rest.length).map((w) => w.key).join(' ');
      return tail === keys || (lang === 'en' && rest.length === 1 && mw[0].key === keys);
    }));
    if (owners.length !== 1) return s;
    return { ...s, speaker: { ...s.speaker, entity: entityAt('person', { start: owners[0].mentions[0].start, end: owners[0].mentions[0].end }, [span(rest)]) } };
  });
  // A bare name the article gives its speaker again and again, unknown to the gazetteer's given names (`يوهانس`, `ريان
  // العنزي`, `Sharif Hotak`): a word that is no title, body, function word, plural or feminine noun, twice or more.
  // A word the article also writes with the article (`التصميم` beside `تصميم`) is a common noun, not a name.
  let definites: Set<string> | undefined;
  const common = (w: Tok) => (definites ??= new Set(toks.filter(definite).map((t) => t.key))).has(`ال${w.key}`);
  const plainAr = (w: Tok) => w.arabic && w.forms.length === 1 && !definite(w) && [...w.key].length >= MIN_BARE_NAME_CHARS
    // No plural (ات, ون, ين, a broken one in اء), feminine (ة) or verbal noun or verb in ت (تصميم, تورط, تعالى).
    && !/\d|(?:ات|ون|ين|ه|اء)$|^ت/u.test(w.key) && !g.stop.has(w.key) && !attribution.words.has(w.key) && !isRank(w) && !isBodyHead(w)
    && !attribution.titleWords.has(w.key) && !common(w);
  // A family name is no plural or feminine noun (معظم المحللين, مؤرخ الكنيسة) and not God's name (رسول الله).
  const familyAr = (w: Tok) => definite(w) && w.gap === 'tight' && !/(?:ات|ون|ين|ه)$/u.test(w.key) && w.key !== GOD
    && !g.stop.has(w.key) && !isRank(w) && !isBodyHead(w) && !attribution.titleWords.has(w.key);
  const plainEn = (w: Tok) => w.cap && !w.upper && !g.stop.has(w.key) && !isRank(w) && !attribution.titleWords.has(w.key) && !g.orgHeads.has(w.text);
  const bare = (ws: readonly Tok[]) => lang === 'ar'
    ? (ws.length === 1 && plainAr(ws[0])) || (ws.length === 2 && plainAr(ws[0]) && familyAr(ws[1]))
    : ws.length >= 1 && ws.length <= 2 && ws.every(plainEn) && (ws.length === 1 || ws[1].gap === 'tight');
  const times = new Map<string, number>();
  const bareOf = new Map<Statement, readonly Tok[]>();
  for (const s of relinked) {
    if (s.speaker.entity || s.speaker.start === undefined || s.speaker.end === undefined) continue;
    const ws = wordsIn(toks, s.speaker.start, s.speaker.end);
    if (!bare(ws)) continue;
    bareOf.set(s, ws);
    const key = ws.map((w) => w.key).join(' ');
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  const out0 = relinked.map((s) => {
    const ws = bareOf.get(s);
    if (!ws || (times.get(ws.map((w) => w.key).join(' ')) ?? 0) < MIN_BARE_NAME_TIMES) return s;
    return { ...s, speaker: { ...s.speaker, entity: entityAt('person', span(ws), [span(ws)]) } };
  });
  for (const id of touched) byId.get(id)!.mentions.sort((a, b) => a.start - b.start);
  const out = [...byId.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { entities: out, statements: out0 };
}
