import { describe, expect, it } from 'vitest';
import { balancedContent } from './balance.js';
import { statementsOf } from './statements-of.js';

describe('quotation marks of a content are paired', () => {
  it('takes in the closing mark of a quotation the content ends inside', () => {
    const [s] = statementsOf('ar', 'عنوان', 'وقال الوزير إن البلدين “يعملان على تطوير العلاقات في كافة المجالات” وأضاف أن الزيارة مهمة.');
    expect(s.content).toBe('البلدين “يعملان على تطوير العلاقات في كافة المجالات”');
  });

  it('takes in the opening mark of a quotation the content starts inside', () => {
    const text = 'قال «نحن مستعدون» للحوار';
    const start = text.indexOf('نحن');
    expect(text.slice(...balancedContent(text, [start, text.length]))).toBe('«نحن مستعدون» للحوار');
  });

  it('leaves a content whose marks are paired, or a mark not next to it, as it is', () => {
    const text = 'قال إن "الحوار" ممكن. "نعم';
    expect(balancedContent(text, [6, 20])).toEqual([6, 20]);
    expect(balancedContent(text, [6, 12])).toEqual([6, 12]);
  });
});
