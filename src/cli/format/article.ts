import type { Analysis, Article } from '../../model/index.js';
import { statementChain, type OutletRegistry } from '../../outlets/index.js';
import { chainLines } from './outlet.js';
import { statementLines } from './statement.js';

/** The article as plain text: title, metadata, dek, paragraphs; what was removed at the end. */
export function articleText(a: Article): string {
  const meta = [a.outlet, a.site && a.site !== a.outlet ? `via ${a.site}` : undefined, a.publishedAt, a.language, a.url].filter(Boolean);
  const out = [a.title, `(${meta.join(' · ')})`, ''];
  if (a.dek) out.push(a.dek, '');
  for (const p of a.paragraphs) out.push(p, '');
  if (a.removed.length) {
    out.push(`removed (${a.removed.length}):`);
    for (const r of a.removed) out.push(`  [${r.reason}]`, `  ${r.text}`);
  }
  for (const w of a.warnings) out.push(`warning: ${w}`);
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** The analysed article: each sentence on its line, its statements under it (with their chain, given the outlets registry). */
export function analysisText(an: Analysis, outlets?: OutletRegistry): string {
  const a = an.article;
  const chain = (st: Analysis['statements'][number]) => (outlets ? chainLines(statementChain(st, a, outlets), '      ') : []);
  const out = articleText({ ...a, paragraphs: [], dek: undefined, removed: [], warnings: [] }).trimEnd().split('\n');
  out.push('');
  an.blocks.forEach((block, b) => {
    if (block.kind === 'title') return;
    const sentences = an.sentences.map((s, i) => ({ ...s, i })).filter((s) => s.block === b);
    if (!sentences.length) {
      out.push(an.text.slice(block.start, block.end), '');
      return;
    }
    for (const s of sentences) {
      out.push(an.text.slice(s.start, s.end).trim());
      for (const st of an.statements.filter((x) => x.sentence === s.i)) {
        out.push(...statementLines({ ...st, content: st.content.text }, a.language, '    '), ...chain(st));
      }
    }
    out.push('');
  });
  const orphans = an.statements.filter((s) => !an.sentences[s.sentence]);
  for (const st of orphans) out.push(...statementLines({ ...st, content: st.content.text }, a.language), ...chain(st));
  out.push(`statements: ${an.statements.length}, entities: ${an.entities.length}`);
  return out.join('\n') + '\n';
}

/** The JSON contract of `analyze --format json` (DESIGN.md): article, entities, statements first. */
export function analysisJson(an: Analysis): object {
  const { article, entities, statements, ...rest } = an;
  return { article, entities, statements, ...rest };
}
