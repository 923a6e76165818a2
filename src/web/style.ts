/** The whole stylesheet: system fonts, readable measure, no third-party anything. */
export const CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --muted: #5f6368; --bg: #fdfdfc; --line: #ddd; --accent: #0b57d0; --mark: #fff2a8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e6; --muted: #a0a4a8; --bg: #16181a; --line: #333; --accent: #8ab4f8; --mark: #5c4d00; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif; }
header.site, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.site { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding-top: 1rem; padding-bottom: .5rem; border-bottom: 1px solid var(--line); }
header.site a.home { font-weight: 700; font-size: 1.2rem; color: var(--fg); text-decoration: none; }
form.search { display: flex; gap: .5rem; flex: 1; min-width: 14rem; }
form.search input { flex: 1; font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: transparent; color: inherit; }
form.search button { font: inherit; padding: .3rem .8rem; }
a { color: var(--accent); }
h1 { font-size: 1.7rem; line-height: 1.3; margin: 1.2rem 0 .4rem; }
.dek { font-size: 1.15rem; color: var(--muted); margin-top: 0; }
.meta { color: var(--muted); font-size: .9rem; }
ul.articles, ol.results { list-style: none; padding: 0; }
ul.articles li, ol.results li { padding: .7rem 0; border-bottom: 1px solid var(--line); }
.title { font-weight: 600; font-size: 1.05rem; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
ol.statements { padding-inline-start: 1.4rem; }
ol.statements li { margin: .6rem 0; }
.speaker { font-weight: 600; }
.stance { display: inline-block; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35rem; }
.stance-deny, .stance-doubt { color: #a50e0e; } .stance-accuse, .stance-warn { color: #9a5b00; }
.stance-assert, .stance-demand { color: #0b6b2f; }
@media (prefers-color-scheme: dark) { .stance-deny, .stance-doubt { color: #f28b82; } .stance-accuse, .stance-warn { color: #fdd663; } .stance-assert, .stance-demand { color: #81c995; } }
details { margin: 1.5rem 0; color: var(--muted); } details li { margin: .3rem 0; }
.reason { font-size: .8rem; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; }
nav.pages { margin: 1rem 0; }
footer { color: var(--muted); font-size: .85rem; padding-top: 2rem; padding-bottom: 2rem; }
`;
