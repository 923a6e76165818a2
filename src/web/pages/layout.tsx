/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { dirOf, type Lang } from '../../model/index.js';
import { CSS } from '../style.js';

/** The page shell: UI in English (ltr); article text carries its own lang and dir. */
export function Layout(props: { title: string; titleLang?: Lang; query?: string; children?: Child }) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en" dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title lang={props.titleLang ?? 'en'} dir={dirOf(props.titleLang ?? 'en')}>{props.title} · isnad</title>
          <style>{raw(CSS)}</style>
        </head>
        <body>
          <header class="site">
            <a class="home" href="/">isnad</a>
            <form class="search" action="/search" method="get" role="search">
              <input type="search" name="q" value={props.query ?? ''} placeholder="Search articles — ابحث" aria-label="Search articles" />
              <button type="submit">Search</button>
            </form>
          </header>
          <main>{props.children}</main>
          <footer>isnad — who said what in the news.</footer>
        </body>
      </html>
    </>
  );
}
