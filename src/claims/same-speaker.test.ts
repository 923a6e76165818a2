import { describe, expect, it } from 'vitest';
import { coordinated, refersBack } from './continuation.js';
import { groupArticle } from './group.js';
import { groupClaims } from './place.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// One speaker's statements in one article (session 21). Synthetic Arabic sentences.
// - group.ts 3a (`concept-in-article`): a statement naming the event but no entity joins the article's only group
//   about it only when one of its speaker's statements there shares a predicate word besides the event's noun: the
//   shared speaker and noun alone may be two points (a law's seats, then who sets the vote's timetable).
// - continuation.ts `refersBack`: a content in the same sentence that names the earlier statement's topic after a
//   demonstrative (`لهذه التعديلات`) goes on about that point, and is not `coordinated` beside it.

const contentsOf = (src: ClaimSource) => groupArticle(src, '2024-05-01').map((g) => g.members.map((m) => m.content));

describe('concept-in-article: the same speaker and the event\'s noun alone are not enough', () => {
  const keyed = 'الانتخابات البرلمانية في مالطا ستجري بإشراف هيئة مستقلة';
  const speaker = 'الوزير كارلو فيلا';

  it('keeps apart a statement sharing only the event\'s noun, and joins one sharing another predicate word', () => {
    const other = 'القانون الجديد يحدد عدد المقاعد التي ينتخب أعضاؤها بالاقتراع الحر';
    const apart = syntheticSource(`وقال ${speaker} إن ${other}. وأضاف إن ${keyed}.`,
      [{ speaker, content: other }, { speaker, content: keyed }], { 'country:MT': 'مالطا' });
    expect(contentsOf(apart)).toEqual([[keyed]]);
    // Carrying on the same point (the body, the results): still one group.
    const more = 'الهيئة المستقلة ستعلن نتائج الانتخابات بعد يومين';
    const src = syntheticSource(`وقال ${speaker} إن ${keyed}. وأضاف إن ${more}.`,
      [{ speaker, content: keyed }, { speaker, content: more }], { 'country:MT': 'مالطا' });
    const groups = groupArticle(src, '2024-05-01');
    expect(groups.map((g) => g.members.map((m) => m.content))).toEqual([[keyed, more]]);
    expect(groups[0].members.map((m) => m.rule)).toEqual(['concept-entities', 'concept-in-article']);
  });
});

describe('refersBack: a demonstrative before the earlier statement\'s topic', () => {
  const speaker = 'المتحدث باسم البلدية';
  const first = 'الخطة تقضي بتوسيع شبكة الحافلات في الأحياء الشرقية';

  it('reads the later half of the sentence as going on about the earlier point; not a word from further on', () => {
    const later = 'يمكن بموجب هذه الخطة للسكان استخدام الحافلات مجانا';
    const src = syntheticSource(`وقال ${speaker} إن ${first}، موضحا أنه ${later}.`,
      [{ speaker, content: first }, { speaker, content: later }], {});
    expect(refersBack(src, 1)).toBe(true);
    expect(coordinated(src, 1)).toBe(false);
    // A demonstrative before a word from further on (often a new point about a detail) is still beside it.
    const warning = 'السكان من الاعتماد على تلك الحافلات وحدها';
    const beside = syntheticSource(`وقال ${speaker} إن ${first}، محذرا ${warning}.`,
      [{ speaker, content: first }, { speaker, content: warning }], {});
    expect(refersBack(beside, 1)).toBe(false);
    expect(coordinated(beside, 1)).toBe(true);
  });

  it('groups the two halves into one claim', () => {
    const later = 'يمكن بموجب هذه الخطة للسكان استخدام الحافلات مجانا';
    const src = syntheticSource(`وقال ${speaker} إن ${first}، موضحا أنه ${later}.`,
      [{ speaker, content: first }, { speaker, content: later }], {});
    const claims = groupClaims([src], { fallbackDate: '2024-05-01T00:00:00Z' });
    expect(claims.map((c) => c.members.map((m) => m.content))).toEqual([[first, later]]);
  });
});
