import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';

// Constructed sentences (not from any corpus): who a speaker is when the entity stage read no one there.
function analysed(body: string): Analysis {
  return analyze({ id: 'speakers-test', title: 'خبر', paragraphs: [body], language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-11-30T00:00:00Z', removed: [] } as never);
}
const speakers = (a: Analysis) => a.statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers', () => {
  it('names the person a speaker phrase gives by a known given name and the words after it', () => {
    const a = analysed('وقالت حفصة دوابشة إن العائلة تطالب بالعدالة. وأضافت حفصة دوابشة أن التحقيق بطيء.');
    expect(new Set(speakers(a))).toEqual(new Set(['حفصة دوابشة → local:حفصه-دوابشه']));
    expect(a.entities.find((e) => e.id === 'local:حفصه-دوابشه')?.type).toBe('person');
  });

  it('reads the name after a title and a body the entity stage did not take as a place', () => {
    const a = analysed('وقال رئيس اللجنة محمود الحسن إن القانون سيعدل قريبا.');
    expect(speakers(a)).toEqual(['رئيس اللجنة محمود الحسن → local:محمود-الحسن']);
  });

  it('links a lone surname to the full name the article gives with a given name', () => {
    const a = analysed('التقى الوزير طارق حرب بالوفد أمس. وقال حرب إن المحادثات كانت مثمرة.');
    const id = a.statements[0].speaker.entity;
    expect(id).toBe('local:طارق-حرب');
    expect(a.entities.find((e) => e.id === id)?.mentions.map((m) => m.text)).toEqual(['طارق حرب', 'حرب']);
  });

  it('a role given with an honorific and a name is that person later, the name unknown to the gazetteer', () => {
    const a = analysed('وأوضح وزير الزراعة الدكتور منصور الراجح أن الموسم جيد. وقال وزير الزراعة إن الأسعار ستنخفض.');
    expect(speakers(a)).toEqual(['وزير الزراعة الدكتور منصور الراجح → local:منصور-الراجح', 'وزير الزراعة → local:منصور-الراجح']);
  });

  it('a medium named by its title in quotation marks is a body, in either kind of marks', () => {
    const a = analysed('وقالت صحيفة "نيو ستار" إن الحكومة ستستقيل. وذكرت صحيفة «نيو ستار» أن الأزمة طويلة. وقالت صحيفة محلية إن الوزير غادر.');
    expect(speakers(a)).toEqual(['صحيفة "نيو ستار" → local:صحيفه-نيو-ستار', 'صحيفة «نيو ستار» → local:صحيفه-نيو-ستار', 'صحيفة محلية → -']);
    expect(a.entities.find((e) => e.id === 'local:صحيفه-نيو-ستار')?.type).toBe('org');
  });

  it('على written with ى is no given name: the office after a title is no surname', () => {
    const a = analysed('تعتمد الخطة على التعليم عن بعد. وقال وزير التعليم إن الدراسة تبدأ غدا.');
    expect(speakers(a)).toEqual(['وزير التعليم → -']);
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads the name a speaker phrase ends with after its nationality', () => {
    const a = analysed('وقال الباحث السياسي اليمني مختار اليافعي إن الحل سياسي.');
    expect(speakers(a)).toEqual(['الباحث السياسي اليمني مختار اليافعي → local:مختار-اليافعي']);
  });

  it('names a body a speaker phrase gives in full, not a generic one', () => {
    const a = analysed('وقالت اللجنة القانونية إن القانون سيعدل. وذكرت وكالة أنباء أن الوفد وصل.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:اللجنه-القانونيه', undefined]);
    expect(a.entities.find((e) => e.id === 'local:اللجنه-القانونيه')?.type).toBe('org');
  });

  it('links a lone surname that comes before the full name to it', () => {
    const a = analysed('اليافعي: الحل سياسي. وقال الباحث السياسي اليمني مختار اليافعي إن الحل سياسي.');
    expect(new Set(a.statements.map((s) => s.speaker.entity))).toEqual(new Set(['local:مختار-اليافعي']));
  });

  it('links a rank and a surname to the officer named in full elsewhere', () => {
    const a = analysed('قاد العميد عبد الله الصبيحي الهجوم أمس. وقال العميد الصبيحي إن القوات تقدمت.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:عبد-الله-الصبيحي']);
  });

  it('links a family name after آل to the person named with it', () => {
    const a = analysed('افتتح الوزير صالح آل الشيخ المعرض. وشدد آل الشيخ على أن العمل مستمر.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:صالح-ال-الشيخ']);
  });

  it('names the person in apposition after the title phrase the speaker stops short of', () => {
    const a = analysed('قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي، ماري دوبون، إن الاتفاق تاريخي.');
    expect(a.statements[0].speaker.entity).toBe('local:ماري-دوبون');
  });

  it('takes a bare name the article gives its speaker twice for a person, not a common noun it also writes with ال', () => {
    const a = analysed('وقال يوهانس إن المشروع تأخر. وأضاف يوهانس أن التمويل وصل. وقال تصميم إن المبنى جاهز. وذكر تصميم أن التصميم جديد.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:يوهانس', 'local:يوهانس', undefined, undefined]);
  });

  it('reads a given name after an abbreviated title', () => {
    const a = analysed('وقال د. ناصر العريفي إن الدراسة شملت ألف طالب.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:ناصر-العريفي']);
  });

  it('leaves a noun and its complement after a nationality alone', () => {
    const a = analysed('وذكرت صحف تونسية زيارة ساركوزي إن الرئيس سيزور البلاد.');
    expect(a.statements.map((s) => s.speaker.entity)).not.toContain('local:زياره-ساركوزي');
  });

  it('names no one for an unnamed source, even when a person follows in its phrase', () => {
    const a = analysed('وقال مسؤول مقرب من حفصة دوابشة إن الاجتماع تأجل.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual([undefined]);
  });
});

describe('nameSpeakers: English', () => {
  const english = (body: string): Analysis => analyze({ id: 'speakers-test-en', title: 'News', paragraphs: [body], language: 'en', url: 'https://example.org/b', source: 'test', retrievedAt: '2026-11-30T00:00:00Z', removed: [] } as never);

  it('names the person a speaker phrase ends with, from a given name on', () => {
    const a = english('Former thinktank executive Ken Gude said the subpoena was overdue.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:ken-gude']);
  });

  it('names a body after the, and no one for capitals with no given name', () => {
    const a = english('The Disease Surveillance Team said cases fell. Marine Bulletin reported that the ship sank.');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:disease-surveillance-team', undefined]);
  });
});

