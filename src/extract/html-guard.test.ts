import { describe, expect, it, vi } from 'vitest';

// The HTML stage replaced by one that throws, to check that the guard turns any failure into a reject.
const failure = vi.hoisted(() => ({ error: new Error('x') as unknown }));
vi.mock('./html/index.js', () => ({
  extractHtml: () => {
    throw failure.error;
  },
}));
const { extract } = await import('./index.js');

const page = { bytes: new Uint8Array(Buffer.from('<html><body><p>text</p></body></html>')), source: 'page.html', contentType: 'text/html' };

describe('extract: the guard around the HTML stage', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['turns a stack overflow into too-deep', new RangeError('Maximum call stack size exceeded'), 'too-deep', /^page\.html: the HTML is nested too deeply to read \(RangeError: Maximum call stack size exceeded\)/],
    ['turns any other error into unreadable', new TypeError('cannot read properties of undefined'), 'unreadable', /^page\.html: the HTML could not be read \(TypeError: cannot read properties of undefined\)$/],
    ['turns a thrown non-error into unreadable', 'boom', 'unreadable', /^page\.html: the HTML could not be read \(boom\)$/],
  ];
  it.each(cases)('%s', (_n, error, reason, message) => {
    failure.error = error;
    const r = extract(page);
    expect(r).toMatchObject({ ok: false, reason });
    expect(!r.ok && r.message).toMatch(message);
  });
});
