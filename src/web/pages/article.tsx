/** @jsxImportSource hono/jsx */
import { dirOf, type Lang } from '../../model/index.js';
import type { OutletRegistry } from '../../outlets/index.js';
import type { StoredArticle, StoredEntity } from '../../store/index.js';
import type { ArticleLinks } from '../../store/republish.js';
import type { StoryView } from '../../store/stories.js';
import type { ClaimSummary } from '../../store/web-claims.js';
import { ClaimLine } from './claim.js';
import { entityHref } from '../site.js';
import { languageName } from './article-list.js';
import { Republication, StoryBox } from './article-links.js';
import { ArticleText } from './article-text.js';
import { StatementItem } from './statement.js';

/** Only http(s) URLs become links: an article's URL is untrusted input. */
export function safeHref(url?: string): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** The outlet/site line: who wrote it, who republished it, when, in which language, from where. */
function SourceLine({ stored }: { stored: StoredArticle }) {
  const a = stored.article;
  const href = safeHref(a.canonicalUrl ?? a.url);
  const by = a.outlet || (a.site && a.site !== a.outlet)
    ? <>{a.outlet && <bdi lang={a.language}>{a.outlet}</bdi>}{a.site && a.site !== a.outlet && <>{a.outlet ? ' · ' : ''}via <bdi lang={a.language}>{a.site}</bdi></>}</>
    : undefined;
  const parts = [
    by,
    a.publishedAt && <time datetime={a.publishedAt}>{a.publishedAt.slice(0, 10)}</time>,
    languageName(a.language),
    a.byline && <bdi lang={a.language}>{a.byline}</bdi>,
    href && <a href={href} rel="noopener noreferrer nofollow">source</a>,
  ].filter(Boolean);
  // Only the parts known, one dot between each.
  return <p class="meta byline">{parts.map((p, i) => <>{i > 0 && ' · '}{p}</>)}</p>;
}

/** The entity's name in the article's language when known (lang and dir set), else its display name (dir auto). */
function EntityName({ e, lang }: { e: StoredEntity; lang: Lang }) {
  const own = lang === 'ar' || lang === 'en' ? e.names[lang] : undefined;
  return own ? <a href={entityHref(e.id)} lang={lang} dir={dirOf(lang)}>{own}</a> : <a href={entityHref(e.id)} dir="auto">{e.name}</a>;
}

export function ArticlePage({ stored, links, story, claims = [], registry }: { stored: StoredArticle; links?: ArticleLinks; story?: StoryView; claims?: ClaimSummary[]; registry?: OutletRegistry }) {
  const a = stored.article;
  const lang = a.language;
  const dir = dirOf(lang);
  return (
    <article>
      <ArticleText article={a} statements={stored.statements} entities={stored.entities} />
      <SourceLine stored={stored} />
      {links && <Republication links={links} published={a.publishedAt} ingestedAt={stored.ingestedAt} />}
      {stored.statements.length > 0 && (
        <p class="meta legend">
          Marked passages are attributed statements; the label after each says its stance (asserts, denies, accuses, doubts, warns, demands).
        </p>
      )}
      {a.removed.length > 0 && (
        <details>
          <summary>Removed lines ({a.removed.length}): share buttons, subscriptions and other boilerplate</summary>
          <ul>
            {a.removed.map((r) => (
              <li>
                <span class="reason" lang="en" dir="ltr">{r.reason}</span>{' '}
                <span lang={lang} dir={dir}>{r.text}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <h2>Statements</h2>
      {stored.statements.length === 0 ? (
        <p class="meta">No attributed statements found.</p>
      ) : (
        <ol class="statements">{stored.statements.map((s) => <StatementItem s={s} lang={lang} inText chain={registry && { origin: a, registry }} />)}</ol>
      )}
      {stored.entities.length > 0 && (
        <>
          <h2>People, organisations and places</h2>
          <ul class="entities">
            {stored.entities.map((e) => (
              <li>
                <EntityName e={e} lang={lang} /> <span class="meta">({e.type}, {e.mentions.length}×)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {claims.length > 0 && (
        <section class="claims-box">
          <h2>Claims in this article</h2>
          <ul class="articles">{claims.map((c) => <li class={dirOf(c.lang)}><ClaimLine c={c} /></li>)}</ul>
        </section>
      )}
      {story && <StoryBox story={story} articleId={a.id} />}
      <p class="meta">
        Source: <bdi>{stored.article.source}</bdi> · analysed by {stored.extractor} · stored {stored.ingestedAt.slice(0, 10)}
      </p>
      {/* What extraction noted (a date taken from the file name, a repaired encoding): the reader weighs the article by it. */}
      {a.warnings.length > 0 && <ul class="meta notes">{a.warnings.map((w) => <li>Note: <bdi>{w}</bdi></li>)}</ul>}
    </article>
  );
}
