/**
 * Lists the claims isnad makes over the shared corpus (held-out articles left out), one member per line, for reviewing
 * what a change to the claim rules does beyond the gold: run it before and after, `diff`, and read the changed groups.
 *
 *   npx tsx eval/claims-scan.ts OUT.tsv [ar|en|all]
 *
 * Articles are placed in date order, as a store fed day by day would place them. Only claims of two or more statements
 * are listed. Columns: claim id, concept|key entities, article#statement, position, rule, speaker, speaker key, content.
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze/index.js';
import { groupClaims, sourceFromAnalysis, type ClaimSource } from '../src/claims/index.js';
import { extract } from '../src/extract/index.js';
import { loadCorpus } from './scan.js';

/** Dates statements of an undated article (none in the corpus but an open text or two). */
const FALLBACK_DATE = '2015-08-01T00:00:00Z';

function main(): void {
  const [out, lang = 'all'] = process.argv.slice(2);
  if (!out || !['ar', 'en', 'all'].includes(lang)) {
    console.error('usage: npx tsx eval/claims-scan.ts OUT.tsv [ar|en|all]');
    process.exit(2);
  }
  const docs = loadCorpus(lang as 'ar' | 'en' | 'all').sort((a, b) => (a.publishedAt ?? FALLBACK_DATE).localeCompare(b.publishedAt ?? FALLBACK_DATE));
  const sources: ClaimSource[] = [];
  /** The corpus id of each analysed article (an article id is a digest of its text). */
  const docOf = new Map<string, string>();
  for (const d of docs) {
    const res = extract({ bytes: d.bytes, source: d.id, contentType: 'text/plain' });
    if (!res.ok) continue;
    const a = analyze({ ...res.article, ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}), ...(d.url ? { url: d.url } : {}) });
    docOf.set(a.article.id, d.id);
    sources.push(sourceFromAnalysis(a));
  }
  const claims = groupClaims(sources, { fallbackDate: FALLBACK_DATE }).filter((c) => c.members.length > 1);
  const rows = claims.flatMap((c) => c.members.map((m) => [c.id, `${c.concept}|${c.keyEntities.join('+')}`, `${docOf.get(m.articleId)}#${m.statementId.split(':').pop()}`, m.position, m.rule,
    m.speaker.text, m.speakerKey, m.content].map((x) => String(x).replace(/[\t\n]/g, ' ')).join('\t')));
  writeFileSync(out, `${rows.join('\n')}\n`);
  console.log(`${sources.length} articles, ${claims.length} claims of 2+ statements, ${rows.length} members → ${out}`);
}

main();
