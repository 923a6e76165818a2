import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';

describe('escapeHtml', () => {
  it.each([
    ['leaves Arabic and plain text as it is', 'نفى المتحدث باسم الكرملين', 'نفى المتحدث باسم الكرملين'],
    ['escapes markup', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['escapes both quotes, so an attribute value cannot end early', `a" onmouseover='x'`, 'a&quot; onmouseover=&#39;x&#39;'],
    ['escapes an ampersand once', 'AT&T &amp;', 'AT&amp;T &amp;amp;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
