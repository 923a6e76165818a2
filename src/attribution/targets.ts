import type { Stance } from '../model/index.js';
import { arabicContentTargets } from './ar/targets.js';
import { objectPronounTarget } from './ar/object-pronoun.js';
import { arabicStatementTargets, tidyArabicTargets } from './ar/target-objects.js';
import { dutyBearer } from './en/targets.js';
import { englishStatementTargets } from './en/target-objects.js';
import { splitTargets } from './target-split.js';
import { shiftStance } from './stance.js';
import type { Doc, Draft } from './types.js';

/**
 * A statement's targets: those its cue's object names (found with the draft), else those its content names under
 * `stance`, the draft's stance as shiftStance gave it — read here so that the stance is shifted once —, else those
 * read off the finished statement (ar/target-objects.ts, en/target-objects.ts); coordinated parties apart.
 */
export function statementTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  const found = foundTargets(doc, d, stance);
  return doc.lex.lang === 'ar' ? tidyArabicTargets(doc, found) : found.map((t) => withoutPossessive(doc, t));
}

/** An English possessor's 's (called for Rosselló's resignation): the party is the name without it. */
const POSSESSIVE_END = /['’]s$/;

/** An English target without the possessive ending it. */
function withoutPossessive(doc: Doc, t: [number, number]): [number, number] {
  return POSSESSIVE_END.test(doc.text.slice(t[0], t[1])) && t[1] - t[0] > 2 ? [t[0], t[1] - 2] : t;
}

/** The targets before the Arabic ones are tidied (ar/target-objects.ts). */
function foundTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  // وطالبهم بـ، الذين وصفهم بـ: an object pronoun on the cue is its object; the party it stands for comes first.
  const pronoun = doc.lex.lang === 'ar' ? objectPronounTarget(doc, d, stance) : null;
  if (pronoun) return [pronoun];
  // Objects list their parties apart (نطالب المجتمع الدولي والأمم المتحدة); a clause's subject stays whole, as its
  // parties act together (الولايات المتحدة والفلبين يجب أن).
  if (d.targets.length) return splitTargets(doc, d.targets);
  const subjects = draftContentTargets(doc, d, stance);
  if (subjects.length) return subjects;
  return splitTargets(doc, doc.lex.lang === 'ar' ? arabicStatementTargets(doc, d, stance) : englishStatementTargets(doc, d, stance));
}

/** The targets the draft's content names under the shifted stance (none when the rule left no contentTargets). */
function draftContentTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  const f = d.contentTargets;
  if (!f) return [];
  // A later stage changed the draft's stance or content (ar/relative.ts, ar/05-resumptive.ts): its targets read the
  // content as drafted, as they did when the rule found them.
  const shifted = f.stance === d.stance && f.range[0] === d.content[0] && f.range[1] === d.content[1] ? stance : shiftStance(doc, f.stance, f.range);
  return f.lang === 'ar' ? arabicContentTargets(doc, f, shifted) : dutyBearer(doc, shifted, f.range);
}
