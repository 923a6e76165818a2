import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { withHints } from './process.js';

// What a source knows beside the bytes (src/source ArticleHints) fills only what extraction left empty.

describe('withHints', () => {
  it('the article takes the named day only when its text gives none, and says where it came from', () => {
    const doc = (body: string) => ({ bytes: new TextEncoder().encode(body), source: 'wnen-2020-01-11-summit.txt', contentType: 'text/plain' });
    const hints = { publishedAt: '2020-01-11', publishedFrom: 'the file name' };
    const undated = extract(doc('Summit ends\n\nThe ministers met in Cairo and agreed on a plan.'));
    const dated = extract(doc('Summit ends\n\nFriday, January 4, 2019\n\nThe ministers met in Cairo and agreed on a plan.'));
    if (!undated.ok || !dated.ok) throw new Error('extraction failed');
    expect(dated.article.publishedAt).toBe('2019-01-04');
    const a = withHints(undated.article, hints);
    expect(a.publishedAt).toBe('2020-01-11');
    expect(a.warnings.some((w) => w.includes('taken from the file name'))).toBe(true);
    const b = withHints(dated.article, hints);
    expect(b.publishedAt).toBe(dated.article.publishedAt);
    expect(b.warnings).toEqual(dated.article.warnings);
  });

  it('an outlet from the source fills only a missing one', () => {
    const r = extract({ bytes: new TextEncoder().encode('Summit ends\n\nThe ministers met in Cairo and agreed on a plan.'), source: 'a.txt', contentType: 'text/plain' });
    if (!r.ok) throw new Error(r.message);
    expect(withHints(r.article, { outlet: 'Wire' }).outlet).toBe('Wire');
    expect(withHints({ ...r.article, outlet: 'Own' }, { outlet: 'Wire' }).outlet).toBe('Own');
  });
});
