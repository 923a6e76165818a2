import { describe, expect, it } from 'vitest';
import { statementLines } from './statement.js';

describe('statementLines', () => {
  const speaker = { text: 'The minister' };
  it('gives a whole quotation its marks back', () => {
    expect(statementLines({ speaker, stance: 'assert', content: 'we will not retreat', direct: true }, 'en')).toEqual(['  The minister → assert → “we will not retreat”']);
  });
  it('keeps a partly quoted clause as written, its own marks only', () => {
    expect(statementLines({ speaker, stance: 'assert', content: 'the plan had "failed the families"', direct: true }, 'en')).toEqual(['  The minister → assert → the plan had "failed the families"']);
  });
  it('shows reported speech without marks', () => {
    expect(statementLines({ speaker, stance: 'deny', content: 'the troops had left', direct: false }, 'en')).toEqual(['  The minister → deny → the troops had left']);
  });
});
