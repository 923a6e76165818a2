import type { Stance } from '../model/index.js';
import { AIN, ALEF_MAKSURA, ARABIC_COMMA, FEH, LAM, WAW, YEH } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { firstWordAt, type Word } from '../text/words.js';
import { PerWord, PerWordMemo } from '../text/per-word.js';
import { STANCE_COMMA_LEAD_WORDS, STANCE_LEAD_WORDS } from './constants.js';
import { jussiveAt } from './ar/stance-jussive.js';
import { warnsOnCondition } from './condition.js';
import { CLAUSE_MARKS } from './clause.js';
import { firstForms, keyForms } from './cues.js';
import { gapHas, quoteOpeningAt } from './doc.js';
import { gapChars } from './gaps.js';
import { dominantTurn, sentenceTurnsBefore, type Turn } from './stance-turns.js';
import type { Lexicon } from './lexicon/index.js';
import type { Doc, Draft } from './types.js';

/** Bits of a word's value in starterTable: it may start a stance marker, an opener, a lead or a condition part (all but
 * openers with or without و/ف). */
const MARKER = 1, OPENER = 2, LEAD = 4, CONDITION = 8;
const starters = new WeakMap<Lexicon, PerWord>();

/** Per distinct word: whether it is the first word of a stance marker, an opener, a lead or a condition part (most content words are none). */
function starterTable(lex: Lexicon): PerWord {
  let table = starters.get(lex);
  if (!table) {
    const markers = new Set(lex.markers.firstKeys()), openers = new Set(lex.openers.firstKeys()), leads = new Set(lex.leads.firstKeys());
    const conditions = new Set(lex.conditions.firstKeys());
    // A lead or a condition part may carry a conjunction (ويجب، وسيتم): its first word is also looked up without it.
    const ar = lex.lang === 'ar';
    table = new PerWord((w) => {
      const forms = keyForms(ar, w.key);
      return (markerForms(ar, w.key).some((k) => markers.has(k)) ? MARKER : 0) | (openers.has(w.key) ? OPENER : 0)
        | (forms.some((k) => leads.has(k)) ? LEAD : 0) | (forms.some((k) => conditions.has(k)) ? CONDITION : 0);
    });
    starters.set(lex, table);
  }
  return table;
}

/** The forms a marker's first word is looked up under: itself and, in Arabic, without a leading و/ف (وتتحمل المسؤولية
 * continues a clause as تتحمل المسؤولية opens one; ولا أساس too, as the whole phrase must match). Not without the
 * future سـ, which would read a threat (ستتحمل المسؤولية) as a charge. */
function markerForms(ar: boolean, key: string): string[] {
  return ar && (key[0] === WAW || key[0] === FEH) && key.length > 2 ? [key, key.slice(1)] : [key];
}

/** markerForms of each distinct word, made once per word (text/per-word.ts): readTurns asks at every word that may start
 * a marker, and a new list (and a cut string) at each ask cost more than the look-up. Read-only. */
const markerFormsOf = { ar: new PerWordMemo<Word, string[]>((w) => markerForms(true, w.key)), en: new PerWordMemo<Word, string[]>((w) => markerForms(false, w.key)) };
const markerFormsAt = (doc: Doc, i: number): string[] => markerFormsOf[doc.lex.lang].get(doc.tokens[i]);

/** The match key على shares with the name علي (ى → ي): a token written with a final ي is the name, which opens no duty. */
const ALA_KEY = matchKey(AIN + LAM + ALEF_MAKSURA);
function writtenAli(doc: Doc, i: number): boolean {
  return doc.keys[i] === ALA_KEY && doc.text[doc.tokens[i].end - 1] === YEH;
}

/** Particles that negate the verb right after them, with و/ف, as match keys (01-verb-subject.ts drops a cue they negate,
 * but keeps a denial or doubt: see cueStance). */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'لا', 'ولا', 'فلا'].map(matchKey));

/**
 * The stance a draft's cue gives it. A denial or doubt negated by the particle right before its cue (لا يستبعد أن،
 * لم يستبعد، لا ينفي أن) admits the content may be so rather than rejecting or questioning it: the source asserts it,
 * and the content is read for its own stance as any assertion's (shiftStance). A mark between particle and cue (…أم
 * لا، نفى) leaves the cue as it is.
 */
export function cueStance(doc: Doc, d: Draft): Stance {
  if (doc.lex.lang !== 'ar' || (d.stance !== 'deny' && d.stance !== 'doubt')) return d.stance;
  const i = firstWordAt(doc.tokens, d.cue[0]);
  if (i === 0 || doc.tokens[i].start !== d.cue[0] || gapHas(doc, i, CLAUSE_MARKS)) return d.stance;
  return NEGATIONS.has(doc.keys[i - 1]) ? 'assert' : d.stance;
}

/** Commas, Arabic and Latin: a lead right after one opens a clause of its own (leadAt). */
const CLAUSE_COMMAS = gapChars(ARABIC_COMMA + ',');

/**
 * A lead (يجب، تحتاج إلى) counts as the content's own predicate only near the start of its sentence (`lo`: the first
 * token of the turn it falls in, so in `… انتهت الهدنة. لذلك يجب أن …` the duty heads its own sentence) and not inside
 * a relative or negated phrase: `الخوف الذي يجب أن …` and `لا يحتاج إلى` lay no duty. A quotation opened inside the content starts
 * the speaker's own words (قالت في كلمة ألقتها أمام الطلاب «نحن بحاجة إلى …»): near its opening a lead counts too,
 * and so does one right after a comma within STANCE_COMMA_LEAD_WORDS, the predicate of a topic put first (معالجة
 * الفكر المنحرف، لا بد من …؛ النظام الذي نسعى لبنائه، اليوم، يجب أن …). Returns the lead's stance and its length.
 */
function leadAt(doc: Doc, i: number, lo: number): [Stance, number] | undefined {
  if (i - lo >= STANCE_LEAD_WORDS && !(i - lo < STANCE_COMMA_LEAD_WORDS && gapHas(doc, i, CLAUSE_COMMAS))) {
    let k = i;
    while (k > i - STANCE_LEAD_WORDS && !quoteOpeningAt(doc, k)) k--;
    if (k === i - STANCE_LEAD_WORDS) return undefined;
  }
  if (i > lo && doc.lex.words.get(doc.keys[i - 1]) === 'boundary') return undefined;
  const m = doc.lex.leads.first(doc.keys, i, firstForms(doc, doc.keys[i]));
  return m && [m[0].value, m[1]];
}

/**
 * A characterisation follows the stance it serves (GUIDELINES.md): an `assert` whose content carries a
 * stance marker (كاذبة, لا أساس, baseless …), opens with an opener (لم تكن) or is headed by a lead (الحكومة يجب أن)
 * takes its stance, the first one found; failing those, a condition with its consequence (condition.ts) warns.
 * `nested`: the contents of statements reported inside this content (ذكر Y أن Z يعتبر أن …): their
 * words are their speaker's stance, not this one's (GUIDELINES: nested attribution gives two statements).
 */
export function shiftStance(doc: Doc, stance: Stance, content: [number, number], nested: readonly (readonly [number, number])[] = []): Stance {
  if (stance !== 'assert') return stance;
  return readingStance(doc, readTurns(doc, content, nested), stance);
}

/** The stance of a whole `assert` content read by readTurns: the one most of its words serve (stance-turns.ts). */
export function readingStance(doc: Doc, read: TurnReading, stance: Stance): Stance {
  // No word names the stance: a condition with its consequence still warns. (A loop, not turns.some: a closure per
  // statement; one named turn, the common case, is its own dominant turn.)
  let named = 0;
  for (const t of read.turns) if (t.stance) named++;
  if (named === 0) return warnsOnCondition(doc, read.conditionAt, read.end) ? 'warn' : stance;
  const only = read.turns.length === 1 ? read.turns[0].stance : undefined;
  if (only) return only;
  return dominantTurn(read.turns, stance);
}

/** The content's sentences as read for their stance, with the words that may start a condition part (read only
 * when no word names a stance) and the token the reading stopped at. */
export interface TurnReading { turns: Turn[]; conditionAt: number[]; end: number }

/** Reads an `assert` content sentence by sentence: each turn takes the stance its first stance word names (see shiftStance). */
export function readTurns(doc: Doc, content: readonly [number, number], nested: readonly (readonly [number, number])[] = []): TurnReading {
  const { keys, tokens } = doc;
  const lo = firstWordAt(tokens, content[0]);
  const table = starterTable(doc.lex);
  // Words that may start a condition part, read only when no word names the stance.
  const conditionAt: number[] = [];
  // The content's sentences, each with the stance its first stance word names (stance-turns.ts).
  const turns: Turn[] = [{ words: 0, first: lo }];
  let i = lo;
  for (; i < tokens.length; i++) {
    if (tokens[i].end > content[1]) break;
    if (i > lo && sentenceTurnsBefore(doc, i)) turns.push({ words: 0, first: i });
    const turn = turns[turns.length - 1];
    turn.words++;
    // A content opened by a verb of command (ليطرح، فليعملوا) bids someone act (ar/stance-jussive.ts).
    if (i === lo && doc.lex.lang === 'ar' && jussiveAt(doc, i)) { turn.stance = 'demand'; continue; }
    // A turn whose stance is named takes no other (only a demand may still become a warning, below): its words are
    // counted without being looked up, as most of a long content's are.
    if (turn.stance !== undefined && turn.stance !== 'demand') continue;
    const starts = table.get(tokens[i]);
    if (starts === 0 || insideAny(nested, tokens[i].start)) continue;
    if (turn.stance) {
      // A duty with the harm that follows its breach (على النظام ألا يتدخل، وإلا فإن …; "should …, else it would be a
      // disaster") is one warning (dev-arnews call (7)); any other later stance word leaves the turn as it is.
      if (turn.stance === 'demand' && starts & MARKER && doc.lex.markers.first(keys, i, markerFormsAt(doc, i))?.[0].value === 'warn') turn.stance = 'warn';
      continue;
    }
    if (starts & CONDITION) conditionAt.push(i);
    if (starts & OPENER && tokens[i].start - content[0] < 2 && !writtenAli(doc, i)) {
      const o = doc.lex.openers.first(keys, i, [keys[i]]);
      // An opener listed as `assert` (على الرغم) is an exception to a shorter one (على): it names no stance.
      if (o && o[0].value !== 'assert') { turn.stance = o[0].value; continue; }
    }
    const m = starts & MARKER ? doc.lex.markers.first(keys, i, markerFormsAt(doc, i)) : undefined;
    // A marker listed as `assert` is an exception to a shorter one inside it ("has not undermined", "let's see"): its
    // words name no stance, and the reading goes on after them.
    if (m && m[0].value === 'assert') { turn.words += m[1] - 1; i += m[1] - 1; continue; }
    if (m) { turn.stance = m[0].value; continue; }
    const lead = starts & LEAD ? leadAt(doc, i, turn.first) : undefined;
    // A lead listed as `assert` (بما يجب) is an exception to a shorter one, as a marker's is: its words name no stance.
    if (lead && lead[0] === 'assert') { turn.words += lead[1] - 1; i += lead[1] - 1; continue; }
    if (lead) turn.stance = lead[0];
  }
  return { turns, conditionAt, end: i };
}

/** True when character `at` falls inside one of `spans` (a loop, not spans.some: a closure per word cost more). */
function insideAny(spans: readonly (readonly [number, number])[], at: number): boolean {
  for (const [a, b] of spans) if (at >= a && at < b) return true;
  return false;
}

/** Contents of the drafts reported inside `d`'s content, for shiftStance's `nested`. Their cue stays `d`'s: a warning
 * told as the content's predicate (قال إن الاتحاد حذر من …) is a warning reported (stance-leads.tsv). A draft whose
 * content starts before `d`'s is not reported inside it, though its cue falls there (أكد X ضرورة تطوير … وفقا لأحدث
 * المعايير, where وفقا reads the clause before it as its content): its span would hide `d`'s own first words. */
export function nestedSpans(drafts: readonly Draft[], d: Draft): [number, number][] {
  const out: [number, number][] = [];
  for (const e of drafts) {
    if (e !== d && e.cue[0] > d.content[0] && e.cue[0] < d.content[1] && e.content[0] >= d.content[0] && e.content[1] <= d.content[1]) out.push([e.content[0], e.content[1]]);
  }
  return out;
}
