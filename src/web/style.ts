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
ul.notes { list-style: none; padding: 0; }
ul.articles, ol.results { list-style: none; padding: 0; }
ul.articles li, ol.results li { padding: .7rem 0; border-bottom: 1px solid var(--line); }
.title { display: block; font-weight: 600; font-size: 1.05rem; text-decoration: none; } .title:hover, .title:focus { text-decoration: underline; text-underline-offset: .3em; }
li.rtl > .meta { text-align: right; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
ol.statements { padding-inline: 1.6rem; }
ol.statements li[dir=rtl] > .meta[dir=ltr] { text-align: right; }
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
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: var(--bg); padding: .2rem .5rem; }
mark.st { background: transparent; border-bottom: 2px solid currentColor; padding: 0; }
mark.st.stance-deny, mark.st.stance-doubt { background: rgba(165, 14, 14, .08); } mark.st.stance-accuse, mark.st.stance-warn { background: rgba(154, 91, 0, .09); }
mark.st.stance-assert, mark.st.stance-demand { background: rgba(11, 107, 47, .08); }
mark.st { color: inherit; } mark.st.stance-deny, mark.st.stance-doubt { border-color: #a50e0e; } mark.st.stance-accuse, mark.st.stance-warn { border-color: #9a5b00; } mark.st.stance-assert, mark.st.stance-demand { border-color: #0b6b2f; }
sup.tag { font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; margin-inline: .15em; }
sup.tag a { color: inherit; text-decoration: none; border: 1px solid currentColor; border-radius: 3px; padding: 0 .25em; }
a.entity { color: inherit; text-decoration: underline dotted; text-underline-offset: .2em; }
.para { margin: 0 0 1rem; }
.byline { margin-bottom: 1.5rem; }
.notice { border-inline-start: 4px solid var(--accent); padding: .4rem .8rem; background: rgba(11, 87, 208, .06); }
.notice.error { border-color: #a50e0e; background: rgba(165, 14, 14, .07); }
form.filters, form.search-form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0 1rem; font-size: .95rem; }
form.search-form label, form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
form.search-form label.wide { flex-basis: 100%; }
form.search-form input, form.search-form select, form.filters select, form.add input, form.add textarea { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 4px; padding: .25rem .4rem; }
form.search-form button, form.filters button, form.add button { font: inherit; padding: .3rem .9rem; }
form.add { display: flex; flex-direction: column; gap: .3rem; } form.add textarea { min-height: 14rem; } form.add button { align-self: start; margin-top: .6rem; }
dl.names { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dl.names dt { color: var(--muted); } dl.names dd { margin: 0; justify-self: start; }
aside.share { margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 1px solid var(--line); font-size: .9rem; }
aside.share label { color: var(--muted); display: block; }
.share-url { display: flex; gap: .5rem; } .share-url input { flex: 1; font: inherit; font-size: .85rem; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: transparent; color: var(--fg); }
.help ul { padding-inline-start: 1.2rem; }
main:has(> .home), body:has(main > .home) header.site, body:has(main > .home) footer { max-width: 72rem; }
@media (min-width: 60rem) { .home { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 2.5rem; } }
aside.home-aside h2 { font-size: 1.15rem; margin-top: 1.4rem; } aside.home-aside .title { font-size: .98rem; }
.positions { display: inline-flex; gap: .4rem; flex-wrap: wrap; }
.pos { display: inline-block; font-size: .8rem; font-weight: 600; border-radius: 3px; padding: 0 .4rem; border: 1px solid currentColor; }
.pos-for { color: #0b6b2f; } .pos-against { color: #a50e0e; } .pos-unsure { color: #5f6368; }
@media (prefers-color-scheme: dark) { .pos-for { color: #81c995; } .pos-against { color: #f28b82; } .pos-unsure { color: #a0a4a8; } }
ol.timeline, ol.nearby { list-style: none; padding: 0; border-inline-start: 2px solid var(--line); }
ol.timeline li, ol.nearby li { padding: .4rem 0 .8rem 1rem; position: relative; }
ol.timeline blockquote, ol.nearby blockquote { margin: .3rem 0; padding: .2rem .8rem; border-inline-start: 3px solid var(--line); font-size: 1.05rem; }
ol.timeline blockquote a, ol.nearby blockquote a { color: inherit; text-decoration: none; }
ol.timeline blockquote a:hover, ol.nearby blockquote a:hover { text-decoration: underline; }
ol.timeline blockquote[dir=rtl], ol.nearby blockquote[dir=rtl] { text-align: right; }
section.nearby { margin: 1.5rem 0; } section.nearby h2 { font-size: 1.1rem; }
ol.nearby { border-inline-start-style: dashed; } ol.nearby button { font: inherit; font-size: .85rem; padding: .1rem .6rem; }
section.republication ul, section.story-box ul.articles { padding-inline-start: 1.2rem; }
section.republication { font-size: .95rem; border-inline-start: 4px solid var(--line); padding-inline-start: .8rem; margin: 1rem 0; }
section.republication ul { list-style: none; padding: 0; margin: 0; }
mark.st:target { outline: 2px solid var(--accent); }
.sid { white-space: nowrap; } .sid code { font-size: .85em; user-select: all; }
section.subscribe { margin: 2rem 0 1rem; padding: .6rem 1rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
section.subscribe h2 { font-size: 1.1rem; margin: .3rem 0; }
form.subscribe { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; font-size: .95rem; }
form.subscribe p.meta { flex-basis: 100%; margin: 0; }
form.subscribe input[type=email], form.subscribe input[type=text], form.subscribe select { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 4px; padding: .25rem .4rem; min-width: 14rem; }
form.subscribe fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .8rem; flex-wrap: wrap; } form.subscribe legend { float: left; margin-inline-end: .6rem; color: var(--muted); }
form.subscribe button { font: inherit; padding: .3rem .9rem; }
section.correct { margin: 2rem 0 1rem; padding: .6rem 1rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
section.correct h2 { font-size: 1.1rem; margin: .3rem 0; }
form.correct { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; font-size: .95rem; margin: .8rem 0; }
form.correct input { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 4px; padding: .25rem .4rem; }
form.correct input[name=from], form.correct input[name=statement] { min-width: 20rem; } form.correct button { font: inherit; padding: .2rem .7rem; }
form.correct p.meta, form.correct ol { flex-basis: 100%; margin: 0; }
form.correct ol li { margin: .3rem 0; } form.correct ol li.chosen { outline: 2px solid var(--accent); }
`;
