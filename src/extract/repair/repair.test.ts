import { describe, expect, it } from 'vitest';
import { repair } from './index.js';

const one = (p: string, next?: string) => repair({ title: 'T', paragraphs: next === undefined ? [p] : [p, next] });

describe('repair: translation damage in paragraphs', () => {
  const cases: [string, string, string, string[]][] = [
    ['collapses doubled curly quotes (the seed)', 'ووصف ذلك بأنه نبأ. “”قصة كاذبة”” وأضاف', 'ووصف ذلك بأنه نبأ. “قصة كاذبة” وأضاف', ['doubled-quotes', 'doubled-quotes']],
    ['collapses doubled guillemets', 'قال «« لا »» ثم غادر', 'قال « لا » ثم غادر', ['doubled-quotes', 'doubled-quotes']],
    ['closes a lone opener at the end of its paragraph', 'وقال الوزير: “نحن لا نقبل هذه الشروط', 'وقال الوزير: “نحن لا نقبل هذه الشروط”', ['unbalanced-quote']],
    ['removes a lone closer with no opener', 'وقال الوزير إن بلاده لا تقبل الشروط” وغادر القاعة', 'وقال الوزير إن بلاده لا تقبل الشروط وغادر القاعة', ['unbalanced-quote']],
    ['removes a lone opener with nothing after it', 'He said “', 'He said', ['unbalanced-quote']],
    ['removes bidi controls', 'قال \u200Fالوزير\u202B إن', 'قال الوزير إن', ['bidi-controls', 'bidi-controls']],
    ['folds presentation forms into letters', 'ﻻ يوجد', 'لا يوجد', ['presentation-forms']],
    ['removes a space before an Arabic comma', 'قال الوزير ، إن', 'قال الوزير، إن', ['space-before-punctuation']],
    ['removes a space before an Arabic question mark', 'هل انتهت الحرب ؟', 'هل انتهت الحرب؟', ['space-before-punctuation']],
    ['leaves balanced quotes alone', 'قال: “نعم” ثم «لا»', 'قال: “نعم” ثم «لا»', []],
    ['leaves swapped right-to-left quotes alone when balanced', 'قال ”نعم“ ثم غادر', 'قال ”نعم“ ثم غادر', []],
    ['keeps the zero-width non-joiner Persian needs', 'می\u200Cخواهد', 'می\u200Cخواهد', []],
    ['does not normalise letters (alef forms, ta marbuta, diacritics)', 'أعلنت الحكومةُ إلغاء القرار', 'أعلنت الحكومةُ إلغاء القرار', []],
    ['keeps an apostrophe-like single quote', "Kim Jong Un's visit", "Kim Jong Un's visit", []],
  ];
  it.each(cases)('%s', (_n, input, output, kinds) => {
    const got = one(input);
    expect(got.paragraphs[0]).toBe(output);
    expect(got.repairs.map((r) => r.kind)).toEqual(kinds);
  });

  it('records where and a window around each repair', () => {
    const got = one('وصف ذلك بأنه نبأ. “”قصة كاذبة””');
    expect(got.repairs[0]).toEqual({ kind: 'doubled-quotes', before: 'وصف ذلك بأنه نبأ. “”قصة كاذبة””', after: 'وصف ذلك بأنه نبأ. “قصة كاذبة””', where: 0 });
  });
  it('keeps a quote that runs on into the next paragraph', () => {
    const got = one('He said: “We will not accept this.', '“Nor will our partners,” he added.');
    expect(got.repairs).toEqual([]);
  });
  it('keeps a closer whose quote opened in the previous paragraph', () => {
    const got = one('قال الوزير: “لن نقبل هذه الشروط', 'ولن يقبلها شركاؤنا أيضا” ثم غادر.');
    expect(got.paragraphs).toEqual(['قال الوزير: “لن نقبل هذه الشروط', 'ولن يقبلها شركاؤنا أيضا” ثم غادر.']);
  });
  it('repairs the title and the dek too', () => {
    const got = repair({ title: 'عنوان ، مع فاصلة', dek: '\u200Fنص', paragraphs: [] });
    expect(got).toMatchObject({ title: 'عنوان، مع فاصلة', dek: 'نص' });
    expect(got.repairs.map((r) => r.where)).toEqual(['title', 'dek']);
  });
});
