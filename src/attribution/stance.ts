import type { Stance } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { PerWord } from '../text/per-word.js';
import { STANCE_LEAD_WORDS } from './constants.js';
import { warnsOnCondition } from './condition.js';
import { firstForms, keyForms } from './cues.js';
import type { Lexicon } from './lexicon/index.js';
import type { Doc } from './types.js';

/** Bits of a word's value in starterTable: it may start a stance marker, an opener, a lead or a condition part (the last two with or without و/ف). */
const MARKER = 1, OPENER = 2, LEAD = 4, CONDITION = 8;
const starters = new WeakMap<Lexicon, PerWord>();

/** Per distinct word: whether it is the first word of a stance marker, an opener, a lead or a condition part (most content words are none). */
function starterTable(lex: Lexicon): PerWord {
  let table = starters.get(lex);
  if (!table) {
    const markers = new Set(lex.markers.firstKeys()), openers = new Set(lex.openers.firstKeys()), leads = new Set(lex.leads.firstKeys());
    const conditions = new Set(lex.conditions.firstKeys());
    // A lead or a condition part may carry a conjunction (ويجب، وسيتم): its first word is also looked up without it.
    const ar = lex.lang === 'ar';
    table = new PerWord((w) => {
      const forms = keyForms(ar, w.key);
      return (markers.has(w.key) ? MARKER : 0) | (openers.has(w.key) ? OPENER : 0)
        | (forms.some((k) => leads.has(k)) ? LEAD : 0) | (forms.some((k) => conditions.has(k)) ? CONDITION : 0);
    });
    starters.set(lex, table);
  }
  return table;
}

/**
 * A lead (يجب، تحتاج إلى) counts as the content's own predicate only near its start and not inside a relative or
 * negated phrase: `الخوف الذي يجب أن …` and `لا يحتاج إلى` lay no duty.
 */
function leadAt(doc: Doc, i: number, lo: number): Stance | undefined {
  if (i - lo >= STANCE_LEAD_WORDS) return undefined;
  if (i > lo && doc.lex.words.get(doc.keys[i - 1]) === 'boundary') return undefined;
  return doc.lex.leads.first(doc.keys, i, firstForms(doc, doc.keys[i]))?.[0].value;
}

/**
 * A characterisation follows the stance it serves (GUIDELINES.md): an `assert` whose content carries a
 * stance marker (كاذبة, لا أساس, baseless …), opens with an opener (لم تكن) or is headed by a lead (الحكومة يجب أن)
 * takes its stance, the first one found; failing those, a condition with its consequence (condition.ts) warns.
 */
export function shiftStance(doc: Doc, stance: Stance, content: [number, number]): Stance {
  if (stance !== 'assert') return stance;
  const { keys, tokens } = doc;
  const lo = firstWordAt(tokens, content[0]);
  const table = starterTable(doc.lex);
  // Words that may start a condition part, read only when no word names the stance.
  const conditionAt: number[] = [];
  let i = lo;
  for (; i < tokens.length; i++) {
    if (tokens[i].end > content[1]) break;
    const starts = table.get(tokens[i]);
    if (starts === 0) continue;
    if (starts & CONDITION) conditionAt.push(i);
    if (starts & OPENER && tokens[i].start - content[0] < 2) {
      const o = doc.lex.openers.first(keys, i, [keys[i]]);
      if (o) return o[0].value;
    }
    const m = starts & MARKER ? doc.lex.markers.first(keys, i, [keys[i]]) : undefined;
    if (m) return m[0].value;
    const lead = starts & LEAD ? leadAt(doc, i, lo) : undefined;
    if (lead) return lead;
  }
  // No word names the stance: a condition with its consequence still warns.
  return warnsOnCondition(doc, conditionAt, i) ? 'warn' : stance;
}
