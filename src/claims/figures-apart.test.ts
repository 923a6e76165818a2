import { describe, expect, it } from 'vitest';
import { continuationOf } from './continuation.js';
import { echoItemOf } from './echo.js';
import { evaluativeKind } from './evaluative.js';
import type { Member } from './types.js';

// One speaker's neighbouring findings about the same party with other figures on both sides are two points (session 23:
// an agency's count of the displaced, then where they live); and a framing of purpose (`تأتي انطلاقا من`) is a
// reading of an act, not the act. Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';
const member = (statementId: string, content: string, entities: string[]): Member => ({
  statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: 'the agency' }, speakerKey: 'local:the-agency', content, entities, lang: 'en', date: DAY,
});
const item = (m: Member, words: string) => echoItemOf(m, undefined, () => words.split(' ').map((w) => [w]), false, { follows: true });

describe('continuationOf: one speaker\'s halves sharing an entity, with figures', () => {
  const COUNT = member('a:1', 'the number of displaced people in Iraq reached 3.1 million, 250,000 of them since 8 May', ['country:IQ']);

  it('keeps apart a finding with other figures (shares of where they live)', () => {
    const where = member('a:2', 'in Iraq 67 % of the displaced people live with host families and 8 % in camps', ['country:IQ']);
    expect(continuationOf(item(COUNT, 'number displace people reach'), item(where, 'displace people live family camp'))).toBeUndefined();
  });

  it('joins halves naming the same figure', () => {
    const same = member('a:2', 'of the 3.1 million displaced people in Iraq most live with host families', ['country:IQ']);
    expect(continuationOf(item(COUNT, 'number displace people reach'), item(same, 'displace people live family'))).toBe(2);
  });

  it('joins halves when only one side names figures', () => {
    const none = member('a:2', 'displaced people in Iraq live with host families', ['country:IQ']);
    expect(continuationOf(item(COUNT, 'number displace people reach'), item(none, 'displace people live family'))).toBe(2);
  });
});

describe('evaluativeKind: a framing of purpose', () => {
  it.each([
    ['هذه المبادرة تأتي انطلاقا من حرص الهيئة على خدمة المواطنين', 'characterisation'],
    ['والدعم يأتي انطلاقاً من التزام الحكومة بواجبها', 'characterisation'],
    ['انطلقت القافلة من العاصمة صباح اليوم', undefined],
  ] as const)('%s → %s', (text, kind) => {
    expect(evaluativeKind(text, 'ar')).toBe(kind);
  });
});
