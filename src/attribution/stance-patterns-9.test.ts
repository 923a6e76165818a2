import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Arabic stance, our own sentences: first-person acts of asking, fearing, doubting and condemning inside an assertion's
// quotation (data/lexicons/ar/stance-markers.tsv), negated ones naming no stance, and the present and plural forms of
// stance verbs (data/lexicons/ar/cues.tsv) taking the stance of their past singular.
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);
const first = (sentence: string) => all(sentence)[0];

describe('a first-person act quoted after a neutral cue takes its own stance', () => {
  it.each([
    ['asking (نطلب) is a demand', 'وقال المتحدث: «نطلب من جميع الأطراف وقف إطلاق النار فورا».', 'demand'],
    ['asking (نرجو) is a demand', 'وقال الوزير: «نرجو من المواطنين التعاون مع رجال الأمن».', 'demand'],
    ['fearing a harm (أخشى) is a warning', 'وقال المتحدث: «أخشى أن يضيع مستقبل أبنائنا في هذه الحرب».', 'warn'],
    ['doubting (أشك) is doubt', 'وقال المتحدث: «أشك في أن تصمد الهدنة حتى نهاية الشهر».', 'doubt'],
    ['condemning (نشجب) is an accusation', 'وقال المتحدث: «نشجب بشدة الاعتداء على القافلة».', 'accuse'],
  ] as const)('%s', (_name, sentence, stance) => {
    expect(first(sentence)).toMatchObject({ stance });
  });
  it.each([
    ['لا نطلب', 'وقال المتحدث: «لا نطلب من أحد أن يتخلى عن موقفه».'],
    ['لا نشك', 'وقال السفير: «لا نشك في موقف جيراننا من هذه القضية».'],
    ['لا أخشى', 'وقال المتحدث: «لا أخشى أحدا».'],
  ] as const)('leaves the negated act (%s) an assertion', (_name, sentence) => {
    expect(first(sentence)).toMatchObject({ stance: 'assert' });
  });
});

describe('present and plural forms of stance verbs are cues with their stance', () => {
  it.each([
    ['يتساءل', 'ويتساءل الكاتب عن جدوى المفاوضات الجارية مع الحكومة.', 'doubt'],
    ['يطلب', 'ويطلب المحتجون من الحكومة الإفراج عن المعتقلين.', 'demand'],
    ['منددين', 'وخرج المتظاهرون إلى الشوارع منددين بالهجوم على المدرسة.', 'accuse'],
  ] as const)('%s', (_name, sentence, stance) => {
    expect(first(sentence)).toMatchObject({ stance });
  });
  it.each([
    ['هددوا', 'وقال النواب المعارضون إن الحكومة أخفقت في إدارة الأزمة. وهددوا بسحب الثقة منها في الجلسة المقبلة.', 'warn'],
    ['توعدوا', 'وقال قادة الفصائل إن الهدنة انهارت. وتوعدوا بالرد على أي هجوم جديد.', 'warn'],
    ['طلبوا', 'وقال الأطباء إن المستشفى يعاني نقصا في الأدوية. وطلبوا من وزارة الصحة إرسال شحنة عاجلة.', 'demand'],
    ['يستبعدون', 'وقال المعلقون إن الخطة لن تنجح. ويستبعدون أن تنتهي الأزمة قريبا.', 'doubt'],
  ] as const)('a plural %s continues the speaker before it', (_name, text, stance) => {
    expect(all(text)[1]).toMatchObject({ stance });
  });
});

describe('a duty read at the head of a later sentence of the content', () => {
  it('reads a duty opening the second sentence of a quotation, and the call its words mostly serve', () => {
    const s = first('وقال المتحدث: «انتهت الهدنة أمس بعد أسبوعين من الهدوء. يجب أن تعود الأطراف إلى طاولة المفاوضات فورا وأن توقف القصف على الأحياء السكنية في المدينة وأن تفتح الطرق أمام قوافل الإغاثة».');
    expect(s).toMatchObject({ stance: 'demand' });
  });
  it('leaves a duty the speaker lays on himself alone an assertion', () => {
    expect(first('وقال المتحدث: «قررت أنه يتعين علي أن أستقيل من منصبي».')).toMatchObject({ stance: 'assert' });
    expect(first('وقال المتحدث: «يجب على الحكومة أن تستقيل».')).toMatchObject({ stance: 'demand' });
  });
});

describe('a stance noun with the pronoun after a title without a name', () => {
  it.each([
    ['رفضه is a denial', 'وأكد وزير الخارجية رفضه لأي تدخل أجنبي في شؤون البلاد.', 'deny', 'وزير الخارجية'],
    ['إدانته is an accusation', 'وأعلن الرئيس إدانته للهجوم على القافلة.', 'accuse', 'الرئيس'],
    ['تحذيره is a warning', 'وأعلن الرئيس تحذيره من انهيار الهدنة في المدينة.', 'warn', 'الرئيس'],
  ] as const)('%s, and the title alone is the speaker', (_name, sentence, stance, speaker) => {
    expect(first(sentence)).toMatchObject({ stance, speaker });
  });
});
