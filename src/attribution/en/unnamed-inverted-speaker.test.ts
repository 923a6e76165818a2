import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// After a quotation: an unnamed speaker after the cue (said one protester), and "said of X" (02-quote-said.ts, 01-said-that.ts).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content, s.direct]);

describe('a count word or an article and a bare noun after an inverted cue is the speaker (02-quote-said.ts countedAfter)', () => {
  it.each([
    ['said one', '"The water is still rising," said one farmer.', 'one farmer'],
    ['shouted a', '"Open the gates," shouted a fisherman.', 'a fisherman'],
    ['said the, then an aside', '"We lost the harvest," said the farmer, who has lived there for decades.', 'the farmer'],
    ['said a, then a place', '"We lost the harvest," said a farmer in the valley.', 'a farmer'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).map((s) => s[0])).toEqual([speaker]);
  });
  it('keeps a titled phrase with its body', () => {
    expect(brief('"The water is still rising," said a spokesman for the dam.').map((s) => s[0])).toEqual(['a spokesman for the dam']);
  });
});

describe('"said of X" after a quotation names whom it is about, no content of its own', () => {
  it.each([
    ['a named speaker', '"He never gave up," the coach said of the runner.', 'the coach'],
    ['a pronoun', '"She saved the farm," he said of his neighbour.', 'he'],
  ])('%s', (_name, sentence, speaker) => {
    const got = brief(sentence);
    expect(got).toHaveLength(1);
    expect(got[0][0]).toBe(speaker);
    expect(got[0][3]).toBe(true);
  });
});
