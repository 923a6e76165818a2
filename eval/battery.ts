/**
 * The sentence battery: made-up news sentences (eval/battery/<lang>.tsv), each with the statements expected of it
 * (speaker contained either way, stance, direct or not). A sentence passes when every expected statement is found and
 * nothing else is. It checks the reported-speech shapes the small real English gold rarely holds; the rules were
 * tuned on it, so it is a regression check, not a measure of quality on unseen news. `--verbose` lists every
 * sentence; failures are always listed. Exit 1 under BATTERY_FLOOR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statementsOf } from '../src/attribution/statements-of.js';
import { repoRoot } from '../bench/shared.js';

/** Passing sentences of eval/battery/en.tsv (326 of 329 when set in session 29; its three `found that` sentences fail
 * since that cue was dropped, eval/FLOORS.md). */
const BATTERY_FLOOR = 323;

type Got = ReturnType<typeof statementsOf>[number];
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ').trim();

/** One expected statement (`speaker|stance|D`, alternatives split by `/`) met by one of `got` not used yet. */
function meets(want: string[], g: Got): boolean {
  const [speaker, stance, direct] = want;
  return speaker.split('/').some((x) => norm(g.speaker).includes(norm(x)) || norm(x).includes(norm(g.speaker)))
    && stance.split('/').includes(g.stance) && direct.split('/').includes(g.direct ? 'D' : 'I');
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  let pass = 0, total = 0;
  for (const line of readFileSync(join(repoRoot(), 'eval', 'battery', 'en.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [sentence, expected] = line.split('\t');
    total++;
    // A neutral lead sentence first, so the tested sentence is a body paragraph as in an article.
    const got = statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence);
    const wants = expected.trim() === '-' ? [] : expected.split(';').map((e) => e.trim().split('|'));
    const used = new Set<number>();
    const missing = wants.filter((w) => {
      const i = got.findIndex((g, k) => !used.has(k) && meets(w, g));
      if (i >= 0) used.add(i);
      return i < 0;
    });
    const extra = got.filter((_, k) => !used.has(k));
    const ok = missing.length === 0 && extra.length === 0;
    if (ok) pass++;
    if (ok && !verbose) continue;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${sentence}`);
    for (const m of missing) console.log(`   missing ${m.join('|')}`);
    for (const g of ok ? got : extra) console.log(`   ${ok ? 'got' : 'extra'} ${g.speaker}|${g.stance}|${g.direct ? 'D' : 'I'} «${g.content}» [${g.rule}]`);
  }
  console.log(`battery (en): ${pass} of ${total} sentences pass (floor ${BATTERY_FLOOR})`);
  return pass < BATTERY_FLOOR ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
