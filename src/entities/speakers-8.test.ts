import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';

// Constructed sentences (not from any corpus): a bare common noun given to speakers twice (05-speakers-recurrence.ts); a
// feminine nisba read as a family name (03-chunks.ts `feminineNisba`); a feminine title referring back to a man
// (04-coref.ts); a surname after a title of a country (03-chunks.ts `surnameOfHolder`); بن opening a name
// (05-speakers-named.ts `lineageOpened`); علي inside a lineage (03-chunks.ts `nasabEnd`).
function analysed(body: string, language: 'ar' | 'en' = 'ar'): Analysis {
  return analyze({ id: 'speakers-8-test', title: language === 'ar' ? 'خبر' : 'News', paragraphs: body.split('\n'), language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const entities = (body: string, language: 'ar' | 'en' = 'ar') => analysed(body, language).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: bare common nouns are no names', () => {
  it('does not make a person of a noun written elsewhere with the article and a preposition', () => {
    const out = entities('وصل الزوار بالقارب إلى الجزيرة.\nوقال قارب إن الطريق طويلة. وأضاف قارب أن البحر هائج.');
    expect(out.some((s) => s.includes('local:قارب'))).toBe(false);
  });

  it('does not make a person of a noun written elsewhere in the feminine', () => {
    const out = entities('وقالت ملاحة في الشركة إن الرحلة تأخرت.\nوأضاف ملاح في الطائرة أن الجو عاصف. وقال ملاح أن الهبوط صعب.');
    expect(out.some((s) => s.includes('local:ملاح'))).toBe(false);
  });

  it('still makes a person of an unknown name said twice', () => {
    const out = entities('وقال سوكارنو إن الرحلة تأخرت. وأضاف سوكارنو أن الجو عاصف.');
    expect(out).toEqual(['سوكارنو → local:سوكارنو', 'سوكارنو → local:سوكارنو']);
  });

  it('does not read a long feminine nisba after a given name as a family name', () => {
    const out = entities('وقال خالد الصناعية إن المصنع جاهز.');
    expect(out.some((s) => s.includes('الصناعيه'))).toBe(false);
  });
});

describe('nameSpeakers: a feminine title refers back to no man', () => {
  it('does not link الوزيرة to a man the article named with a masculine title', () => {
    const out = entities('وكان وزير الداخلية المغربي «سمير الفاسي» صرح إثر لقائه نظيره التونسي كمال الغربي أن بلاده ستعزز تعاونها مع تونس. وأكدت الوزيرة -في كلمتها أمام مجلس النواب أول أمس الأربعاء- حرص بلادها على دعم تونس.');
    expect(out[1]).toBe('الوزيرة → -');
  });

  it('does not link الوزيرة to a gazetteer man, by his English given name', () => {
    const out = entities('وكان وزير الداخلية الفرنسي «برنار كازنوف» صرح إثر لقائه نظيره المغربي سمير الفاسي أن بلاده ستعزز تعاونها مع المغرب. وأكدت الوزيرة -في كلمتها أمام مجلس النواب أول أمس الأربعاء- حرص بلادها على دعم المغرب.');
    expect(out[1]).toBe('الوزيرة → -');
  });
});

describe('nameSpeakers: a surname after a title of a country', () => {
  it('links it to the one gazetteer holder of that office of that country', () => {
    const out = entities('UK Prime Minister Johnson said the plan would work.', 'en');
    expect(out).toEqual(['UK Prime Minister Johnson → person:boris-johnson']);
  });

  it('leaves another country’s office with the surname unknown', () => {
    const out = entities('Canadian Prime Minister Johnson said the plan would work.', 'en');
    expect(out.some((s) => s.includes('person:boris-johnson'))).toBe(false);
  });
});

describe('nameSpeakers: بن opening a name', () => {
  it('makes a person of بن and the word after it before a title', () => {
    const out = entities('وقال بن هارتلي نائب مدير الوكالة إن التقرير دقيق.');
    expect(out).toEqual(['بن هارتلي نائب مدير الوكالة → local:بن-هارتلي']);
  });

  it('does not read ابن and a kinship noun so', () => {
    const out = entities('وقال ابن عمه للصحفيين إن الضحية كان بريئا.');
    expect(out.some((s) => s.includes('local:ابن'))).toBe(false);
  });
});

describe('nameSpeakers: علي inside a lineage', () => {
  it('reads علي after بن as the father’s name, not the preposition على', () => {
    const out = entities('وقال رئيس الجمعية الخيرية الدكتور راشد بن علي بن سالم إن التبرعات زادت.');
    expect(out).toEqual(['رئيس الجمعية الخيرية الدكتور راشد بن علي بن سالم → local:راشد-بن-علي-بن-سالم']);
  });
});
