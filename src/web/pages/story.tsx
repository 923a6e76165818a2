/** @jsxImportSource hono/jsx */
import { dirOfCode } from '../text/direction.js';
import type { StoryView } from '../../store/stories.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import type { StorySummary } from '../../store/web-stories.js';
import { articleHref, storyHref } from '../site.js';
import { languageName } from './article-list.js';
import { ClaimLine } from './claim.js';

const days = (s: { firstDay: string; lastDay: string }) => (s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay} to ${s.lastDay}`);

/** One line per story: title in its language, size and days. */
export function StoryLine({ s }: { s: StorySummary }) {
  return (
    <>
      <a class="title" href={storyHref(s.id)} lang={s.language} dir={dirOfCode(s.language)}>{s.title}</a>
      <div class="meta">{s.size} article{s.size === 1 ? '' : 's'} · {days(s)}</div>
    </>
  );
}

/**
 * A story: its articles in day order (one page of them: `first` is the 1-based number of the page's
 * first, `next` the cursor of the next page), the claims made in them, related stories.
 */
export function StoryPage({ story, claims, related, first = 1, next }: { story: StoryView; claims: ClaimSummary[]; related: StorySummary[]; first?: number; next?: string }) {
  const href = storyHref(story.id);
  const q = encodeURIComponent(story.title);
  return (
    <article class="story">
      <p class="meta">Story</p>
      <h1 lang={story.language} dir={dirOfCode(story.language)}>{story.title}</h1>
      <p class="meta">
        {story.size} article{story.size === 1 ? '' : 's'} · {days(story)}
        {' · '}<a href={`${href}/feed.atom`}>Atom</a> · <a href={`${href}/feed.rss`}>RSS</a>
      </p>
      <h2>Articles</h2>
      {(first > 1 || next) && <p class="meta" role="status">Articles {first}–{first + story.members.length - 1} of {story.size}</p>}
      <ol class="articles story-articles" start={first}>
        {story.members.map((m) => (
          <li class={dirOfCode(m.language)}>
            <a class="title" href={articleHref(m.articleId)} lang={m.language} dir={dirOfCode(m.language)}>{m.title}</a>
            <div class="meta">
              {m.outlet && <><bdi lang={m.language}>{m.outlet}</bdi> · </>}
              {[languageName(m.language), m.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
            </div>
          </li>
        ))}
      </ol>
      {(first > 1 || next) && (
        <nav class="pages" aria-label="Pages">
          {first > 1 && <a rel="prev" href={href}>← First articles</a>}
          {first > 1 && next && ' · '}
          {next && <a rel="next" href={`${href}?cursor=${next}`}>Later articles →</a>}
        </nav>
      )}
      <h2>More on this story</h2>
      {claims.length > 0
        ? <ul class="articles">{claims.map((c) => <li class={dirOfCode(c.lang)}><ClaimLine c={c} /></li>)}</ul>
        : <p class="meta">No claim found in its articles yet.</p>}
      <p><a href={`/search?q=${q}`}>Search for articles like it</a></p>
      <h2>Discover more</h2>
      {related.length > 0
        ? <ul class="articles">{related.map((s) => <li class={dirOfCode(s.language)}><StoryLine s={s} /></li>)}</ul>
        : <p class="meta">No related story yet (stories are related by the people, places and claims they share).</p>}
    </article>
  );
}

export function StoryListPage({ items, next }: { items: StorySummary[]; next?: string }) {
  return (
    <>
      <h1>Stories</h1>
      <p class="meta">Articles about one event, across outlets and languages. Most recent first.</p>
      {items.length === 0
        ? <p>No stories yet.</p>
        : <ul class="articles">{items.map((s) => <li class={dirOfCode(s.language)}><StoryLine s={s} /></li>)}</ul>}
      {next && <nav class="pages" aria-label="Pages"><a rel="next" href={`/stories?cursor=${next}`}>Older stories →</a></nav>}
    </>
  );
}
