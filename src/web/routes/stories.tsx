/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import type { Lang } from '../../model/index.js';
import { claimsOfStory } from '../../store/web-claims.js';
import { getStory, listStoryPage, relatedStories } from '../../store/web-stories.js';
import { StoryListPage, StoryPage } from '../pages/story.js';
import { SubscribeBox } from '../pages/subscribe.js';
import { storyHref, type Site } from '../site.js';
import { subscribeCsrf } from '../subscribe/csrf.js';
import { notFound, render } from './render.js';

/** Claims and related stories listed on a story page. */
export const STORY_CLAIMS = 10;
export const STORY_RELATED = 6;
/** Articles per page of a story. */
export const STORY_PAGE_SIZE = 50;

/** An offset cursor (`?cursor=50`); anything else is the first page. */
const offsetOf = (cursor: string | null) => (cursor && /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0);

/** The stories list and one story's page, both by pages. */
export function mountStories(app: Hono, site: Site): void {
  app.get('/stories', async (c) => {
    const cursor = new URL(c.req.url).searchParams.get('cursor') ?? undefined;
    const page = await listStoryPage(site.store.db, { limit: site.pageSize, cursor });
    return render(c, site, { title: 'Stories', path: `/stories${cursor ? `?cursor=${offsetOf(cursor)}` : ''}` },
      <StoryListPage items={page.items} next={page.nextCursor} />);
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const offset = offsetOf(new URL(c.req.url).searchParams.get('cursor'));
    const story = await getStory(site.store.db, id, { limit: STORY_PAGE_SIZE, offset });
    if (!story) return notFound(c, site, 'No such story');
    const [claims, related] = await Promise.all([
      claimsOfStory(site.store.db, id, STORY_CLAIMS),
      relatedStories(site.store.db, id, STORY_RELATED),
    ]);
    const href = storyHref(id);
    const csrf = subscribeCsrf(c, site);
    return render(c, site, { title: story.title, titleLang: story.language as Lang, description: `Story: ${story.title}`, path: offset ? `${href}?cursor=${offset}` : href, feed: `${href}/feed.atom` },
      <>
        <StoryPage story={story} claims={claims} related={related} first={offset + 1} next={story.nextOffset === undefined ? undefined : String(story.nextOffset)} />
        {csrf && <SubscribeBox kind="story" target={id} csrf={csrf} />}
      </>);
  });
}
