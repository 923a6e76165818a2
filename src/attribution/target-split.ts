import { gapHas } from './doc.js';
import { gapChars } from './gaps.js';
import { noParty } from './en/targets.js';
import { firstWordAt } from '../text/words.js';
import type { Doc } from './types.js';

// Coordinated parties named in one target phrase are targets each (نطالب المجتمع الدولي والأمم المتحدة وأميركا;
// raped by Quirin, Redouane and a third officer): GUIDELINES lists the accused and the ones asked one by one.

/** A comma in the gap before a token (an English list). */
const COMMA = gapChars(',');
/** The Arabic conjunction attached to a word. */
const WAW = 'و';

/** The target ranges with every coordinated party apart; a listed name that holds a conjunction stays whole. */
export function splitTargets(doc: Doc, targets: [number, number][]): [number, number][] {
  return targets.flatMap((t) => doc.lex.lang === 'ar' ? splitArabic(doc, t) : splitEnglish(doc, t));
}

/** True when an entity mention starts at character `at` (a party's name) — also right after an attached و. */
function mentionStartsAt(doc: Doc, at: number): boolean {
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** True when a listed entity mention ends at character `at`. */
function mentionEndsAt(doc: Doc, at: number): boolean {
  return doc.input.entities.some((e) => e.mentions.some((m) => m.end === at && m.via === 'gazetteer'));
}

/** True when an entity mention runs over character `at` (وزارة الخارجية والتعاون الدولي is one name). */
function insideMention(doc: Doc, at: number): boolean {
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start < at && at < m.end));
}

/** A و-word whose rest names a party (والأمم المتحدة، والحكومة الإسرائيلية) opens another party. */
function splitArabic(doc: Doc, t: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let from = t[0];
  for (let k = firstWordAt(doc.tokens, t[0]) + 1; k < doc.tokens.length && doc.tokens[k].end <= t[1]; k++) {
    const w = doc.tokens[k], rest = doc.keys[k].slice(1);
    if (!doc.keys[k].startsWith(WAW) || rest.length < 3 || insideMention(doc, w.start)) continue;
    // (والأمم المتحدة: a name; والحكومة: a body word; الأمم المتحدة وأميركا: a word right after a listed name ends.)
    if (!(mentionStartsAt(doc, w.start + 1) || doc.lex.titleWords.has(rest) || rest.startsWith('ال') && doc.lex.titleWords.has(rest.slice(2))
      || mentionEndsAt(doc, doc.tokens[k - 1].end) && !doc.lex.words.has(rest))) continue;
    out.push([from, doc.tokens[k - 1].end]);
    from = w.start + 1;
  }
  out.push([from, t[1]]);
  return out;
}

/** Quirin, Redouane, and a third officer: names apart at commas and "and", each part a party (not "a third officer"). */
function splitEnglish(doc: Doc, t: [number, number]): [number, number][] {
  const first = firstWordAt(doc.tokens, t[0]);
  const parts: [number, number][] = [];
  let from = first;
  let k = first + 1;
  for (; k < doc.tokens.length && doc.tokens[k].end <= t[1]; k++) {
    const and = doc.keys[k] === 'and';
    if (!and && !gapHas(doc, k, COMMA) || insideMention(doc, doc.tokens[k].start)) continue;
    const next = and ? k + 1 : doc.keys[k] === 'and' ? k + 1 : k;
    if (!/^\p{Lu}/u.test(doc.tokens[from].text) || next >= doc.tokens.length || doc.tokens[next].end > t[1]) continue;
    parts.push([from, k]);
    from = next;
    k = next;
  }
  if (!parts.length) return [t];
  parts.push([from, k]);
  return parts.filter(([s, e]) => e > s && !noParty(doc, s, e)).map(([s, e]) => [doc.tokens[s].start, doc.tokens[e - 1].end]);
}
