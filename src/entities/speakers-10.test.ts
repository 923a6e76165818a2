import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';
import { findEntities } from './index.js';

// Constructed sentences (not from any corpus): a bare name whose first letter may be a clitic (05-speakers-recurrence.ts
// `cliticLooking`), and a title alone that the article writes after that name (05-speakers-elsewhere.ts `namedAt`, the
// title pass run again after pass 5); a lone surname first written after و and a given name, or after a compound given
// name (05-speakers-named.ts `fullNameOf`); a body's head noun alone (05-speakers-elsewhere.ts `byHeadNoun`); Arabic
// `الحكومة` alone (05-speakers-government.ts `homeGovernmentOf`); a surname that starts as و or ف do
// (03-chunks-names.ts `foreignSurname`); two unknown words ending a title phrase after its nationality
// (05-speakers-named.ts `foreignName`); an office linked to its ministry, the person named with it (05-speakers-elsewhere.ts
// `officeOfBody`).
function analysed(body: string, language: 'ar' | 'en' = 'ar'): Analysis {
  return analyze({ id: 'speakers-10-test', title: 'خبر', paragraphs: body.split('\n'), language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const speakers = (body: string, language: 'ar' | 'en' = 'ar') => analysed(body, language).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a bare name that reads also as a clitic and a word', () => {
  it('links a recurring name starting with ب to one person, and the title written after it elsewhere', () => {
    const out = speakers('والتقت الصحيفة كيرتي بانيراتنام الرئيس التنفيذي لشركة النسيم للطاقة في مكتبه.\nوقال بانيراتنام إن الشركة تدرس مشاريع جديدة.\nوأكد بانيراتنام أن الطلب على الكهرباء يرتفع كل عام.\nوقال الرئيس التنفيذي إن الأسعار ستنخفض العام المقبل.');
    expect(out).toEqual(['بانيراتنام → local:بانيراتنام', 'بانيراتنام → local:بانيراتنام', 'الرئيس التنفيذي → local:بانيراتنام']);
  });

  it('takes no short word glued to ب for a name', () => {
    const out = speakers('وقال بشار إن الطريق مغلق.\nوأضاف بشار أن المطر غزير.');
    expect(out.every((s) => s.endsWith('→ -') || !s.includes('local:بشار'))).toBe(true);
  });
});

describe('nameSpeakers: an English surname known only where it speaks, a title after its first mention', () => {
  it('links "the commissioner" to the one person the article names right before the title', () => {
    const out = speakers('The paper interviewed Zoltán Kerekes, the Hungarian Government commissioner for water works, on Monday.\nKerekes said the plant would open in May.\nKerekes added that the cost was lower than planned.\nThe commissioner said the loan would be repaid in ten years.', 'en');
    expect(out[out.length - 1]).toBe('The commissioner → local:kerekes');
  });
});

describe('nameSpeakers: a lone surname first written after و or a compound given name', () => {
  it('reads the given name after و as the start of the full name', () => {
    const out = speakers('وحضر الاجتماع نوري الكاظمي وأسامة الحديثي وممثلون عن الأحزاب.\nوقال الحديثي إن الاتفاق قريب.');
    expect(out).toEqual(['الحديثي → local:اسامه-الحديثي']);
  });

  it('reads a compound given name before the surname', () => {
    const out = speakers('وزار الموقع العميد عبد الأمير الجبوري أمس.\nوقال الجبوري إن القوات تتقدم.');
    expect(out).toEqual(['الجبوري → local:عبد-الامير-الجبوري']);
  });

  it('takes no kinsman written after و later for the surname first written alone', () => {
    const out = speakers('وغنى يوسف حداد في الحفل أمس.\nوقال حداد إن الجمهور رائع.\nوعزف نجلاه سامي وعلي حداد معه.');
    expect(out[0]).not.toBe('حداد → local:علي-حداد');
  });
});

describe('nameSpeakers: a body named by its head noun alone', () => {
  it('links المنسقية to the one body named with that noun before', () => {
    const out = speakers('أعلنت المنسقية العامة لرئاسة الوزراء الماليزية، أن الحملة انتهت.\nوقالت المنسقية إن المخالفين أوقفوا.');
    // The attribution stage may already give the head noun the body's full name (coref-mention.ts); either way the link holds.
    expect(out[out.length - 1]).toMatch(/→ local:المنسقيه-العامه/u);
  });

  it('links nothing when two bodies were named with that noun', () => {
    const out = speakers('اجتمعت وزارة الصحة الماليزية ووزارة التعليم الماليزية أمس.\nوقالت الوزارة إن المدارس ستفتح.');
    expect(out[out.length - 1]).toBe('الوزارة → -');
  });
});

describe('nameSpeakers: الحكومة alone in an article about one country', () => {
  it('links it to the country the article names most before it', () => {
    const out = speakers('شهدت البيرو احتجاجات واسعة. وخرج آلاف في البيرو إلى الشوارع. وطالب المحتجون في البيرو بإصلاحات.\nوقالت الحكومة إن الإصلاحات قادمة.');
    expect(out[out.length - 1]).toBe('الحكومة → country:PE');
  });

  it('links nothing when no country stands out', () => {
    const out = speakers('اجتمع وفد من البيرو مع وفد من تشيلي.\nوقالت الحكومة إن الاجتماع مثمر.');
    expect(out[out.length - 1]).toBe('الحكومة → -');
  });
});

describe('findEntities: a surname that starts as و or ف do', () => {
  const people = (text: string) => findEntities({ text, blocks: [{ start: 0, end: text.length }] as never, sentences: [{ start: 0, end: text.length }] as never, lang: 'ar' })
    .filter((e) => e.type === 'person').map((e) => e.mentions[0].text);

  it('reads it as the surname after a known given name', () => {
    expect(people('وقال وزير النقل الكندي أنتوني فيرسكو إن القطارات آمنة.')).toEqual(['أنتوني فيرسكو']);
  });

  it('reads no possessed noun after و as a surname', () => {
    expect(people('وصل الأمير ويليام وزوجته إلى المدينة.')).not.toContain('ويليام وزوجته');
  });
});

describe('nameSpeakers: two unknown words ending a title phrase after its nationality', () => {
  it('links them as a person, not the country', () => {
    const out = speakers('وقال وزير الزراعة والثروة الحيوانية البرازيلي زيفان مورينكو إن المحصول وفير.');
    expect(out).toEqual(['وزير الزراعة والثروة الحيوانية البرازيلي زيفان مورينكو → local:زيفان-مورينكو']);
  });
});

describe('nameSpeakers: an office the entity stage linked to its ministry', () => {
  it('links it to the person the article names with that office', () => {
    const out = speakers('وقال وزير خارجية البرازيل كارلوس منديش إن المحادثات مثمرة.\nوأضاف وزير خارجية البرازيل أن الاتفاق قريب.');
    expect(out).toEqual(['وزير خارجية البرازيل كارلوس منديش → local:كارلوس-منديش', 'وزير خارجية البرازيل → local:كارلوس-منديش']);
  });

  it('leaves it with the ministry when the article names no holder', () => {
    const out = speakers('وقال وزير خارجية البرازيل إن المحادثات مثمرة.');
    expect(out).toEqual(['وزير خارجية البرازيل → org:br-foreign-ministry']);
  });
});
