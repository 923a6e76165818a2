import type { Entity, Statement } from '../model/index.js';
import type { Tok } from './keys.js';
import { AR_ARTICLE, APPOSITION_GAP, definite, gluedOf, governmentNouns, mediaNouns, span, speakerWords, wordsIn, type Located, type SpeakerState } from './05-speakers-state.js';
import { MAX_PART_WORDS, MAX_RANKS_BEFORE_NAME, MIN_TITLE_PHRASE_WORDS_AR } from './constants.js';

// Passes 2 to 4 of the speaker passes (05-speakers.ts): a speaker phrase the article names in full elsewhere, its
// surname (bySurname), its title (byTitle) or a medium's noun (byMedium) standing for one person or body it names.

/** Between an English name and a title in apposition after it: a comma, `the`, and at most three capitalised words (`the Hungarian Government`). */
const EN_APPOSED_TITLE_GAP = /^\s*,\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;


/** The word before a family's name (آل سعود, آل الشيخ), as a match key. */
const AR_FAMILY = 'ال';

/**
 * Pass 2: a surname left unlinked, alone or after ranks (`اليافعي:` in a headline, `العميد الصبيحي`, `آل الشيخ`),
 * before or after the full name; in English a given name too (`Bernadette`): the one person of the article named so.
 */
export function bySurname(sp: SpeakerState, s: Statement): string | undefined {
  if (s.speaker.entity) return undefined;
  const ws = speakerWords(sp.toks, s);
  let k = 0;
  while (k < ws.length - 1 && sp.isRank(ws[k])) k++;
  const rest = ws.slice(k);
  const family = sp.lang === 'ar' && rest.length === 2 && rest[0].key === AR_FAMILY;
  // وزير التعليم: a definite noun after an indefinite title completes the office (construct), it names no one.
  if (sp.lang === 'ar' && k > 0 && !definite(ws[k - 1]) && definite(rest[0])) return undefined;
  if (!(rest.length === 1 || family) || (sp.lang === 'en' && !rest[0].cap) || sp.g.stop.has(rest[rest.length - 1].key)) return undefined;
  const keys = rest.map((w) => w.key).join(' ');
  const owners = [...sp.byId.values()].filter((e) => e.type === 'person' && e.mentions.some((m) => {
    const mw = wordsIn(sp.toks, m.start, m.end);
    if (mw.length <= rest.length) return false;
    return mw.slice(-rest.length).map((w) => w.key).join(' ') === keys || (sp.lang === 'en' && rest.length === 1 && mw[0].key === keys);
  }));
  if (owners.length !== 1) return undefined;
  const { start, end } = owners[0].mentions[0];
  return sp.entityAt('person', { start, end }, [span(rest)]);
}

/**
 * Pass 3: a speaker phrase that is a title alone (a person's title first, not a body's as `police`; two words or more
 * in Arabic; English `the` left out), written elsewhere in the article right before a person's name, ranks or
 * honorifics between (`الخبير الأمني` ~ `الخبير الأمني اللواء يحيى الذايدي`): that person, when the article writes it
 * before one person's name only.
 */
export function byTitle(sp: SpeakerState, s: Statement): string | undefined {
  const all = speakerWords(sp.toks, s);
  if (s.speaker.entity && !officeOfBody(sp, s, all)) return undefined;
  const ws = sp.lang === 'en' && all[0]?.key === 'the' ? all.slice(1) : all;
  if (!ws.length || !opensWithTitle(sp, ws) || (sp.lang === 'ar' && ws.length < MIN_TITLE_PHRASE_WORDS_AR)) return undefined;
  const { toks } = sp;
  const owners = new Map<string, Located>();
  for (let i = 0; i + ws.length < toks.length; i++) {
    if (titleAt(sp, ws, i) < 0) continue;
    let j = i + ws.length;
    for (let n = 0; n < MAX_RANKS_BEFORE_NAME && j < toks.length - 1 && toks[j].gap === 'tight' && sp.isRank(toks[j]); n++) j++;
    if (toks[j].gap !== 'tight' && toks[j].gap !== 'comma') continue;
    const at = toks[j].start;
    for (const e of sp.byId.values()) {
      const m = e.type === 'person' ? namedAt(sp, e).find((x) => x.start === at) : undefined;
      if (m) owners.set(e.id, m);
    }
  }
  // Or right after one person's name, in apposition (`Gáspár Maróth, the Hungarian Government commissioner`).
  const before = sp.lang === 'en' ? EN_APPOSED_TITLE_GAP : APPOSITION_GAP;
  for (let i = 0; i + ws.length <= toks.length; i++) {
    if (titleAt(sp, ws, i) < 0) continue;
    const at = toks[i].start;
    for (const e of sp.byId.values()) {
      const m = e.type === 'person' ? namedAt(sp, e).find((x) => x.end < at && before.test(sp.text.slice(x.end, at))) : undefined;
      if (m) owners.set(e.id, m);
    }
  }
  if (owners.size !== 1) return undefined;
  const [name] = owners.values();
  return sp.entityAt('person', name, [span(all)]);
}

/**
 * Does a person's title open the phrase: a rank word (`spokesman`, `الوزير`), or a title of several words whose first is
 * none (`Interior Minister` of a headline, the title `interior minister`)?
 */
function opensWithTitle(sp: SpeakerState, ws: readonly Tok[]): boolean {
  if (sp.isRank(ws[0])) return true;
  const i = sp.toks.indexOf(ws[0]);
  return i >= 0 && Boolean(sp.g.titles.longestAt(sp.toks, i, (t, _, to) => !t.modifier && to - i > 1 && to - i <= ws.length));
}

/**
 * Is the speaker an office only, linked by the entity stage to the body or country it is of (`وزير خارجية الولايات
 * المتحدة الأميركية` → the State Department)? Arabic, a person's title first: the title pass may find who holds it.
 */
function officeOfBody(sp: SpeakerState, s: Statement, ws: readonly Tok[]): boolean {
  const linked = sp.byId.get(s.speaker.entity!);
  if (sp.lang !== 'ar' || !linked || linked.type === 'person' || !ws.length || !sp.isRank(ws[0]) || sp.isBodyHead(ws[0])) return false;
  // The body or country named inside the phrase, after its title, and nothing after it that may be a name.
  const inside = linked.mentions.filter((m) => m.start > ws[0].start && m.end <= ws[ws.length - 1].end);
  return inside.length > 0 && inside.some((m) => m.end === ws[ws.length - 1].end);
}

/**
 * Where a person is named, not merely titled: its mentions by name; for one known by a bare word alone (`بادماناتان`,
 * `Maróth`, found by the speaker passes where it speaks), every place the article writes that word too (`بادي
 * بادماناتان الرئيس التنفيذي …`, `Gáspár Maróth, the … commissioner`), where the entity stage knew no name.
 */
function namedAt(sp: SpeakerState, e: Entity): Located[] {
  const byName = e.mentions.filter((x) => x.via !== 'role' && x.via !== 'title');
  // Its mentions' words, but for title phrases the speaker passes linked to it (`الرئيس التنفيذي`).
  const named = byName.map((x) => wordsIn(sp.toks, x.start, x.end)).filter((ws) => ws.length && !sp.isRank(ws[0]));
  const keys = new Set(named.map((ws) => ws.map((w) => w.key).join(' ')));
  if (keys.size !== 1 || named[0].length !== 1) return byName;
  const [key] = keys;
  const more = sp.toks.filter((t) => t.key === key && (sp.lang !== 'en' || t.cap) && !byName.some((x) => x.start === t.start));
  return [...byName, ...more.map((t) => ({ start: t.start, end: t.end }))];
}

/**
 * Pass 4, Arabic: a body's own name alone, with the article (`الأمانة العامة`), that the article writes elsewhere with
 * ل and a body of the gazetteer or the article after it (`الأمانة العامة لمنظمة التعاون الإسلامي`): the part speaks
 * for that body, when the article writes it of one body only. Not a person's title (`الأمين العام`, pass 3).
 */
export function byParentBody(sp: SpeakerState, s: Statement): string | undefined {
  const ws = speakerWords(sp.toks, s);
  if (sp.lang !== 'ar' || s.speaker.entity || !ws.length || ws.length > MAX_PART_WORDS || !ws.every(definite) || sp.isRank(ws[0])) return undefined;
  const { toks } = sp;
  const parents = new Map<string, Located>();
  for (let i = 0; i + ws.length < toks.length; i++) {
    const of = toks[i + ws.length];
    if (toks[i].start === ws[0].start || ws.some((w, k) => toks[i + k].key !== w.key || (k > 0 && toks[i + k].gap !== 'tight'))) continue;
    if (of.gap !== 'tight' || !gluedOf(of)) continue;
    for (const e of sp.byId.values()) {
      const m = e.type === 'org' ? e.mentions.find((x) => x.start > of.start && x.start < of.end) : undefined;
      if (m) parents.set(e.id, m);
    }
  }
  if (parents.size !== 1) return undefined;
  const [body] = parents.values();
  return sp.entityAt('org', body, [span(ws)]);
}

/**
 * Pass 4, Arabic: a body's head noun alone with the article (`المنسقية`, `الوزارة`), after the article named one body with
 * that noun first (`المنسقية العامة لرئاسة الوزراء التركية`, `وزارة الداخلية`): that body, when it is the only one so
 * named before. Not a title (`الأمين العام`, pass 3) nor a government (`الحكومة`: the country's, 05-speakers-named.ts).
 */
export function byHeadNoun(sp: SpeakerState, s: Statement): string | undefined {
  const ws = speakerWords(sp.toks, s);
  if (sp.lang !== 'ar' || s.speaker.entity || ws.length !== 1 || !definite(ws[0]) || sp.isRank(ws[0])) return undefined;
  const noun = ws[0].key.startsWith(AR_ARTICLE) ? ws[0].key.slice(AR_ARTICLE.length) : undefined;
  if (!noun || governmentNouns().has(noun)) return undefined;
  const bodies = new Map<string, Located>();
  for (const e of sp.byId.values()) {
    const m = e.type === 'org' ? e.mentions.find((x) => {
      const first = wordsIn(sp.toks, x.start, x.end);
      return x.end <= ws[0].start && first.length > 1 && first[0].forms.some((f) => f === noun || f === ws[0].key);
    }) : undefined;
    if (m) bodies.set(e.id, m);
  }
  if (bodies.size !== 1) return undefined;
  const [body] = bodies.values();
  return sp.entityAt('org', body, [span(ws)]);
}

/**
 * Pass 4: a body named without its head noun (`التعاون الإسلامي` for `منظمة التعاون الإسلامي`, as headlines write it):
 * the one body of the article whose name is a body's noun and these words.
 */
export function byBodyTail(sp: SpeakerState, s: Statement): string | undefined {
  const ws = speakerWords(sp.toks, s);
  if (sp.lang !== 'ar' || s.speaker.entity || ws.length < 2 || sp.isBodyHead(ws[0])) return undefined;
  const keys = ws.map((w) => w.key).join(' ');
  const bodies = new Map<string, Located>();
  for (const e of sp.byId.values()) {
    const m = e.type === 'org' ? e.mentions.find((x) => {
      const mw = wordsIn(sp.toks, x.start, x.end);
      return mw.length === ws.length + 1 && sp.isBodyHead(mw[0]) && mw.slice(1).map((w) => w.key).join(' ') === keys;
    }) : undefined;
    if (m) bodies.set(e.id, m);
  }
  if (bodies.size !== 1) return undefined;
  const [body] = bodies.values();
  return sp.entityAt('org', body, [span(ws)]);
}

/**
 * How many words the title phrase ws takes written at word i elsewhere, or -1. The first word may carry a clitic
 * (لوزير); the others are read as written, except that a last word with the article may be written without it in
 * construct with a complement after it (`رئيس المجلس` ~ `رئيس مجلس قرية …`), as a title is first written in full.
 */
function titleAt(sp: SpeakerState, ws: readonly Tok[], i: number): number {
  const { toks } = sp;
  if (i + ws.length > toks.length || !toks[i].forms.includes(ws[0].key) || toks[i].start === ws[0].start) return -1;
  const ok = ws.every((w, k) => k === 0 || (toks[i + k].gap === 'tight' && (toks[i + k].key === w.key || (k === ws.length - 1 && inConstruct(sp, w, i + k)))));
  return ok ? ws.length : -1;
}

/** Is word j the Arabic word w without its article, a complement tight after it (`مجلس قرية` for `المجلس`)? */
function inConstruct(sp: SpeakerState, w: Tok, j: number): boolean {
  const t = sp.toks[j], next = sp.toks[j + 1];
  return sp.lang === 'ar' && definite(w) && w.key === AR_ARTICLE + t.key && !definite(t) && !!next?.arabic && next.gap === 'tight' && !sp.g.stop.has(next.key);
}

/**
 * Pass 4: a medium named by its noun with the article and a nationality (`الصحيفة البريطانية`, linked to a body of
 * that country by the entity stage): the one body named before it in the article with that noun first and no other
 * country (`صحيفة "ديلي ميل"`, `قناة الجزيرة`), as a newspaper's next mention drops its title.
 */
export function byMedium(sp: SpeakerState, s: Statement): string | undefined {
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  const ws = speakerWords(sp.toks, s);
  if (sp.lang !== 'ar' || linked?.type !== 'org' || ws.length !== 2 || !definite(ws[0]) || !linked.country) return undefined;
  const noun = ws[0].forms.find((f) => f.startsWith(AR_ARTICLE) && mediaNouns().has(f.slice(AR_ARTICLE.length)))?.slice(AR_ARTICLE.length);
  if (!noun) return undefined;
  const before = [...sp.byId.values()].filter((e) => e.id !== linked.id && e.type === 'org' && (!e.country || e.country === linked.country)
    && e.mentions.some((m) => m.start < s.speaker.start! && wordsIn(sp.toks, m.start, m.end)[0]?.key === noun));
  if (before.length !== 1) return undefined;
  const { start, end } = before[0].mentions[0];
  return sp.entityAt('org', { start, end }, [span(ws)]);
}
