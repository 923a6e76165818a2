import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis, Lang } from '../model/index.js';
import { findEntities, nameSpeakers } from './index.js';
import { words } from './keys.js';

// Constructed sentences (not from any corpus): statements of one source named differently linked to one entity.
function analysed(body: string, language: Lang = 'ar', title = 'خبر'): Analysis {
  return analyze({ id: 'speakers-3-test', title, paragraphs: [body], language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const speakers = (a: Analysis) => a.statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a compound given name in الدين', () => {
  it('reads a name whose given name is two words, neither a given name alone', () => {
    const a = analysed('وقال خطيب جمعة المدينة نور الدين الحلواني إن الصلاة تقام غدا.');
    expect(speakers(a)).toEqual(['خطيب جمعة المدينة نور الدين الحلواني → local:نور-الدين-الحلواني']);
  });

  it('keeps a body whose name holds such a name a body', () => {
    const a = analysed('وقالت حركة "نور الدين الحلواني" إن الهدنة انتهت.');
    expect(a.entities.find((e) => e.id === a.statements[0].speaker.entity)?.type).toBe('org');
  });

  it('reads no name in a noun before الدين that is no such given name', () => {
    const a = analysed('وقال رجال الدين المسلمون إن الصلاة تقام غدا.');
    expect(a.statements[0].speaker.entity).toBeUndefined();
  });
});

describe('nameSpeakers: a title alone that the article writes before one name', () => {
  it('links the title to the person named after it elsewhere, a rank between', () => {
    const a = analysed('وقال المحلل العسكري العقيد خالد الزعبي إن الهجوم فشل. وأضاف المحلل العسكري أن الجيش انسحب.');
    expect(speakers(a)).toEqual(['المحلل العسكري العقيد خالد الزعبي → local:خالد-الزعبي', 'المحلل العسكري → local:خالد-الزعبي']);
  });

  it('links a title in a headline to the person the body names with it', () => {
    const a = analyzeTitled('وزير المياه: السدود ممتلئة', 'وقال وزير المياه خالد الحلبي إن الموسم جيد.');
    expect(new Set(a.statements.map((s) => s.speaker.entity))).toEqual(new Set(['local:خالد-الحلبي']));
  });

  it('leaves the title when the article writes it before two people', () => {
    const a = analysed('وقال المحلل العسكري خالد الزعبي إن الهجوم فشل. وقال المحلل العسكري فؤاد الحلبي إن الجيش تقدم. وأضاف المحلل العسكري أن القتال مستمر.');
    expect(a.statements[2].speaker.entity).toBeUndefined();
  });

  it('reads no body word as a person\'s title (police before a police chief\'s name)', () => {
    const text = 'Police Chief Mark Olsen closed the road. Police said two men were arrested.';
    expect(speakerEntity(text, 'Police', 'en', text.lastIndexOf('Police'))).toBeUndefined();
  });
});

/** The entity nameSpeakers links a speaker phrase to, given as its text at offset `at` (its first occurrence by default). */
function speakerEntity(text: string, phrase: string, lang: Lang, at = text.indexOf(phrase)): string | undefined {
  const toks = words(text);
  const entities = findEntities({ text, blocks: [], sentences: [], lang, words: toks });
  const statement = { speaker: { text: phrase, start: at, end: at + phrase.length }, targets: [] };
  return nameSpeakers(text, toks, entities, [statement as never], lang).statements[0].speaker.entity;
}

function analyzeTitled(title: string, body: string): Analysis {
  return analysed(body, 'ar', title);
}

describe('findEntities: a title and one name after the person was named in full', () => {
  it('links a title and a surname to the person named in full before', () => {
    const e = findEntities({ text: 'John Kowalczyk won the vote. Later President Kowalczyk spoke to reporters.', blocks: [], sentences: [], lang: 'en' });
    expect(e.filter((x) => x.type === 'person').map((x) => `${x.id}[${x.mentions.map((m) => m.text).join('|')}]`)).toEqual(['local:john-kowalczyk[John Kowalczyk|Kowalczyk]']);
  });

  it('links a title and a given name to the person named in full with that title', () => {
    const text = 'زار الأمير فهد الشمري المدينة. وقال الأمير فهد إن المشروع كبير.';
    const e = findEntities({ text, blocks: [], sentences: [], lang: 'ar' });
    expect(e.filter((x) => x.type === 'person').map((x) => x.id)).toEqual(['local:فهد-الشمري']);
  });

  it('reads a given name after another title as no one named before', () => {
    const text = 'زار الأمير فهد الشمري المدينة. وقال الوزير فهد إن المشروع كبير.';
    const e = findEntities({ text, blocks: [], sentences: [], lang: 'ar' });
    expect(e.filter((x) => x.type === 'person').map((x) => x.id)).toContain('local:فهد');
  });
});

describe('nameSpeakers: a medium by its noun and nationality', () => {
  it('links the newspaper of a nationality to the one newspaper named before', () => {
    const a = analysed('وقالت صحيفة "نيو ستار" إن الحكومة ستستقيل. وأضافت الصحيفة البريطانية أن الأزمة طويلة.');
    expect(speakers(a)).toEqual(['صحيفة "نيو ستار" → local:صحيفه-نيو-ستار', 'الصحيفة البريطانية → local:صحيفه-نيو-ستار']);
  });

  it('leaves it a body of its own when no newspaper was named before', () => {
    const a = analysed('وقالت الصحيفة البريطانية إن الأزمة طويلة.');
    expect(speakers(a)).toEqual(['الصحيفة البريطانية → local:الصحيفه-البريطانيه']);
  });
});

describe('nameSpeakers: English names', () => {
  it('reads no person in the tail of a place name a speaker phrase was cut from', () => {
    const text = 'He went to a New York City court, arguing that he was immune.';
    expect(speakerEntity(text, 'York City', 'en')).toBeUndefined();
    // The same words as a whole phrase are a name.
    expect(speakerEntity('York City said he was immune.', 'York City', 'en')).toBe('local:york-city');
  });

  it('gives a person known by titles only to the name found before its title in apposition', () => {
    const a = analysed('On Monday, Rosa Ventimiglia, the president of Malta, said the port would reopen.', 'en', 'Malta president reopens port');
    const rosa = a.entities.find((e) => e.id === 'local:rosa-ventimiglia');
    expect(rosa?.mentions.map((m) => m.text)).toContain('president of Malta');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['local:rosa-ventimiglia']);
  });
});
