import { Parser } from 'htmlparser2';

/** Elements that end a paragraph of a feed's HTML summary or content. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'tr', 'figcaption']);
/** Elements whose text is no reading matter. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/** The paragraphs of a feed's HTML (a summary or a content:encoded), as plain text, entities decoded. */
export function feedHtmlText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const parser = new Parser({
    onopentag(name) {
      if (SKIPPED.has(name)) skipping++;
      else if (BLOCKS.has(name)) flush();
    },
    onclosetag(name) {
      if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
      else if (BLOCKS.has(name)) flush();
    },
    ontext(text) {
      if (!skipping) current += text;
    },
  });
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}
