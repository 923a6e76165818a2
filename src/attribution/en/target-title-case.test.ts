import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import { extract } from '../../extract/index.js';

// In a title-case headline a capital marks no name: a target there is a name the article shows (a gazetteer name, a
// word the body capitalises) or a title or body word, never a capitalised object (en/target-title-case.ts).
function headlineTargets(text: string): string[] {
  const r = extract({ bytes: Buffer.from(text, 'utf8'), source: 'test.txt', contentType: 'text/plain' });
  if (!r.ok) throw new Error(r.message);
  const a = analyze(r.article);
  const s = a.statements.find((x) => x.content.start < a.blocks[0].end);
  if (!s) throw new Error('no headline statement');
  return s.targets.map((t) => t.text);
}

describe('targets of a title-case headline', () => {
  it.each([
    ['names no one urged to calm', 'Council Urges Calm In Harbour Town\n\nThe council met late on Monday.'],
    ['names no one asked for a pay rise', 'Nurses Demand Pay Rise\n\nHospital staff marched through the town on Tuesday.'],
    ['takes no capitalised run for the accused', 'Regulator Accuses Rivals Of Fraud\n\nThe regulator met on Friday.'],
  ])('%s', (_name, text) => {
    expect(headlineTargets(text)).toEqual([]);
  });

  it('keeps a gazetteer name as the one urged', () => {
    expect(headlineTargets('UK Urges US To Waive Fees\n\nThe talks went on for hours.')).toEqual(['US']);
  });

  it('keeps a name the body capitalises', () => {
    expect(headlineTargets('Minister Blames Vantor Holdings For Delay\n\nThe delay at Vantor Holdings angered the port.')).toEqual(['Vantor Holdings']);
  });

  it('keeps a capitalised object in a sentence-case headline', () => {
    expect(headlineTargets('Senator urges Vantor Group to pay\n\nThe dispute has gone on for months.')).toEqual(['Vantor Group']);
  });
});
