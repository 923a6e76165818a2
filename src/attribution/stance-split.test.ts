import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// A content split where its stance turns between its own sentences (stance-split.ts): one statement per stance, same
// speaker and cue, in text order. Our own sentences, none from a gold or corpus article.
const en = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const ar = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);
const brief = (s: ReturnType<typeof en>) => s.map((x) => [x.speaker, x.stance, x.content]);

describe('English quotations split where their stance turns', () => {
  it('splits a duty, then a charge, into two statements of the speaker', () => {
    expect(brief(en('Sam Noor said, "The board should publish the accounts. Instead, they are using the audit as a pretext for hiding the losses from the members and the bank."'))).toEqual([
      ['Sam Noor', 'demand', 'The board should publish the accounts.'],
      ['Sam Noor', 'accuse', 'Instead, they are using the audit as a pretext for hiding the losses from the members and the bank.'],
    ]);
  });
  it('reads each part\'s targets under its own stance: the duty falls on its subject', () => {
    const [first, second] = en('Sam Noor said, "The port managers are lying about the gates and the pumps. The council should pay the engineers who built the gates."');
    expect([first.stance, first.targets]).toEqual(['deny', []]);
    expect([second.stance, second.targets]).toEqual(['demand', ['The council']]);
  });
  it('keeps a short lead naming no stance with the turn after it, and splits the next turn', () => {
    expect(brief(en('Sam Noor said, "The harvest was poor. The minister is lying about the prices. The council should pay the farmers now for the lost crop."'))).toEqual([
      ['Sam Noor', 'deny', 'The harvest was poor. The minister is lying about the prices.'],
      ['Sam Noor', 'demand', 'The council should pay the farmers now for the lost crop.'],
    ]);
  });
  it('lets a long account before the first stance word stand as an assertion of its own', () => {
    expect(brief(en('Sam Noor said, "The bridge was closed for six weeks in the spring, and the ferry ran only twice a day for the whole of that long and very cold time. What we need is a new bridge."'))).toEqual([
      ['Sam Noor', 'assert', 'The bridge was closed for six weeks in the spring, and the ferry ran only twice a day for the whole of that long and very cold time.'],
      ['Sam Noor', 'demand', 'What we need is a new bridge.'],
    ]);
  });
  it('does not split the content of a cue with a stance of its own, while it splits an assertion\'s beside it', () => {
    expect(brief(en('Sam Noor warned, "The river will flood the lower town this winter. The council should build a wall." Lina Park said, "The port managers are lying about the gates and the pumps. They should ask the engineers who built the gates last spring."'))).toEqual([
      ['Sam Noor', 'warn', 'The river will flood the lower town this winter. The council should build a wall.'],
      ['Lina Park', 'deny', 'The port managers are lying about the gates and the pumps.'],
      ['Lina Park', 'demand', 'They should ask the engineers who built the gates last spring.'],
    ]);
  });
  it('gives every part a real span of the text and the quotation\'s direct flag, and names the split in the rule', () => {
    const text = 'Sam Noor said, "The board should publish the accounts. Instead, they are using the audit as a pretext for hiding the losses."';
    const found = statementsOf('en', 'Headline', text);
    expect(found).toHaveLength(2);
    for (const s of found) {
      expect(text).toContain(s.content);
      expect(s.direct).toBe(true);
      expect(s.rule).toBe('en-said-quote+stance-turn');
    }
  });
});

describe('Arabic quotations split where their stance turns', () => {
  it('splits a denial, then a charge, into two statements of the speaker', () => {
    expect(brief(ar('وقال الوزير سامي نور: «ما نشرته الصحف عن الصفقة مجرد كلام تتداوله الصحف. والخطوة التي أقدمت عليها الشركة جاءت انتهاكا للقانون الدولي».'))).toEqual([
      ['الوزير سامي نور', 'deny', 'ما نشرته الصحف عن الصفقة مجرد كلام تتداوله الصحف.'],
      ['الوزير سامي نور', 'accuse', 'والخطوة التي أقدمت عليها الشركة جاءت انتهاكا للقانون الدولي'],
    ]);
  });
  it('keeps a short lead naming no stance with the denial after it', () => {
    expect(brief(ar('وقال الوزير سامي نور: «الصفقة انتهت. وما نشر عنها مجرد كلام تتداوله الصحف. والخطوة التي أقدمت عليها الشركة جاءت انتهاكا للقانون الدولي».'))).toEqual([
      ['الوزير سامي نور', 'deny', 'الصفقة انتهت. وما نشر عنها مجرد كلام تتداوله الصحف.'],
      ['الوزير سامي نور', 'accuse', 'والخطوة التي أقدمت عليها الشركة جاءت انتهاكا للقانون الدولي'],
    ]);
  });
});
