import { join } from 'node:path';
import { sharedDir } from '../../bench/shared.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOUBLE_QUOTE_CLASS } from '../text/chars.js';
import { extract } from './index.js';

/** The canonical example (design/DESIGN.md): read from the shared seed, else from the fixture copy. */
const shared = join(sharedDir(), 'seed', 'rt-dprk-troops.ar.txt');
const copy = fileURLToPath(new URL('../../fixtures/extract/ar-seed-rt-dprk/input.txt', import.meta.url));
const bytes = readFileSync(existsSync(shared) ? shared : copy);
const goldFile = join(sharedDir(), 'gold', 'seed.jsonl');
const result = extract({ bytes, source: 'rt-dprk-troops.ar.txt', contentType: 'text/plain' });
const article = result.ok ? result.article : undefined;

describe('the seed article (RT, republished by a blog)', () => {
  it('is accepted', () => {
    expect(result).toMatchObject({ ok: true });
  });
  it('takes the outlet from the title tail', () => {
    expect(article?.outlet).toBe('RT World News');
  });
  it('keeps the title without the outlet', () => {
    expect(article?.title).toBe('كوريا الشمالية ترد على مزاعم نشر قوات في روسيا');
  });
  it('takes the second line as the dek', () => {
    expect(article?.dek).toBe('صرح دبلوماسي كبير للأمم المتحدة بأن الغرب يسعى إلى تقويض التعاون بين البلدين');
  });
  it('has seven body paragraphs, the first and last as in the file', () => {
    expect(article?.paragraphs).toHaveLength(7);
    expect(article?.paragraphs[0]).toMatch(/^رفضت كوريا الشمالية الاتهامات/);
    expect(article?.paragraphs[6]).toMatch(/^وفي الأسبوع الماضي، طلب الرئيس الروسي/);
  });
  it('removes the three footer lines of the republishing blog, with reasons', () => {
    expect(article?.removed).toEqual([
      { text: 'يمكنك مشاركة هذه القصة على وسائل التواصل الاجتماعي:', reason: 'share' },
      { text: 'اكتشاف المزيد من موقع تجاربنا', reason: 'discover-more' },
      { text: 'اشترك للحصول على أحدث التدوينات المرسلة إلى بريدك الإلكتروني.', reason: 'subscribe' },
    ]);
  });
  it('names the republishing site apart from the outlet', () => {
    expect(article?.site).toBe('موقع تجاربنا');
  });
  it('identifies the language as Arabic', () => {
    expect(article?.language).toBe('ar');
  });
  it('leaves no doubled quotation marks, and lists the repair', () => {
    expect(article?.text).not.toMatch(new RegExp(`[${DOUBLE_QUOTE_CLASS}]{2}`));
    expect(article?.paragraphs[2]).toContain('نبأ. “قصة كاذبة” وأضاف');
    expect(article?.repairs.filter((r) => r.kind === 'doubled-quotes').map((r) => r.where)).toEqual([2, 2]);
  });
  it('joins the paragraphs by blank lines into the text, and decodes as UTF-8', () => {
    expect(article?.text).toBe(article?.paragraphs.join('\n\n'));
    expect(article?.encoding).toEqual({ name: 'utf-8', from: 'default' });
    expect(article?.warnings).toEqual([]);
  });
  it('matches the gold expected_article', () => {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8').split('\n')[0]).expected_article;
    expect({ outlet: article?.outlet, title: article?.title, dek: article?.dek, removed: article?.removed.map((r) => r.text) })
      .toEqual({ outlet: gold.outlet, title: gold.title, dek: gold.dek, removed: gold.boilerplate_removed });
  });
});
