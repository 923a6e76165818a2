import { describe, expect, it } from 'vitest';
import { isCall, sameActOf } from './act.js';
import { detailRefusal, type DetailItem } from './event-details.js';
import { framesOf } from './group.js';
import { sourceFromAnalysis } from './source.js';
import { speakerDetailOf } from './speaker-detail.js';
import { analysisOf } from './test-helpers.js';

// A content that opens with a need or a duty calls for an act, whatever stance it was read with (act.ts `isCall`):
// it is another point than the speaker's account beside it. Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';

describe('isCall: a need or duty at the opening of a content makes a call', () => {
  it.each([
    { stance: 'assert', content: 'المجتمع الدولي أصبح بحاجة إلى مواجهة ظاهرة التعصب', lang: 'ar', expected: true },
    { stance: 'assert', content: 'الحاجة إلى معالجة أوضاع اللاجئين في المخيمات', lang: 'ar', expected: true },
    { stance: 'assert', content: 'لا يجب أن تبقى المعابر مغلقة', lang: 'ar', expected: true },
    { stance: 'assert', content: 'the region now needs to rebuild its bridges before winter', lang: 'en', expected: true },
    { stance: 'demand', content: 'the ministry to reopen the crossings', lang: 'en', expected: true },
    { stance: 'assert', content: 'لسنا بحاجة إلى إرسال قوات إلى هناك', lang: 'ar', expected: false },
    { stance: 'assert', content: 'الأمطار أغرقت الطرق في ثلاث مدن ما يجعل السكان بحاجة إلى المساعدة', lang: 'ar', expected: false },
    { stance: 'assert', content: 'the floods cut the roads to three towns on Monday', lang: 'en', expected: false },
  ] as const)('$content ($stance) → $expected', ({ stance, content, lang, expected }) => {
    expect(isCall({ stance, content, lang })).toBe(expected);
  });

  it('reads an account and a need of the same words as two kinds of act', () => {
    const account = { stance: 'assert', content: 'the floods cut the roads to three towns', lang: 'en' } as const;
    expect(sameActOf(account, { ...account, content: 'the towns need the roads to be reopened' })).toBe(false);
    expect(sameActOf(account, { ...account, content: 'the floods also cut the railway' })).toBe(true);
  });
});

describe('detailRefusal: a need is no detail of the account it shares words with', () => {
  const item = (content: string, words: string): DetailItem => {
    const stems = words.split(' ').map((w) => [w]);
    return { member: { articleId: 'a', content, lang: 'en', stance: 'assert' }, entities: [], stems, stemKeys: new Set(stems.flat()) };
  };
  it('refuses an assertion opening with a need beside an account', () => {
    const toll = item('eight farmers were hurt when the dam burst in the valley', 'farmer hurt dam burst valley');
    expect(detailRefusal(toll, item('the farmers hurt when the dam burst in the valley were taken to hospital', 'farmer hurt dam burst valley hospital'))).toBeUndefined();
    expect(detailRefusal(toll, item('the valley needs the farmers hurt when the dam burst to be cared for', 'farmer hurt dam burst valley care'))).toBe('act');
  });
});

describe('speakerDetailOf: the speaker\'s need, read as an assertion, is another point', () => {
  const GOVERNOR = 'محافظ مصرف قطر المركزي';
  const POINT = `قال ${GOVERNOR} إن قطر ستطلق برنامجا إسلاميا جديدا للتأمين على الودائع المصرفية خلال العام المقبل.`;
  function placed(detail: string) {
    const src = sourceFromAnalysis(analysisOf(['قطر تطلق برنامجا للتأمين على الودائع', POINT, detail].join('\n\n'), DAY));
    return { src, result: speakerDetailOf(src, framesOf(src), new Map([[src.statements[0].id, 'c1']]), 1) };
  }

  it('joins an account of the program, and not the need for banks to join it', () => {
    expect(placed(`وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع المصرفية سيغطي حسابات الأفراد.`).result).toMatchObject({ ok: true, claimId: 'c1' });
    const need = placed(`وأضاف ${GOVERNOR} أن البنوك أصبحت بحاجة ماسة إلى الانضمام إلى البرنامج الإسلامي للتأمين على الودائع المصرفية.`);
    expect(need.src.statements[1].stance).not.toBe('demand');
    expect(need.result).toEqual({ ok: false, reason: 'no-speaker-claim' });
  });
});
