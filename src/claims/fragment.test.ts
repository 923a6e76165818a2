import { describe, expect, it } from 'vitest';
import { fragmentOf } from './fragment.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';

// Fragments (fragment.ts, R4 of the claims gold): a relative clause's object run on into the main clause, and a
// content whose subject is a demonstrative pointing outside it. Synthetic sentences, through extraction and analysis.

const DAY = '2024-05-01';
const RELATIVE = 'الوزارة تعين مديرا جديدا\n\nوعينت الوزارة مديرا جديدا للمستشفى. ولم يقدم المتحدث باسم الوزارة أحمد سالم الذي أعلن عن اسم المدير الجديد سببا لإقالة سلفه.';

/** The fragment reason of each statement of a text, with its content. */
function fragments(text: string): [string, string | undefined][] {
  const src = sourceFromAnalysis(analysisOf(text, DAY));
  return src.statements.map((s) => [s.content.text, fragmentOf(src, s)]);
}

describe('fragmentOf', () => {
  it.each([
    ['Arabic: the object of a cue in a relative clause, run on into the main clause, is a fragment', RELATIVE, 'سببا', 'relative-object'],
    ['Arabic: a relative clause\'s cue opening a reported clause (أن) is no fragment',
      'الوزارة تعلن\n\nوقال المتحدث باسم الوزارة أحمد سالم الذي أعلن أن المستشفى سيغلق أبوابه غدا.', 'المستشفى', undefined],
    ['Arabic: a relative clause describing a speaker after its cue (`وقالت الوزارة التي …:`) leaves the content whole',
      'الوزارة تعلن\n\nوقالت الوزارة التي تشرف على المستشفيات الحكومية: إنها ستفتح مستشفى جديدا في المدينة الشهر المقبل.', 'مستشفى جديدا', undefined],
    ['Arabic: a demonstrative before an indefinite word is the subject (`this is a matter…`): a fragment',
      'الوزير يتحدث عن الاتفاق\n\nوقال وزير الخارجية إن هذا أمر قد لا يحدث قبل سنوات طويلة من المفاوضات الصعبة.', 'هذا أمر', 'demonstrative-subject'],
    ['Arabic: a demonstrative before a definite noun makes a phrase (`these allegations`): no fragment',
      'الوزير يتحدث عن الاتفاق\n\nوقال وزير الخارجية إن هذه الادعاءات تنافي الواقع تماما ولا أساس لها.', 'هذه الادعاءات', undefined],
  ])('%s', (_name, text, needle, reason) => {
    const found = fragments(text).filter(([content]) => content.includes(needle));
    expect(found.length).toBeGreaterThan(0);
    for (const [, r] of found) expect(r).toBe(reason);
  });

  it('English: a demonstrative before an auxiliary is the subject', () => {
    const src = { articleId: 'a', lang: 'en' as const, text: 'x', titleEnd: 0, title: '', entities: [], statements: [] };
    const s = (text: string) => ({ id: 's', speaker: { text: 'he' }, stance: 'assert' as const, content: { start: 0, end: text.length, text }, targets: [] });
    expect(fragmentOf(src, s('that would take decades of talks'))).toBe('demonstrative-subject');
    expect(fragmentOf(src, s('that deal would take decades of talks'))).toBeUndefined();
  });
});

describe('fragments in claims', () => {
  it('a fragment reprinted word for word by another outlet makes no copy claim', () => {
    const claims = groupClaims([sourceFromAnalysis(analysisOf(RELATIVE, DAY)), sourceFromAnalysis(analysisOf(RELATIVE.replace('تعين', 'تسمي'), '2024-05-02'))], { fallbackDate: DAY });
    expect(claims.filter((c) => c.members.some((m) => m.content.includes('سببا')))).toEqual([]);
  });
});

describe('anonymity formulas (fragment.ts `anonymity`)', () => {
  const src = (lang: 'ar' | 'en') => ({ articleId: 'a', lang, text: 'x', titleEnd: 0, title: '', entities: [], statements: [] });
  const s = (text: string) => ({ id: 's', speaker: { text: 'شاهد' }, stance: 'assert' as const, content: { start: 0, end: text.length, text }, targets: [] });

  it.each([
    ['Arabic: the object of a refusal to be named, after a speaker noun left in the content', 'ar', 'الشاهد الكشف عن اسمه خوفا من الانتقام', 'anonymity'],
    ['Arabic: with a clitic on the formula\'s noun', 'ar', 'الكشف عن هويتها لأسباب أمنية', 'anonymity'],
    ['English: declining to be named', 'en', 'to be named because he was not authorised to speak', 'anonymity'],
    ['Arabic: the formula deep inside a proposition leaves it whole', 'ar', 'القوات اقتحمت القرية فجرا واعتقلت ثلاثة شبان رفض أحدهم الكشف عن اسمه', undefined],
    ['Arabic: a content opening with the cue\'s object pronoun continues the cue (`أعلن عنها`)', 'ar', 'عنها في القمة الماضية في شهر أيار', 'continuing'],
    ['Arabic: a content opening with an attributive of the speaker\'s noun', 'ar', 'التابعة لمجلس النواب خلال لقائها بالوزير', 'continuing'],
    ['Arabic: the same words later in a proposition leave it whole', 'ar', 'الوزارة أعلنت عنها في بيان رسمي صدر أمس', undefined],
  ])('%s', (_name, lang, text, reason) => {
    expect(fragmentOf(src(lang as 'ar' | 'en'), s(text))).toBe(reason);
  });
});

describe('asides on a speaker (fragment.ts `apposition`)', () => {
  // The statement as the extractor leaves it when it closes the speaker at the name: speaker `سامي يوسف`, cue `وقال`
  // before it, content from the word after the opening mark to the end of the sentence.
  function asideOf(text: string, name = 'سامي يوسف', cue: string | undefined = 'وقال') {
    const start = text.indexOf(name);
    const end = start + name.length;
    const from = end + (text.slice(end).match(/^[\s\-–—(]*/u)?.[0].length ?? 0);
    const to = text.lastIndexOf('.') > from ? text.lastIndexOf('.') : text.length;
    const src = { articleId: 'a', lang: 'ar' as const, text, titleEnd: 0, title: '', entities: [], statements: [] };
    const s = { id: 's', speaker: { text: name, start, end }, ...(cue ? { cue } : {}), stance: 'assert' as const, content: { start: from, end: to, text: text.slice(from, to) }, targets: [] };
    return fragmentOf(src, s);
  }

  it.each([
    ['an aside after a dash, run on only to an outlet and a complementiser, is a fragment',
      'وقال سامي يوسف -المدير العام لهيئة المتاحف والمشرف على أعمال الترميم في المدينة- لوكالة الأنباء إن.', 'apposition'],
    ['an aside in parentheses never closed inside the content is a fragment',
      'وقال سامي يوسف (المدير العام لهيئة المتاحف والمشرف على أعمال الترميم في المدينة.', 'apposition'],
    ['an aside closed inside the content, followed by what was said, leaves it whole',
      'وقال سامي يوسف -وهو المدير العام لهيئة المتاحف منذ سنوات- إن المعرض سيفتح أبوابه للزوار غدا صباحا.', undefined],
    ['a parenthesis closed before what was said leaves it whole',
      'وقال سامي يوسف (مدير المتحف) إن المعرض سيفتح أبوابه للزوار غدا صباحا.', undefined],
    ['a speaker before its cue (`سامي يوسف -المدير- قال`) is no aside of a cue before it',
      'وأضاف التقرير أن سامي يوسف -المدير العام لهيئة المتاحف والمشرف على أعمال الترميم في المدينة.', undefined],
  ])('%s', (_name, text, reason) => {
    expect(asideOf(text, 'سامي يوسف', _name.startsWith('a speaker before') ? 'قال' : 'وقال')).toBe(reason);
  });

  it('a reported clause right after the speaker is no aside', () => {
    expect(asideOf('وقال سامي يوسف إن المعرض سيفتح أبوابه للزوار غدا صباحا.')).toBeUndefined();
  });
});
