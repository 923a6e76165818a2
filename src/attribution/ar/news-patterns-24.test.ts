import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a circumstantial clause (وهو …) on the speaker, and the
// writer's gloss (في إشارة إلى …) after what was said.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('an aside on the speaker and the writer\'s gloss are no content', () => {
  it('reads the quotation after وهو متحدث … and ends it before في إشارة إلى', () => {
    const s = all('وقال خالد سالم وهو متحدث باسم البلدية «أغلقنا الطريق الشمالي بسبب الفيضان»، في إشارة إلى طريق الساحل.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'خالد سالم', content: 'أغلقنا الطريق الشمالي بسبب الفيضان', direct: true })]);
  });
  it('ends a reported clause before في إشارة إلى', () => {
    const s = all('وقال الوزير إن الحكومة واجهت صعوبات كبيرة هذا العام، في إشارة إلى أزمة الوقود.');
    expect(s.map((x) => x.content)).toEqual(['الحكومة واجهت صعوبات كبيرة هذا العام']);
  });
  it('passes في إشارة إلى before what was said opens', () => {
    const s = all('وقال الوزير، في إشارة إلى أزمة الوقود، إن الحكومة ستتدخل قريبا.');
    expect(s.map((x) => x.content)).toEqual(['الحكومة ستتدخل قريبا']);
  });
  it('passes a وهو clause closed by a comma after the subject', () => {
    const s = all('ودعا سامي ناصر، وهو محام معروف في المدينة، إلى إعادة فتح التحقيق في الحادث.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'سامي ناصر', content: 'إعادة فتح التحقيق في الحادث' })]);
  });
});
