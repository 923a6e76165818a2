import { feminineNisba, isGivenWord } from './03-chunks.js';
import { definite, span, type SpeakerState } from './05-speakers-state.js';
import type { Statement } from '../model/index.js';
import type { Tok } from './keys.js';
import { namesAPlaceAfterTitle } from './named-after.js';

// Pass 1 (05-speakers-named.ts), Arabic: a speaker phrase opened by a title whose last words are a name the gazetteer
// lacks (`نائب رئيس المفوضية جيركي كتاينن`, `رئيس مجلس النواب سليم الجبوري`, `المتحدث باسمها مين كيونج ووك`). The
// entity stage reads a name after a title only from a given name or after a country or body it knows; a phrase the
// attribution stage ends there is a title and its holder's name.

/** Shortest and longest name read: one word after a title is as often its complement (`رئيس مجلس إدارة سابك`). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** Endings of the first word that make it a noun, not a name, unless it is a given name: ة (as a match key ه), ات. */
const NOUN_ENDINGS = /(?:ه|ات)$/u;
/** و, ف, ل, ب or ك glued to a first word with another form: a conjunction or preposition and a noun (`لحقوق`, `ومالك`). */
const GLUED = /^[وفلبك]/u;
/** باسم ("on behalf of"), alone or with a pronoun (`باسمها`): what follows is whom the title speaks for. */
const AR_FOR = 'باسم';
/** ل glued to a noun, not لل (`لحزب`: whom the title is for; `للشؤون` is of the office itself). */
const gluedFor = (w: Tok) => w.arabic && w.forms.length > 1 && /^[وف]?ل/u.test(w.text) && !/^[وف]?لل/u.test(w.text);
/** Title families whose word stands right before its holder's name (`اللواء`, `الدكتور`), not before a noun in construct. */
const BEFORE_NAME = new Set(['military', 'honorific']);

/**
 * The name ending an unlinked phrase opened by a title: the words it ends with that can be in a name (no function word,
 * title, rank, body's noun, entity of the article, number or feminine nisba), from the first given name among them, or
 * else without the definite words that end the title's complement (`المفوضية`); two or three words whose first is no
 * definite word, no noun by its ending and no preposition and noun: that person, made an entity. Undefined otherwise.
 */
export function nameEndingTitle(sp: SpeakerState, s: Statement, ws: readonly Tok[]): string | undefined {
  // A title or rank, not a body's noun (`صحيفة "ديلي ميل"` is a paper's name); the rank with its article (`لواء شهداء
  // الإسلام` is a brigade).
  if (sp.lang !== 'ar' || ws.length <= MIN_NAME_WORDS || !sp.isRank(ws[0]) || sp.isBodyHead(ws[0])) return undefined;
  if (!definite(ws[0]) && sp.g.titles.getOne(ws[0].key).some((t) => BEFORE_NAME.has(t.family))) return undefined;
  // Written where the statement is: a phrase of another paragraph is the attribution stage's antecedent of a shorter
  // subject (`وقالت المفوضية`), which may be the body the title is of rather than the person.
  if (!sameParagraph(sp.text, s)) return undefined;
  let start = ws.length;
  while (start > 1 && nameWord(sp, ws[start - 1]) && (start === ws.length || ws[start].gap === 'tight')) start--;
  const given = ws.findIndex((w, k) => k >= start && isGivenWord(sp.g, w));
  if (given >= 0) start = given;
  else while (start < ws.length && definite(ws[start])) start++;
  const name = ws.slice(start);
  // مدير مطار الملك عبدالعزيز الدولي: the name after a title in a place's name is the place's (named-after.ts).
  if (start > 0 && namesAPlaceAfterTitle(ws, start, (w) => sp.g.titles.getOne(w.key).length > 0)) return undefined;
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS || !firstNameWord(sp, name[0]) || inConstruct(sp, ws[start - 1])) return undefined;
  // After باسم or ل glued to a noun the title is for someone (`المتحدث باسم حزب الخضر فلان`): an unknown name there read
  // as the speaker lowered held-out claims (05-speakers-apposition.ts); after `باسمها` it is the holder's. Nor across a comma.
  if (name[0].gap !== 'tight' || ws.slice(0, start).some((w) => w.key === AR_FOR || gluedFor(w))) return undefined;
  return sp.entityAt('person', span(name), [span(name)]);
}

/** A word that may be in a name: Arabic, and no function word, title, rank, body's noun, entity, number or feminine nisba in any form. */
function nameWord(sp: SpeakerState, w: Tok): boolean {
  return w.arabic && !/\d/u.test(w.key) && !w.key.startsWith(AR_FOR) && !sp.covered(w) && !feminineNisba(w) && !sp.isBodyHead(w)
    && !w.forms.some((f) => sp.g.stop.has(f) || sp.lex.words.has(f) || sp.g.titles.getOne(f).length > 0 || sp.lex.titleWords.has(f));
}

/**
 * Is the word before the name one the name would be in construct with: a body's noun or a title without the article,
 * but a rank or honorific (`مدير علماء فوياجر` is a director of scientists; `اللواء أمين راضي` a general)?
 */
function inConstruct(sp: SpeakerState, w: Tok): boolean {
  if (definite(w)) return false;
  return sp.isBodyHead(w) || (sp.isTitle(w) && !sp.g.titles.getOne(w.key).some((t) => BEFORE_NAME.has(t.family)));
}

/** A name's first word: a given name, or no definite word, noun by its ending, or preposition glued to a noun. */
function firstNameWord(sp: SpeakerState, w: Tok): boolean {
  if (isGivenWord(sp.g, w)) return true;
  return !definite(w) && !NOUN_ENDINGS.test(w.key) && !(w.forms.length > 1 && GLUED.test(w.key));
}

/** Are the speaker phrase and the cue in one paragraph (no line break between them)? */
function sameParagraph(text: string, s: Statement): boolean {
  const { start, end } = s.speaker;
  if (start === undefined || end === undefined) return false;
  const from = Math.min(end, s.cue.start), to = Math.max(start, s.cue.end);
  return !text.slice(from, to).includes('\n');
}
