/** @jsxImportSource hono/jsx */
import { dirOfCode } from '../text/direction.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import type { StorySummary } from '../../store/web-stories.js';
import { ClaimLine } from './claim.js';
import { StoryLine } from './story.js';

/** Beside the latest articles: the latest stories and the most active claims. */
export function HomeAside({ stories, claims }: { stories: StorySummary[]; claims: ClaimSummary[] }) {
  if (!stories.length && !claims.length) return null;
  return (
    <aside class="home-aside">
      {claims.length > 0 && (
        <section>
          <h2>Most active claims</h2>
          <ul class="articles">{claims.map((c) => <li class={dirOfCode(c.lang)}><ClaimLine c={c} /></li>)}</ul>
          <p><a href="/claims">All claims →</a></p>
        </section>
      )}
      {stories.length > 0 && (
        <section>
          <h2>Latest stories</h2>
          <ul class="articles">{stories.map((s) => <li class={dirOfCode(s.language)}><StoryLine s={s} /></li>)}</ul>
          <p><a href="/stories">All stories →</a></p>
        </section>
      )}
    </aside>
  );
}
