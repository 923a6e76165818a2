import type { Doc, Draft } from '../types.js';

/** Relative pronouns (match keys) before a cue whose own subject is dropped (الدول التي قال إنها …). */
export const RELATIVES = new Set(['الذي', 'التي', 'الذين']);
/** Stances whose verb takes the object a relative clause hangs on. */
const OBJECT_STANCES = new Set(['accuse', 'deny', 'demand']);
/** Tokens from an outer content's start to the relative clause, at most (الدول التي قال). */
const MAX_OBJECT_TOKENS = 6;

/** Index of the token starting at character `at` (binary search), or -1. */
export function tokenAt(doc: Doc, at: number): number {
  let lo = 0, hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = doc.tokens[mid].start;
    if (s === at) return mid;
    if (s < at) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/**
 * وانتقد إردوغان الدول التي قال إنها تحاول …: the relative clause's cue carries what was said, so the
 * outer statement whose object holds it is dropped; the inner one takes the outer speaker, and the outer
 * stance when its own is a plain assertion.
 */
export function mergeRelativeCues(doc: Doc, drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const r of drafts) {
    if (r.speaker.kind !== 'inherit') continue;
    const i = tokenAt(doc, r.cue[0]);
    if (i <= 0 || !RELATIVES.has(doc.keys[i - 1]) || doc.sentOf[i - 1] !== doc.sentOf[i]) continue;
    // Only an object the outer verb accuses, denies or asks (انتقد الدول التي قال …), a few words into its content:
    // وأشار إلى أن الجيش … أبين التي قال إن … keeps both statements.
    const outer = drafts.find((d) => d !== r && !dropped.has(d) && d.sentence === r.sentence && d.cue[0] < r.cue[0]
      && OBJECT_STANCES.has(d.stance) && !d.direct && d.content[0] <= r.cue[0] && r.cue[0] < d.content[1]
      && i - tokenAt(doc, d.content[0]) <= MAX_OBJECT_TOKENS);
    if (!outer) continue;
    dropped.add(outer);
    r.speaker = outer.speaker;
    if (r.stance === 'assert') r.stance = outer.stance;
  }
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}
