import type { Doc, Hit } from '../types.js';

// تابع "went on (saying)" is also the adjective "belonging to" (معسكر تابع للحرس الثوري، بيان تابع لمكتب الوزير) and the
// verb "followed (up)" (تابع تمريرة عرضية، من تابع لغة الجسد). Written with و/ف (وتابع: «…»، وتابع أن …) it goes on
// with what was said; written bare it reports only its quotation or its clause after a particle.

/** The lemma تابع "went on". */
const FOLLOW = 'تابع';

/**
 * True when a bare (no و/ف) تابع at `hit` is no cue: ل follows it (the adjective: تابع لـ، تابعة للوزارة), or its
 * content is a plain object (`plainObject`: neither a quotation nor a clause after a particle), which it followed.
 */
export function followsNotSays(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, plainObject: boolean): boolean {
  if (hit.cue.lemma !== FOLLOW || hit.prefixed) return false;
  return plainObject || (doc.keys[hit.end] ?? '').startsWith('ل');
}
