import type { Doc } from '../types.js';
import { tokenAt } from './relative.js';

// Where the article's entity mentions and cue hits start and end, by token, for the speaker chunker (speaker.ts).

/** Per-article lookups, computed once (the chunkers run for every cue). */
interface Marks {
  mentions: Uint8Array; mentionEnds: Uint8Array; mentionFrom: Int32Array; personStarts: Uint8Array; personEnds: Uint8Array;
  placeStarts: Uint8Array; hitStart: Uint8Array; hitEnd: Uint8Array;
}
const marksOf = new WeakMap<Doc, Marks>();

/** Token index where an entity mention starts (for splitting a subject from its object), and where hits start and end. */
export function marks(doc: Doc): Marks {
  let m = marksOf.get(doc);
  if (m && m.hitStart.length === doc.tokens.length + 1) return m;
  // 1 at a token where a mention starts; in ends, 1 at the token right after one ends.
  const mentions = new Uint8Array(doc.tokens.length + 1), ends = new Uint8Array(doc.tokens.length + 1);
  // Listed names only (the gazetteer's): a title chunk may stop short of a name's last word (عبد ربه منصور | هادي) or
  // run on. from: at a token inside a listed name after its first word (a person's, a country's, a place's or a
  // body's: اللجنة الدولية للصليب | الأحمر), the token where the name starts (-1 elsewhere); personStarts and
  // personEnds: 1 where a listed person's name starts, and right after one of two words or more ends (باراك أوباما | نظيره).
  const from = new Int32Array(doc.tokens.length + 1).fill(-1);
  const personStarts = new Uint8Array(doc.tokens.length + 1), personEnds = new Uint8Array(doc.tokens.length + 1);
  // placeStarts: 1 where a listed country's or place's name (no nisba adjective) starts (الخارجية الروسية | واشنطن).
  const placeStarts = new Uint8Array(doc.tokens.length + 1);
  for (const e of doc.input.entities) for (const x of e.mentions) {
    const i = tokenAt(doc, x.start);
    if (i < 0) continue;
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j].end <= x.end) j++;
    // Adjacent mentions split a subject from its object (زيلينسكي | كوريا الشمالية); a mention after a name
    // word outside any mention (جون | كيري) does not.
    if (j > i) ends[j] = 1;
    mentions[i] = 1;
    if ((e.type === 'country' || e.type === 'place') && x.via !== 'nisba') placeStarts[i] = 1;
    if (x.via !== 'gazetteer') continue;
    for (let t = i + 1; t < j; t++) if (from[t] < 0 || from[t] > i) from[t] = i;
    if (e.type === 'person') personStarts[i] = 1;
    if (e.type === 'person' && j - i > 1) personEnds[j] = 1;
  }
  // hitEnd marks cue and source ends only (a doubt phrase may end right before its speaker's verb).
  const hitStart = new Uint8Array(doc.tokens.length + 1), hitEnd = new Uint8Array(doc.tokens.length + 1);
  for (const h of doc.hits) { hitStart[h.start] = 1; if (h.type !== 'hedge') hitEnd[h.end] = 1; }
  m = { mentions, mentionEnds: ends, mentionFrom: from, personStarts, personEnds, placeStarts, hitStart, hitEnd };
  // Hits are found after the document is built: cache only once they are.
  if (doc.hits.length) marksOf.set(doc, m);
  return m;
}

/** True when an entity mention starts right after a ل that opens token i (لرويترز، لوكالة …). */
export function namedAfterLam(doc: Doc, i: number): boolean {
  const at = doc.tokens[i].start + 1;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** True when an entity mention (a country, a body, a person of the gazetteer) starts at token i. */
export function startsMention(doc: Doc, i: number): boolean {
  return marks(doc).mentions[i] === 1;
}
