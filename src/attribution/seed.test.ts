import { sharedDir } from '../../bench/shared.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import { matchPairs, speakerRight, type GoldArticle } from '../../eval/report.js';

// The seed article and its gold live in the shared folder beside the repository (not copied here).
const shared = sharedDir();
const goldFile = join(shared, 'gold', 'seed.jsonl');

describe('seed article', () => {
  it('finds every non-optional gold statement with the right speaker and stance (scorer matching)', () => {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8').split('\n')[0]) as GoldArticle;
    const res = extract({ bytes: readFileSync(join(shared, gold.file!)), source: gold.file!, contentType: 'text/plain' });
    if (!res.ok) throw new Error(res.message);
    const preds = analyze(res.article).statements;
    const pairs = matchPairs(gold.statements, preds);
    const required = gold.statements.map((g, i) => [g, i] as const).filter(([g]) => !g.optional);
    const found = required.map(([g, i]) => {
      const pair = pairs.find(([gi]) => gi === i);
      const p = pair && preds[pair[1]];
      return { content: g.content.slice(0, 40), ok: !!p && speakerRight(g, p.speaker.text) && p.stance === g.stance };
    });
    expect(required.length).toBe(15);
    expect(found.filter((f) => !f.ok)).toEqual([]);
  });
});
