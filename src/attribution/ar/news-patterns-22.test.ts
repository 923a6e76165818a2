import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): where the content of a verb of saying starts after a colon
// with its particle, or past an aside on its speaker.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('a particle right after a colon (قال: إن …)', () => {
  it('leaves إن out of the content', () => {
    const s = all('وقال المتحدث باسم البلدية: إن فرق الصيانة أنهت إصلاح الطريق الرئيسي.');
    expect(s[0]).toMatchObject({ speaker: 'المتحدث باسم البلدية', content: 'فرق الصيانة أنهت إصلاح الطريق الرئيسي' });
  });
  it('leaves إنه out too, after a colon a few words on', () => {
    const s = all('وقال المدير خلال زيارته المصنع أمس: إنه لن يسمح بتأخير المشروع.');
    expect(s[0]?.content).toBe('لن يسمح بتأخير المشروع');
  });
  it('keeps a conditional إن (إن لم …) in the content', () => {
    const s = all('وقال المدير: إن لم تصل المعدات هذا الأسبوع فسيتأخر العمل.');
    expect(s[0]?.content).toBe('إن لم تصل المعدات هذا الأسبوع فسيتأخر العمل');
  });
});

describe('a verb of saying past an aside on its speaker', () => {
  it('starts the content at the particle after a dash clause with its own بعد أن', () => {
    const s = all('وقال سمير حداد -وهو رابع مدرب يتولى تدريب الفريق الأول في النادي بعد أن استقال اثنان قبله- إنه يثق بقدرة اللاعبين على الفوز.');
    expect(s[0]).toMatchObject({ speaker: 'سمير حداد', content: 'يثق بقدرة اللاعبين على الفوز' });
  });
  it('starts it after a colon past the one told and a time adjunct', () => {
    const s = all('وقال سمير حداد لوكالة الأنباء المحلية بعد انتهاء المباراة الودية مع فريق المدينة: إن الفريق سيلعب مباراتين وديتين.');
    expect(s[0]).toMatchObject({ speaker: 'سمير حداد', content: 'الفريق سيلعب مباراتين وديتين' });
  });
  it('takes a quotation that closes the sentence past an occasion', () => {
    const s = all('وقال سمير حداد في حفل أقامه النادي مساء أمس لتكريم لاعبي الفريق القدامى في قاعة المدينة الكبرى «نحن نعمل بكل ثقة من أجل البطولة».');
    expect(s[0]).toMatchObject({ content: 'نحن نعمل بكل ثقة من أجل البطولة', direct: true });
  });
  it('does not take a short quoted term for the speech (بعد ما يسمى بـ«…»)', () => {
    const s = all('يقول سمير حداد في خضم حديثه عن الفريق بعد ما يسمى «الموسم الذهبي».');
    expect(s.map((x) => x.content)).not.toContain('الموسم الذهبي');
  });
  it('does not take the clause of مع أن ("although") for what was said', () => {
    const s = all('وقال سمير حداد لوكالة الأنباء المحلية عقب انتهاء المباراة الودية مع أنه خسر اللقاء بثلاثة أهداف: إن الفريق جاهز للموسم.');
    expect(s[0]?.content).toBe('الفريق جاهز للموسم');
  });
});

describe('a verb that may take an object, past the rest of a long name and its titles', () => {
  it('reads صاحب السمو الملكي … as the speaker and the clause after the comma as the content', () => {
    const s = all('أكد صاحب السمو الملكي الأمير سلطان الحمدان أمير المنطقة الشرقية، رئيس مجلس الجمعية الخيرية، أن المشاريع الجديدة ستخدم الأهالي.');
    expect(s[0]).toMatchObject({ content: 'المشاريع الجديدة ستخدم الأهالي' });
    expect(s[0]?.speaker.startsWith('صاحب السمو الملكي الأمير سلطان')).toBe(true);
  });
  it('passes a body named in apposition and a time word before the particle', () => {
    const s = all('أعلنت حركة النهضة الشعبية، ذراع الائتلاف المعارض في الجنوب، أمس أنها ستقاطع الانتخابات.');
    expect(s[0]).toMatchObject({ content: 'ستقاطع الانتخابات' });
  });
});

describe('a feminine participle that qualifies the noun before it', () => {
  it('reads مؤكدة after حالات as an adjective, not a report', () => {
    const s = all('وقال وزير الصحة إن الوضع مستقر. وسجلت الوزارة ثلاث حالات مؤكدة بالفيروس الجديد في العاصمة.');
    expect(s.map((x) => x.content)).toEqual(['الوضع مستقر']);
  });
  it('still reports a participle after a comma (…، مؤكدة أن)', () => {
    const s = all('وقالت الوزارة إن الفرق بدأت عملها في أحياء شرقية، مؤكدة أن العمل سينتهي قريبا.');
    expect(s.find((x) => x.content === 'العمل سينتهي قريبا')).toMatchObject({ speaker: 'الوزارة' });
  });
});

describe('a plural participle after a comma', () => {
  it('reports مطالبين with the plural subject of the و-verb before it (واتفق الوزراء …، مطالبين)', () => {
    const s = all('وقال المتحدث إن الاجتماع انتهى. واتفق الوزراء على خطة العمل المشتركة، مطالبين بتسريع تنفيذها في كل الدول.');
    expect(s.find((x) => x.content.startsWith('بتسريع تنفيذها'))).toMatchObject({ speaker: 'الوزراء', stance: 'demand' });
  });
  it('reports مشيدين too', () => {
    const s = all('وأكد الأكاديميون أهمية دور الأسرة في التربية، مشيدين بالجهود التي تبذلها المدارس في المدينة.');
    expect(s.find((x) => x.content.startsWith('بالجهود'))).toMatchObject({ stance: 'assert' });
  });
});
