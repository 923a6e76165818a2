import { isComplement } from '../clause.js';
import { sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';

/**
 * True when a bare ت-verb opens its sentence with its particle right after it (تذكر أن الاقتصاد …): with no و and no
 * subject it is the writer telling the reader ("remember that"), not a woman or a body going on speaking, which news
 * writes with و or names (وتذكر أن، تذكر الوكالة أن).
 */
export function addressesReader(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  const { cue } = hit;
  if (hit.prefixed || cue.kind !== 'verb' || cue.gender !== 'f' || !doc.keys[hit.start].startsWith('ت')) return false;
  return sentenceStart(doc, hit.start) === hit.start && hit.end < doc.tokens.length && isComplement(doc, hit.end);
}
