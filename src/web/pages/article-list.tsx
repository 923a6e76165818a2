/** @jsxImportSource hono/jsx */
import { dirOf } from '../../model/index.js';
import type { ArticleSummary } from '../../store/index.js';

/** One line per article: title (in its language and direction), outlet, language, date. */
export function ArticleLine({ a }: { a: ArticleSummary }) {
  return (
    <>
      <a class="title" href={`/articles/${encodeURIComponent(a.id)}`} lang={a.language} dir={dirOf(a.language)}>{a.title}</a>
      <div class="meta">
        {(a.outlet ?? a.site) && <><span lang={a.language} dir="auto">{a.outlet ?? a.site}</span> · </>}
        {[languageName(a.language), a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
      </div>
    </>
  );
}

export function ArticleListPage({ items, next, lang }: { items: ArticleSummary[]; next?: string; lang?: string }) {
  return (
    <>
      <h1>Articles</h1>
      <p class="meta">
        Show: <a href="/">all</a> · <a href="/?lang=ar">Arabic</a> · <a href="/?lang=en">English</a>
      </p>
      {items.length === 0 ? (
        <p>No articles stored yet. Run <code>isnad ingest PATH</code> or <code>isnad serve --samples</code>.</p>
      ) : (
        <ul class="articles">
          {items.map((a) => (
            <li>
              <ArticleLine a={a} />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <nav class="pages">
          <a href={`/?cursor=${encodeURIComponent(next)}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`}>Older articles →</a>
        </nav>
      )}
    </>
  );
}

const LANGUAGE_NAMES: Record<string, string> = { ar: 'Arabic', en: 'English', fr: 'French', ru: 'Russian', fa: 'Persian', ur: 'Urdu', und: 'unknown language' };

export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? lang;
}
