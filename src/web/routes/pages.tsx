/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { getEntity } from '../../store/web-entities.js';
import { listArticlesBy, listOutlets, originsOf } from '../../store/web-articles.js';
import { listStatementPage, parseStatementCursor } from '../../store/web-statements.js';
import { linksOf } from '../../store/republish.js';
import { storyOfArticle } from '../../store/stories.js';
import { claimsOfArticles, claimsOfEntity, mostActiveClaims } from '../../store/web-claims.js';
import { latestStories } from '../../store/web-stories.js';
import { versionedCache } from '../../store/web-cache.js';
import { HomeAside } from '../pages/home-aside.js';
import { ArticlePage } from '../pages/article.js';
import { ArticleListPage, queryOf } from '../pages/article-list.js';
import { EntityPage } from '../pages/entity.js';
import { SubscribeBox } from '../pages/subscribe.js';
import { readParams } from '../params.js';
import { absolute, articleHref, entityHref, type Site } from '../site.js';
import { subscribeCsrf } from '../subscribe/csrf.js';
import { notFound, render, renderHtml } from './render.js';

/** Statements per list on an entity page. */
export const ENTITY_STATEMENTS = 20;
/** Claims listed on an entity page. */
export const ENTITY_CLAIMS = 20;
/** Stories and claims beside the latest articles on the home page. */
export const HOME_STORIES = 8;
export const HOME_CLAIMS = 6;
/** Claims listed on an article page. */
export const ARTICLE_CLAIMS = 10;
/** Stories of one article are left off the home page's list. */
export const HOME_STORY_MIN_SIZE = 2;

/** Article pages kept in memory per process (a page is 20–60 KB: some 60 MB at most). */
export const ARTICLE_CACHE_ENTRIES = 1500;

/** An article's page, or undefined when there is no such article. */
async function articleHtml(c: Context, site: Site, id: string): Promise<string | undefined> {
  const stored = await site.store.getArticle(id);
  if (!stored) return undefined;
  const a = stored.article;
  const [links, story, claims] = await Promise.all([linksOf(site.store.db, a.id), storyOfArticle(site.store.db, a.id), claimsOfArticles(site.store.db, [a.id], ARTICLE_CLAIMS)]);
  return renderHtml(c, site, { title: a.title, titleLang: a.language, description: a.dek ?? a.paragraphs[0], type: 'article', path: articleHref(a.id) },
    <ArticlePage stored={stored} links={links} story={story} claims={claims} registry={site.outlets} />);
}

/** Home, article and entity pages. */
export function mountPages(app: Hono, site: Site): void {
  app.get('/', async (c) => {
    const r = readParams(new URL(c.req.url).searchParams, ['lang', 'outlet', 'cursor']);
    const { lang, outlet, cursor } = r.params;
    const [page, outlets, stories, claims] = await Promise.all([
      listArticlesBy(site.store.db, { limit: site.pageSize, cursor, lang, outlet }),
      listOutlets(site.store.db),
      cursor ? [] : latestStories(site.store.db, HOME_STORIES, HOME_STORY_MIN_SIZE),
      cursor ? [] : mostActiveClaims(site.store.db, HOME_CLAIMS),
    ]);
    const notice = r.ok ? undefined : `Ignored ${r.error.field}: ${r.error.reason}.`;
    return render(c, site, { title: 'Latest articles', path: `/${queryOf({ lang, outlet })}` },
      <div class="home">
        <div class="home-main"><ArticleListPage items={page.items} next={page.nextCursor} params={r.params} outlets={outlets} notice={notice} /></div>
        <HomeAside stories={stories} claims={claims} />
      </div>);
  });

  // Article pages are kept in memory while the store is unchanged (src/store/web-cache.ts): a write by
  // this process or another empties the cache. The canonical URL holds the origin, so it is in the key.
  const articlePages = versionedCache<string | undefined>({ enabled: site.cache, entries: ARTICLE_CACHE_ENTRIES });
  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const html = await articlePages.get(site.store.db, `${absolute(site, c, '')} ${id}`, () => articleHtml(c, site, id));
    return html === undefined ? notFound(c, site, 'No such article') : c.html(html);
  });

  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const entity = await getEntity(site.store.db, id);
    if (!entity) return notFound(c, site, 'No such entity');
    const q = new URL(c.req.url).searchParams;
    const cursorOf = (k: string) => {
      const v = q.get(k) ?? undefined;
      return v && parseStatementCursor(v) ? v : undefined;
    };
    const [said, about, claims] = await Promise.all([
      listStatementPage(site.store.db, { speakerEntity: id, limit: ENTITY_STATEMENTS, cursor: cursorOf('said') }),
      listStatementPage(site.store.db, { aboutEntity: id, limit: ENTITY_STATEMENTS, cursor: cursorOf('about') }),
      claimsOfEntity(site.store.db, id, ENTITY_CLAIMS),
    ]);
    const origins = await originsOf(site.store.db, [...said.items, ...about.items].map((s) => s.articleId));
    const description = [entity.names.en, entity.names.ar].filter(Boolean).join(' · ');
    const csrf = subscribeCsrf(c, site);
    return render(c, site, { title: entity.name, description, path: entityHref(id), feed: `${entityHref(id)}/feed.atom` },
      <>
        <EntityPage entity={entity} said={said} about={about} claims={claims} chains={{ origins, registry: site.outlets }} />
        {csrf && <SubscribeBox kind="entity" target={id} csrf={csrf} />}
      </>);
  });
}
