import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Article } from '../model/index.js';

/** Statements of an article made of a title and paragraphs (our own sentences, no corpus text). */
export function statementsOf(language: 'ar' | 'en', title: string, ...paragraphs: string[]) {
  const article = { id: 't', source: 'test', title, language, paragraphs, text: paragraphs.join('\n\n'),
    removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [] } as Article;
  return analyze(article).statements.map((s) => ({
    speaker: s.speaker.text, stance: s.stance, content: s.content.text, direct: s.direct, rule: s.rule, targets: s.targets.map((t) => t.text),
  }));
}

const T = 'عنوان الخبر';

describe('Arabic attribution', () => {
  it.each([
    ['verb–subject–أن', 'قال وزير الخارجية الإيراني محمد جواد ظريف إن المفاوضات ستستمر.',
      { speaker: 'وزير الخارجية الإيراني محمد جواد ظريف', stance: 'assert', content: 'المفاوضات ستستمر', rule: 'ar-verb-subject-anna' }],
    ['a feminine verb with a country', 'أكدت فرنسا أن الاتفاق صامد.', { speaker: 'فرنسا', stance: 'assert', content: 'الاتفاق صامد' }],
    ['denial keeps the rejected object', 'نفى المتحدث باسم الوزارة أحمد سالم التقارير بأن الجيش انسحب من المدينة.',
      { speaker: 'المتحدث باسم الوزارة أحمد سالم', stance: 'deny', content: 'التقارير بأن الجيش انسحب من المدينة' }],
    ['accusation with a target', 'اتهم رئيس الوزراء خالد عمر المعارضة بإشعال الفتنة.',
      { speaker: 'رئيس الوزراء خالد عمر', stance: 'accuse', targets: ['المعارضة'] }],
    ['colon and quotation', 'وقال المتحدث باسم الجيش سامي نور: «لن نتراجع عن مواقعنا».',
      { speaker: 'المتحدث باسم الجيش سامي نور', content: 'لن نتراجع عن مواقعنا', direct: true, rule: 'ar-verb-subject-quote' }],
    ['a warning with من أن', 'حذر الأمين العام من أن الوضع يتدهور بسرعة.', { stance: 'warn', content: 'الوضع يتدهور بسرعة' }],
    ['a demand with بـ', 'طالبت منظمة العفو الدولية الحكومة بالإفراج عن المعتقلين.', { stance: 'demand', speaker: 'منظمة العفو الدولية' }],
    ['according to', 'قتل عشرة أشخاص في القصف، بحسب ما ذكر المرصد السوري لحقوق الإنسان.',
      { speaker: 'المرصد السوري لحقوق الإنسان', rule: 'ar-according-to', content: 'قتل عشرة أشخاص في القصف' }],
    ['an unnamed source', 'وقالت مصادر مطلعة إن المحادثات تعثرت.', { speaker: 'مصادر مطلعة', content: 'المحادثات تعثرت' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('ar', T, sentence)[0]).toMatchObject(expected);
  });

  it('pro-drop: وأضاف inherits the last full speaker', () => {
    const s = statementsOf('ar', T, 'قال وزير الدفاع علي حسن إن القوات جاهزة.', 'وأضاف أن التدريبات ستبدأ غدا.');
    expect(s[1]).toMatchObject({ speaker: 'وزير الدفاع علي حسن', content: 'التدريبات ستبدأ غدا', rule: 'ar-pro-drop' });
  });

  it('a quotation followed by قال + a role takes the earlier full mention', () => {
    const s = statementsOf('ar', T, 'نفى ممثل اليمن هذه الأنباء. «نحن لا نعلق على الشائعات المتداولة في الإعلام». قال الممثل.');
    expect(s[1]).toMatchObject({ speaker: 'ممثل اليمن', content: 'نحن لا نعلق على الشائعات المتداولة في الإعلام', rule: 'ar-quote-then-cue' });
  });

  it('nested attribution gives the outer assertion and the inner doubt', () => {
    const s = statementsOf('ar', T, 'وأشار المتحدث سامي نور إلى أن الوزارة لم تتمكن من تأكيد وقوع الهجوم.');
    expect(s.map((x) => [x.speaker, x.stance])).toEqual([['المتحدث سامي نور', 'assert'], ['الوزارة', 'doubt']]);
    expect(s[1].content).toBe('وقوع الهجوم');
  });

  it('a characterisation as false is a denial', () => {
    const s = statementsOf('ar', T, 'ووصفت الخارجية الروسية التقرير بأنه رواية كاذبة ومفبركة.');
    expect(s[0].stance).toBe('deny');
  });

  it.each([
    ['a scare quote is not a statement', 'وتحدث التقرير عما يسمى «الحزام الأمني» في الجنوب.'],
    ['the outlet’s own voice is not a statement', 'يذكر أن الطرفين وقعا اتفاقا في يونيو الماضي.'],
    ['a fact without a cue is not a statement', 'وقعت موسكو وبيونغ يانغ معاهدة في حزيران/يونيو.'],
    ['a cue inside a quotation makes no new statement of its own', 'قال الرئيس سامي نور: «نطالب المجتمع الدولي بالتحرك الفوري».'],
  ])('%s', (_name, sentence) => {
    const s = statementsOf('ar', T, sentence);
    expect(s.filter((x) => x.rule !== 'ar-verb-subject-quote')).toEqual([]);
  });
});
