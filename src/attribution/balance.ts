import type { Party } from '../model/index.js';

/** Opening marks and the mark that closes each. */
const PAIRS: readonly [string, string][] = [['«', '»'], ['“', '”'], ['(', ')'], ['"', '"']];

const count = (s: string, c: string) => s.split(c).length - 1;

/**
 * A speaker phrase that ends inside a quoted or bracketed name (نائب رئيس مجلس إدارة "الشركة، صحيفة «المدينة) ends at
 * the name's word, before its closing mark: the mark right after it is taken in, so the speaker reads as written.
 */
export function closeMarks(text: string, party: Party): Party {
  if (party.start === undefined || party.end === undefined) return party;
  let end = party.end;
  for (const [open, close] of PAIRS) {
    const said = text.slice(party.start, end);
    const unclosed = open === close ? count(said, open) % 2 === 1 : count(said, open) > count(said, close);
    if (unclosed && text[end] === close) end++;
  }
  return end === party.end ? party : { ...party, text: text.slice(party.start, end), end };
}
