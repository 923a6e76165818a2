/**
 * Repairs translation and encoding damage in the title, dek and paragraphs, and lists
 * every change. Display text is otherwise untouched: no letter is normalised here.
 */
import type { Repair } from '../../model/index.js';
import { MAX_REPAIRS_LISTED } from '../constants.js';
import { foldPresentation, removeBidiControls, removeSpaceBeforePunctuation } from './characters.js';
import { collapseDoubled, loneMarks, repairLone, QUOTE_FAMILIES } from './quotes.js';
import type { Where } from './record.js';
import { ANY_DAMAGE, ARABIC_PUNCTUATION, BIDI, damageIn, PRESENTATION, QUOTE } from './damage.js';

export interface Blocks {
  title: string;
  dek?: string;
  paragraphs: string[];
}

export interface Repaired extends Blocks {
  repairs: Repair[];
  warnings: string[];
}

/** A block after the character steps, and whether it may hold a quotation mark (else step 5 has nothing to do). */
interface Fixed {
  text: string;
  quotes: boolean;
}

export function repair(blocks: Blocks): Repaired {
  const repairs: Repair[] = [];
  const fix = (s: string, where: Where): Fixed => {
    // One pass finds which kinds of damage occur at all; the steps for absent kinds are skipped. Folding
    // presentation forms (NFKC) may make characters of any kind, so after it every step runs.
    let found = damageIn(s);
    // 1. Invisible bidi controls; 2. presentation forms → letters; 3. doubled quotes; 4. ' ،' → '،'.
    if (found & BIDI) s = removeBidiControls(s, where, repairs);
    if (found & PRESENTATION) {
      s = foldPresentation(s, where, repairs);
      found = ANY_DAMAGE;
    }
    if (found & QUOTE) s = collapseDoubled(s, where, repairs);
    if (found & ARABIC_PUNCTUATION) s = removeSpaceBeforePunctuation(s, where, repairs);
    return { text: s, quotes: (found & QUOTE) !== 0 };
  };
  const alone = (f: Fixed, where: 'title' | 'dek'): string => (f.quotes ? balance(f.text, where, {}, repairs) : f.text);
  const title = alone(fix(blocks.title, 'title'), 'title');
  const dek = blocks.dek === undefined ? undefined : alone(fix(blocks.dek, 'dek'), 'dek');
  const fixed = blocks.paragraphs.map((p, i) => fix(p, i));
  const texts = fixed.map((f) => f.text);
  // 5. Lone quotation marks, paragraph by paragraph (a quote may run on into the next one).
  const paragraphs = fixed.map((f, i) => (f.quotes ? balance(f.text, i, { prev: texts[i - 1], next: texts[i + 1] }, repairs) : f.text));
  const warnings = repairs.length > MAX_REPAIRS_LISTED ? [`${repairs.length} repairs made; the first ${MAX_REPAIRS_LISTED} are listed`] : [];
  return { title, ...(dek === undefined ? {} : { dek }), paragraphs, repairs: repairs.slice(0, MAX_REPAIRS_LISTED), warnings };
}

/**
 * Fixes lone marks, except a quote that runs across paragraphs: an opener whose next paragraph
 * starts with a mark or closes it, and a closer whose previous paragraph left a quote open.
 */
function balance(s: string, where: Where, around: { prev?: string; next?: string }, repairs: Repair[]): string {
  for (const lone of loneMarks(s).sort((a, b) => b.index - a.index)) {
    const family = QUOTE_FAMILIES.find((f) => f.includes(lone.mark))!;
    if (lone.opens && around.next !== undefined && continuesQuote(around.next, family)) continue;
    if (!lone.opens && around.prev !== undefined && loneMarks(around.prev).some((l) => l.opens && family.includes(l.mark))) continue;
    s = repairLone(s, lone, where, repairs);
  }
  return s;
}

function continuesQuote(next: string, family: string): boolean {
  return family.includes(next[0]) || loneMarks(next).some((l) => !l.opens && family.includes(l.mark));
}
