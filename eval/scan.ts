/**
 * Lists every statement isnad finds in the shared corpus, one per line, for reviewing what a change to the attribution
 * rules does beyond the gold: run it before and after, `diff` the two files, and judge each changed line by reading it.
 * Articles that a held-out gold set annotates are left out, so that reviewing never tunes the rules to them.
 *
 *   npx tsx eval/scan.ts OUT.tsv [ar|en|all]
 *
 * Columns: id@offset, stance, D(irect)/I(ndirect), speaker, speaker entity, cue, content, targets, rule.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { extract } from '../src/extract/index.js';
import { corpusText } from './claims-sources.js';
import { heldOutIds } from './heldout-ids.js';

const SHARED = process.env.ISNAD_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');

export interface CorpusDoc { id: string; bytes: Uint8Array; lang: 'ar' | 'en'; publishedAt?: string; url?: string }

interface CorpusRecord { id: string; url: string; date_extracted: string; title: string; content: string }

const isoOf = (d: string): string => `${d.replace(' ', 'T')}Z`;

/** The corpus articles of one language (or both), minus the held-out ones, with the date and URL they came with. */
export function loadCorpus(lang: 'ar' | 'en' | 'all'): CorpusDoc[] {
  const held = heldOutIds();
  const docs: CorpusDoc[] = [];
  const seen = new Set<string>();
  const add = (d: CorpusDoc): void => {
    if (seen.has(d.id) || held.has(d.id) || held.has(d.id.replace(/^(wnar-\d{3}).*/, '$1'))) return;
    if (lang !== 'all' && d.lang !== lang) return;
    seen.add(d.id);
    docs.push(d);
  };
  const arNews = join(SHARED, 'corpus', 'ar-news');
  const meta = new Map(readFileSync(join(arNews, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRecord).map((r) => [r.id, r]));
  for (const f of readdirSync(join(arNews, 'txt')).sort()) {
    const id = basename(f, '.txt');
    const m = meta.get(id);
    add({ id, bytes: readFileSync(join(arNews, 'txt', f)), lang: 'ar', ...(m ? { url: m.url, publishedAt: isoOf(m.date_extracted) } : {}) });
  }
  for (const l of readFileSync(join(SHARED, 'corpus', 'story-pairs', 'articles.jsonl'), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as CorpusRecord;
    add({ id: r.id, bytes: corpusText(r), lang: 'ar', url: r.url, publishedAt: isoOf(r.date_extracted) });
  }
  for (const l of ['ar', 'en'] as const) {
    const dir = join(SHARED, 'corpus', 'open', l);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const id = basename(f, '.txt');
      const day = /^wnen-(\d{4}-\d\d-\d\d)/.exec(id)?.[1];
      add({ id, bytes: readFileSync(join(dir, f)), lang: l, ...(day ? { publishedAt: `${day}T12:00:00Z` } : {}) });
    }
  }
  return docs;
}

function main(): void {
  const [out, lang = 'all'] = process.argv.slice(2);
  if (!out || !['ar', 'en', 'all'].includes(lang)) {
    console.error('usage: npx tsx eval/scan.ts OUT.tsv [ar|en|all]');
    process.exit(2);
  }
  const rows: string[] = [];
  let articles = 0;
  for (const d of loadCorpus(lang as 'ar' | 'en' | 'all')) {
    const res = extract({ bytes: d.bytes, source: d.id, contentType: 'text/plain' });
    if (!res.ok) continue;
    articles += 1;
    const a = analyze({ ...res.article, ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}), ...(d.url ? { url: d.url } : {}) });
    for (const s of a.statements) {
      const targets = s.targets.map((t) => t.entity ?? t.text).join('|');
      rows.push([`${d.id}@${s.content.start}`, s.stance, s.direct ? 'D' : 'I', s.speaker.text, s.speaker.entity ?? '',
        s.cue.text, s.content.text, targets, s.rule ?? ''].map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t'));
    }
  }
  writeFileSync(out, `${rows.join('\n')}\n`);
  console.log(`${articles} articles, ${rows.length} statements → ${out}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
