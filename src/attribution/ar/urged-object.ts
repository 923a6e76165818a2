import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { marks, startsMention } from './mention-marks.js';
import { definiteAt, isTitle, QUANTIFIERS } from './speaker-words.js';
import { isPluralNoun } from './number.js';

// حث، دعا، طالب، ناشد: a verb of urging names the one urged (its object) before its frame preposition. After it a
// quantifier or a plural noun phrase is that object, its subject dropped (وحث جميع الأطراف على …), and a name right
// after the subject's name is the one urged (وحث فلان كاميرون على …).

/** Each frame's preposition, as the match key's start: على، إلى، بـ، لـ. */
const FRAME_WORDS: Record<string, (key: string) => boolean> = {
  ala: (key) => key === 'علي',
  ila: (key) => key === 'الي',
  bi: (key) => key.startsWith('ب'),
  li: (key) => key.startsWith('ل'),
};

/** True for a cue of urging: a demand whose frame takes an object and a preposition after it. */
function urges(hit: Extract<Hit, { type: 'cue' }>): boolean {
  const { frame, stance, kind } = hit.cue;
  return stance === 'demand' && kind === 'verb' && frame.has('obj') && Object.keys(FRAME_WORDS).some((f) => frame.has(f));
}

/** True when token i opens one of the cue's frame prepositions (a ل before a verbal noun too: لترجمة). */
function framePreposition(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, i: number): boolean {
  const key = doc.keys[i];
  if (key === undefined || gapHas(doc, i, CLAUSE_MARKS)) return false;
  return Object.entries(FRAME_WORDS).some(([f, test]) => hit.cue.frame.has(f) && test(key)) || key.startsWith('ل');
}

/**
 * True when the phrase [j, k) after a verb of urging is its object: a quantifier (وحث جميع الأطراف على) but كل من/بعض من
 * (كل من X وY تطالب: "each of", a subject), or a sound plural in ين with no title and no listed name right before the
 * frame preposition (ودعا المواطنين إلى). A plural in ون is a subject (دعا الدائنون إلى), and so may be a broken plural
 * (دعا الوزراء إلى).
 */
export function urgedObject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, k: number): boolean {
  if (!urges(hit)) return false;
  if (QUANTIFIERS.has(doc.keys[j])) return doc.keys[j + 1] !== 'من';
  for (let m = j; m < k; m++) if (isTitle(doc, m) || startsMention(doc, m)) return false;
  return doc.keys[j].endsWith('ين') && isPluralNoun(doc, j) && framePreposition(doc, hit, k);
}

/** True when a person's name (an entity mention of a person) starts at token m. */
function personAt(doc: Doc, m: number): boolean {
  const at = doc.tokens[m].start;
  return doc.input.entities.some((e) => e.type === 'person' && e.mentions.some((x) => x.start === at));
}

/**
 * وحث شافعي كاميرون على …: the token where a listed person's name starts inside the phrase [j, k) after a verb of
 * urging, right after a name word outside any listed name, when that name appeared earlier in the article and never
 * right after that word (جون كيري, written so before, stays whole); -1 when there is none.
 */
export function urgedNameAt(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, k: number): number {
  if (!urges(hit)) return -1;
  const mk = marks(doc);
  for (let m = j + 1; m < k; m++) {
    if (!personAt(doc, m) || mk.mentionFrom[m - 1] >= 0 || mk.mentions[m - 1] || isTitle(doc, m - 1) || definiteAt(doc, m - 1)) continue;
    let seen = false;
    for (let p = 0; p < hit.start; p++) {
      if (doc.keys[p] !== doc.keys[m]) continue;
      if (doc.keys[p - 1] === doc.keys[m - 1]) return -1;
      seen = true;
    }
    return seen ? m : -1;
  }
  return -1;
}
