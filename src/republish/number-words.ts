import { readTsv } from '../extract/lexicon.js';
import { cliticForms } from '../text/normalize/clitics.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize, type Token } from '../text/tokens.js';
import { lookupKey, phrases } from '../time/lexicon.js';

// Numbers written in words, one or several (`twenty-eight`, `one hundred and fifty`, `ثمانية وعشرون`, `مئة وخمسون`,
// `ألفين`, `ثلاثة آلاف`), read with data/lexicons/number-words.tsv: what a translation writes in words where the
// original wrote digits. Read for translation anchors (numbers.ts) and for the quantities of a statement
// (src/claims/numbers.ts), so that both agree.

type Kind = 'count' | 'hundred' | 'scale' | 'scales' | 'dual' | 'link' | 'article';
const KINDS: readonly Kind[] = ['count', 'hundred', 'scale', 'scales', 'dual', 'link', 'article'];
interface Word { value: number; kind: Kind }

/** A number written in words: its value and where its words lie in the text. */
export interface NumberPhrase { value: number; start: number; end: number }

/** Fewest (and most) in a count before an Arabic plural scale (ثلاثة آلاف … عشرة آلاف). */
const PLURAL_COUNT_MIN = 3, PLURAL_COUNT_MAX = 10;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const HYPHENS = /[-\u2010\u2011]/;

let lexicon: Map<string, Word> | undefined;

/** Form key → its word, from number-words.tsv (validated once). */
function words(): Map<string, Word> {
  if (!lexicon) {
    lexicon = new Map();
    for (const r of readTsv('number-words.tsv', ['lang', 'form', 'value', 'kind'])) {
      const kind = r.cells.kind as Kind, value = Number(r.cells.value);
      if (!KINDS.includes(kind) || !Number.isFinite(value)) throw new Error(`data/lexicons/number-words.tsv: bad row ${r.cells.form}`);
      lexicon.set(matchKey(r.cells.form), { value, kind });
    }
  }
  return lexicon;
}

/**
 * Proclitics a number word may carry (و, ف, then ب or ل, then the article: وبالخمسين), taken off in turn. Not ك:
 * كمية (quantity) would read as مئة once hamza and taa marbuta are folded (matchKey).
 */
const NUMBER_PROCLITICS = /^(?:[وف])?(?:[بل])?(?:ال)?/;

/** The forms of a word key a number word may be, proclitics off (Arabic) or as it is. */
function formsOf(key: string): string[] {
  if (!ARABIC_LETTER.test(key)) return [key];
  const out = [key];
  const bare = key.replace(NUMBER_PROCLITICS, '');
  for (let i = 1; i <= key.length - bare.length; i++) if (key.length - i >= MIN_NUMBER_WORD) out.push(key.slice(i));
  return out;
}

/** Letters a number word keeps once a proclitic is taken off: لست (I am not) is not ل + ست (six). */
const MIN_NUMBER_WORD = 3;

/** The conjunction و or ف, then the article ال, at the start of a key. */
const JOINED_DEFINITE = /^[\u0648\u0641]\u0627\u0644/;

/** The Arabic article ال. */
const ARTICLE = '\u0627\u0644';

/**
 * The number word a key is, Arabic proclitics taken off. A hundred or a scale with the article is none: `في المئة`,
 * `بالمئة` (percent), `الألف` (the thousand, the letter alif).
 */
function wordOf(key: string): Word | undefined {
  const lex = words();
  for (const f of formsOf(key)) {
    const w = lex.get(f);
    if (!w) continue;
    return w.kind !== 'count' && key.slice(0, key.length - f.length).endsWith(ARTICLE) ? undefined : w;
  }
  return undefined;
}

/** Units, tens and hundreds a count fills (a teen fills units and tens): each once in a group. */
const places = (v: number): number => (v < 10 ? 1 : v === 10 || v % 10 === 0 ? (v < 100 ? 2 : 4) : v < 20 ? 3 : 0);

/** Is the key an ordinal word (the time lexicon's ordinals.tsv: الثاني of الثاني عشر, the twelfth)? */
const isOrdinal = (key: string) => (ARABIC_LETTER.test(key) ? cliticForms(key) : [key]).some((k) => (lookupKey(phrases(), k) ?? []).some((p) => p.meanings.some((m) => m.kind === 'number' && m.suffix === 'ordinal')));

/**
 * May a count join the group read so far? Each of units, tens and hundreds once; in English after larger parts only
 * (twenty-eight, one hundred five: `five ten` is two numbers); in Arabic units before tens as well (ثمانية وعشرون),
 * but ten joined by و is another number (a teen takes no و: خمسة عشر).
 */
function joins(group: number, filled: number, value: number, key: string): boolean {
  if (!group) return true;
  if (filled & places(value)) return false;
  if (!ARABIC_LETTER.test(key)) return group % 100 === 0 ? value < 100 : group % 10 === 0 && group % 100 >= 20 && value < 10;
  return !(value === 10 && CONJUNCTION.test(key));
}

/** The conjunction و or ف at the start of an Arabic key. */
const CONJUNCTION = /^[\u0648\u0641]/;

/** The parts of a token a phrase reads: an English hyphenated word part by part. */
function partsOf(t: Token): string[] {
  return ARABIC_LETTER.test(t.key) ? [t.key] : t.key.split(HYPHENS);
}

/**
 * The numbers a text writes in words, in order: consecutive number words joined into one value (units, tens and
 * hundreds each once a group, scales closing a group). A scale right after digits is theirs (`62 مليون`: numbers.ts),
 * a ten after an ordinal is the ordinal's (`الثاني عشر`), an Arabic plural scale needs its count (`آلاف` alone is none).
 */
export function numberPhrases(text: string, tokens: readonly Token[] = tokenize(text), bases?: Int32Array): NumberPhrase[] {
  const startOf = (i: number) => tokens[i].start + (bases ? bases[i] : 0);
  const endOf = (i: number) => tokens[i].end + (bases ? bases[i] : 0);
  const out: NumberPhrase[] = [];
  let total = 0, group = 0, filled = 0, start = -1, end = -1, articleAt = -1, pending: Word | undefined;
  const close = () => {
    if (start >= 0 && total + group > 0) out.push({ value: total + group, start, end });
    total = group = filled = 0;
    start = end = -1;
    pending = undefined;
  };
  tokens.forEach((t, i) => {
    const parts = partsOf(t).map(wordOf);
    if (!parts.length || parts.some((w) => !w)) return close();
    for (const w of parts as Word[]) {
      const open = start >= 0;
      const prev = tokens[i - 1];
      if (w.kind === 'link') {
        // English joins with `and` after a hundred or a scale only (`between five and ten` is two numbers).
        if (!open || pending || !((filled & 4) || (group === 0 && total > 0))) return close();
        pending = w;
        continue;
      }
      if (w.kind === 'article') {
        close();
        pending = w;
        articleAt = startOf(i);
        continue;
      }
      // a/an counts only before a hundred or a scale (a thousand); before a count it is no number (a five-year plan).
      const article = pending?.kind === 'article' && (w.kind === 'hundred' || w.kind === 'scale');
      pending = undefined;
      if (article) start = articleAt;
      if (w.kind === 'count') {
        const p = places(w.value);
        if (!joins(group, filled, w.value, t.key)) close();
        // A ten after an ordinal is the ordinal it makes (الثاني عشر, the twelfth); so is a ten with the article after
        // the conjunction (الثامنة والعشرون, the twenty-eighth: a cardinal carries the article on its first word).
        if (start < 0 && w.value === 10 && prev && isOrdinal(prev.key)) return close();
        if (start < 0 && w.value >= 20 && w.value < 100 && JOINED_DEFINITE.test(t.key)) return close();
        if (start < 0) start = startOf(i);
        group += w.value;
        filled |= p;
      } else if (w.kind === 'hundred') {
        if (group >= 10 || (filled & 4)) close();
        if (start < 0 && prev && /\d/.test(prev.key)) return close();
        // English needs its count (`a few hundred`); Arabic مئة is one hundred.
        if (start < 0 && !ARABIC_LETTER.test(t.key)) return close();
        if (start < 0) start = startOf(i);
        group = (group || 1) * 100;
        filled = 4;
      } else if (w.kind === 'scale') {
        if (start < 0 && prev && /\d/.test(prev.key)) return close();
        // English needs its count (`the million-dollar`); an Arabic singular scale is one (ألف شخص, a thousand people).
        if (start < 0 && !ARABIC_LETTER.test(t.key)) return close();
        if (start < 0) start = startOf(i);
        total += (group || 1) * w.value;
        group = filled = 0;
      } else if (w.kind === 'scales') {
        if (group < PLURAL_COUNT_MIN || group > PLURAL_COUNT_MAX || total) return close();
        total += group * w.value;
        group = filled = 0;
      } else {
        if (group || total) close();
        if (start < 0 && prev && /\d/.test(prev.key)) return close();
        start = startOf(i);
        total = w.value;
      }
      end = endOf(i);
    }
  });
  close();
  return out;
}
