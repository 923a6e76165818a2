import { describe, expect, it } from 'vitest';
import { evaluativeKind, evaluativeOffset } from './evaluative.js';
import { frameOf } from './frame.js';
import { groupArticle } from './group.js';
import { syntheticSource } from './test-helpers.js';

// Labels and attitudes (evaluative.ts kinds `label`, `attitude`; R3 of the claims gold) make a statement an evaluation
// even beside an event phrase (frame.ts); an entity-less statement joins the article's group of its concept only when
// its speaker speaks there (group.ts 3a). Synthetic sentences.

/** A hand-made source (test-helpers.ts) with every mention of each name: group.ts reads the entities near each statement. */
const sourceOf = (...a: Parameters<typeof syntheticSource>) => syntheticSource(a[0], a[1], a[2], { everyMention: true });

describe('labels and attitudes (evaluativeKind, evaluativeOffset)', () => {
  it.each([
    ['Arabic: calling someone a victim is a label', 'المدرب هو ضحية حملة إعلامية منظمة', 'ar', 'label'],
    ['Arabic: calling a rival a cannibal is a label', 'المرشح وصف منافسه بآكل لحوم البشر', 'ar', 'label'],
    ['Arabic: praising a person as a friend of the country', 'كان الرئيس السابق صديقا لبلادنا طوال حياته', 'ar', 'praise'],
    ['Arabic: `makes no difference` is a verdict that labels', 'القرار الجديد لا تقدم ولا تؤخر شيئا', 'ar', 'label'],
    ['English: a cannibal is a label', 'the chairman is a cannibal who eats his rivals', 'en', 'label'],
    ['Arabic: being troubled by something is an attitude', 'العاصمة يزعجها تدخل الجيران في شؤونها', 'ar', 'attitude'],
    ['Arabic: acting with full confidence is a characterisation', 'الفريق يتعامل بكل ثقة مع المباراة المقبلة', 'ar', 'characterisation'],
    ['Arabic: waiting to see names no proposition', 'يتعين الانتظار لمعرفة نتائج الاجتماع', 'ar', 'characterisation'],
    ['Arabic: a fact with a victim\'s count is no label', 'الهجوم خلف ضحية واحدة في السوق', 'ar', undefined],
  ])('%s', (_name, text, lang, kind) => {
    expect(evaluativeKind(text, lang as 'ar' | 'en')).toBe(kind);
  });

  it('finds the offset of the earliest marker of the kinds asked, and none of other kinds', () => {
    const text = 'العاصمة يزعجها تدخل الجيران';
    expect(evaluativeOffset(text, 'ar', new Set(['attitude']))).toBe(text.indexOf('يزعجها'));
    expect(evaluativeOffset(text, 'ar', new Set(['label']))).toBeUndefined();
  });
});

describe('labels and attitudes in frames (frame.ts evaluation)', () => {
  it('an attitude before the event phrase makes the statement an evaluation: the feeling, not the support', () => {
    const content = 'الحكومة يزعجها الدعم المالي للجماعات المسلحة في الجنوب';
    const src = sourceOf(`وقال الوزير إن ${content}.`, [{ speaker: 'الوزير', content }], {});
    expect(frameOf(src, 0).evaluation).toBe(true);
  });

  it('the same event phrase without the attitude is no evaluation', () => {
    const content = 'الحكومة قدمت الدعم المالي للجماعات المسلحة في الجنوب';
    const src = sourceOf(`وقال الوزير إن ${content}.`, [{ speaker: 'الوزير', content }], {});
    expect(frameOf(src, 0).evaluation).toBe(false);
  });

  it('a label anywhere makes the statement an evaluation, even after the event phrase', () => {
    const content = 'العقوبات الجديدة على الشركة لا تقدم ولا تؤخر';
    const src = sourceOf(`وقال المدير إن ${content}.`, [{ speaker: 'المدير', content }], {});
    expect(frameOf(src, 0).evaluation).toBe(true);
  });
});

describe('an entity-less statement of the concept (group.ts 3a, concept-in-article)', () => {
  const first = 'المحادثات مع فرنسا ستستمر خلال عطلة نهاية الأسبوع';
  // It shares a predicate word with the speaker's statement besides the event's noun (ستستمر): same-speaker.test.ts.
  const text = (speaker: string) => `وقال مصدر أوروبي إن ${first}. وقال ${speaker} إن المحادثات ستستمر حتى يوم الاثنين.`;
  const statements = (speaker: string) => [{ speaker: 'مصدر أوروبي', content: first }, { speaker, content: 'المحادثات ستستمر حتى يوم الاثنين' }];
  const groupsOf = (speaker: string) => groupArticle(sourceOf(text(speaker), statements(speaker), { 'country:FR': 'فرنسا' }), '2024-05-01');

  it('joins the group when its speaker speaks there already (carrying on their account)', () => {
    const groups = groupsOf('مصدر أوروبي');
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => m.rule)).toEqual(['concept-entities', 'concept-in-article']);
  });

  it('stays apart when another speaker mentions the concept\'s noun (maybe another proposition about the talks)', () => {
    const groups = groupsOf('الوزير اليوناني');
    expect(groups.flatMap((g) => g.members.map((m) => m.content))).toEqual([first]);
  });
});

describe('fragments in concept groups (group.ts)', () => {
  it('an anonymity formula\'s object joins no concept group (R4), though it names the event and an entity', () => {
    const fact = 'القوات الإسرائيلية اعتقلت ثلاثة شبان في القرية فجر اليوم';
    const refusal = 'الشاهد الكشف عن اسمه خوفا من الاعتقال على أيدي القوات الإسرائيلية';
    const src = sourceOf(`وقالت مصادر محلية إن ${fact}. وقال شاهد ورفض ${refusal}.`,
      [{ speaker: 'مصادر محلية', content: fact }, { speaker: 'شاهد', stance: 'deny', content: refusal }], { 'country:IL': 'الإسرائيلية' });
    expect(frameOf(src, 1).fragment).toBe('anonymity');
    const groups = groupArticle(src, '2024-05-01');
    expect(groups.flatMap((g) => g.members.map((m) => m.content))).toEqual([fact]);
  });
});
