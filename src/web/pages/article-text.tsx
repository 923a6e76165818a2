/** @jsxImportSource hono/jsx */
import { layout } from '../../analyze/index.js';
import { dirOf, type Article } from '../../model/index.js';
import type { StoredEntity, StoredStatement } from '../../store/index.js';
import { entityHref } from '../site.js';
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

function Pieces({ pieces, ctx }: { pieces: Piece[]; ctx: Ctx }) {
  return (
    <>
      {pieces.map((p) => {
        if (typeof p === 'string') return p;
        const inner = <Pieces pieces={p.children} ctx={ctx} />;
        if (p.mark.kind === 'entity') {
          const e = ctx.entities[p.mark.ref];
          return <a class="entity" href={entityHref(e.id)} title={`${e.name} (${e.type})`}>{inner}</a>;
        }
        const s = ctx.statements[p.mark.ref];
        const label = STANCE_LABELS[s.stance] ?? s.stance;
        return (
          <>
            <mark class={`st stance-${s.stance}`} data-stance={s.stance} data-statement={s.ordinal} id={`s-${s.ordinal}`} title={`${s.speaker.text} — ${label}`}>
              {inner}
            </mark>
            <sup class={`tag stance-${s.stance}`} lang="en" dir="ltr"><a href={`#statement-${s.ordinal}`} aria-label={`Statement ${s.ordinal + 1}: ${s.speaker.text} ${label}`}>{label}</a></sup>
          </>
        );
      })}
    </>
  );
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
        const body = <Pieces pieces={piecesOf(i)} ctx={ctx} />;
        if (b.kind === 'title') return <h1 lang={lang} dir={dir}>{body}</h1>;
        if (b.kind === 'dek') return <p class="dek" lang={lang} dir={dir}>{body}</p>;
        return <p class="para" lang={lang} dir={dir}>{body}</p>;
      })}
    </>
  );
}
