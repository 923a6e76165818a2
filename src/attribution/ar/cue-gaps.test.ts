import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): cues added to cues.tsv from a stance round (حمّل … المسؤولية،
// استنكر، شجب، تساءل، شكا من، عبّر عن) and the rules they need (held-responsible.ts, named-speaker.ts, denounced.ts).
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic cues filled in from a stance round', () => {
  it.each([
    ['حمّل X Y المسؤولية: the subject speaks, the object and its responsibility are the content, the object the target',
      'وحمل الرئيس الفرنسي الحكومة السورية مسؤولية تدهور الأوضاع.',
      { speaker: 'الرئيس الفرنسي', stance: 'accuse', content: 'الحكومة السورية مسؤولية تدهور الأوضاع', targets: ['الحكومة السورية'] }],
    ['حمّل فيه X مسؤولية: X is the object of a pronoun verb, never the speaker',
      'وأدلى النائب خالد العمري بحديث للصحيفة حمل فيه الوزير السابق مسؤولية ما حصل للبلاد من خراب.',
      { stance: 'accuse', content: 'الوزير السابق مسؤولية ما حصل للبلاد من خراب', targets: ['الوزير السابق'] }],
    ['استنكر: a denunciation accuses', 'استنكرت الجامعة العربية التصريحات التي أدلى بها الوزير ضد جيرانه.',
      { speaker: 'الجامعة العربية', stance: 'accuse', content: 'التصريحات التي أدلى بها الوزير ضد جيرانه' }],
    ['شجب: a denunciation accuses', 'وشجب وزير الخارجية الهجوم على السفارة.',
      { speaker: 'وزير الخارجية', stance: 'accuse', content: 'الهجوم على السفارة' }],
    ['تساءل عن: a question the speaker raises is doubt', 'وتساءلت الصحيفة عن الهدف من ذهاب المهاجم إلى الملعب دون سواه.',
      { speaker: 'الصحيفة', stance: 'doubt', content: 'الهدف من ذهاب المهاجم إلى الملعب دون سواه' }],
    ['شكا من أن: a complaint accuses', 'وشكا رئيس اللجنة أيضا من أن الحكومة تجاهلت مطالب السكان.',
      { speaker: 'رئيس اللجنة', stance: 'accuse', content: 'الحكومة تجاهلت مطالب السكان' }],
    ['مستنكرا: a participle of denunciation goes on with the speaker before it', 'وقال الوزير إن الحكومة ستلاحق المهاجمين، مستنكرا الهجوم على المسجد.',
      { speaker: 'الوزير', stance: 'accuse', content: 'الهجوم على المسجد', rule: 'ar-participle' }],
    ['an accusation of an utterance ends before the allegation a relative cue reports', 'استنكرت المنظمة تصريحات الوزير التي ادعى فيها بأن الجمعية تمول التهريب.',
      { speaker: 'المنظمة', stance: 'accuse', content: 'تصريحات الوزير' }],
    ['… and the allegation is its source\'s own statement', 'استنكرت المنظمة تصريحات الوزير التي ادعى فيها بأن الجمعية تمول التهريب.',
      { speaker: 'الوزير', content: 'الجمعية تمول التهريب' }],
    ['a criticism of people (no speech noun) keeps the relative clause with its cue', 'وانتقد الرئيس الدول التي تقول إن الحرب انتهت.',
      { speaker: 'الرئيس', stance: 'accuse', content: 'الدول التي تقول إن الحرب انتهت' }],
    ['masculine عبر with its subject and عن', 'وعبر وزير الخارجية عن أمله في استكمال المباحثات مع نظيره.',
      { speaker: 'وزير الخارجية', stance: 'assert', content: 'أمله في استكمال المباحثات مع نظيره' }],
    ['masculine عبر after قد, its subject before it', 'وكان وزير الخارجية سامي الحداد قد عبر عن صدمته من قرار النواب زيارة الجزيرة.',
      { speaker: 'وزير الخارجية سامي الحداد', content: 'صدمته من قرار النواب زيارة الجزيرة' }],
  ])('%s', (_name, sentence, expected) => {
    expect(all(sentence)).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    ['تحمّل المسؤولية: the verbal noun "bearing" holds nobody responsible', 'وقال الموظف إنه قرر تحمل المسؤولية بنفسه عن الأخطاء.'],
    ['عبر the preposition, even with عن after it', 'وأعلنت الشركة عبر حسابها في تويتر عن إطلاق منتج جديد.'],
    ['وعبر الوزراء عن: the masculine عبر with no subject read is not handed to the last speaker', 'وقال الرئيس إن البلاد بخير. وعبر الوزراء عن قلقهم من التصريحات الأخيرة.'],
    ['استنكر with its subject unread: not handed to the last speaker with the subject inside its content',
      'وقالت الوزارة إن اللقاء كان مثمرا. واستنكرت الدائرة العامة لمنظمة التعاون، التصريحات التي أدلى بها الوزير.'],
    ['يشكو من: "suffers from", no complaint', 'والمريض يشكو من آلام في الظهر منذ أسابيع.'],
  ])('no new statement: %s', (_name, text) => {
    // Only the قال of a sentence before, if any, reports.
    expect(all(text).every((s) => s.rule === 'ar-verb-subject-anna')).toBe(true);
  });
});
