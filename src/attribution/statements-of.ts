import { analyze } from '../analyze/index.js';
import type { Article } from '../model/index.js';

/** Statements of an article made of a title and paragraphs, in the shape the table-driven tests compare. */
export function statementsOf(language: 'ar' | 'en', title: string, ...paragraphs: string[]) {
  const article = { id: 't', source: 'test', title, language, paragraphs, text: paragraphs.join('\n\n'),
    removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [] } as Article;
  return analyze(article).statements.map((s) => ({
    speaker: s.speaker.text, stance: s.stance, content: s.content.text, direct: s.direct, rule: s.rule, targets: s.targets.map((t) => t.text),
  }));
}
