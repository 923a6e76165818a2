import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { groupArticle } from './group.js';
import { syntheticSource } from './test-helpers.js';

// A doubt or denial the extractor read inside its own speaker's assertion (frame.ts `heldClause`) is what the assertion
// rules out, a piece of it: no statement of its own, so it joins no group. Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';
const OUTER = 'تحليل الصور يشير إلى أن تكرار القصف على الأحياء السكنية في اليمن يستبعد أن تكون تلك الأحياء قد تعرضت للقصف عن طريق الخطأ';
const INNER = 'تكون تلك الأحياء قد تعرضت للقصف عن طريق الخطأ';
const TEXT = `وقال الباحث في المنظمة إن ${OUTER}. ولم يعلق وزير الدفاع.`;

const source = (inner: { speaker?: string; stance?: 'doubt' | 'assert' | 'deny' }, outerStance: 'assert' | 'deny' = 'assert') =>
  syntheticSource(TEXT, [
    { speaker: 'الباحث في المنظمة', content: OUTER, stance: outerStance },
    { speaker: inner.speaker ?? 'الباحث في المنظمة', content: INNER, stance: inner.stance ?? 'doubt' },
  ], { 'country:YE': 'اليمن' });

describe('frameOf: a doubt inside its own speaker\'s assertion is a piece of it', () => {
  it('reads the nested doubt of the same speaker as inner, and the assertion holding it as a statement', () => {
    const src = source({});
    expect(frameOf(src, 1).inner).toBe(true);
    expect(frameOf(src, 0).inner).toBe(false);
  });

  it('reads a nested denial the same way', () => {
    expect(frameOf(source({ stance: 'deny' }), 1).inner).toBe(true);
  });

  it('keeps a nested clause in the same position as the assertion, and one of another speaker, as statements', () => {
    expect(frameOf(source({ stance: 'assert' }), 1).inner).toBe(false);
    expect(frameOf(source({ speaker: 'وزير الدفاع' }), 1).inner).toBe(false);
  });

  it('keeps an assertion inside the speaker\'s denial as a statement (the proposition denied)', () => {
    expect(frameOf(source({ stance: 'assert' }, 'deny'), 1).inner).toBe(false);
  });

  it('leaves the nested doubt out of the group its speaker\'s assertion is in', () => {
    const groups = groupArticle(source({}), DAY);
    expect(groups.flatMap((g) => g.members.map((m) => m.statementId))).not.toContain('a:1');
  });
});
