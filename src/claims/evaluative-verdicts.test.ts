import { describe, expect, it } from 'vitest';
import { evaluativeKind } from './evaluative.js';

// Verdicts that an act amounts to an aggression, that a thing is natural, or that it serves nothing
// (data/lexicons/claims/evaluative.tsv, kind `characterisation`): what the speaker calls something, not what happened
// (R3). Synthetic sentences, written for these tests.

describe('evaluativeKind: verdicts of aggression, nature and use', () => {
  it.each([
    ['الحصار يشكل اعتداء صريحا على حقوق السكان'],
    ['هذه الممارسات تشكل اعتداء على الاتفاق'],
    ['من الطبيعي أن يغضب الأهالي من تأخر الرواتب'],
    ['هذا الخطاب لا يخدم الحوار بين الطرفين'],
  ])('reads a characterisation in "%s"', (text) => {
    expect(evaluativeKind(text, 'ar')).toBe('characterisation');
  });

  it.each([
    ['الحكومة تشكل لجنة للتحقيق في الحادث'],
    ['الجيش سيطر على المدينة بعد اشتباكات عنيفة'],
  ])('reads none in the factual "%s"', (text) => {
    expect(evaluativeKind(text, 'ar')).toBeUndefined();
  });
});
