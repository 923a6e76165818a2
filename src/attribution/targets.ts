import type { Stance } from '../model/index.js';
import { arabicContentTargets } from './ar/targets.js';
import { dutyBearer } from './en/targets.js';
import { shiftStance } from './stance.js';
import type { Doc, Draft } from './types.js';

/**
 * A statement's targets: those its cue's object names (found with the draft), else those its content names under
 * `stance`, the draft's stance as shiftStance gave it — read here so that the stance is shifted once.
 */
export function statementTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  const f = d.contentTargets;
  if (!f) return d.targets;
  // A later stage changed the draft's stance or content (ar/relative.ts, ar/05-resumptive.ts): its targets read the
  // content as drafted, as they did when the rule found them.
  const shifted = f.stance === d.stance && f.range[0] === d.content[0] && f.range[1] === d.content[1] ? stance : shiftStance(doc, f.stance, f.range);
  return f.lang === 'ar' ? arabicContentTargets(doc, f, shifted) : dutyBearer(doc, shifted, f.range);
}
