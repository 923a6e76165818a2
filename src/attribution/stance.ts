import type { Stance } from '../model/index.js';
import type { Doc } from './types.js';

/**
 * A characterisation follows the stance it serves (GUIDELINES.md): an `assert` whose content carries a
 * stance marker (كاذبة, لا أساس, baseless …) takes the marker's stance.
 */
export function shiftStance(doc: Doc, stance: Stance, content: [number, number]): Stance {
  if (stance !== 'assert') return stance;
  const { keys, tokens } = doc;
  // First token at or after the content start (binary search: contents are many, tokens more).
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < content[0]) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < tokens.length; i++) {
    if (tokens[i].end > content[1]) break;
    if (tokens[i].start - content[0] < 2) {
      const o = doc.lex.openers.match(keys, i, [keys[i]])[0];
      if (o) return o[0].value;
    }
    const m = doc.lex.markers.match(keys, i, [keys[i]])[0];
    if (m) return m[0].value;
  }
  return stance;
}
