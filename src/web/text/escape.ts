// Escaping for the few fragments built as strings rather than JSX (the marked article text): the same
// five characters hono/jsx escapes in text and attribute values, so the HTML is the same either way.

const SPECIAL = /[&<>'"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(SPECIAL, (c) => ENTITY[c]);
}
