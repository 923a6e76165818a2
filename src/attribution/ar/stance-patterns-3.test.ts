import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Stance read from the cue and the content (stance.ts, stance-split.ts and the ar stance lexicons), third set: our own
// sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const stanceOf = (sentence: string, speaker: string) => statementsOf('ar', T, sentence).find((s) => s.speaker === speaker)?.stance;
const MINISTER = 'الوزير سامي نور';

describe('Arabic stance: a negated denial or doubt admits', () => {
  it.each([
    ['"did not rule out" asserts the content may be so', 'ولم يستبعد الوزير سامي نور أن تتدخل القوات في المدينة.', 'assert'],
    ['"does not rule out" asserts the content may be so', 'ولا يستبعد الوزير سامي نور أن ترتفع الأسعار في الصيف.', 'assert'],
    ['"does not deny" asserts the content', 'ولا ينفي الوزير سامي نور أن الحكومة تجري اتصالات مع المعارضة.', 'assert'],
    ['"ruled out" stays doubt', 'واستبعد الوزير سامي نور أن ترتفع الأسعار في الصيف.', 'doubt'],
    ['"denied" stays a denial', 'ونفى الوزير سامي نور أن الحكومة تجري اتصالات مع المعارضة.', 'deny'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, MINISTER)).toBe(stance);
  });
});

describe('Arabic stance: a stance noun with the speaker\'s pronoun as the cue\'s object', () => {
  it.each([
    ['expressing one\'s refusal denies', 'وأعرب الوزير سامي نور عن رفضه لهذه الاتهامات.', MINISTER, 'deny'],
    ['announcing one\'s refusal denies', 'وأعلنت الوزارة رفضها للقرار الجديد.', 'الوزارة', 'deny'],
    ['expressing one\'s condemnation accuses', 'وأعرب الوزير سامي نور عن إدانته الشديدة للهجوم على السفارة.', MINISTER, 'accuse'],
    ['expressing one\'s concern warns', 'وأعرب الوزير سامي نور عن قلقه البالغ من تصاعد العنف في المدينة.', MINISTER, 'warn'],
    ['affirming one\'s call demands', 'وأكدت الوزارة دعوتها إلى وقف إطلاق النار.', 'الوزارة', 'demand'],
    ['expressing one\'s doubts doubts', 'وأعرب الوزير سامي نور عن شكوكه في جدية المفاوضات.', MINISTER, 'doubt'],
    ['stating a need calls for it, as ضرورة does', 'وأكد الوزير سامي نور الحاجة إلى حل سياسي للأزمة.', MINISTER, 'demand'],
    ['another\'s refusal told is an assertion', 'وقال الوزير سامي نور إن رفض البرلمان للاتفاق سيؤخر الإصلاحات.', MINISTER, 'assert'],
  ])('%s', (_name, sentence, speaker, stance) => {
    expect(stanceOf(sentence, speaker)).toBe(stance);
  });
});

describe('Arabic stance: the speaker performing the act in the first person', () => {
  it.each([
    ['"I call on" demands', 'وقال الوزير سامي نور: «أدعو جميع الأطراف إلى التهدئة».', 'demand'],
    ['"we urge" demands', 'وقال الوزير سامي نور: «نحث الحكومة على الإسراع في الإصلاحات».', 'demand'],
    ['"we condemn" accuses', 'وقال الوزير سامي نور: «نحن ندين هذا الهجوم على المدنيين».', 'accuse'],
    ['"we reject" denies', 'وقال الوزير سامي نور: «نرفض هذه الاتهامات جملة وتفصيلا».', 'deny'],
    ['"we warn" further in the content warns', 'وقال الوزير سامي نور إن الحكومة ستعمل مع الشركاء، وإننا نحذر من مغبة التصعيد.', 'warn'],
    ['"we do not rule out" names no stance', 'وقال الوزير سامي نور: «لا نستبعد أن تتدخل القوات في المدينة».', 'assert'],
    ['"we used to demand" names no stance', 'وقال الوزير سامي نور: «كنا نطالب بالإفراج عن الأسرى، ولم نعد نريد ذلك».', 'assert'],
    ['"we must reject" after a long lead names no stance of its own', 'وقالت الوزيرة هدى نور: «عانينا كثيرا كل هذه السنوات الأخيرة، ولا بد أن نرفض أي تدابير تقشفية جديدة».', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    const speaker = sentence.includes('الوزيرة') ? 'الوزيرة هدى نور' : MINISTER;
    expect(stanceOf(sentence, speaker)).toBe(stance);
  });
  it('"we condemn" names no one condemning as a target', () => {
    const s = statementsOf('ar', T, 'وقال الوزير سامي نور: «نحن ندين هذا الهجوم على المدنيين».').find((x) => x.speaker === MINISTER);
    expect(s?.targets).not.toContain('نحن');
  });
});

describe('Arabic stance: acts called unjustified or hostile, the nation\'s enemies, responsibility laid on someone', () => {
  it.each([
    ['statements called unjustified are blamed', 'وأكدت الوزارة في بيان أن إطلاق مثل هذه التصريحات أمر غير مبرر.', 'الوزارة', 'accuse'],
    ['a stance called hostile is blamed', 'وقال الوزير سامي نور إن التصريحات تعكس الموقف العدائي للحكومة المجاورة.', MINISTER, 'accuse'],
    ['the plots of the enemies are a charge', 'وقال الوزير سامي نور إن التفجير يكشف مخططات الأعداء ضد البلاد.', MINISTER, 'accuse'],
    ['"the enemies of the nation" are charged', 'وقال الوزير سامي نور إن المهاجمين ينفذون مآرب أعداء الوطن.', MINISTER, 'accuse'],
    ['a cessation of hostilities blames no one', 'وقال الوزير سامي نور إن الطرفين اتفقا على وقف الأعمال العدائية لمدة أسبوع.', MINISTER, 'assert'],
    ['a decision laying the responsibility on a company blames it', 'وقال الوزير سامي نور إن اللجنة أصدرت قرارا بتحميل المسؤولية كاملة للشركة المتسببة في الحادث.', MINISTER, 'accuse'],
    ['taking the responsibility on oneself blames no one', 'وقال الوزير سامي نور إن المدير قرر تحمل المسؤولية بنفسه.', MINISTER, 'assert'],
    ['a bare mention of enemies blames no one', 'وقال الوزير سامي نور إن لدينا الأعداء أنفسهم والأهداف نفسها.', MINISTER, 'assert'],
  ])('%s', (_name, sentence, speaker, stance) => {
    expect(stanceOf(sentence, speaker)).toBe(stance);
  });
});

describe('Arabic stance: a statement whose content starts before another\'s is not nested in it', () => {
  it('a call read as the object of أكد stays a call when وفقا after it reads the clause before as its content', () => {
    const sentence = 'وأكد الوزير سامي نور ضرورة تطوير آليات إدارة المشاريع البلدية وفقا لأحدث المعايير الدولية لإدارة المشاريع في جميع المراحل.';
    const s = statementsOf('ar', T, sentence).find((x) => x.speaker === MINISTER && x.content.startsWith('ضرورة'));
    expect(s?.stance).toBe('demand');
  });
});

describe('Arabic stance: dangers, threats and fears raised', () => {
  it.each([
    ['posing a danger to someone warns', 'وقال الوزير سامي نور إن انتشار السلاح يشكل خطرا على أمن المدينة.', 'warn'],
    ['posing a threat to someone warns', 'وقال الوزير سامي نور إن هذه الجماعات تمثل تهديدا للمنطقة كلها.', 'warn'],
    ['a cause for concern warns', 'وقال الوزير سامي نور إن تدخل الجيران في الانتخابات مصدر قلق للحكومة.', 'warn'],
    ['raising fears warns', 'وقال الوزير سامي نور إن قرار الإغلاق يثير مخاوف التجار من خسائر كبيرة.', 'warn'],
    ['a danger without the one endangered is told, not warned of', 'وقال الوزير سامي نور إن الشرطة أوقفت عشرة أشخاص يشكلون خطرا محتملا.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, MINISTER)).toBe(stance);
  });
});

describe('Arabic stance: a comma before وهذا ends a sentence the stance may turn at', () => {
  const sentence = 'وقالت الوزيرة هدى نور إن القرارات التي أعلنتها الحكومة أمس، ومنها إلغاء عدد من المناصب العليا ودمج بعض الوزارات وتقليص عدد المستشارين، لم تعرض على البرلمان ولم يعلم بها أحد من النواب قبل نشرها في الصحف، وهذا الأمر يثير مخاوفنا من عودة التفرد بالقرارات.';
  it('a long account, then the concern it raises, gives one statement each', () => {
    const parts = statementsOf('ar', T, sentence).filter((s) => s.speaker === 'الوزيرة هدى نور');
    expect(parts.map((s) => s.stance)).toEqual(['assert', 'warn']);
    expect(parts[0].content.endsWith('في الصحف')).toBe(true);
    expect(parts[1].content.startsWith('وهذا الأمر')).toBe(true);
  });
});
