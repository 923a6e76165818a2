/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { ownershipLabel, type OutletRecord } from '../../outlets/index.js';
import type { ArticleSummary } from '../../store/index.js';
import { dirOf } from '../../model/index.js';
import { ArticleLine } from './article-list.js';

/** What the registry says of an outlet: its names, domains, country, languages, ownership and where that label comes from. */
function Registry({ r }: { r: OutletRecord }) {
  return (
    <dl class="names">
      {r.namesEn.length > 0 && <><dt>Names</dt><dd lang="en" dir="ltr">{r.namesEn.join(' · ')}</dd></>}
      {r.namesAr.length > 0 && <><dt>Arabic names</dt><dd lang="ar" dir="rtl">{r.namesAr.join(' · ')}</dd></>}
      {r.domains.length > 0 && <><dt>Sites</dt><dd>{r.domains.join(' · ')}</dd></>}
      <dt>Country</dt><dd>{r.country}</dd>
      {r.languages.length > 0 && <><dt>Languages</dt><dd>{r.languages.join(', ')}</dd></>}
      <dt>Ownership</dt><dd>{r.ownership ? ownershipLabel(r.ownership, r.country, 'en') : 'not known (no public reference found)'}</dd>
      <dt>Source of the label</dt><dd>{r.source}</dd>
    </dl>
  );
}

/** One outlet: its registry record (when listed) and its stored articles, newest first, by pages. */
export function OutletPage({ name, record, items, next, nextHref, subscribe }: {
  name: string; record?: OutletRecord; items: ArticleSummary[]; next?: string; nextHref: (cursor: string) => string; subscribe?: Child;
}) {
  return (
    <>
      <h1 dir="auto">{name}</h1>
      {record ? <Registry r={record} /> : <p class="meta">Not in the outlets registry (data/outlets/outlets.tsv): its country and ownership are not known.</p>}
      <h2>Articles</h2>
      {items.length === 0 ? <p>No article of this outlet is stored yet.</p> : (
        <ul class="articles">{items.map((a) => <li class={dirOf(a.language)}><ArticleLine a={a} /></li>)}</ul>
      )}
      {next && <nav class="pages" aria-label="Pages"><a rel="next" href={nextHref(next)}>Older articles →</a></nav>}
      {subscribe}
    </>
  );
}
