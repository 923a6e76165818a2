import type { Mention, Statement } from '../model/index.js';
import { honouredNameIn, speakerNameIn } from './03-chunks.js';
import { definite, mediaNouns, span, type SpeakerState } from './05-speakers-state.js';
import { unknownName } from './05-speakers-titled.js';
import { MAX_TRAILING_NAME_WORDS } from './constants.js';
import type { Tok } from './keys.js';

// A speaker phrase that names a person and, across a comma, says who they are (`مات فلان، أميركي يعمل ببرامج الإغاثة في
// العراق`, `فلان الفلاني، مدير مكتب الحملة الوطنية السعودية`; `نائب وزير الدفاع الروسي، فلان الفلاني`, 05-speakers.ts pass
// 1). Linking took the longest mention of the phrase, often the country or body of the description, a person known by
// that title only, or none: the speaker is the person named. The description's own person (`أحد محامي حبري`) is whom
// the speaker is of, not the speaker.

/** و (and) glued to a word, as a match key's start. */
const AR_WA = 'و';
/** A pronoun glued to the end of a noun (ـها, ـهم, ـهما): no name ends so (`عضويتها`). */
const PRONOUN_SUFFIX = /\p{L}{2}(?:ها|هم|هما)$/u;
/** باسم ("on behalf of") as a match key. */
const AR_FOR = 'باسم';

const byName = (m: Mention) => m.via !== 'title' && m.via !== 'role';

/**
 * For an Arabic speaker phrase not linked to the person it opens with: the person named by all its words before the
 * first comma or a title right after them (ranks and honorifics first, `الدكتور`), the article's, or a new one: a given
 * name and the name words after it, a name after an honorific, or, before a comma, two to MAX_TRAILING_NAME_WORDS words
 * that can only be a name.
 */
export function nameBeforeDescription(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  if (sp.lang !== 'ar') return undefined;
  const k = ws.findIndex((w, i) => i > 0 && (w.gap === 'comma' || titleAfterName(sp, ws, i)));
  if (k < 0 || k > MAX_TRAILING_NAME_WORDS + 1) return undefined;
  const before = ws.slice(0, k);
  const unknown = ws[k].gap === 'comma' || plainBeforeTitle(before);
  const from = linkedElsewhere(sp, s, before) ? nameFrom(sp, before, unknown) : undefined;
  return from === undefined ? undefined : personNamed(sp, before.slice(from));
}

/**
 * Is word i a title right after the name before it (`فلان الفلاني مدير المنتخب`; ranks before the name are its own), not
 * a word the name reads as its family's (`الدكتور سعيد الشيخ`)?
 */
function titleAfterName(sp: SpeakerState, ws: readonly Tok[], i: number): boolean {
  const w = ws[i];
  if (w.gap !== 'tight' || !sp.isRank(w) || sp.isRank(ws[i - 1])) return false;
  const upTo = ws.slice(0, i + 1);
  const run = speakerNameIn(upTo, sp.g) ?? honouredNameIn(upTo, sp.g);
  return !(run && run.to > i);
}

/**
 * The other way round, for an Arabic title phrase (`نائب وزير الدفاع الروسي`) not linked to the person named after its
 * first comma, ranks and honorifics first (`الدكتور`), to the phrase's end: that person. Not after باسم or a body the
 * title is for (`المتحدث باسم البيت الأبيض، فلان`): an unknown name there read as the speaker lowered held-out claims
 * (FLOORS.md, sessions 22–23), as in personEnding (05-speakers-named.ts).
 */
export function nameAfterDescription(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  if (sp.lang !== 'ar' || !sp.isRank(ws[0])) return undefined;
  const k = ws.findIndex((w, i) => i > 0 && w.gap === 'comma');
  if (k < 0 || ws.length - k > MAX_TRAILING_NAME_WORDS + 1) return undefined;
  const after = ws.slice(k);
  if (ws.slice(0, k).some((w) => w.key === AR_FOR || gluedFor(w)) || !linkedElsewhere(sp, s, after)) return undefined;
  const from = nameFrom(sp, after, true);
  return from === undefined ? undefined : personNamed(sp, after.slice(from));
}

/** Is the speaker linked to anything but a person named by these words? */
function linkedElsewhere(sp: SpeakerState, s: Statement, ws: readonly Tok[]): boolean {
  const { start, end } = span(ws);
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  return !(linked?.type === 'person' && linked.mentions.some((m) => byName(m) && m.start < end && start < m.end));
}

/** ل glued to a noun, not لل (`لحزب`, whom the title is for; `للشؤون` is of the office itself). */
const gluedFor = (w: Tok) => w.arabic && w.forms.length > 1 && /^[وف]?ل/u.test(w.text) && !/^[وف]?لل/u.test(w.text);

/** The person these words name: the article's, or a new one. */
function personNamed(sp: SpeakerState, ws: readonly Tok[]): string {
  const name = span(ws);
  const known = [...sp.byId.values()].find((e) => e.type === 'person' && e.mentions.some((m) => byName(m) && m.start === name.start && m.end === name.end));
  return known?.id ?? sp.entityAt('person', name, [name]);
}

/**
 * Can unknown words before a title be a name? Unknown words there are as often the sentence's own (`صاحب السمو الملكي
 * الأمير`, `وأخذت تشتم الرئيس`, `موقع قصر الملك`, `عضويتها أسماء مثل الرئيس`): none but the last with the article, the first
 * not glued to و, none a medium's noun or ending in a pronoun (ـها, ـهم).
 */
function plainBeforeTitle(ws: readonly Tok[]): boolean {
  return ws.every((w, i) => (i === ws.length - 1 || !definite(w)) && !w.forms.some((f) => mediaNouns().has(f)) && !PRONOUN_SUFFIX.test(w.key))
    && !(ws[0].forms.length > 1 && ws[0].key.startsWith(AR_WA));
}

/**
 * Where the name that ends these words starts, when they are ranks and honorifics and then a name only: a known given
 * name's or an honoured one's, or, when `unknown`, words that can only be a name.
 */
function nameFrom(sp: SpeakerState, ws: readonly Tok[], unknown: boolean): number | undefined {
  const run = speakerNameIn(ws, sp.g, true) ?? honouredNameIn(ws, sp.g);
  if (run && run.to === ws.length && ws.slice(0, run.from).every((w) => sp.isRank(w))) return run.from;
  return unknown && unknownName(sp, ws) ? 0 : undefined;
}
