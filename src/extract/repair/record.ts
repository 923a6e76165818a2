/** Replace-and-record: every change to display text is listed as a Repair with a window around it. */
import type { Repair, RepairKind } from '../../model/index.js';
import { REPAIR_WINDOW } from '../constants.js';

export type Where = Repair['where'];

/** Replaces every match of `re` (global) by `to(match)`, recording one repair per match. */
export function replaceRecorded(
  s: string, re: RegExp, to: (m: RegExpExecArray) => string, kind: RepairKind, where: Where, repairs: Repair[],
): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const replacement = to(m);
    if (replacement !== m[0]) {
      repairs.push(windowed(s, m.index, m[0].length, replacement, kind, where));
      out += s.slice(last, m.index) + replacement;
      last = m.index + m[0].length;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return last ? out + s.slice(last) : s;
}

/** A repair whose before/after show `len` characters at `at` replaced, with context either side. */
export function windowed(s: string, at: number, len: number, replacement: string, kind: RepairKind, where: Where): Repair {
  const from = Math.max(0, at - REPAIR_WINDOW);
  const to = Math.min(s.length, at + len + REPAIR_WINDOW);
  const before = s.slice(from, to);
  const after = s.slice(from, at) + replacement + s.slice(at + len, to);
  return { kind, before, after, where };
}
