import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, eighth batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
/** The statement whose content starts with `head`. */
const at = (s: ReturnType<typeof all>, head: string) => s.find((x) => x.content.startsWith(head));

describe('Arabic stance markers of the fifth batch (stance-markers.tsv, stance-openers.tsv)', () => {
  const cases: [string, string, string, string][] = [
    ['calling an argument absurd denies it', 'وقال الوزير إن هذه حجة سخيفة لا يصدقها أحد.', 'هذه حجة', 'deny'],
    ['support made conditional on an act warns (call 18)', 'وقال النائب إن تأييد كتلته للحكومة مرهون بتنفيذ الوعود.', 'تأييد', 'warn'],
    ['not trusting that a party will comply doubts it', 'وأكد السفير أنه لا يثق بأن الحكومة ستفي بتعهداتها.', 'لا يثق', 'doubt'],
    ['"it is time to" calls for the act', 'وقال المبعوث: «حان الوقت لإنهاء الحصار».', 'حان الوقت', 'demand'],
    ['impunity named is a charge', 'وقال الوزير إن الهجوم نتيجة لإفلات الجناة من العقاب منذ سنوات.', 'الهجوم', 'accuse'],
    ['preparing to retaliate warns', 'وأكدت الحركة أن مقاتليها تستعد للرد على اغتيال قائدها.', 'مقاتليها', 'warn'],
    ['"it is better to" at the content head calls for the act', 'وقال الوزير: «من الأفضل إبقاء القيود على الاستيراد».', 'من الأفضل', 'demand'],
  ];
  it.each(cases)('%s', (_name, text, head, stance) => {
    expect(at(all(text), head)).toMatchObject({ stance });
  });
  it('distrust of a party alone stays a plain report (لا تثق في هؤلاء)', () => {
    expect(at(all('وقال الوزير إن الفصائل لا تثق في هؤلاء المقاتلين.'), 'الفصائل')).toMatchObject({ stance: 'assert' });
  });
});

describe('Arabic speakers of the fifth batch', () => {
  it('a quoted outlet after أبلغ is the one told, never the speaker (ar/told.ts)', () => {
    const s = all('وأبلغ «الصحيفة» أن الحكومة ستستقيل قريبا.');
    expect(s.every((x) => !x.speaker.includes('الصحيفة'))).toBe(true);
  });
  it('a surname introduced with a title in apposition, named again after a cue before في + a speech noun, is the subject (ar/surname.ts)', () => {
    const s = all('وشملت القرارات نواب الرئيس (سامي الخالدي زعيم كتلة الوفاق وهاني العمري زعيم كتلة النهضة).',
      'وقال مسؤول في الحكومة إن القرار نهائي.', 'بدوره، أكد العمري في حديث للصحيفة دعمه للقرار.');
    expect(s.find((x) => x.content.includes('دعمه'))?.speaker).toBe('العمري');
  });
});
