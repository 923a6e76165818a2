import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis, Lang } from '../model/index.js';

// Constructed sentences (not from any corpus): one source's statements, named differently, linked to one entity.
function analysed(body: string, language: Lang = 'ar', title = 'خبر'): Analysis {
  return analyze({ id: 'speakers-4-test', title, paragraphs: body.split('\n'), language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const speakers = (a: Analysis) => a.statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('names: a given name that starts as the article does', () => {
  it('reads أليكسي as a given name, not as a definite noun', () => {
    const a = analysed('وقال أليكسي بوريسوف إن الملاعب جاهزة.');
    expect(speakers(a)).toEqual(['أليكسي بوريسوف → local:اليكسي-بوريسوف']);
  });
});

describe('nameSpeakers: the name after an honorific in a speaker phrase', () => {
  it('reads an unknown first name and a family name after الدكتور, and the family name alone later', () => {
    const a = analysed('وقال الدكتور عواد الخريجي إن البرنامج ناجح. وأضاف الدكتور الخريجي أن الطلاب راضون.');
    expect(speakers(a)).toEqual(['الدكتور عواد الخريجي → local:عواد-الخريجي', 'الدكتور الخريجي → local:عواد-الخريجي']);
  });

  it('reads no name in one word after the honorific', () => {
    const a = analysed('وقال الدكتور المعالج إن المريض بخير.');
    expect(a.statements[0].speaker.entity).toBeUndefined();
  });
});

describe('nameSpeakers: a title phrase cut short of the name after it', () => {
  it('links the title to the name it runs on to, past where the office is', () => {
    const a = analysed('وقال نائب رئيس هيئة الشؤون الخارجية في مقاطعة الشمال يونس الحلبي لـ«الصحيفة»: «الوضع هادئ».');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:يونس-الحلبي']);
  });

  it('never runs on past a preposition to the person the speaker met', () => {
    const a = analysed('وقال وزير الخارجية في مؤتمر صحفي مع نظيره يونس الحلبي إن الوضع هادئ.');
    expect(a.statements[0].speaker.entity).not.toBe('local:يونس-الحلبي');
  });

  it('never takes a father’s name in a lineage whose first name is unknown', () => {
    const a = analysed('وقال مدير الحملة الإقليمي في الشمال الدكتور غيث بن عبدالرحمن الحلبي، إن الحملة مستمرة.');
    expect(a.statements[0].speaker.entity).not.toBe('local:عبدالرحمن-الحلبي');
  });
});

describe('nameSpeakers: a title alone after a name in apposition', () => {
  it('links the title to the person named right before it', () => {
    const a = analysed('John Smith, the Acme chief executive, said the deal was good. Later the chief executive said profits would rise.', 'en', 'News');
    expect(speakers(a)).toEqual(['John Smith → local:john-smith', 'the chief executive → local:john-smith']);
  });
});

describe('nameSpeakers: a statement document speaks for its issuer', () => {
  it('links البيان to the speaker whose sentence named the statement', () => {
    const a = analysed('وقال المتحدث باسم الوزارة خالد العمري في بيان إن الطريق مغلق.\nوأضاف البيان أن الأعمال تنتهي غدا.');
    expect(speakers(a)).toEqual(['المتحدث باسم الوزارة خالد العمري → local:خالد-العمري', 'البيان → local:خالد-العمري']);
  });

  it('never gives it to a country that only names the body by its nationality', () => {
    const a = analysed('وقالت السفارة الأمريكية في بيان إن الطريق مغلق.\nوأضاف البيان أن الأعمال تنتهي غدا.');
    expect(a.statements.find((s) => s.speaker.text === 'البيان')?.speaker.entity).toBeUndefined();
  });

  it('leaves it alone when the statement was named paragraphs before', () => {
    const far = 'وتمتد الطريق مسافة طويلة بين المدن الشمالية والجنوبية. '.repeat(13);
    const a = analysed(`وقال خالد العمري في بيان إن الطريق مغلق.\n${far}\nوأضاف البيان أن الأعمال تنتهي غدا.`);
    expect(a.statements.find((s) => s.speaker.text === 'البيان')?.speaker.entity).toBeUndefined();
  });
});

describe('nameSpeakers: English names with an initial, an honorific or an affiliation', () => {
  it('reads a middle initial inside the name', () => {
    const a = analysed('Laura K. Hendricks said the review would begin on Monday.', 'en', 'News');
    expect(speakers(a)).toEqual(['Laura K. Hendricks → local:laura-k-hendricks']);
  });

  it('reads an unknown first name after an abbreviated honorific', () => {
    const a = analysed('Dr. Oskar Wielgosz said the ward was full.', 'en', 'News');
    expect(speakers(a)).toEqual(['Dr. Oskar Wielgosz → local:oskar-wielgosz']);
  });

  it('reads the person, not the body, of a name followed by where they work', () => {
    const a = analysed('Wendell Oakes of the University of Leeds said the ruling was clear.', 'en', 'News');
    expect(a.statements.map((s) => s.speaker.entity)).toEqual(['local:wendell-oakes']);
  });
});

describe('nameSpeakers: a person who ends a phrase linked to a nationality or body', () => {
  it('links the person, not the nationality as long a mention as the name', () => {
    const a = analysed('Turkish president Erdoğan said the deal was legal.', 'en', 'News');
    expect(a.statements[0].speaker.entity).toBe('person:erdogan');
  });

  it('keeps the person whom the speaker speaks for apart', () => {
    const a = analysed('وقال المتحدث باسم الرئيس الأمريكي أوباما إن الاتفاق قانوني.');
    expect(a.statements[0].speaker.entity).not.toBe('person:obama');
  });
});

describe('entities: names and bodies', () => {
  it('reads a family name in أبو as the third word of a name', () => {
    const a = analysed('وقال رئيس اللجنة ماجد أبو زعيتر إن الاعتقالات مستمرة. وأضاف أبو زعيتر أن الوضع صعب.');
    expect(new Set(a.statements.map((s) => s.speaker.entity))).toEqual(new Set(['local:ماجد-ابو-زعيتر']));
  });

  it('reads a cell (خلية) as a body’s head', () => {
    const a = analysed('وقالت خلية الإعلام الأمني إن الطريق مفتوح.');
    expect(a.entities.find((e) => e.id === a.statements[0].speaker.entity)?.type).toBe('org');
  });
});
