/** @jsxImportSource hono/jsx */
import { dirOfCode } from '../text/direction.js';
import type { ArticleLinks, LinkKind, LinkView } from '../../store/republish.js';
import type { StoryView } from '../../store/stories.js';
import { articleHref, storyHref } from '../site.js';

// Around an article: where it was copied or translated from, who copied it, the story it is part of.

const FROM: Record<LinkKind, string> = { copy: 'copied from', 'near-copy': 'adapted from', translation: 'translated from' };
const TO: Record<LinkKind, string> = { copy: 'copied by', 'near-copy': 'adapted by', translation: 'translated by' };
const DAY_MS = 86_400_000;

const timeOf = (a: { publishedAt?: string; ingestedAt?: string }) => {
  const t = Date.parse(a.publishedAt ?? a.ingestedAt ?? '');
  return Number.isNaN(t) ? undefined : t;
};

/** "published a day earlier", "3 days later", "the same day"; nothing when either date is unknown. */
export function relativeDay(mine: number | undefined, theirs: number | undefined): string | undefined {
  if (mine === undefined || theirs === undefined) return undefined;
  const d = Math.round((theirs - mine) / DAY_MS);
  if (d === 0) return 'published the same day';
  const n = Math.abs(d);
  return `published ${n === 1 ? 'a day' : `${n} days`} ${d < 0 ? 'earlier' : 'later'}`;
}

function LinkLine({ l, verb, mine }: { l: LinkView; verb: string; mine?: number }) {
  const o = l.other;
  const when = relativeDay(mine, timeOf(o));
  return (
    <li data-link={l.kind}>
      {verb} <a href={articleHref(o.id)} title={o.title}><bdi lang={o.language}>{o.outlet ?? o.site ?? o.title}</bdi></a>
      {when && <>, {when}</>}
      {(o.outlet ?? o.site) && <> — <span class="meta" lang={o.language} dir={dirOfCode(o.language)}>{o.title}</span></>}
    </li>
  );
}

export function Republication({ links, published, ingestedAt }: { links: ArticleLinks; published?: string; ingestedAt: string }) {
  if (!links.from.length && !links.to.length) return null;
  const mine = timeOf({ publishedAt: published, ingestedAt });
  return (
    <section class="republication" aria-label="Republication">
      <ul>
        {links.from.map((l) => <LinkLine l={l} verb={FROM[l.kind]} mine={mine} />)}
        {links.to.map((l) => <LinkLine l={l} verb={TO[l.kind]} mine={mine} />)}
      </ul>
    </section>
  );
}

/** Maximum other articles of the story listed on an article page. */
export const STORY_MORE = 8;

export function StoryBox({ story, articleId }: { story: StoryView; articleId: string }) {
  const others = story.members.filter((m) => m.articleId !== articleId);
  return (
    <section class="story-box">
      <h2>More on this story</h2>
      <p>
        Part of <a href={storyHref(story.id)} lang={story.language} dir={dirOfCode(story.language)}>{story.title}</a>{' '}
        <span class="meta">({story.members.length} article{story.members.length === 1 ? '' : 's'})</span>
      </p>
      {others.length > 0 && (
        <ul class="articles">
          {others.slice(0, STORY_MORE).map((m) => (
            <li class={dirOfCode(m.language)}>
              <a class="title" href={articleHref(m.articleId)} lang={m.language} dir={dirOfCode(m.language)}>{m.title}</a>
              <div class="meta">{m.outlet && <><bdi lang={m.language}>{m.outlet}</bdi> · </>}{m.publishedAt?.slice(0, 10)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
