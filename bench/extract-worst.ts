/**
 * Debug aid: the AEB pages where isnad's HTML extractor does worst, with the
 * ground-truth paragraphs it missed and the extra paragraphs it kept.
 *
 *   npx tsx bench/extract-worst.ts [N=10] [id-prefix]
 */
import { extractHtml } from '../src/extract/html/index.js';
import { loadPages, loadTruth, pageScore, tokens } from './extract-pages.js';

const n = Number(process.argv[2] ?? 10);
const only = process.argv[3];
const truth = loadTruth();
const rows = loadPages()
  .filter((p) => !only || p.id.startsWith(only))
  .map((p) => {
    const got = extractHtml(p.html, { url: p.url }).paragraphs;
    const gt = truth[p.id].articleBody;
    const s = pageScore(gt, got.join('\n'));
    return { id: p.id, url: p.url, got, gt, ...s, f1: (2 * s.p * s.r) / (s.p + s.r || 1) };
  })
  .sort((a, b) => (process.env.SORT === "p" ? a.p - b.p : process.env.SORT === "r" ? a.r - b.r : a.f1 - b.f1));

/** Share of a paragraph's 4-token shingles found in `other`. */
function coverage(par: string, other: Set<string>): number {
  const t = tokens(par);
  if (t.length < 4) return other.has(t.join(' ')) ? 1 : 0.5;
  let hit = 0;
  for (let i = 0; i + 4 <= t.length; i++) if (other.has(t.slice(i, i + 4).join(' '))) hit++;
  return hit / (t.length - 3);
}
function shingleSet(text: string): Set<string> {
  const t = tokens(text);
  const s = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) s.add(t.slice(i, i + 4).join(' '));
  if (t.length < 4) s.add(t.join(' '));
  return s;
}
const cut = (s: string) => (s.length > 160 ? s.slice(0, 157) + '…' : s);

for (const r of rows.slice(0, n)) {
  console.log(`\n## ${r.id.slice(0, 12)} F1 ${r.f1.toFixed(3)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} ${r.url ?? ''}`);
  const gotSet = shingleSet(r.got.join('\n'));
  const gtSet = shingleSet(r.gt);
  const missing = r.gt.split(/\n+/).filter((x) => x.trim() && coverage(x, gotSet) < 0.5);
  const extra = r.got.filter((x) => coverage(x, gtSet) < 0.5);
  for (const x of missing.slice(0, 8)) console.log(`  - ${cut(x)}`);
  if (missing.length > 8) console.log(`  - … ${missing.length - 8} more missing`);
  for (const x of extra.slice(0, 8)) console.log(`  + ${cut(x)}`);
  if (extra.length > 8) console.log(`  + … ${extra.length - 8} more extra`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const P = mean(rows.map((r) => r.p));
const R = mean(rows.map((r) => r.r));
console.log(`\nall ${rows.length} pages: F1 ${((2 * P * R) / (P + R)).toFixed(3)} P ${P.toFixed(3)} R ${R.toFixed(3)}`);
