/** @jsxImportSource hono/jsx */
import type { StatementHit } from '../../store/index.js';
import type { EntityRecord } from '../../store/web-entities.js';
import { entityHref } from '../site.js';
import { queryOf } from './article-list.js';
import { StatementItem } from './statement.js';

const TYPE_NAMES: Record<string, string> = { person: 'Person', org: 'Organisation', country: 'Country', place: 'Place' };

export interface StatementList {
  items: StatementHit[];
  nextCursor?: string;
}

function Statements({ list, empty, next }: { list: StatementList; empty: string; next?: string }) {
  if (list.items.length === 0) return <p class="meta">{empty}</p>;
  return (
    <>
      <ol class="statements">
        {list.items.map((s) => <StatementItem s={s} lang={s.article.language} from={s.article} />)}
      </ol>
      {next && <p><a rel="next" href={next}>More →</a></p>}
    </>
  );
}

/** An entity: its names in each language, what it said, what was said about it. */
export function EntityPage({ entity, said, about }: { entity: EntityRecord; said: StatementList; about: StatementList }) {
  const href = entityHref(entity.id);
  const more = (key: 'said' | 'about', cursor?: string) => (cursor ? `${href}${queryOf({ [key]: cursor })}` : undefined);
  return (
    <>
      <h1><bdi>{entity.name}</bdi></h1>
      <p class="meta">
        {TYPE_NAMES[entity.type] ?? entity.type}
        {entity.country && entity.country !== entity.id && <> of <a href={entityHref(entity.country)}>{entity.country}</a></>}
        {' · '}mentioned in {entity.articles} article{entity.articles === 1 ? '' : 's'}
        {' · '}<a href={`${href}/feed.atom`}>Atom feed</a>
      </p>
      <dl class="names">
        {entity.names.ar && <><dt>Arabic</dt><dd lang="ar" dir="rtl">{entity.names.ar}</dd></>}
        {entity.names.en && <><dt>English</dt><dd lang="en" dir="ltr">{entity.names.en}</dd></>}
        <dt>Id</dt><dd><code>{entity.id}</code></dd>
      </dl>
      <h2>Statements by <bdi>{entity.name}</bdi></h2>
      <Statements list={said} empty="No statement attributed to it yet." next={more('said', said.nextCursor)} />
      <h2>Statements about <bdi>{entity.name}</bdi></h2>
      <Statements list={about} empty="No statement about it yet." next={more('about', about.nextCursor)} />
    </>
  );
}
