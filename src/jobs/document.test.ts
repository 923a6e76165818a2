import { describe, expect, it } from 'vitest';
import { documentJob, documentOf, urlJob } from './document.js';

const bytes = new TextEncoder().encode('عنوان\n\nقال الوزير إن الوضع خطير.');
const item = {
  ok: true as const, source: 'news/a.txt',
  doc: { bytes, source: 'news/a.txt', contentType: 'text/plain', url: 'https://example.org/a', fetchedAt: '2024-10-15T12:00:00.000Z' },
  hints: { outlet: 'Example', publishedAt: '2024-10-15T10:00:00.000Z' },
};

describe('article jobs', () => {
  it('carry a document\'s bytes and metadata there and back unchanged', () => {
    const job = documentJob(item);
    expect(job.data.kind).toBe('document');
    const back = documentOf(job.data as Extract<typeof job.data, { kind: 'document' }>);
    expect(back).toEqual(item);
    expect(JSON.parse(JSON.stringify(job.data))).toEqual(job.data);
  });

  it('are keyed by the bytes, whatever file they came from, and apart when replacing', () => {
    const a = documentJob(item).key;
    expect(documentJob({ ...item, source: 'other/b.txt', doc: { ...item.doc, source: 'other/b.txt' } }).key).toBe(a);
    expect(documentJob({ ...item, doc: { ...item.doc, bytes: new TextEncoder().encode('another text') } }).key).not.toBe(a);
    expect(documentJob(item, true).key).not.toBe(a);
  });

  it('key a URL by its canonical form, so tracking parameters do not make a second job', () => {
    expect(urlJob('https://example.org/a?utm_source=rss', false).key).toBe(urlJob('https://example.org/a', false).key);
    expect(urlJob('https://example.org/a', true).data).toEqual({ kind: 'url', url: 'https://example.org/a', allowPrivate: true });
  });
});
