import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';
import { carriesObjectPronoun } from './indefinite-subject.js';

// Our own sentences (none from a gold or corpus article), round 25: an imperfect cue verb describing the indefinite
// noun right before it has that noun for its subject (ar/indefinite-subject.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('the indefinite noun a cue verb describes is its speaker', () => {
  it('reads a body with its adjective as the speaker and the noun after the verb as the accused', () => {
    const s = all('أصدرت منظمات حقوقية تتهم الشرطة بقمع المحتجين بيانا مشتركا أمس.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'منظمات حقوقية', stance: 'accuse', targets: ['الشرطة'] })]);
  });
  it('reads a report as the speaker of a demand on the one named after the verb', () => {
    const s = all('نشر المرصد تقارير تطالب البلدية بإصلاح الطريق الساحلي.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'تقارير', stance: 'demand', targets: ['البلدية'] })]);
  });
  it('reads people in a plural as the speakers of a clause', () => {
    const s = all('ورد الوزير على منتقدين يقولون إن الميزانية لا تكفي.');
    expect(s.find((x) => x.content === 'الميزانية لا تكفي')).toEqual(expect.objectContaining({ speaker: 'منتقدين' }));
  });
  it('leaves a name governed by a preposition alone (the verb has a subject further back)', () => {
    const s = all('قال المحلل إن قرار القمة في باريس يؤكد على أهمية التعاون.');
    expect(s.map((x) => x.speaker)).not.toContain('باريس');
  });
  it('leaves a thing that merely shows alone', () => {
    const s = all('لم تجد الشرطة علامة تشير إلى اقتحام المبنى.');
    expect(s.map((x) => x.speaker)).not.toContain('علامة');
  });
  it('leaves a noun before a verb that takes a resumptive فيه alone', () => {
    const s = all('وفي تقرير يتهم فيه المرصد البلدية بالإهمال، قال إن الطريق خطر.');
    expect(s.map((x) => x.speaker)).not.toContain('تقرير');
  });
});

describe('an object pronoun on a cue verb (carriesObjectPronoun)', () => {
  it('tells the pronoun from letters of the stem', () => {
    expect(carriesObjectPronoun('تتهمه', 'اتهم')).toBe(true);
    expect(carriesObjectPronoun('يتهمونها', 'اتهم')).toBe(true);
    expect(carriesObjectPronoun('اتهمته', 'اتهم')).toBe(true);
    expect(carriesObjectPronoun('تتهم', 'اتهم')).toBe(false);
    expect(carriesObjectPronoun('ينبه', 'نبه')).toBe(false);
  });
});
