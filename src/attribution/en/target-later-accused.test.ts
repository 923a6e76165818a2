import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import { extract } from '../../extract/index.js';

// The accused of a quoted accusation whose first clause names no one: the subject of a later sentence (past "But") or
// of the clause after a long adjunct's comma; a phrase a demonstrative opens may part its adjectives by a comma, and a
// title's plural heads a party (en/target-accused.ts laterAccusedSubject, adjectiveComma).
function quoteTargets(quote: string): string[] {
  const text = `Strike talks\n\nThe union leader said: "${quote}"`;
  const r = extract({ bytes: Buffer.from(text, 'utf8'), source: 'test.txt', contentType: 'text/plain' });
  if (!r.ok) throw new Error(r.message);
  const [s] = analyze(r.article).statements;
  expect(s.stance).toBe('accuse');
  return s.targets.map((t) => t.text);
}

describe('the accused named in a later sentence of a quotation', () => {
  it('takes the subject of the sentence after "But"', () => {
    expect(quoteTargets('Talks went well in March. But these arrogant directors have betrayed every worker in the plant.')).toEqual(['these arrogant directors']);
  });

  it('keeps adjectives parted by a comma in the subject', () => {
    expect(quoteTargets('Talks went well in March. But these arrogant, greedy directors have betrayed every worker.')).toEqual(['these arrogant, greedy directors']);
  });

  it('takes the plural of a title as a party', () => {
    expect(quoteTargets('These arrogant ministers have betrayed every worker in the plant.')).toEqual(['These arrogant ministers']);
  });

  it('takes the subject after a long adjunct and its comma', () => {
    expect(quoteTargets('Now, for every day the port stays shut, the arrogant directors are breaking the law.')).toEqual(['the arrogant directors']);
  });

  it('takes no subject after a comma that names a thing', () => {
    expect(quoteTargets('Now, for every day the port stays shut, the arrogant plan is breaking the law.')).toEqual([]);
  });

  it('takes no comma-parted list of things for the accused', () => {
    expect(quoteTargets('Talks went well in March. But the arrogant weather, the roads have ruined the harvest.')).toEqual([]);
  });

  it('takes no subject that names an act', () => {
    expect(quoteTargets('Talks went well in March. But this arrogant plan has betrayed every worker.')).toEqual([]);
  });
});
