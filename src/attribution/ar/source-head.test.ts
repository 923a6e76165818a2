import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// وفق + an elative in construct with a norm (ar/source-head.ts): our own sentences, none from a gold or corpus article.
const ar = (text: string) => statementsOf('ar', 'عنوان الخبر', text);

describe('Arabic وفق/حسب + an elative and a norm names no source', () => {
  it.each([
    ['the latest styles', 'وأقيمت المباني الجديدة وفق أحدث الطرز العالمية في البناء.'],
    ['the highest specifications', 'وصممت المحطة حسب أعلى المواصفات الدولية المعتمدة.'],
    ['the best practices', 'وتدار الشركة وفق أفضل الممارسات في القطاع المصرفي.'],
  ])('%s: no statement', (_name, text) => {
    expect(ar(text)).toEqual([]);
  });

  it('an elative before a source still heads one (the latest figures)', () => {
    expect(ar('وارتفعت الأسعار بنسبة عشرة في المئة وفق أحدث الإحصاءات الرسمية.').length).toBe(1);
  });
});
