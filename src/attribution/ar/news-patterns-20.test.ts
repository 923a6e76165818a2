import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): حث written with و, the object of a verb of urging (a
// quantifier, a sound plural, a name after the subject's name), and a quantifier that is never a speaker alone.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('a two-letter cue with و', () => {
  it('reads وحث as حث', () => {
    expect(all('وحث الوزير المواطنين على ترشيد استهلاك المياه.')[0]).toMatchObject({ speaker: 'الوزير', stance: 'demand', content: 'المواطنين على ترشيد استهلاك المياه' });
  });
});

describe('the one urged after a verb of urging', () => {
  it('takes a quantifier as the object, and the speaker before', () => {
    const s = all(`${LEAD} وحث جميع الأطراف في البلاد على وقف القتال. وأوضح أن الحل سياسي.`);
    expect(s[1]).toMatchObject({ speaker: 'المتحدث باسم الحكومة', content: 'جميع الأطراف في البلاد على وقف القتال' });
    expect(s[2]).toMatchObject({ speaker: 'المتحدث باسم الحكومة', content: 'الحل سياسي' });
  });
  it('splits a name after the subject name when that name was written before with another first word', () => {
    const s = all('التقى رئيس الوزراء البريطاني ديفيد كاميرون الشيخ أمس. وقال الأمين العام للمجلس محمد شافعي إن اللقاء مفيد. وحث شافعي كاميرون على ترجمة كلماته إلى أفعال.');
    expect(s.find((x) => x.stance === 'demand')).toMatchObject({ speaker: 'شافعي', content: 'كاميرون على ترجمة كلماته إلى أفعال' });
  });
});

describe('a quantifier alone is no speaker', () => {
  it('reads كل من X وY as the speaker', () => {
    expect(all('أكدت كل من فرنسا وألمانيا على أهمية الحوار بين الطرفين.')[0]).toMatchObject({ speaker: 'كل من فرنسا وألمانيا', content: 'أهمية الحوار بين الطرفين' });
    expect(all('أكدت كل من فرنسا وألمانيا أهمية الحوار بين الطرفين.')[0]).toMatchObject({ speaker: 'كل من فرنسا وألمانيا', content: 'أهمية الحوار بين الطرفين' });
  });
  it('never reads جميع alone after a verb of saying as its subject', () => {
    expect(all('وقال الوزير إن الوضع صعب. وأكد جميع أن الحل قريب.')[1]).toMatchObject({ speaker: 'الوزير', content: 'الحل قريب' });
  });
  it('never takes جميع alone as the speaker of a later pro-drop verb', () => {
    const s = all(`${LEAD} وحث جميع الأطراف على ضبط النفس. وقال إن المفاوضات مستمرة.`);
    expect(s.map((x) => x.speaker)).not.toContain('جميع');
  });
});

describe('a quantifier phrase opening a paragraph after a verb of urging', () => {
  it('is the object, the speaker carried from the paragraph before', () => {
    const s = all('وقالت وزارة العمل إن الحملة بدأت.', 'ودعت جميع المصريين ممن تنطبق عليهم الشروط إلى مراجعة المكاتب.');
    expect(s[1]).toMatchObject({ speaker: 'وزارة العمل', content: 'جميع المصريين ممن تنطبق عليهم الشروط إلى مراجعة المكاتب' });
  });
});

describe('a sound plural in ين before the frame preposition of a verb of urging', () => {
  it('is the object (ودعا الموظفين الحكوميين إلى), a plural in ون stays the subject', () => {
    expect(all('وقال الوزير إن الوضع صعب.', 'ودعا الموظفين الحكوميين إلى الالتزام بالدوام.')[1]).toMatchObject({ speaker: 'الوزير', content: 'الموظفين الحكوميين إلى الالتزام بالدوام' });
    expect(all('وقال الوزير إن الوضع صعب.', 'ودعا الموظفون الحكوميون إلى رفع الأجور.')[1]).toMatchObject({ speaker: 'الموظفون الحكوميون', content: 'رفع الأجور' });
  });
});
