import type { Party } from '../model/index.js';

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
 * A speaker phrase that ends inside a quoted or bracketed name (نائب رئيس مجلس إدارة "الشركة، صحيفة «المدينة) ends at
 * the name's word, before its closing mark: the mark right after it is taken in, so the speaker reads as written.
 */
export function closeMarks(text: string, party: Party): Party {
  if (party.start === undefined || party.end === undefined) return party;
  // The marks are counted once over the phrase as given: a mark taken in is a closing mark of its own pair,
  // which no other pair counts.
  const counts = marksIn(text, party.start, party.end);
  if (!counts) return party;
  const count = (mark: string) => counts[MARKS.indexOf(mark)];
  let end = party.end;
  for (const [open, close] of PAIRS) {
    const unclosed = open === close ? count(open) % 2 === 1 : count(open) > count(close);
    if (unclosed && text[end] === close) end++;
  }
  return end === party.end ? party : { ...party, text: text.slice(party.start, end), end };
}
