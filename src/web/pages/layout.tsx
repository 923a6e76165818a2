/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { dirOf, type Lang } from '../../model/index.js';
import { ShareBox } from './share.js';

export interface PageMeta {
  title: string;
  /** Language of the title when it is article text. */
  titleLang?: Lang;
  /** One or two sentences for link previews. */
  description?: string;
  /** Absolute canonical URL of the page. */
  url: string;
  type?: 'website' | 'article';
  /** The search box's current text. */
  query?: string;
  /** The Atom feed of this page (`…/feed.atom…`); its RSS twin (`…/feed.rss…`) is linked beside it. */
  feed?: string;
  /** Whether the page links to /add (false when writing is not served). */
  canAdd?: boolean;
  /** No share box (error pages). */
  noShare?: boolean;
}

const SITE = 'isnad';
/** Characters of a description kept for previews. */
const DESCRIPTION_CHARS = 200;

/** The page shell: UI in English (ltr); article text carries its own lang and dir. */
export function Layout(props: PageMeta & { children?: Child }) {
  const lang = props.titleLang ?? 'en';
  const description = clip(props.description ?? 'isnad: who said what in the news, in Arabic and English.');
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en" dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title lang={lang} dir={dirOf(lang)}>{`${props.title} · ${SITE}`}</title>
          <meta name="description" content={description} />
          <link rel="canonical" href={props.url} />
          <meta property="og:site_name" content={SITE} />
          <meta property="og:type" content={props.type ?? 'website'} />
          <meta property="og:title" content={props.title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={props.url} />
          {props.titleLang && <meta property="og:locale" content={props.titleLang} />}
          <meta name="twitter:card" content="summary" />
          <meta name="twitter:title" content={props.title} />
          <meta name="twitter:description" content={description} />
          {props.feed && <link rel="alternate" type="application/atom+xml" title={`${props.title} (Atom)`} href={props.feed} />}
          {props.feed && <link rel="alternate" type="application/rss+xml" title={`${props.title} (RSS)`} href={rssOf(props.feed)} />}
          <link rel="icon" href="/static/icon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/static/style.css" />
          <script src="/static/app.js" defer></script>
        </head>
        <body>
          <a class="skip" href="#main">Skip to content</a>
          <header class="site">
            <a class="home" href="/">isnad</a>
            <form class="search" action="/search" method="get" role="search">
              <input type="search" name="q" value={props.query ?? ''} dir="auto" placeholder="Search articles — ابحث" aria-label="Search articles" />
              <button type="submit">Search</button>
            </form>
            {props.canAdd && <a href="/add">Add</a>}
          </header>
          <main id="main">
            {props.children}
            {!props.noShare && <ShareBox url={props.url} title={props.title} />}
          </main>
          <footer>
            isnad — who said what in the news. <a href="/api/v1/openapi.json">API</a>
          </footer>
        </body>
      </html>
    </>
  );
}

/** The RSS 2.0 twin of an Atom feed path: every feed is served in both formats (src/web/routes/feeds.ts). */
export const rssOf = (atom: string) => atom.replace('/feed.atom', '/feed.rss');

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > DESCRIPTION_CHARS ? `${t.slice(0, DESCRIPTION_CHARS - 1)}…` : t;
}
