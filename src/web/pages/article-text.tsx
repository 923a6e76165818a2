/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import { layout } from '../../analyze/index.js';
import { dirOf, type Article } from '../../model/index.js';
import type { StoredEntity, StoredStatement } from '../../store/index.js';
import { entityHref } from '../site.js';
import { escapeHtml } from '../text/escape.js';
import { nestMarks, type Mark, type Piece } from '../text/spans.js';
import { STANCE_LABELS } from './statement.js';

/** Where each statement's content and each entity mention is in the analysis text (title, dek, paragraphs). */
export function marksOf(text: string, statements: StoredStatement[], entities: StoredEntity[]): Mark[] {
  const marks: Mark[] = [];
  statements.forEach((s, ref) => {
    const span = locate(text, s.content, s.contentStart, s.contentEnd);
    if (span) marks.push({ ...span, kind: 'statement', ref });
  });
  entities.forEach((e, ref) => {
    for (const m of e.mentions) if (text.slice(m.start, m.end) === m.text) marks.push({ start: m.start, end: m.end, kind: 'entity', ref });
  });
  return marks;
}

/** The stored offsets when they still hold the content; else its first occurrence; else nothing. */
function locate(text: string, content: string, start: number, end: number): { start: number; end: number } | undefined {
  if (content && text.slice(start, end) === content) return { start, end };
  const at = content ? text.indexOf(content) : -1;
  return at >= 0 ? { start: at, end: at + content.length } : undefined;
}

interface Ctx {
  statements: StoredStatement[];
  entities: StoredEntity[];
}

/**
 * The HTML of marked text: escaped text, entity links, statement marks and their stance tags. Built as a
 * string (every piece of text and every attribute value escaped) rather than as thousands of JSX nodes:
 * rendering an article page was mostly this. The block holding it carries the text's lang and dir.
 */
function piecesHtml(pieces: Piece[], ctx: Ctx, out: string[]): void {
  for (const p of pieces) {
    if (typeof p === 'string') {
      out.push(escapeHtml(p));
    } else if (p.mark.kind === 'entity') {
      const e = ctx.entities[p.mark.ref];
      out.push(`<a class="entity" href="${escapeHtml(entityHref(e.id))}" title="${escapeHtml(`${e.name} (${e.type})`)}">`);
      piecesHtml(p.children, ctx, out);
      out.push('</a>');
    } else {
      const s = ctx.statements[p.mark.ref];
      const label = escapeHtml(STANCE_LABELS[s.stance] ?? s.stance);
      const stance = escapeHtml(s.stance);
      const n = s.ordinal;
      out.push(`<mark class="st stance-${stance}" data-stance="${stance}" data-statement="${n}" id="s-${n}" title="${escapeHtml(s.speaker.text)} — ${label}">`);
      piecesHtml(p.children, ctx, out);
      out.push(`</mark><sup class="tag stance-${stance}" lang="en" dir="ltr"><a href="#statement-${n}" aria-label="Statement ${n + 1}: ${escapeHtml(s.speaker.text)} ${label}">${label}</a></sup>`);
    }
  }
}

/** The title, dek and paragraphs, each statement's content marked in place and each mention linked. */
export function ArticleText({ article, statements, entities }: { article: Article } & Ctx) {
  const lang = article.language;
  const dir = dirOf(lang);
  const { text, blocks } = layout(article);
  const marks = marksOf(text, statements, entities);
  const ctx = { statements, entities };
  const piecesOf = (i: number) => nestMarks(text.slice(blocks[i].start, blocks[i].end), blocks[i].start, marks);
  return (
    <>
      {blocks.map((b, i) => {
        const out: string[] = [];
        piecesHtml(piecesOf(i), ctx, out);
        const body = raw(out.join(''));
        if (b.kind === 'title') return <h1 lang={lang} dir={dir}>{body}</h1>;
        if (b.kind === 'dek') return <p class="dek" lang={lang} dir={dir}>{body}</p>;
        return <p class="para" lang={lang} dir={dir}>{body}</p>;
      })}
    </>
  );
}
