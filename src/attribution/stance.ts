import type { Stance } from '../model/index.js';
import type { Doc } from './types.js';

/**
 * A characterisation follows the stance it serves (GUIDELINES.md): an `assert` whose content carries a
 * stance marker (كاذبة, لا أساس, baseless …) takes the marker's stance.
 */
export function shiftStance(doc: Doc, stance: Stance, content: [number, number]): Stance {
  if (stance !== 'assert') return stance;
  const { keys, tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < content[0]) continue;
    if (tokens[i].end > content[1]) break;
    const m = doc.lex.markers.match(keys, i, [keys[i]])[0];
    if (m) return m[0].value;
  }
  return stance;
}
