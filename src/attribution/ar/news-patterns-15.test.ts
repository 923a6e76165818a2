import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a verb of replying or going on "by saying" (بقوله، بالقول),
// a quotation after a colon past an addressee, a date or an apposition set off by commas, أردف "added", and
// شرح/ختم/استطرد before a colon.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('رد/استطرد/اختتم X بقوله (بالقول): the saying after the verb makes it a report', () => {
  it('reads استطرد بقوله: «…» with no subject as the last speaker going on', () => {
    const s = all(`${LEAD} واستطرد بقوله: «لا نية لدينا لرفع الأسعار في الوقت الحاضر».`);
    expect(s[1]).toMatchObject({ speaker: 'المتحدث باسم الحكومة', content: 'لا نية لدينا لرفع الأسعار في الوقت الحاضر', direct: true });
  });
  it('reads رد X على … بالقول إن with its subject', () => {
    const s = all(`${LEAD} ومن جهته رد الوزير سامي العلي على الانتقادات بالقول إن الخطة ستنفذ في موعدها.`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير سامي العلي', content: 'الخطة ستنفذ في موعدها' });
  });
  it('reads اختتمت حديثها بقولها: «…»', () => {
    const s = all('وقالت الوزيرة منى الخطيب إن المدارس جاهزة. واختتمت حديثها بقولها: «سنبدأ العام الدراسي في موعده المحدد».');
    expect(s[1]).toMatchObject({ speaker: 'الوزيرة منى الخطيب', content: 'سنبدأ العام الدراسي في موعده المحدد' });
  });
  it('leaves رد with no saying after it alone', () => {
    const s = all(`${LEAD} ورد اللاعب الكرة إلى زميله في الدقيقة الأخيرة من المباراة.`);
    expect(s).toHaveLength(1);
  });
});

describe('a colon a few words on, past commas, that opens a quotation closing the sentence', () => {
  it('passes the one told and a day set off by a comma', () => {
    const s = all(`${LEAD} وقال الوزير سامي العلي لصحفيين في العاصمة، يوم الأحد: «الاتفاق سيوقع خلال أسبوعين من الآن».`);
    expect(s[1]).toMatchObject({ content: 'الاتفاق سيوقع خلال أسبوعين من الآن', direct: true });
  });
  it('passes an apposition with a short quoted name in it', () => {
    const s = all(`${LEAD} وقال سامي العلي، المتحدث باسم «نفطكو» العالمية التي تعمل في مجال الطاقة والتعدين: «السوق واعدة ونأمل أن نتوسع فيها قريبا».`);
    expect(s[1]).toMatchObject({ content: 'السوق واعدة ونأمل أن نتوسع فيها قريبا', direct: true });
  });
  it('keeps the clause a particle opened before the colon', () => {
    const s = all(`${LEAD} وأكد المصدر أن الاعتقالات الأخيرة في المدينة: «تطال السكان العرب بشكل أساسي دون غيرهم».`);
    expect(s[1].content).toMatch(/^الاعتقالات الأخيرة/);
  });
});

describe('أردف, and شرح/ختم/استطرد before a colon', () => {
  it('reads وأردفت with an adverbial before the colon as the last speaker', () => {
    const s = all('وقالت الوزيرة منى الخطيب إن المدارس جاهزة. وأردفت بشيء من الحماسة: «سيكون عاما دراسيا مختلفا عن كل ما سبق».');
    expect(s[1]).toMatchObject({ speaker: 'الوزيرة منى الخطيب', content: 'سيكون عاما دراسيا مختلفا عن كل ما سبق', direct: true });
  });
  it('reads وأردف أن like أضاف', () => {
    const s = all(`${LEAD} وأردف أن الأسعار ستنخفض خلال الشهر المقبل.`);
    expect(s[1]).toMatchObject({ speaker: 'المتحدث باسم الحكومة', content: 'الأسعار ستنخفض خلال الشهر المقبل' });
  });
  it('reads وشرح X: «…» and وختمت X لـ«…»: …', () => {
    expect(all('وشرح المسؤول الأوروبي: «نحن ماضون في دعم الاتفاق حتى النهاية».')[0]).toMatchObject({ speaker: 'المسؤول الأوروبي', content: 'نحن ماضون في دعم الاتفاق حتى النهاية' });
    expect(all('وختمت المصادر لـ«الصحيفة»: الشبكة تعد من أخطر الشبكات التي كشفت هذا العام.')[0]).toMatchObject({ speaker: 'المصادر', content: 'الشبكة تعد من أخطر الشبكات التي كشفت هذا العام' });
  });
  it('leaves شرح and اختتم with no colon alone (an explanation, a closing)', () => {
    expect(all('وشرح الخطة يحتاج إلى وقت طويل كما يرى كثيرون في المدينة.').filter((x) => x.speaker === 'الخطة')).toHaveLength(0);
    expect(all('واختتم المؤتمر أعماله مساء أمس في العاصمة بعد ثلاثة أيام.')).toHaveLength(0);
  });
});
