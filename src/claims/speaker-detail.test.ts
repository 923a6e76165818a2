import { describe, expect, it } from 'vitest';
import { claimsDb, getClaim, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { framesOf } from './group.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { planSpeakerDetails, restatesPoint, speakerDetailOf } from './speaker-detail.js';
import { analysisOf } from './test-helpers.js';

// A speaker's detail of a point they made (speaker-detail.ts), on synthetic Arabic articles: statement 0 is taken to be
// in a claim (`claimOf`), and the others are asked where they go.

const DATE = '2024-05-01T00:00:00Z';
const GOVERNOR = 'محافظ مصرف قطر المركزي';
const POINT = `قال ${GOVERNOR} إن قطر ستطلق برنامجا إسلاميا جديدا للتأمين على الودائع المصرفية خلال العام المقبل.`;

const sourceOf = (...paragraphs: string[]) => sourceFromAnalysis(analysisOf(['قطر تطلق برنامجا للتأمين على الودائع', ...paragraphs].join('\n\n'), DATE));

/** Where each statement after the first goes when the first is in claim `c1`. */
function placed(...paragraphs: string[]) {
  const src = sourceOf(...paragraphs);
  const frames = framesOf(src);
  const claimOf = new Map([[src.statements[0].id, 'c1']]);
  return { src, results: src.statements.map((_, i) => speakerDetailOf(src, frames, claimOf, i)) };
}

describe('speakerDetailOf: a statement in no claim joining its speaker\'s point nearby', () => {
  it('joins the same speaker\'s next sentence sharing three predicate words (the program, insurance, deposits)', () => {
    const { results } = placed(POINT, `وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`);
    expect(results[0]).toEqual({ ok: false, reason: 'placed' });
    expect(results[1]).toMatchObject({ ok: true, claimId: 'c1' });
  });

  it('does not join the same speaker\'s other point: the same names with other words', () => {
    const { results } = placed(POINT, `وقال ${GOVERNOR} إن قطر وعُمان تطوران علاقاتهما الاقتصادية في كل المجالات.`);
    expect(results[1]).toEqual({ ok: false, reason: 'few-words' });
  });

  it('does not join another speaker\'s sentence with the same words (an echo or restatement is another rule\'s)', () => {
    const { results } = placed(POINT, 'وقال رئيس غرفة التجارة إن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.');
    expect(results[1]).toEqual({ ok: false, reason: 'no-speaker-claim' });
  });

  it('does not join a sentence told further on than SPEAKER_DETAIL_MAX_DISTANCE statements', () => {
    const { src, results } = placed(POINT,
      'وقال رئيس غرفة التجارة إن الصادرات ارتفعت في الربع الأول.',
      'وذكر وزير المالية أن الميزانية ستعلن الأسبوع المقبل.',
      'وأوضح مدير الميناء أن حركة الحاويات عادت إلى طبيعتها.',
      'وأكد وزير الطاقة أن إنتاج الغاز سيزيد في الصيف.',
      `وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`);
    expect(src.statements).toHaveLength(6);
    expect(results[5]).toEqual({ ok: false, reason: 'no-speaker-claim' });
  });

  it('does not join an evaluation by the speaker, however many words it shares', () => {
    const { results } = placed(POINT, `وأشاد ${GOVERNOR} بالبرنامج الإسلامي للتأمين على الودائع المصرفية الذي سيطلق العام المقبل.`);
    expect(results[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/^(closed|evaluates)$/) });
  });

  it('does not choose between two claims of the speaker that the detail matches equally', () => {
    const src = sourceOf(POINT, `وقال ${GOVERNOR} إن قطر ستطلق برنامجا إسلاميا آخر للتأمين على الودائع الاستثمارية.`,
      `وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد.`);
    const frames = framesOf(src);
    const claimOf = new Map([[src.statements[0].id, 'c1'], [src.statements[1].id, 'c2']]);
    expect(speakerDetailOf(src, frames, claimOf, 2)).toEqual({ ok: false, reason: 'two-claims' });
  });
});

describe('restatesPoint: enough predicate words shared for a detail', () => {
  it.each([
    { shared: 3, words: 12, expected: true, why: 'three words, however long the detail' },
    { shared: 2, words: 4, expected: true, why: 'two words, half of a detail of four' },
    { shared: 2, words: 3, expected: true, why: 'two words of a detail of three' },
    { shared: 2, words: 6, expected: false, why: 'two words, a third of the detail' },
    { shared: 2, words: 2, expected: false, why: 'a detail of two words: too short to tell' },
    { shared: 1, words: 3, expected: false, why: 'one word' },
  ])('$why → $expected', ({ shared, words, expected }) => {
    expect(restatesPoint(shared, words)).toBe(expected);
  });
});

describe('speakerDetailOf: a short detail in other words', () => {
  const MINISTER = 'وزير الزراعة';
  const LOANS = `قال ${MINISTER} إن الحكومة ستمنح المزارعين قروضا ميسرة لشراء البذور والأسمدة هذا الموسم.`;
  function after(detail: string) {
    const src = sourceFromAnalysis(analysisOf(['الحكومة تدعم المزارعين', LOANS, detail].join('\n\n'), DATE));
    const i = src.statements.findIndex((s) => s.content.text.includes('القروض'));
    return speakerDetailOf(src, framesOf(src), new Map([[src.statements[i - 1].id, 'c1']]), i);
  }

  it('joins a detail of four predicate words sharing two with the point (the soft loans)', () => {
    expect(after(`وأضاف ${MINISTER} أن القروض الميسرة ستصرف عبر المصارف.`)).toEqual({ ok: true, claimId: 'c1', shared: 2 });
  });

  it('does not join a longer one sharing the same two words (a third of its predicate)', () => {
    expect(after(`وأضاف ${MINISTER} أن القروض الميسرة ستصرف عبر فروع المصارف الريفية.`)).toEqual({ ok: false, reason: 'few-words' });
  });
});

describe('planSpeakerDetails and placement', () => {
  it('plans on the claims as they stand: a detail that joined is no anchor for the next one', () => {
    const src = sourceOf(POINT,
      `وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`,
      `وتابع ${GOVERNOR} أن حسابات الأفراد والشركات الصغيرة ستغطى بالكامل حتى مليون ريال.`);
    const frames = framesOf(src);
    const plan = planSpeakerDetails(src, frames, new Map([[src.statements[0].id, 'c1']]));
    expect(plan.map((p) => p.frame.statement.id)).toEqual([src.statements[1].id]);
  });

  it('in groupClaims, two outlets\' copies of a point take the same speaker\'s detail in the later outlet, told after another speaker', () => {
    const other = 'وقال رئيس غرفة التجارة إن الصادرات ارتفعت في الربع الأول.';
    const detail = `وقال ${GOVERNOR} إن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`;
    // The later outlet's: the earlier one's point waits in the echo pool, in no claim, until the later copy comes.
    const a = sourceFromAnalysis(analysisOf(['برنامج قطري للتأمين على الودائع', POINT].join('\n\n'), DATE));
    const b = sourceFromAnalysis(analysisOf(['قطر تطلق برنامجا للتأمين على الودائع', POINT, other, detail].join('\n\n'), '2024-05-02T00:00:00Z'));
    const claims = groupClaims([a, b], { fallbackDate: DATE });
    const withDetail = claims.find((c) => c.members.some((m) => m.content.includes('سيغطي')));
    expect(withDetail?.members.map((m) => m.rule).sort()).toEqual(['detail', 'echo', 'echo']);
  });
});

describe('speaker details in the store, as in memory', () => {
  for (const database of TEST_DATABASES) {
    describe(database.name, () => {
      let store: Store;
      storePerTest(database, (s) => { store = s; }, () => new Date(DATE));

      it('gives the later outlet\'s detail a row in the claim its speaker\'s point and its copy form', async () => {
        const other = 'وقال رئيس غرفة التجارة إن الصادرات ارتفعت في الربع الأول.';
        const detail = `وقال ${GOVERNOR} إن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`;
        const a = analysisOf(['برنامج قطري للتأمين على الودائع', POINT].join('\n\n'), DATE);
        const b = analysisOf(['قطر تطلق برنامجا للتأمين على الودائع', POINT, other, detail].join('\n\n'), '2024-05-02T00:00:00Z');
        for (const x of [a, b]) await placeClaims(store, (await store.saveAnalysis(x)).id, { now: () => new Date(DATE) });
        const claims = await listClaims(claimsDb(store.db));
        const stored = await Promise.all(claims.map((c) => getClaim(claimsDb(store.db), c.id)));
        const withDetail = stored.find((c) => c?.members.some((m) => m.content.includes('سيغطي')));
        const memory = groupClaims([sourceFromAnalysis(a), sourceFromAnalysis(b)], { fallbackDate: DATE })
          .find((c) => c.members.some((m) => m.content.includes('سيغطي')));
        expect(withDetail?.members.map((m) => m.rule).sort()).toEqual(['detail', 'echo', 'echo']);
        expect(withDetail?.members.map((m) => m.content).sort()).toEqual(memory?.members.map((m) => m.content).sort());
      });

      it('reads again a concept claim its own article started when a detail of the same speaker joins it', async () => {
        const minister = 'وزير الدفاع الروسي';
        const a = analysisOf(['روسيا ترسل قوات إلى بيلاروسيا', `قال ${minister} إن روسيا أرسلت قوات إلى بيلاروسيا لإجراء مناورات عسكرية مشتركة قرب الحدود.`,
          'وقال رئيس غرفة التجارة إن الصادرات ارتفعت في الربع الأول.',
          `وقال ${minister} إن المناورات العسكرية المشتركة ستشمل ألفي جندي وعشرات الدبابات والطائرات المقاتلة وستستمر أسبوعين.`].join('\n\n'), DATE);
        const memory = groupClaims([sourceFromAnalysis(a)], { fallbackDate: DATE }).find((c) => c.members.some((m) => m.content.includes('أسبوعين')));
        expect(memory?.members.map((m) => m.rule).sort()).toEqual(['concept-entities', 'detail']);
        await placeClaims(store, (await store.saveAnalysis(a)).id, { now: () => new Date(DATE) });
        const stored = await getClaim(claimsDb(store.db), memory!.id);
        expect(stored?.members.map((m) => m.content).sort()).toEqual(memory?.members.map((m) => m.content).sort());
      });
    });
  }
});
