/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';

// JSON-LD in a page: a data block (not executed under the CSP), escaped so that no text inside
// can close the script element or start a comment: `<`, `>`, `&` and the JS line separators as \u escapes.

const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => ESCAPES[ch]!);
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{raw(jsonLdText(data))}</script>;
}
