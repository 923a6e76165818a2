import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 18 (Arabic stance and speakers): our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (text: string) => statementsOf('ar', T, text);

describe('Arabic stance: calling an act a war crime accuses', () => {
  const stanceOf = (sentence: string, speaker: string) => ar(sentence).find((s) => s.speaker === speaker)?.stance;
  it.each([
    ['"is a war crime" accuses', 'وقال الوزير سامي نور إن قصف المستشفى جريمة حرب لا يمكن السكوت عنها.', 'الوزير سامي نور', 'accuse'],
    ['"may amount to a war crime" accuses', 'وأضافت المنظمة أن قصف السوق قد يمثل جريمة حرب.', 'المنظمة', 'accuse'],
    ['"amount to crimes against humanity" accuses', 'وقالت المنظمة إن الهجمات على القرى ترقى إلى جرائم ضد الإنسانية.', 'المنظمة', 'accuse'],
    ['a trial on war-crime charges is an account', 'وذكر المراسل أن الضابط يحاكم بتهم ارتكاب جرائم حرب.', 'المراسل', 'assert'],
    ['a charge of a war crime is an account too', 'وذكر المراسل أن الضابط اعتقل بتهمة ارتكاب جريمة حرب.', 'المراسل', 'assert'],
  ])('%s', (_name, sentence, speaker, stance) => {
    expect(stanceOf(sentence, speaker)).toBe(stance);
  });
});

describe('Arabic speakers: a name ending in ه before the particle', () => {
  it.each([
    ['a given name and a family name', 'وقالت جاله إريكان إن الشركة ستفتتح فرعا جديدا في المدينة.', 'جاله إريكان'],
    ['a given name in ه and a definite family name', 'وقال وجيه السيد إن الشركة ستفتتح فرعا جديدا في المدينة.', 'وجيه السيد'],
    ['a colon before the particle', 'قالت جاله إريكان: إن الشركة ستفتتح فرعا جديدا في المدينة.', 'جاله إريكان'],
  ])('%s', (_name, sentence, speaker) => {
    expect(ar(sentence).map((s) => s.speaker)).toContain(speaker);
  });

  it.each([
    ['an attached-pronoun object before بأن stays an object', 'وأكد التزامه بأن الشركة ستفتتح فرعا جديدا في المدينة.', 'التزامه'],
    ['the one told before the particle stays the object', 'وأبلغ نظيره أن الشركة ستفتتح فرعا جديدا في المدينة.', 'نظيره'],
  ])('%s', (_name, sentence, word) => {
    expect(ar(sentence).map((s) => s.speaker).filter((s) => s.includes(word))).toEqual([]);
  });
});

describe('Arabic speakers: the press told after a definite word', () => {
  it.each([
    ['reporters after a definite adjective', 'قالت الممثلة الشابة للصحفيين إن الفيلم سيعرض في الخريف المقبل.', 'الممثلة الشابة'],
    ['a body named for the press keeps it', 'وقال الاتحاد الدولي للصحفيين إن الفيلم سيعرض في الخريف المقبل.', 'الاتحاد الدولي للصحفيين'],
  ])('%s', (_name, sentence, speaker) => {
    expect(ar(sentence)[0]?.speaker).toBe(speaker);
  });
});
