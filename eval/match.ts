/**
 * How predictions meet gold statements in the evaluations (eval/claims.ts, eval/speakers.ts): one to one, best score
 * first; a gold statement named by the offset where its content starts and its speaker meets the prediction whose
 * content starts nearest (within MATCH_SLACK_CHARS), the speaker's words breaking ties.
 */
import { tokenF1 } from '../src/claims/similarity.js';

/** How far a prediction's content may start from the gold offset (the extractor's spans move a little between versions). */
export const MATCH_SLACK_CHARS = 40;

/** One-to-one matching, best score first: each of `as` meets at most one of `bs` and each of `bs` one of `as`; `score` undefined when they cannot meet. */
export function oneToOne<A, B>(as: readonly A[], bs: readonly B[], score: (a: A, b: B) => number | undefined): Map<A, B> {
  const pairs = as.flatMap((a) => bs.map((b) => ({ a, b, v: score(a, b) })))
    .filter((p): p is { a: A; b: B; v: number } => p.v !== undefined).sort((x, y) => y.v - x.v);
  const out = new Map<A, B>();
  const used = new Set<B>();
  for (const p of pairs) if (!out.has(p.a) && !used.has(p.b)) {
    out.set(p.a, p.b);
    used.add(p.b);
  }
  return out;
}

/** Score of a prediction that meets a gold statement only because its speaker phrase grew over the old content start. */
const GROWN_SPEAKER_SCORE = 0.01;

/**
 * The score of a prediction meeting a gold statement named by offset and speaker; undefined beyond the slack. A
 * prediction whose speaker phrase now runs over the offset where the gold's content started, and shares words with
 * the gold's speaker, is the same statement with a fuller speaker (`معالي الأمين العام لمجلس` → `… التعاون …،
 * الدكتور فلان`): it meets it too, below every match within the slack.
 */
export function offsetScore(pred: { content: { start: number }; speaker: { text: string; start?: number } }, gold: { at: number; speaker: string }): number | undefined {
  const d = Math.abs(pred.content.start - gold.at);
  if (d <= MATCH_SLACK_CHARS) return 1 - d / (MATCH_SLACK_CHARS + 1) + tokenF1(gold.speaker, pred.speaker.text) / 100;
  const grown = pred.speaker.start !== undefined && pred.speaker.start <= gold.at && gold.at < pred.content.start;
  return grown && tokenF1(gold.speaker, pred.speaker.text) > 0 ? GROWN_SPEAKER_SCORE : undefined;
}
