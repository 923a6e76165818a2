import type { Entity, Mention, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { isTrailingName, speakerNameIn } from './03-chunks.js';
import { definite, gluedPreposition, span, wordsIn, type Located, type SpeakerState } from './05-speakers-state.js';
import { MAX_TRAILING_NAME_WORDS } from './constants.js';
import type { Tok } from './keys.js';

// A speaker phrase that names a person beside their title (`كيري وزير خارجية واشنطن`, `وزير الداخلية اليمني العميد
// فلان الفلاني`, 05-speakers.ts pass 1). Linking took the longest mention of the phrase, the title, which the entity
// stage made a person of its own known by titles only: the person is the one named, and takes the title's mentions.

/** What may stand between a name and its title, besides ranks (`العميد`): spaces, a comma, quotation marks (`«فلان»`). */
const BESIDE_GAP = /^[\s,،«»"“”]*$/u;

const byTitleOnly = (m: Mention) => m.via === 'title' || m.via === 'role';

/**
 * For a speaker linked to a person known by titles only whose title is in the phrase: the person the phrase names right
 * before or after that title (ranks and honorifics between), the article's (a name it knows, no title or body's noun in
 * it: `مجلس الوزراء` read as a name is none) or a new one (a given name and the name words after it, or unknown name
 * words, before the title; a name after the title and its ranks), with the title's mentions. Undefined when the phrase
 * names no one beside the title.
 */
export function namedBesideTitle(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  const { start, end } = s.speaker;
  if (linked?.type !== 'person' || start === undefined || end === undefined || !linked.mentions.every(byTitleOnly)) return undefined;
  const title = linked.mentions.find((m) => m.start >= start && m.end <= end);
  if (!title) return undefined;
  // A title with a preposition glued to it (`للرئيس`) is whom the words before it are of, not a name's apposition.
  const head = sp.toks[firstWordAt(sp.toks, title.start)];
  if (!head || gluedPreposition(head)) return undefined;
  const beside = (from: number, to: number) => from <= to && besideGap(sp, from, to);
  for (const e of sp.byId.values()) {
    if (e.type !== 'person' || e === linked) continue;
    const named = e.mentions.some((m) => !byTitleOnly(m) && m.start >= start && m.end <= end && (beside(m.end, title.start) || beside(title.end, m.start))
      && !wordsIn(sp.toks, m.start, m.end).some((w) => office(sp, w)));
    if (named) return absorbed(sp, linked, e.id);
  }
  const before = ws.filter((w) => w.end <= title.start);
  const run = before.length > 1 ? speakerNameIn(before, sp.g, true) : undefined;
  const nameBefore = (run?.from === 0 && run.to === before.length) || unknownName(sp, before);
  if (nameBefore && beside(before[before.length - 1].end, title.start)) return newPerson(sp, linked, span(before));
  let k = ws.findIndex((w) => w.start >= title.end);
  if (k < 0 || !beside(title.end, ws[k].start)) return undefined;
  while (k < ws.length - 1 && sp.isRank(ws[k])) k++;
  const after = ws.slice(k);
  if (after.length > MAX_TRAILING_NAME_WORDS || after.some((w) => sp.covered(w) || office(sp, w)) || !isTrailingName(after, sp.g)) return undefined;
  return newPerson(sp, linked, span(after));
}

/**
 * Arabic words that can only be a name, unknown to the gazetteer, opening a phrase before the person's title (`يوتشي
 * ماسوزوي وزير الصحة الياباني`): two to MAX_TRAILING_NAME_WORDS words, the first without the article, none a function
 * word, title, body's noun, number or another entity's word.
 */
export function unknownName(sp: SpeakerState, ws: readonly Tok[]): boolean {
  if (sp.lang !== 'ar' || ws.length < 2 || ws.length > MAX_TRAILING_NAME_WORDS || definite(ws[0])) return false;
  return ws.every((w, k) => w.arabic && (k === 0 || w.gap === 'tight') && !/\d/u.test(w.key) && !sp.g.stop.has(w.key) && !sp.lex.words.has(w.key)
    && !office(sp, w) && !sp.covered(w) && !sp.g.titles.longestAt(sp.toks, firstWordAt(sp.toks, w.start), () => true));
}

/** A title's or a body's word (`رئيس`, `مجلس`): an office, no part of a name. */
const office = (sp: SpeakerState, w: Tok) => sp.isBodyHead(w) || sp.isTitle(w);

/** Between two places of the phrase, ranks and honorifics only (`العميد`, `الدكتور`), with spaces, commas or quotation marks. */
function besideGap(sp: SpeakerState, from: number, to: number): boolean {
  let rest = '';
  let at = from;
  for (const t of sp.toks) {
    if (t.end <= from || t.start >= to) continue;
    if (t.start < from || t.end > to || !sp.isRank(t)) return false;
    rest += sp.text.slice(at, t.start);
    at = t.end;
  }
  return BESIDE_GAP.test(rest + sp.text.slice(at, to));
}

/** The person of that name, made an entity, who takes the titled person's mentions. */
function newPerson(sp: SpeakerState, titled: Entity, name: Located): string {
  return absorbed(sp, titled, sp.entityAt('person', name, [name]));
}

/** The titled person absorbed by the person of that id (unless entityAt's apposition already did), whose id this is. */
function absorbed(sp: SpeakerState, titled: Entity, id: string): string {
  const e = sp.byId.get(id);
  if (e && sp.byId.get(titled.id) === titled) sp.absorb(titled, e);
  return id;
}
