import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';

// Constructed sentences (not from any corpus): a speaker phrase that names a person beside a title the entity stage made
// a person known by titles only (05-speakers-titled.ts); many people or the media of a country (05-speakers-crowds.ts);
// a country's government made a body of its own (05-speakers-named.ts `countryOfGovernment`); a spokesperson of a body
// named after it (05-speakers-named.ts `personEnding`).
function analysed(body: string): Analysis {
  return analyze({ id: 'speakers-7-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const entities = (body: string) => analysed(body).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a person named beside their title', () => {
  it('gives a known surname before an office of the country to the person', () => {
    const out = entities('زار جون كيري مدينة جنيف يوم الأحد.\nوقال كيري وزير خارجية واشنطن إن المحادثات كانت مثمرة.');
    expect(out).toEqual(['كيري وزير خارجية واشنطن → person:kerry']);
  });

  it('gives a title and a name after a rank to the person named, who takes the title', () => {
    const { statements, entities: found } = analysed('وقال وزير الزراعة اليمني العميد حمدان المرقشي إن المحاصيل تضررت. وأضاف وزير الزراعة اليمني أن الأمطار تأخرت.');
    expect(statements.map((s) => s.speaker.entity)).toEqual(['local:حمدان-المرقشي', 'local:حمدان-المرقشي']);
    expect(found.find((e) => e.id === 'local:حمدان-المرقشي')?.mentions.map((m) => m.text)).toContain('وزير الزراعة اليمني');
  });

  it('reads two unknown words before an apposed title as the person', () => {
    expect(entities('وقال كوروساوا تانيغوتشي وزير الصحة الياباني إن الوضع مستقر.')).toEqual(['كوروساوا تانيغوتشي وزير الصحة الياباني → local:كوروساوا-تانيغوتشي']);
  });

  it('does not read a title with a glued preposition as the apposition of the words before it', () => {
    const out = entities('وقال ولي ولي العهد للرئيس المصري إن الزيارة ناجحة.');
    expect(out.some((s) => s.includes('local:ولي-ولي-العهد'))).toBe(false);
  });

  it('does not read a body after a title as the name', () => {
    const out = entities('وقال نائب الرئيس اليمني رئيس مجلس الوزراء إن الوضع مستقر.');
    expect(out.some((s) => s.includes('local:مجلس-الوزراء'))).toBe(false);
  });
});

describe('nameSpeakers: many people or the media of a country', () => {
  it('leaves the media, newspapers and reports of a country unlinked', () => {
    expect(entities('وذكرت وسائل الإعلام الكينية أن الجسر انهار.')).toEqual(['وسائل الإعلام الكينية → -']);
    expect(entities('وقالت صحف كينية إن الجسر انهار.')).toEqual(['صحف كينية → -']);
  });

  it('leaves a group of people of a country unlinked, past a word of number', () => {
    expect(entities('وقال عدد من المقيمين الكينيين إن الجسر انهار.')).toEqual(['عدد من المقيمين الكينيين → -']);
  });

  it('leaves officials and the government of a country speaking for it', () => {
    expect(entities('وقال مسؤولون كينيون إن الجسر آمن. وقالت الحكومة الكينية إن الجسر آمن.')).toEqual(['مسؤولون كينيون → country:KE', 'الحكومة الكينية → country:KE']);
  });
});

describe('nameSpeakers: an unnamed source close to a person', () => {
  it('leaves sources close to a named person unlinked', () => {
    expect(entities('وقالت مصادر مقربة من الرئيس السابق علي عبد الله صالح إن الحوار مستمر.')).toEqual(['مصادر مقربة من الرئيس السابق علي عبد الله صالح → -']);
  });

  it('keeps the person named in apposition after an unnamed source\'s title', () => {
    expect(entities('وقال جون كيري إن الاتفاق قريب. وقال مسؤول أمريكي، جون كيري، إن الحل ممكن.')).toEqual(['جون كيري → person:kerry', 'مسؤول أمريكي، جون كيري → person:kerry']);
  });
});

describe('nameSpeakers: a country\'s government', () => {
  it('links the government named by its nationality to the country, not to a body of its own', () => {
    expect(entities('وقالت الحكومة الكينية إن الجسر آمن.')).toEqual(['الحكومة الكينية → country:KE']);
  });

  it('gives the statement the government issued to the country', () => {
    const out = entities('وقالت الحكومة الكينية في بيان إن الجسر آمن. وأضاف البيان أن الطريق مفتوح.');
    expect(out).toEqual(['الحكومة الكينية → country:KE', 'البيان → country:KE']);
  });
});

describe('nameSpeakers: a person of the gazetteer named after the body they speak for', () => {
  it('gives a spokesman for a ministry, named after it, to the person, not the ministry', () => {
    expect(entities('وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن المحادثات جادة.')).toEqual(['المتحدث باسم وزارة الخارجية الأمريكية جون كيربي → person:kirby']);
  });

  it('leaves a name the gazetteer does not know after a body to the body', () => {
    expect(entities('وقال المتحدث باسم البيت الأبيض كريم دوبان إن المحادثات جادة.')).toEqual(['المتحدث باسم البيت الأبيض كريم دوبان → org:white-house']);
  });
});

describe('gazetteer: bodies', () => {
  it('reads a popular resistance named with its nationality as a body, not the country', () => {
    expect(entities('وقالت المقاومة الشعبية الكينية إن الجسر آمن.')).toEqual(['المقاومة الشعبية الكينية → local:المقاومه-الشعبيه-الكينيه']);
  });

  it('knows the Nusra Front', () => {
    expect(entities('وقالت جبهة النصرة إن الجسر آمن.')).toEqual(['جبهة النصرة → org:al-nusra']);
  });
});

describe('gazetteer: people of one name but a letter', () => {
  it('tells Libya\'s prime minister al-Thani from King Abdullah II', () => {
    expect(entities('وقال رئيس الوزراء الليبي عبد الله الثني إن الحوار مستمر.')).toEqual(['رئيس الوزراء الليبي عبد الله الثني → person:abdullah-al-thani']);
  });
});
