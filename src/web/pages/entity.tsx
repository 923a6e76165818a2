/** @jsxImportSource hono/jsx */
import { dirOf } from '../../model/index.js';
import type { OutletRegistry } from '../../outlets/index.js';
import type { StatementHit } from '../../store/index.js';
import type { ArticleOrigin } from '../../store/web-articles.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import { ClaimLine } from './claim.js';
import type { EntityRecord } from '../../store/web-entities.js';
import { entityHref } from '../site.js';
import { queryOf } from './article-list.js';
import { StatementItem } from './statement.js';

const TYPE_NAMES: Record<string, string> = { person: 'Person', org: 'Organisation', country: 'Country', place: 'Place' };

export interface StatementList {
  items: StatementHit[];
  nextCursor?: string;
}

/** Where each statement's article came from, for its chain line. */
export interface Chains {
  origins: Map<string, ArticleOrigin>;
  registry: OutletRegistry;
}

function Statements({ list, empty, next, chains }: { list: StatementList; empty: string; next?: string; chains?: Chains }) {
  if (list.items.length === 0) return <p class="meta">{empty}</p>;
  const chainOf = (articleId: string) => {
    const origin = chains?.origins.get(articleId);
    return origin && chains ? { origin, registry: chains.registry } : undefined;
  };
  return (
    <>
      <ol class="statements">
        {list.items.map((s) => <StatementItem s={s} lang={s.article.language} from={s.article} chain={chainOf(s.articleId)} />)}
      </ol>
      {next && <p><a rel="next" href={next}>More →</a></p>}
    </>
  );
}

/** An entity: its names in each language, what it said, what was said about it, the claims it takes part in. */
export function EntityPage({ entity, said, about, claims = [], chains }: { entity: EntityRecord; said: StatementList; about: StatementList; claims?: ClaimSummary[]; chains?: Chains }) {
  const href = entityHref(entity.id);
  const more = (key: 'said' | 'about', cursor?: string) => (cursor ? `${href}${queryOf({ [key]: cursor })}` : undefined);
  return (
    <>
      <h1><bdi>{entity.name}</bdi></h1>
      <p class="meta">
        {TYPE_NAMES[entity.type] ?? entity.type}
        {entity.country && entity.country !== entity.id && <> of <a href={entityHref(entity.country)}>{entity.country}</a></>}
        {' · '}mentioned in {entity.articles} article{entity.articles === 1 ? '' : 's'}
        {' · '}<a href={`${href}/feed.atom`}>Atom</a> · <a href={`${href}/feed.rss`}>RSS</a>
      </p>
      <dl class="names">
        {entity.names.ar && <><dt>Arabic</dt><dd lang="ar" dir="rtl">{entity.names.ar}</dd></>}
        {entity.names.en && <><dt>English</dt><dd lang="en" dir="ltr">{entity.names.en}</dd></>}
        <dt>Id</dt><dd><code>{entity.id}</code></dd>
      </dl>
      <h2>Statements by <bdi>{entity.name}</bdi></h2>
      <Statements list={said} empty="No statement attributed to it yet." next={more('said', said.nextCursor)} chains={chains} />
      <h2>Statements about <bdi>{entity.name}</bdi></h2>
      <Statements list={about} empty="No statement about it yet." next={more('about', about.nextCursor)} chains={chains} />
      <h2>Claims with <bdi>{entity.name}</bdi></h2>
      {claims.length === 0
        ? <p class="meta">No claim about it or by it yet.</p>
        : <ul class="articles claims-of-entity">{claims.map((c) => <li class={dirOf(c.lang)}><ClaimLine c={c} /></li>)}</ul>}
    </>
  );
}
