import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A speaker phrase read with no verb (بحسب، وفق) takes the sex of its title (ar/number.ts phraseGender): a later
// feminine bare verb does not stand for a man. Our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic bare verbs: the sex of a title read with no verb', () => {
  it('a feminine verb skips a minister named after بحسب', () => {
    const s = ar('وقالت الوزارة إن الخطة جاهزة للتنفيذ.', 'وبحسب وزير الداخلية سامي نور، فإن الوضع مستقر في العاصمة.', 'وأكدت أن الأمن مستتب في كل المدن.');
    expect(s.find((x) => x.content === 'الأمن مستتب في كل المدن')?.speaker).toBe('الوزارة');
  });

  it('a masculine verb still goes on with him', () => {
    const s = ar('وقالت الوزارة إن الخطة جاهزة للتنفيذ.', 'وبحسب وزير الداخلية سامي نور، فإن الوضع مستقر في العاصمة.', 'وأكد أن الأمن مستتب في كل المدن.');
    expect(s.find((x) => x.content === 'الأمن مستتب في كل المدن')?.speaker).toBe('وزير الداخلية سامي نور');
  });
});
