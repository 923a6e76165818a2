import { dirOf, type Lang } from '../../model/index.js';

/** Quotation marks a content may hold (a partly quoted clause). */
const QUOTE_MARK = /["“”«»„]/u;

/** A statement as the CLI shows it. */
export interface StatementView {
  speaker: { text: string };
  stance: string;
  content: string;
  direct?: boolean;
  time?: { value: string };
}

/**
 * `speaker → stance → content`. Left-to-right text on one line; right-to-left text gets
 * a line per part so that a terminal's bidi does not reorder it with the English label.
 */
export function statementLines(s: StatementView, lang: Lang, indent = '  '): string[] {
  const when = s.time ? ` (${s.time.value})` : '';
  // A quotation given whole gets its marks back; one that opens inside a reported clause keeps its own marks only.
  const content = s.direct && !QUOTE_MARK.test(s.content) ? `“${s.content}”` : s.content;
  if (dirOf(lang) === 'ltr') return [`${indent}${s.speaker.text} → ${s.stance}${when} → ${content}`];
  return [`${indent}${s.speaker.text}`, `${indent}→ ${s.stance}${when}`, `${indent}→ ${content}`];
}
