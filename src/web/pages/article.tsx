/** @jsxImportSource hono/jsx */
import { dirOf, type Lang } from '../../model/index.js';
import type { StoredArticle, StoredStatement } from '../../store/index.js';
import { languageName } from './article-list.js';

/** A word for each stance, so that a stance is never told by colour alone. */
export const STANCE_LABELS: Record<string, string> = {
  assert: 'asserts', deny: 'denies', accuse: 'accuses', doubt: 'doubts', warn: 'warns', demand: 'demands',
};

/** Only http(s) URLs become links: an article's URL is untrusted input. */
export function safeHref(url?: string): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function StatementItem({ s, lang }: { s: StoredStatement; lang: Lang }) {
  const dir = dirOf(lang);
  const arrow = dir === 'rtl' ? ' ← ' : ' → ';
  return (
    <li lang={lang} dir={dir}>
      <span class="speaker" lang={lang} dir={dir}>{s.speaker.text}</span>
      {arrow}
      <span class={`stance stance-${s.stance}`} lang="en" dir="ltr">{STANCE_LABELS[s.stance] ?? s.stance}</span>
      {arrow}
      {s.direct && !/^["“«„]/.test(s.content) ? <q lang={lang} dir={dir}>{s.content}</q> : <span lang={lang} dir={dir}>{s.content}</span>}
      {s.time && <span class="meta" lang="en" dir="ltr"> ({s.time.value})</span>}
    </li>
  );
}

export function ArticlePage({ stored }: { stored: StoredArticle }) {
  const a = stored.article;
  const lang = a.language;
  const dir = dirOf(lang);
  const href = safeHref(a.canonicalUrl ?? a.url);
  return (
    <article>
      <h1 lang={lang} dir={dir}>{a.title}</h1>
      {a.dek && <p class="dek" lang={lang} dir={dir}>{a.dek}</p>}
      <p class="meta">
        {a.outlet && <span lang={lang} dir="auto">{a.outlet}</span>}
        {a.site && a.site !== a.outlet && <> · via <span lang={lang} dir="auto">{a.site}</span></>}
        {a.publishedAt && <> · <time datetime={a.publishedAt}>{a.publishedAt.slice(0, 10)}</time></>}
        {' · '}{languageName(lang)}
        {a.byline && <> · <span lang={lang} dir="auto">{a.byline}</span></>}
        {href && <> · <a href={href} rel="noopener noreferrer nofollow">source</a></>}
      </p>
      {a.paragraphs.map((p) => <p lang={lang} dir={dir}>{p}</p>)}
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
        <ol class="statements">{stored.statements.map((s) => <StatementItem s={s} lang={lang} />)}</ol>
      )}
      {stored.entities.length > 0 && (
        <>
          <h2>People, organisations and places</h2>
          <ul>
            {stored.entities.map((e) => (
              <li>
                <span lang={lang} dir={dir}>{e.name}</span> <span class="meta">({e.type}, {e.mentions.length}×)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="meta">Source: {stored.article.source} · analysed by {stored.extractor} · stored {stored.ingestedAt.slice(0, 10)}</p>
    </article>
  );
}
