import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), round 25: a وهو/وهي clause on the subject that no comma
// closes runs up to the verb's object (ar/circumstantial-object.ts).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('an unclosed وهو/وهي clause between the subject and the object', () => {
  it('starts the object at the noun carrying the subject\'s pronoun', () => {
    const s = all('وأعلن النائب سامي نور وهو من أقدم أعضاء لجنة المالية رفضه للميزانية الجديدة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'النائب سامي نور', content: 'رفضه للميزانية الجديدة' })]);
  });
  it('does not end the clause at a feminine noun in ة after وهو', () => {
    const s = all('وأعلن الوزير وهو من كبار القادة معارضته للخطة.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'الوزير', content: 'معارضته للخطة' })]);
  });
  it('starts the object at a noun of need', () => {
    const s = all('وأكد المحافظ وهو يتفقد الجسر ضرورة الإسراع في الترميم.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المحافظ', content: 'ضرورة الإسراع في الترميم' })]);
  });
  it('leaves the clause after a particle to the particle', () => {
    const s = all('وأكد المحافظ وهو يعرض خطته أن الجسر سيفتح قريبا.');
    expect(s).toEqual([expect.objectContaining({ speaker: 'المحافظ', content: 'الجسر سيفتح قريبا' })]);
  });
});
