import { describe, expect, it } from 'vitest';
import { groupClaims } from './index.js';
import { titledSource } from './test-helpers.js';
import { namesToll, shiftsTopic } from './within-toll.js';

// The toll of an event as its detail (within-toll.ts, R6): a source's statement of who was killed, wounded or arrested
// right after its own account of the event joins that account. Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';

describe('namesToll', () => {
  it.each([
    ['Arabic: a verb of killing', 'قتل ثمانية خلال تلك الاشتباكات', 'ar', true],
    ['Arabic: a noun with a proclitic', 'وسقوط جرحى من الجانبين', 'ar', true],
    ['Arabic: arrests', 'اعتقال عشرين من المحتجين', 'ar', true],
    ['English: wounded', 'two officers were wounded in the riot', 'en', true],
    ['Arabic: families are no captives', 'النازحون يعيشون لدى الأسر المضيفة', 'ar', false],
    ['Arabic: a plural with the article counts no one', 'قدم التعازي إلى أسر الضحايا', 'ar', false],
    ['English: a toll word with no count', 'the hospital is full of the wounded', 'en', false],
    ['English: no toll', 'the talks will resume next week', 'en', false],
  ])('%s', (_name, content, lang, expected) => {
    expect(namesToll(content, lang as 'ar' | 'en')).toBe(expected);
  });
});

describe('shiftsTopic', () => {
  it.each([
    ['Arabic, with a proclitic', 'وإلى ذلك، قتل مدني', 'ar', true],
    ['English', 'Meanwhile, two people were killed', 'en', true],
    ['no shift', 'قتل ثمانية خلال تلك الاشتباكات', 'ar', false],
  ])('%s', (_name, text, lang, expected) => {
    expect(shiftsTopic(text, lang as 'ar' | 'en')).toBe(expected);
  });
});

describe('a toll in claims', () => {
  const ACCOUNT = 'اشتباكات عنيفة اندلعت في بلدة الوادي مساء أمس بين المسلحين وقوات الأمن';
  const TOLL = 'سقط ثمانية قتلى وأصيب اثنا عشر آخرون بجروح خلال تلك الاشتباكات في ساعات الليل';
  const claimWith = (body: { speaker: string; content: string }[]) => {
    const claims = groupClaims([titledSource('أخبار متفرقة من المنطقة', body)], { fallbackDate: DAY });
    return claims.find((c) => c.members.some((m) => m.content === ACCOUNT));
  };

  it('joins the toll the same source gives right after its account of the event', () => {
    const claim = claimWith([{ speaker: 'مصدر أمني', content: ACCOUNT }, { speaker: 'مصدر أمني', content: TOLL }]);
    expect(claim?.members.map((m) => m.content)).toContain(TOLL);
  });

  it('does not join the toll of another incident', () => {
    const claim = claimWith([{ speaker: 'مصدر أمني', content: ACCOUNT }, { speaker: 'مصدر أمني', content: 'سقط ثمانية قتلى وأصيب اثنا عشر آخرون بجروح في اشتباكات أخرى في ساعات الليل' }]);
    expect(claim).toBeUndefined();
  });

  it('does not join a toll after a topic shift', () => {
    const claim = claimWith([{ speaker: 'مصدر أمني', content: ACCOUNT }, { speaker: 'مصدر أمني', content: `إلى ذلك، ${TOLL}` }]);
    expect(claim).toBeUndefined();
  });

  it('does not join another source\'s toll', () => {
    const claim = claimWith([{ speaker: 'مصدر أمني', content: ACCOUNT }, { speaker: 'شاهد عيان', content: TOLL }]);
    expect(claim).toBeUndefined();
  });

  it('does not join a statement sharing no word of the event besides the toll', () => {
    const claim = claimWith([{ speaker: 'مصدر أمني', content: ACCOUNT }, { speaker: 'مصدر أمني', content: 'سقط ثمانية قتلى وأصيب اثنا عشر آخرون بجروح في كمين على الطريق في ساعات الليل' }]);
    expect(claim).toBeUndefined();
  });
});
