import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): a وهو clause and a name after the speaker's title
// (said-after-aside.ts: namedAfterAside).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', 'قال مسؤول إن الأمر انتهى.', ...paragraphs).slice(1);

describe('Arabic speaker phrases with a وهو clause before the name', () => {
  it.each([
    ['a title, the clause and the name before إن',
      'وقال رئيس الرابطة الطبية، وهو من أقدم الجمعيات في البلاد، الدكتور سامر حداد، إن الرابطة ترفض القرار الجديد.',
      'رئيس الرابطة الطبية، وهو من أقدم الجمعيات في البلاد، الدكتور سامر حداد', 'الرابطة ترفض القرار الجديد'],
    ['a title with a quoted body after لـ, the clause and the name before a colon',
      'وقال الأمين العام لـ«الرابطة الطبية في كندا»، وهو من أقدم الجمعيات في البلاد، الدكتور سامر حداد: «نحن نرفض القرار الجديد ولن نقبل به أبدا».',
      'الأمين العام لـ«الرابطة الطبية في كندا»، وهو من أقدم الجمعيات في البلاد، الدكتور سامر حداد', 'نحن نرفض القرار الجديد ولن نقبل به أبدا'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(all(sentence)).toEqual([expect.objectContaining({ speaker, content })]);
  });

  it('a clause followed by the verb\'s own preposition adds nothing to the speaker', () => {
    expect(all('ودعا الشيخ سامر حداد، وهو فقيه معروف في البلاد، إلى محاكمة المسؤولين عن الحادث.')).toEqual([
      expect.objectContaining({ speaker: 'الشيخ سامر حداد', content: 'محاكمة المسؤولين عن الحادث' })]);
  });
});
