import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): topic subjects after أما, and lone bodies before a cue's particle.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('أما X فقد V: the topic after أما is the speaker of the cue after فقد', () => {
  it('reads a title after أما, with a comma before فقد', () => {
    const s = all(`${LEAD} أما الوزير، فقد أكد أن الخطة ستنفذ قريبا.`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'الخطة ستنفذ قريبا', rule: 'ar-subject-verb' });
  });
  it('reads a title and a name with no comma', () => {
    const s = all(`${LEAD} أما وزير المالية سامي العلي فقد أشار إلى أن العجز سينخفض.`);
    expect(s[1]).toMatchObject({ speaker: 'وزير المالية سامي العلي', content: 'العجز سينخفض' });
  });
  it('reads a body that opens the article', () => {
    expect(all('أما وزارة الصحة، فقد أكدت أن الوضع تحت السيطرة.')[0]).toMatchObject({ speaker: 'وزارة الصحة' });
  });
  it('reads a plural noun of people for a plural verb, with the required phrase in quotation marks', () => {
    const s = all(`${LEAD} أما المزارعون، فقد حملوا شركة المياه "المسؤولية الكاملة" عن تلف المحاصيل.`);
    expect(s[1]).toMatchObject({ speaker: 'المزارعون', stance: 'accuse' });
  });
  it('reads يرون with its أن after a plural topic', () => {
    const s = all(`${LEAD} أما المزارعون فيرون أن الشركة أهملت الصيانة.`);
    expect(s[1]).toMatchObject({ speaker: 'المزارعون', content: 'الشركة أهملت الصيانة' });
  });
  it('keeps the last speaker after a topic opened by a preposition', () => {
    const s = all('وقال الوزير إن الوضع مستقر. أما بخصوص الخطة، فقد أكد أن التنفيذ سيبدأ قريبا.');
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'التنفيذ سيبدأ قريبا' });
  });
  it('keeps the last speaker when the topic after أما is no speaker', () => {
    const s = all('وقال الوزير إن الوضع مستقر. أما الأسعار، فقد قالوا إنها سترتفع.');
    expect(s[1]?.speaker).toBe('الوزير');
  });
});

describe('a lone definite noun between the cue and its particle is the subject', () => {
  it('reads an unlisted body after a feminine verb (وأكدت الجوازات أن)', () => {
    const s = all(`${LEAD} وأكدت الجوازات أن الخدمة متاحة للجميع.`);
    expect(s[1]).toMatchObject({ speaker: 'الجوازات', content: 'الخدمة متاحة للجميع' });
  });
  it('reads it after a masculine verb rather than the last speaker (وأوضح المرور أن)', () => {
    const s = all(`${LEAD} وأوضح المرور أن الطريق مغلق.`);
    expect(s[1]).toMatchObject({ speaker: 'المرور', content: 'الطريق مغلق' });
  });
  it('keeps the object of a verb of describing before its particle', () => {
    const s = all('وقال الوزير إن الوضع مستقر. ووصف المشروع بأنه ناجح.');
    expect(s[1]?.speaker).not.toBe('المشروع');
  });
});
