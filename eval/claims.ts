/**
 * Claim grouping evaluation: extract → analyze → group the gold articles, then pairwise precision/recall/F1 of
 * "these two statements are in the same claim", on three gold sets:
 * - eval/gold/claims-seed.json: the seed, statements named by content (predictions meet them by token F1 ≥ 0.5,
 *   best pairs first, each at most once: the statement scorer's rule);
 * - eval/gold/claims-real.json: real articles from ../shared/corpus (read at run time, never copied), statements
 *   named by the offset where their content starts and their speaker (eval/match.ts: nearest start within MATCH_SLACK_CHARS,
 *   speaker token F1 as the tie-break).
 * - eval/gold/claims-heldout.json: real articles in the same format that the rules were never tuned on (a lower floor).
 * - eval/gold/claims-heldout2.json: a second held-out set in the same format (twelve Arabic same-event groups of
 *   ../shared/corpus/story-pairs no other gold named), grouped blind before isnad's grouping ran on it; never tuned on.
 * - eval/gold/claims-dev2.json: a second development set in the same format, grouped blind, for tuning restatements.
 * - eval/gold/claims-dev3.json: a third development set in the same format, grouped blind (nine Arabic same-event groups and
 *   an English–Arabic translation pair).
 * - eval/gold/claims-dev4.json: a fourth development set in the same format, grouped blind (ten Arabic same-event groups and
 *   two English articles on one event).
 * - eval/gold/claims-dev5.json: a fifth development set in the same format, grouped blind (ten Arabic same-event groups and
 *   four English articles on one event).
 * - eval/gold/claims-dev6.json: a sixth development set in the same format, grouped blind (ten Arabic same-event groups and
 *   three English articles on one event).
 * - eval/gold/claims-dev7.json: a seventh development set in the same format, grouped blind (ten Arabic same-event groups
 *   and four English articles on one event).
 * - eval/gold/claims-dev8.json: an eighth development set in the same format, grouped blind, leaning English (five Arabic
 *   same-event pairs, and six English articles on two running stories).
 * - eval/gold/claims-dev10.json: a tenth development set in the same format, grouped blind by two annotators (eleven Arabic
 *   same-event groups of ../shared/corpus/ar-news; the second annotation is claims-dev10-b.json).
 * - eval/gold/claims-dev9.json: a ninth development set in the same format, grouped blind (nine Arabic same-event groups
 *   and three English articles on three events).
 * Articles are grouped with the translations the republication detector finds among them (`originsOf`), as the store does.
 * Seed: a pair with an unmatched prediction counts as a false pair (its gold lists every statement). Real: the gold
 * lists the statements the extractor found when it was annotated; a prediction that meets none (the extractor has
 * changed since) is left out of the pairs and counted on the report line. Exit 1 under a floor. `--verbose` lists groups (of the development sets only);
 * `--misses` lists, for the development sets only, each gold claim split or left unplaced (member by member, with the
 * predicted claim each is in) and each predicted claim holding statements of two gold claims or of none (false pairs).
 * The shared folder is ../shared from the repository root, or ISNAD_SHARED.
 */
import { repoRoot, sharedDir } from '../bench/shared.js';
import { reportAgreement, SECOND_ANNOTATIONS } from './claims-agreement.js';
import {
  CLAIMS_DEV10_F1_FLOOR, CLAIMS_DEV2_F1_FLOOR, CLAIMS_DEV3_F1_FLOOR, CLAIMS_DEV4_F1_FLOOR, CLAIMS_DEV5_F1_FLOOR, CLAIMS_DEV6_F1_FLOOR,
  CLAIMS_DEV7_F1_FLOOR, CLAIMS_DEV8_F1_FLOOR, CLAIMS_DEV9_F1_FLOOR, CLAIMS_F1_FLOOR, CLAIMS_HELDOUT2_F1_FLOOR, CLAIMS_HELDOUT_F1_FLOOR,
  CLAIMS_REAL_F1_FLOOR,
} from './claims-floors.js';
import { n3, report } from './claims-report.js';
import { realSet, seedSet } from './claims-sets.js';
import { reportSuggestions } from './claims-suggestions.js';

// What scratch studies import from eval/claims.js (`realSet`, the floors, `agreement`), kept here across the split.
export * from './claims-floors.js';
export { agreement } from './claims-agreement.js';
export { realSet, type Scored } from './claims-sets.js';

/** The sets never tuned on: their lines only, never their groups nor misses (`--verbose`, `--misses`). */
const HELD_OUT_SETS: ReadonlySet<string> = new Set(['held-out', 'held-out 2']);

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  // --misses: the development sets' gold claims that were split or left unplaced, member by member.
  const misses = argv.includes('--misses');
  const root = repoRoot();
  const shared = sharedDir();
  let code = 0;
  const heldout = (r: string, sh: string) => realSet(r, sh, 'claims-heldout.json', 'held-out');
  const heldout2 = (r: string, sh: string) => realSet(r, sh, 'claims-heldout2.json', 'held-out 2');
  const dev2 = (r: string, sh: string) => realSet(r, sh, 'claims-dev2.json', 'dev2');
  const dev3 = (r: string, sh: string) => realSet(r, sh, 'claims-dev3.json', 'dev3');
  const dev4 = (r: string, sh: string) => realSet(r, sh, 'claims-dev4.json', 'dev4');
  const dev5 = (r: string, sh: string) => realSet(r, sh, 'claims-dev5.json', 'dev5');
  const dev6 = (r: string, sh: string) => realSet(r, sh, 'claims-dev6.json', 'dev6');
  const dev7 = (r: string, sh: string) => realSet(r, sh, 'claims-dev7.json', 'dev7');
  const dev8 = (r: string, sh: string) => realSet(r, sh, 'claims-dev8.json', 'dev8');
  const dev9 = (r: string, sh: string) => realSet(r, sh, 'claims-dev9.json', 'dev9');
  const dev10 = (r: string, sh: string) => realSet(r, sh, 'claims-dev10.json', 'dev10');
  // The held-out sets print their line only, even with --verbose or --misses: their groups are not to be read while tuning.
  const sets = [[seedSet, CLAIMS_F1_FLOOR, verbose], [realSet, CLAIMS_REAL_F1_FLOOR, verbose], [heldout, CLAIMS_HELDOUT_F1_FLOOR, false], [heldout2, CLAIMS_HELDOUT2_F1_FLOOR, false], [dev2, CLAIMS_DEV2_F1_FLOOR, verbose], [dev3, CLAIMS_DEV3_F1_FLOOR, verbose], [dev4, CLAIMS_DEV4_F1_FLOOR, verbose], [dev5, CLAIMS_DEV5_F1_FLOOR, verbose], [dev6, CLAIMS_DEV6_F1_FLOOR, verbose], [dev7, CLAIMS_DEV7_F1_FLOOR, verbose], [dev8, CLAIMS_DEV8_F1_FLOOR, verbose], [dev9, CLAIMS_DEV9_F1_FLOOR, verbose], [dev10, CLAIMS_DEV10_F1_FLOOR, verbose]] as const;
  for (const [set, floor, listGroups] of sets) {
    const s = set(root, shared);
    const F1 = report(s, listGroups, misses && !HELD_OUT_SETS.has(s.name));
    reportSuggestions(s);
    if (F1 < floor) {
      console.error(`claims (${s.name}): pairwise F1 ${n3(F1)} is below the floor ${floor}`);
      code = 1;
    }
  }
  // isnad against the second annotator too (no floor), then the two annotators against each other.
  for (const second of SECOND_ANNOTATIONS) {
    report(realSet(root, shared, second.b, `${second.name}, annotator B`), false);
    reportAgreement(root, second);
  }
  return code;
}

// Run when invoked, not when a scratch study imports realSet (as eval/stories.ts does).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main(process.argv.slice(2));
