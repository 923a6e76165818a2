import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A progressive cue (are demanding, has been warning) is the subject's statement, not a passive (passive.ts, speaker-before.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('a progressive cue after "be" reads as the subject\'s statement (passive.ts, speaker-before.ts skipProgressive)', () => {
  it.each([
    ['are demanding', 'The striking nurses are demanding higher pay.', 'The striking nurses', 'demand', 'higher pay'],
    ['are warning that', 'Engineers are warning that the bridge could fail.', 'Engineers', 'warn', 'the bridge could fail'],
    ['have been calling for', 'Shopkeepers have been calling for a new car park.', 'Shopkeepers', 'demand', 'a new car park'],
    ['is accusing', 'The guild is accusing the mill of dumping waste.', 'The guild', 'accuse', 'the mill of dumping waste'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it('still reads "was accused by" as a passive', () => {
    expect(brief('The mill was accused by the guild of dumping waste.').map((s) => s[0])).not.toContain('The mill');
  });
});
