import { describe, expect, it } from 'vitest';
import { frameOf, keyOfFrame } from './frame.js';
import { syntheticSource } from './test-helpers.js';

// Nested statements: a speaker inside another statement's content either opens a reported clause (the inner
// statement carries the claim) or is a piece of the outer proposition that attribution read as a speaker.

describe('nested statements', () => {
  it('a speaker after a complementizer (أن) is a nested report: the outer statement is its carrier', () => {
    const src = syntheticSource('وأشار بيسكوف إلى أن روسيا لم تتمكن من تأكيد نشر القوات في كوريا.', [
      { speaker: 'بيسكوف', stance: 'assert', content: 'روسيا لم تتمكن من تأكيد نشر القوات في كوريا' },
      { speaker: 'روسيا', entity: 'country:RU', stance: 'doubt', content: 'نشر القوات في كوريا' },
    ], { 'country:RU': 'روسيا', 'country:KR': 'كوريا' });
    expect(keyOfFrame(frameOf(src, 0))).toEqual({ ok: false, reason: 'carrier' });
    expect(keyOfFrame(frameOf(src, 1))).toMatchObject({ ok: true, key: { concept: 'troop-deployment' } });
  });

  it('a "speaker" that is the object of a verbal noun (رفض الكونجرس …) is a piece of the outer statement', () => {
    const src = syntheticSource('وقال أوباما إن رفض الكونجرس للاتفاق مع إيران يعني الحرب.', [
      { speaker: 'أوباما', entity: 'country:US', stance: 'warn', content: 'رفض الكونجرس للاتفاق مع إيران يعني الحرب' },
      { speaker: 'الكونجرس للاتفاق', stance: 'deny', content: 'إيران يعني الحرب' },
    ], { 'country:IR': 'إيران' });
    expect(keyOfFrame(frameOf(src, 0))).toMatchObject({ ok: true, key: { concept: 'war', entities: ['country:IR', 'country:US'] } });
    expect(keyOfFrame(frameOf(src, 1))).toEqual({ ok: false, reason: 'inner' });
  });
});

describe('details and evaluations', () => {
  it.each([
    ['a confession leading the content is a detail', 'قالت الوزارة إن الموقوفين اعترفوا بالمشاركة في القتال في سوريا.', 'الموقوفين اعترفوا بالمشاركة في القتال في سوريا', 'detail-participants'],
    ['casualties before the attack that caused them are a detail', 'وقالت الوزارة إن ثلاثة جنود قتلوا في قصف على سوريا.', 'ثلاثة جنود قتلوا في قصف على سوريا', 'detail-casualties'],
    ['"this step" anywhere is a detail, even after an event phrase', 'وقالت الوزارة إن العقوبات على سوريا وهذه الخطوة غير قانونية.', 'العقوبات على سوريا وهذه الخطوة غير قانونية', 'detail-reference'],
  ])('%s', (_name, text, content, detail) => {
    const src = syntheticSource(text, [{ speaker: 'الوزارة', stance: 'assert', content }], { 'country:SY': 'سوريا' });
    expect(frameOf(src, 0).detail?.concept).toBe(detail);
  });

  it('an event phrase before the casualties makes no detail: the attack is the proposition', () => {
    const src = syntheticSource('وقالت الوزارة إن قصف سوريا أدى إلى أن ثلاثة جنود قتلوا.', [
      { speaker: 'الوزارة', stance: 'assert', content: 'قصف سوريا أدى إلى أن ثلاثة جنود قتلوا' },
    ], { 'country:SY': 'سوريا' });
    expect(frameOf(src, 0).detail).toBeUndefined();
    expect(frameOf(src, 0).concept?.id).toBe('attack');
  });

  it.each([
    ['pride before the event phrase is an evaluation', 'الحزب فخور بالدعم الروسي الذي يتلقاه', true],
    ['pride after the event phrase is not', 'الدعم الروسي الذي يجعل الحزب فخور', false],
    ['an evaluation qualifying the event phrase is a characterisation', 'مثل هذه الهجمات غير المشروعة يجب أن تتوقف', true],
    ['an evaluation elsewhere after the event phrase is not', 'الهجمات على المدينة استمرت رغم الحظر غير المشروع', false],
    ['a feeling leading the content is an evaluation', 'لا أستطيع أن أصدق ما جرى لابني', true],
    ['a general pledge of effort is an evaluation', 'الحكومة تفعل ما بوسعها لإطلاق سراحه', true],
    ['English: an evaluation right before the event phrase', 'such unlawful attacks must stop', true],
  ])('%s', (_name, content, evaluation) => {
    const src = syntheticSource(`وقال الزعيم إن ${content}.`, [{ speaker: 'الزعيم', stance: 'assert', content }], {});
    expect(frameOf(src, 0).evaluation).toBe(evaluation);
  });
});

describe('the actor of a statement (role-aware joins of broad concepts)', () => {
  it.each([
    ['verb first, Arabic: the country after the verb acts', 'قال المتحدث إن هاجمت إيران إسرائيل فجرا.', 'هاجمت إيران إسرائيل فجرا', 'country:IR'],
    ['the reverse: the other country acts', 'قال المتحدث إن هاجمت إسرائيل إيران فجرا.', 'هاجمت إسرائيل إيران فجرا', 'country:IL'],
    ['a verbal noun with its agent', 'قال المتحدث إن هجوم إسرائيل على إيران كان واسعا.', 'هجوم إسرائيل على إيران كان واسعا', 'country:IL'],
    ['a definite event noun\'s adjective acts, not the subject before it', 'قال المتحدث إن إيران تعرضت للهجوم الإسرائيلي فجرا.',
      'إيران تعرضت للهجوم الإسرائيلي فجرا', 'country:IL'],
    ['the subject before a verb acts; the country right after it is the target', 'قال المتحدث إن إسرائيل هاجمت إيران فجرا.', 'إسرائيل هاجمت إيران فجرا', 'country:IL'],
    ['an entity the event phrase names acts', 'قال المتحدث إن الحزب يثق في الدعم الإيراني دائما.', 'الحزب يثق في الدعم الإيراني دائما', 'country:IR'],
  ])('%s', (_name, text, content, actor) => {
    // Each country by the first of its forms the text has (a name or its adjective).
    const named = (forms: string[]) => forms.find((f) => text.includes(f));
    const entities = Object.fromEntries(Object.entries({ 'country:IR': named(['الإيراني', 'إيران']), 'country:IL': named(['الإسرائيلي', 'إسرائيلي', 'إسرائيل']) })
      .filter((e): e is [string, string] => e[1] !== undefined));
    const src = syntheticSource(text, [{ speaker: 'المتحدث', stance: 'assert', content }], entities);
    expect(frameOf(src, 0).actor).toBe(actor);
  });

  it('a country named further after the event phrase is its recipient, not its actor', () => {
    const src = syntheticSource('قال الوزير إن تقديم المساعدات الإنسانية الإضافية للشعب العراقي مستمر.', [
      { speaker: 'الوزير', stance: 'assert', content: 'تقديم المساعدات الإنسانية الإضافية للشعب العراقي مستمر' },
    ], { 'country:IQ': 'العراقي' });
    expect(frameOf(src, 0).actor).toBeUndefined();
  });

  it('a content that names no canonical entity has no actor', () => {
    const src = syntheticSource('قال المتحدث إن الهجوم كان واسعا.', [{ speaker: 'المتحدث', stance: 'assert', content: 'الهجوم كان واسعا' }], {});
    expect(frameOf(src, 0).actor).toBeUndefined();
  });
});
