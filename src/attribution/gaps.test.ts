import { describe, expect, it } from 'vitest';
import { words } from '../text/words.js';
import { buildDoc, gapBefore, gapHas } from './doc.js';
import { gapChars } from './gaps.js';
import { lexicon } from './lexicon/index.js';

const TEXT = 'قال «الوزير»، اليوم: إن (الوضع) جيد؛ وأضاف… “نعم” - لا. Why? He said; yes – no — "ok" „x“ ：end';

describe('gapHas', () => {
  const doc = buildDoc({ text: TEXT, blocks: [{ kind: 'paragraph', index: 0, start: 0, end: TEXT.length }], sentences: [], lang: 'ar', entities: [], times: [] }, lexicon('ar'), words(TEXT));
  const classes = [',\u060C', ':\uFF1A', '.!?\u061F', '()', '«»“”"„', '\u2014\u2013', ';\u061B', ',;:.!?()"“”«»', '.!?\u061F\u06D4\u2026'];

  it.each(classes)('agrees with a regex class [%s] over the gap before every word', (chars) => {
    const re = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]`);
    const mask = gapChars(chars);
    for (let i = -1; i <= doc.tokens.length; i++) expect(gapHas(doc, i, mask), `gap ${i}: ${JSON.stringify(gapBefore(doc, i))}`).toBe(re.test(gapBefore(doc, i)));
  });

  it('fails past the last gap as gapBefore does', () => {
    expect(() => gapHas(doc, doc.tokens.length + 1, gapChars(','))).toThrow(TypeError);
  });

  it('does not take a character it does not track', () => {
    expect(() => gapChars('/')).toThrow(/not tracked/);
  });
});
