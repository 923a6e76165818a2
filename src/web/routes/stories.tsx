/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import type { Lang } from '../../model/index.js';
import { claimsOfArticles } from '../../store/web-claims.js';
import { getStory, relatedStories } from '../../store/web-stories.js';
import { StoryPage } from '../pages/story.js';
import { storyHref, type Site } from '../site.js';
import { notFound, render } from './render.js';

/** Claims and related stories listed on a story page. */
export const STORY_CLAIMS = 10;
export const STORY_RELATED = 6;

export function mountStories(app: Hono, site: Site): void {
  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await getStory(site.store.db, id);
    if (!story) return notFound(c, site, 'No such story');
    const [claims, related] = await Promise.all([
      claimsOfArticles(site.store.db, story.members.map((m) => m.articleId), STORY_CLAIMS),
      relatedStories(site.store.db, id, STORY_RELATED),
    ]);
    const href = storyHref(id);
    return render(c, site, { title: story.title, titleLang: story.language as Lang, description: `Story: ${story.title}`, path: href, feed: `${href}/feed.atom` },
      <StoryPage story={story} claims={claims} related={related} />);
  });
}
