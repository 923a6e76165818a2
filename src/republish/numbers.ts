import { readTsv } from '../extract/lexicon.js';
import { matchKey } from '../text/normalize/arabic.js';
import { MIN_NUMBER_DIGITS } from './constants.js';

// Numbers as translation anchors: written with Arabic-Indic or Latin digits, a decimal comma or point, thousands
// separators, a scale word (million, مليار) or as a percentage, one value gives one key.

/** A number: digits with inner separators (point, comma, the Arabic decimal and thousands marks, the colon of 23:45). */
const NUMBER = /\d+(?:[.,:\u066B\u066C]\d+)*/g;
/** Commas (or Arabic thousands marks) between groups of three digits: thousands separators, not a decimal comma. */
const GROUPED = /^\d{1,3}(?:[,\u066C]\d{3})+$/;
/** The Arabic proclitic ب before a scale word (بمليار). */
const BEH = '\u0628';

let scaleRe: RegExp | undefined;
let scales: Map<string, string> | undefined;

/** The scale words of data/lexicons/number-scales.tsv as one sticky regex, longest first, and key → scale. */
function scaleWords(): { re: RegExp; scale: Map<string, string> } {
  if (!scaleRe || !scales) {
    scales = new Map(readTsv('number-scales.tsv', ['lang', 'form', 'scale']).map((r) => [matchKey(r.cells.form), r.cells.scale]));
    const forms = [...scales.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    scaleRe = new RegExp(`\\s?${BEH}?(${forms.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
  }
  return { re: scaleRe, scale: scales };
}

/** The numbers of a text as anchor keys, in text order: `1500000` for "1.5 million", `6%` for "6 بالمئة". */
export function numbersOf(text: string): string[] {
  const key = matchKey(text);
  const { re, scale } = scaleWords();
  const out: string[] = [];
  for (const m of key.matchAll(NUMBER)) {
    const raw = m[0];
    const n = (GROUPED.test(raw) ? raw.replace(/[,\u066C]/g, '') : raw.replace(/\u066C/g, '').replace(/[,:\u066B]/g, '.')).replace(/^0+(?=\d)/, '');
    re.lastIndex = m.index + raw.length;
    const s = re.exec(key);
    const by = s ? scale.get(s[1].replace(/\s+/g, ' ')) : undefined;
    if (by === '%') out.push(`${n}%`);
    else if (by && /^\d+(?:\.\d+)?$/.test(n)) out.push(String(Math.round(Number(n) * Number(by))));
    else if (n.replace(/\D/g, '').length >= MIN_NUMBER_DIGITS) out.push(n);
  }
  return out;
}
