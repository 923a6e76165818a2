import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Stance read from the content (stance.ts and the ar/en stance lexicons), fifth set: our own sentences, none from a gold
// or corpus article. Each rule's case fails with the rule off; a neighbour shows what the rule leaves alone.
const stanceOf = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'News title', sentence).find((s) => s.speaker === speaker)?.stance;
const MINISTER = 'الوزير سامي نور';
const MAYOR = 'Mayor Jane Doe';

describe('Arabic stance: a danger someone faces, or one said to be there, warns', () => {
  it.each([
    ['workers face a danger', 'وقال الوزير سامي نور إن العمال في المصنع يواجهون خطرا كبيرا بعد الحريق.', 'warn'],
    ['a port may face another danger', 'وقال الوزير سامي نور إن الميناء ربما يواجه خطرا آخر من المشروع الجديد.', 'warn'],
    ['there is a danger that', 'وقال الوزير سامي نور إن هناك خطرا بأن تنتشر الحرائق في الغابات.', 'warn'],
    ['there is no danger reassures', 'وقال الوزير سامي نور إنه ليس هناك خطر على سكان القرية.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf('ar', sentence, MINISTER)).toBe(stance);
  });
});

describe('Arabic stance: a duty right after a comma, the predicate of a topic put first', () => {
  it.each([
    ['a topic, then لا بد', 'وقال الوزير سامي نور إن إصلاح التعليم العالي في المدن الكبرى، لا بد من أن يبدأ هذا العام.', 'demand'],
    ['a topic with its relative clause, then يجب', 'وقال الوزير سامي نور إن المشروع الذي نعمل عليه منذ سنوات، يجب أن يخدم كل المواطنين.', 'demand'],
    ['a duty after a long account stays part of it', 'وقال الوزير سامي نور إن الوزارة افتتحت ثلاث مدارس جديدة في الشمال وأربعا في الجنوب خلال العام الماضي بتمويل من البلديات والقطاع الخاص والمانحين الدوليين، ويجب على الجميع دعمها.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf('ar', sentence, MINISTER)).toBe(stance);
  });
});

describe('Arabic stance: وجوب opens a call as ضرورة does', () => {
  it('stressing the necessity demands', () => {
    expect(stanceOf('ar', 'وشدد الوزير سامي نور على وجوب إنهاء الخلاف بالحوار.', MINISTER)).toBe('demand');
  });
});

describe('Arabic stance: an act condemned in these words accuses its authors', () => {
  it.each([
    ['a heinous crime', 'وقال الوزير سامي نور إن ما جرى في السوق جريمة نكراء بحق الأبرياء.', 'accuse'],
    ['killed treacherously', 'وقال الوزير سامي نور إن الحراس قتلوا غدرا أثناء عملهم.', 'accuse'],
    ['the cowardly attack', 'وقال الوزير سامي نور إن الهجوم الجبان لن يثني الحكومة عن خططها.', 'accuse'],
    ['the tools of Islam\'s enemies', 'وقال الوزير سامي نور إن هذه الجماعة أداة في يد أعداء الإسلام منذ سنوات.', 'accuse'],
    ['the deed of Kharijites', 'وقال الوزير سامي نور إن تفجير المساجد من أعمال الخوارج في كل زمان.', 'accuse'],
    ['a crime named without condemnation stays an account', 'وقال الوزير سامي نور إن الشرطة تحقق في جريمة سرقة في السوق.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf('ar', sentence, MINISTER)).toBe(stance);
  });
});

describe('English stance: content markers', () => {
  it.each([
    ['breaking the law accuses', 'Mayor Jane Doe said the council is breaking the law by closing the library.', 'accuse'],
    ['an irresponsible way accuses', 'Mayor Jane Doe said the plan was an irresponsible way to spend public money.', 'accuse'],
    ['acting unlawfully accuses', 'Mayor Jane Doe said the company had acted in an unlawful way.', 'accuse'],
    ['a bully accuses', 'Mayor Jane Doe said the governor is behaving like a bully.', 'accuse'],
    ['a breach of one\'s duties accuses', 'Mayor Jane Doe said the vote was a breach of their duties to the town.', 'accuse'],
    ['no pressure answers a charge', 'Mayor Jane Doe said she put no pressure on the judges.', 'deny'],
    ['going to lead to warns', 'Mayor Jane Doe said the closure is going to lead to more crime in the area.', 'warn'],
    ['could lead to warns', 'Mayor Jane Doe said the cuts could lead to the loss of hundreds of jobs.', 'warn'],
    ['a duty after a comma demands', 'Mayor Jane Doe said the new bridge, like the old one, must stay open to cyclists.', 'demand'],
    ['a plain report stays an assertion', 'Mayor Jane Doe said the library will close on Friday.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf('en', sentence, MAYOR)).toBe(stance);
  });
});
