/**
 * Loading the claim gold sets: each set's articles are extracted, analysed and grouped, and each gold statement is met
 * by the prediction it names, giving a `Scored` set that the reports read (eval/claims-report.ts). Apart from the
 * scoring, as scratch studies import `realSet` to read a set's claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupClaims, type Claim, type ClaimSource } from '../src/claims/index.js';
import { SAME_STATEMENT_F1, tokenF1 } from '../src/claims/similarity.js';
import { offsetScore, oneToOne } from './match.js';
import { originsOf } from './claims-origins.js';
import { corpusText, FALLBACK_DATE, sourceOf } from './claims-sources.js';
import { corpusMeta } from './corpus-meta.js';

interface SeedStatement { speaker: string; content: string; claim: string | null }
interface SeedArticle { id: string; file: string; statements: SeedStatement[] }
interface RealArticle { id: string; source: 'file' | 'corpus/story-pairs/articles.jsonl'; publishedAt?: string }
export interface RealStatement { article: string; at: number; speaker: string; claim: string | null }

export interface Scored {
  name: string;
  claims: Claim[];
  goldKey: Map<string, string>;
  goldGroups: Map<string, string[]>;
  label: (k: string) => string;
  /** The content of the prediction a gold key met (`--misses`). */
  contentOf?: (k: string) => string;
  /** Leave predictions that meet no gold statement out of the pairs (the gold is a snapshot of the extractor's output). */
  ignoreUnmatched?: true;
  /** The articles grouped, with every statement (placed or not): the claim page's suggestions read them (`reportSuggestions`). */
  sources: readonly ClaimSource[];
}

/** The seed set (eval/gold/claims-seed.json): statements named by content, met by token F1. */
export function seedSet(root: string, shared: string): Scored {
  const articles = (JSON.parse(readFileSync(join(root, 'eval', 'gold', 'claims-seed.json'), 'utf8')) as { articles: SeedArticle[] }).articles;
  const sources: ClaimSource[] = [];
  const goldKey = new Map<string, string>();
  const goldGroups = new Map<string, string[]>();
  for (const a of articles) {
    const src = sourceOf(readFileSync(join(shared, a.file)), a.file);
    sources.push(src);
    const matched = oneToOne(src.statements, a.statements.map((_, gi) => gi), (s, gi) => {
      const f1 = tokenF1(a.statements[gi].content, s.content.text);
      return f1 >= SAME_STATEMENT_F1 ? f1 : undefined;
    });
    for (const [s, gi] of matched) goldKey.set(s.id, `${a.id}#${gi}`);
    a.statements.forEach((g, gi) => {
      if (g.claim) goldGroups.set(`${a.id}:${g.claim}`, [...(goldGroups.get(`${a.id}:${g.claim}`) ?? []), `${a.id}#${gi}`]);
    });
  }
  const label = (k: string) => { const [id, gi] = k.split('#'); return articles.find((a) => a.id === id)!.statements[Number(gi)].content.slice(0, 50); };
  return { name: 'seed', claims: groupClaims(sources, { fallbackDate: FALLBACK_DATE, origins: originsOf(sources) }), goldKey, goldGroups, label, sources };
}

/** A gold set of real articles: claims-real.json, claims-dev2.json, claims-dev3.json, claims-dev4.json, claims-dev5.json, claims-dev6.json, claims-dev7.json, claims-dev8.json, claims-dev9.json or claims-dev10.json (tuned on), or claims-heldout.json and claims-heldout2.json (never tuned on). */
export function realSet(root: string, shared: string, file = 'claims-real.json', name = 'real'): Scored {
  const gold = JSON.parse(readFileSync(join(root, 'eval', 'gold', file), 'utf8')) as { articles: RealArticle[]; statements: RealStatement[] };
  const corpus = new Map<string, { title: string; content: string; date_extracted: string; url?: string }>();
  if (gold.articles.some((a) => a.source !== 'file')) {
    for (const l of readFileSync(join(shared, 'corpus', 'story-pairs', 'articles.jsonl'), 'utf8').split('\n')) if (l.trim()) {
      const r = JSON.parse(l);
      corpus.set(r.id, r);
    }
  }
  const sources: ClaimSource[] = [];
  const goldKey = new Map<string, string>();
  const goldGroups = new Map<string, string[]>();
  const contents = new Map<string, string>();
  gold.statements.forEach((g, gi) => {
    if (g.claim) goldGroups.set(g.claim, [...(goldGroups.get(g.claim) ?? []), `#${gi}`]);
  });
  for (const a of gold.articles) {
    let src: ClaimSource;
    if (a.source === 'file') src = sourceOf(readFileSync(join(shared, a.id)), a.id, a.publishedAt, corpusMeta(shared, a.id)?.url);
    else {
      const r = corpus.get(a.id);
      if (!r) throw new Error(`${a.id}: not in ${a.source}`);
      src = sourceOf(corpusText(r), a.id, a.publishedAt ?? r.date_extracted.replace(' ', 'T'), r.url);
    }
    sources.push(src);
    const mine = gold.statements.map((g, gi) => ({ g, gi })).filter((x) => x.g.article === a.id);
    const matched = oneToOne(src.statements, mine.map((_, i) => i), (s, i) => offsetScore(s, mine[i].g));
    for (const [{ id }, i] of matched) {
      goldKey.set(id, `#${mine[i].gi}`);
      const st = src.statements.find((x) => x.id === id)!;
      contents.set(`#${mine[i].gi}`, `${st.speaker.text} → ${st.content.text}`);
    }
  }
  const label = (k: string) => { const g = gold.statements[Number(k.slice(1))]; return `${g.article}@${g.at} (${g.speaker})`; };
  return { name, claims: groupClaims(sources, { fallbackDate: FALLBACK_DATE, origins: originsOf(sources) }), goldKey, goldGroups, label, contentOf: (k) => contents.get(k) ?? '(not extracted)', ignoreUnmatched: true, sources };
}
