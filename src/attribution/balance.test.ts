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

describe('a content cut before its reporting clause', () => {
  it('ends before the comma that led to the clause', () => {
    const [s] = statementsOf('en', 'Title', '"We will not back down," the minister said.');
    expect(s.content).toBe('We will not back down');
  });

  it('keeps a comma inside a quotation the content holds whole', () => {
    const text = 'He said "yes, no," then left';
    const start = text.indexOf('"yes');
    expect(text.slice(...balancedContent(text, [start, start + '"yes, no,"'.length]))).toBe('"yes, no,"');
  });
});
