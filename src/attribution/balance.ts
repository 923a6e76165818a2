import type { Party } from '../model/index.js';
import { ARABIC_COMMA, ARABIC_SEMICOLON } from '../text/chars.js';

/** Opening marks and the mark that closes each. */
const PAIRS: readonly [string, string][] = [['«', '»'], ['“', '”'], ['(', ')'], ['"', '"']];
/** Every mark of PAIRS once (each one code unit). */
const MARKS = [...new Set(PAIRS.flat())];
/** Per code unit: 1 + the mark's place in MARKS, 0 for a unit that is no mark (a table, as the loop reads every unit). */
const SLOT = new Uint8Array(0x10000);
MARKS.forEach((m, i) => (SLOT[m.charCodeAt(0)] = i + 1));

/**
 * How many times each mark of MARKS occurs in text[from, to), counted in one pass (a split per mark and pair
 * cost more than the rest of a statement's making); undefined when there is none (most speaker phrases).
 */
function marksIn(text: string, from: number, to: number): number[] | undefined {
  let counts: number[] | undefined;
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const slot = SLOT[text.charCodeAt(i)];
    if (slot !== 0) (counts ??= MARKS.map(() => 0))[slot - 1]++;
  }
  return counts;
}

/**
 * The end of text[start, end) with the closing mark right after it taken in for each pair the span leaves open
 * (نائب رئيس مجلس إدارة "الشركة → …"الشركة"), and its start with the opening mark right before it taken in for each
 * pair it closes without opening (a content `…في كافة المجالات”` read from inside a quotation). Marks are counted once
 * over the span as given: a mark taken in belongs to its own pair, which no other pair counts.
 */
function balancedRange(text: string, start: number, end: number): [number, number] {
  const counts = marksIn(text, start, end);
  if (!counts) return [start, end];
  const count = (mark: string) => counts[MARKS.indexOf(mark)];
  let [s, e] = [start, end];
  for (const [open, close] of PAIRS) {
    if (open === close) {
      if (count(open) % 2 === 1 && text[e] === close) e++;
      continue;
    }
    if (count(open) > count(close) && text[e] === close) e++;
    else if (count(close) > count(open) && text[s - 1] === open) s--;
  }
  return [s, e];
}

/** A speaker phrase that ends inside a quoted or bracketed name ends after the name's closing mark. */
export function closeMarks(text: string, party: Party): Party {
  if (party.start === undefined || party.end === undefined) return party;
  const end = balancedRange(text, party.start, party.end)[1];
  return end === party.end ? party : { ...party, text: text.slice(party.start, end), end };
}

/**
 * A content range with its quotation marks paired: `أن موسكو وبيونغ يانغ “نعمل على تطوير العلاقات في كافة المجالات”`
 * shows its closing mark, as the reader of the content expects.
 */
export function balancedContent(text: string, range: readonly [number, number]): [number, number] {
  const [start, end] = withoutTrailingComma(text, range);
  return balancedRange(text, start, end);
}

/** Marks that end a clause, not a statement. */
const CLAUSE_ENDS = new Set([',', ';', ARABIC_COMMA, ARABIC_SEMICOLON]);

/**
 * A quotation cut where the reporting clause comes in (`"We will not back down," the minister said`) ends with the
 * comma that led to it: the content shown ends before it.
 */
function withoutTrailingComma(text: string, [start, end]: readonly [number, number]): [number, number] {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1])) e--;
  if (e > start && CLAUSE_ENDS.has(text[e - 1])) e--;
  while (e > start && /\s/u.test(text[e - 1])) e--;
  return e > start ? [start, e] : [start, end];
}
