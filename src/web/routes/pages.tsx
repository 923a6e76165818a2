/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { getEntity } from '../../store/web-entities.js';
import { listArticlesBy, listOutlets, originsOf } from '../../store/web-articles.js';
import { listStatementPage, parseStatementCursor } from '../../store/web-statements.js';
import { linksOf } from '../../store/republish.js';
import { storyOfArticle } from '../../store/stories.js';
import { claimsOfArticles, claimsOfEntity, mostActiveClaims } from '../../store/web-claims.js';
import { latestStories } from '../../store/web-stories.js';
import { HomeAside } from '../pages/home-aside.js';
import { ArticlePage } from '../pages/article.js';
import { ArticleListPage, queryOf } from '../pages/article-list.js';
import { EntityPage } from '../pages/entity.js';
import { readParams } from '../params.js';
import { articleHref, entityHref, type Site } from '../site.js';
import { notFound, render } from './render.js';

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

  app.get('/articles/:id', async (c) => {
    const stored = await site.store.getArticle(c.req.param('id'));
    if (!stored) return notFound(c, site, 'No such article');
    const a = stored.article;
    const [links, story, claims] = await Promise.all([linksOf(site.store.db, a.id), storyOfArticle(site.store.db, a.id), claimsOfArticles(site.store.db, [a.id], ARTICLE_CLAIMS)]);
    return render(c, site, { title: a.title, titleLang: a.language, description: a.dek ?? a.paragraphs[0], type: 'article', path: articleHref(a.id) },
      <ArticlePage stored={stored} links={links} story={story} claims={claims} registry={site.outlets} />);
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
    return render(c, site, { title: entity.name, description, path: entityHref(id), feed: `${entityHref(id)}/feed.atom` },
      <EntityPage entity={entity} said={said} about={about} claims={claims} chains={{ origins, registry: site.outlets }} />);
  });
}
