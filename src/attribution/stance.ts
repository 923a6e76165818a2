import type { Stance } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { PerWord } from '../text/per-word.js';
import type { Lexicon } from './lexicon/index.js';
import type { Doc } from './types.js';

/** Bits of a word's value in starterTable: it may start a stance marker, an opener. */
const MARKER = 1, OPENER = 2;
const starters = new WeakMap<Lexicon, PerWord>();

/** Per distinct word: whether it is the first word of a stance marker or an opener (most content words are neither). */
function starterTable(lex: Lexicon): PerWord {
  let table = starters.get(lex);
  if (!table) {
    const markers = new Set(lex.markers.firstKeys()), openers = new Set(lex.openers.firstKeys());
    table = new PerWord((w) => (markers.has(w.key) ? MARKER : 0) | (openers.has(w.key) ? OPENER : 0));
    starters.set(lex, table);
  }
  return table;
}

/**
 * A characterisation follows the stance it serves (GUIDELINES.md): an `assert` whose content carries a
 * stance marker (كاذبة, لا أساس, baseless …) takes the marker's stance.
 */
export function shiftStance(doc: Doc, stance: Stance, content: [number, number]): Stance {
  if (stance !== 'assert') return stance;
  const { keys, tokens } = doc;
  const lo = firstWordAt(tokens, content[0]);
  const table = starterTable(doc.lex);
  for (let i = lo; i < tokens.length; i++) {
    if (tokens[i].end > content[1]) break;
    const starts = table.get(tokens[i]);
    if (starts === 0) continue;
    if (starts & OPENER && tokens[i].start - content[0] < 2) {
      const o = doc.lex.openers.match(keys, i, [keys[i]])[0];
      if (o) return o[0].value;
    }
    const m = starts & MARKER ? doc.lex.markers.match(keys, i, [keys[i]])[0] : undefined;
    if (m) return m[0].value;
  }
  return stance;
}
