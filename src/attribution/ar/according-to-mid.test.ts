import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a source phrase in the middle or at the end of a sentence
// (according-to.ts: attachedBefore, afterEarlierParticle).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', 'قال مسؤول إن الأمر انتهى.', ...paragraphs).slice(1);
const sourced = (...paragraphs: string[]) => all(...paragraphs).filter((s) => s.rule === 'ar-according-to');

describe('Arabic source phrases after the clause they report', () => {
  it('a source between commas with no و of its own reports the clause before it, not the words after it', () => {
    expect(sourced('غرق مئات المنازل في القرى الساحلية، حسب شهود عيان، وتضرر عدد كبير من الطرق.')).toEqual([
      expect.objectContaining({ speaker: 'شهود عيان', content: 'غرق مئات المنازل في القرى الساحلية' })]);
  });

  it('a source with و between commas still opens the clause after it', () => {
    expect(sourced('انتهى الاجتماع في المساء، وبحسب الوزارة، فإن المفاوضات ستستأنف الأسبوع المقبل.')).toEqual([
      expect.objectContaining({ speaker: 'الوزارة', content: 'المفاوضات ستستأنف الأسبوع المقبل' })]);
  });

  it('time words between the source and its comma leave the clause after the comma its content', () => {
    expect(sourced('وصل الوفد إلى المدينة ظهرا، وحسب الوزارة مساء أمس، انتهت أعمال الصيانة في المحطة الرئيسية.')).toEqual([
      expect.objectContaining({ speaker: 'الوزارة', content: 'انتهت أعمال الصيانة في المحطة الرئيسية' })]);
  });

  it('a source after a cue in its clause reports what the cue reports, from its particle on', () => {
    const s = all('وأوضح المحلل أن الأسعار سترتفع خلال الشتاء المقبل بسبب الطلب، وفقا لتقرير الصندوق.');
    expect(s.filter((x) => x.rule === 'ar-according-to').every((x) => x.content === 'الأسعار سترتفع خلال الشتاء المقبل بسبب الطلب')).toBe(true);
    expect(s.some((x) => x.content.startsWith('وأوضح'))).toBe(false);
  });
});
