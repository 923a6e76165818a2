import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Round 17: English recall and stance on made-up wire sentences (none from a gold or corpus article).
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence)
  .map((s) => [s.speaker, s.stance, s.content]);

describe('beliefs, hopes and fears held of a clause (cues.tsv, objects.tsv clause-cue)', () => {
  it.each([
    ['thinks that', 'The farmer thinks that the harvest will fail.', ['The farmer', 'assert', 'the harvest will fail']],
    ['think, a bare clause', 'Police think the fire was started deliberately.', ['Police', 'assert', 'the fire was started deliberately']],
    ['thought, a bare past', 'The police thought the gunman acted alone.', ['The police', 'assert', 'the gunman acted alone']],
    ['hopes that', 'The union hopes that the company will reconsider.', ['The union', 'assert', 'the company will reconsider']],
    ['suspect that', 'Investigators suspect that the fire was set on purpose.', ['Investigators', 'assert', 'the fire was set on purpose']],
    ['fears that', 'The mayor fears that the river will flood the town.', ['The mayor', 'warn', 'the river will flood the town']],
    ['is convinced that', 'The minister is convinced that the deal will pass.', ['The minister', 'assert', 'the deal will pass']],
  ])('%s', (_name, sentence, statement) => {
    expect(brief(sentence)).toEqual([statement]);
  });
  it.each([
    ['the noun after a preposition', 'Amid fears that the dam would burst, residents fled.'],
    ['the noun after a verb', 'The flood raised hopes that the dam would hold.'],
    ['a thought with no clause', 'He thought about the offer for a week.'],
    ['a compound noun', 'The minister addressed a think tank in the capital.'],
  ])('nothing from %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
  it('reads "called" after a think tank, not "think"', () => {
    expect(brief('The minister speaking to a think tank called the plan "a farce".').map((s) => s[1])).toEqual(['deny']);
  });
});

describe('a cue inside a relative clause in commas (relative-cue-end.ts)', () => {
  it.each([
    ['a past predicate', 'The minister, who said the talks had failed, left the meeting early.', 'the talks had failed'],
    ['an auxiliary', 'The mayor, who has said the budget is balanced, will resign in May.', 'the budget is balanced'],
    ['a comma inside the clause', 'The senator, who said the plan, which passed in May, was flawed, voted against it.', 'the plan, which passed in May, was flawed'],
    ['which', 'The agency, which has said the water is safe, closed the plant.', 'the water is safe'],
  ])('ends the content before the sentence\'s own predicate: %s', (_name, sentence, content) => {
    expect(brief(sentence).map((s) => s[2])).toEqual([content]);
  });
  it('leaves a relative clause closing the sentence alone', () => {
    expect(brief('They met the mayor, who said the bridge was safe, solid and cheap.').map((s) => s[2])).toEqual(['the bridge was safe, solid and cheap']);
  });
});

describe('a document or a decided thing before "demands that" (noun-cues.ts)', () => {
  it.each([
    ['a resolution', 'The resolution demands that all troops leave the region.', 'The resolution'],
    ['a letter', 'The letter demands that the agency publish its accounts.', 'The letter'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'demand', sentence.slice(sentence.indexOf('that ') + 5, -1)]]);
  });
  it('leaves an adjective before the noun "demands" alone', () => {
    expect(brief('The main demands that the union made were rejected.')).toEqual([]);
  });
});

describe('a passive cue with a document before its agent (passive.ts)', () => {
  it('reads the agent after "in a joint statement by"', () => {
    expect(brief('The blockade was condemned in a joint statement by Norway and Chile.')).toEqual([['Norway and Chile', 'accuse', 'The blockade']]);
  });
  it('leaves "in a vote by" alone', () => {
    expect(brief('The plan was condemned in a vote by the council.')).toEqual([]);
  });
});

describe('verbs of belittling, labelling and protest (cues.tsv)', () => {
  it.each([
    ['disparaged', 'The coach disparaged the referees.', ['The coach', 'accuse', 'the referees']],
    ['reasserted that', 'The minister reasserted that the deal was final.', ['The minister', 'assert', 'the deal was final']],
    ['branded X a Y', 'The mayor branded the decision a disgrace.', ['The mayor', 'accuse', 'the decision a disgrace']],
    ['labelled X a Y', 'The mayor labelled the report a fantasy.', ['The mayor', 'assert', 'the report a fantasy']],
    ['protested that', 'The driver protested that the light was green.', ['The driver', 'assert', 'the light was green']],
    ['projected that', 'The bank projected that growth would slow.', ['The bank', 'assert', 'growth would slow']],
    ['pleaded not guilty to', 'The banker pleaded not guilty to fraud.', ['The banker', 'deny', 'fraud']],
    ['writing that', 'The mayor took to Twitter, writing that the bridge was safe.', ['The mayor', 'assert', 'the bridge was safe']],
    ['welcomed X as Y', 'The union welcomed the ruling as a victory for workers.', ['The union', 'assert', 'the ruling as a victory for workers']],
    ['hit back at', 'The coach hit back at the pundits.', ['The coach', 'accuse', 'the pundits']],
    ['was adamant that', 'The pilot was adamant that the engine had failed.', ['The pilot', 'assert', 'the engine had failed']],
    ['sought to reassure', 'The bank sought to reassure savers that their deposits were safe.', ['The bank', 'assert', 'their deposits were safe']],
  ])('%s', (_name, sentence, statement) => {
    expect(brief(sentence)).toEqual([statement]);
  });
  it.each([
    ['reasserting control', 'The army reasserted control over the city.'],
    ['welcoming guests', 'The mayor welcomed the guests at the town hall.'],
    ['writing a book', 'He is writing a book about the bridge.'],
    ['appealing a verdict', 'The banker appealed the verdict.'],
  ])('nothing from %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
  it('still reads an appeal to someone to act', () => {
    expect(brief('The mayor appealed to residents to stay calm.').map((s) => s[1])).toEqual(['demand']);
  });
});

describe('stance words (stance-markers.tsv)', () => {
  it('reads condemnation in the content as a charge', () => {
    expect(brief('The mayor said the decision was reckless.').map((s) => s[1])).toEqual(['accuse']);
  });
  it('reads "should" before its subject as a condition, no duty', () => {
    expect(brief('Should the talks fail, the army would act, according to the minister.').map((s) => s[1])).toEqual(['assert']);
  });
  it('still reads "should" before a verb as a duty', () => {
    expect(brief('The minister said the army should act.').map((s) => s[1])).toEqual(['demand']);
  });
});

describe('a belief of the same source inside its own statement (own-stance.ts)', () => {
  it.each([
    ['a present', 'The minister said he believes the talks will succeed.', 'he believes the talks will succeed'],
    ['a past hope', 'The minister said she hoped the talks would resume.', 'she hoped the talks would resume'],
  ])('makes one statement: %s', (_name, sentence, content) => {
    expect(brief(sentence)).toEqual([['The minister', 'assert', content]]);
  });
  it('still reads another source\'s belief', () => {
    expect(brief('The minister said the union thinks the plan will fail.').map((s) => s[0])).toEqual(['The minister', 'the union']);
  });
});

describe('a passive invitation with no infinitive (passive.ts)', () => {
  it('reads nothing from "was invited by" alone', () => {
    expect(brief('The minister was invited by Ana Ruiz.')).toEqual([]);
  });
  it('still reads one with its infinitive', () => {
    expect(brief('The residents were invited by the mayor to leave the square.').map((s) => [s[0], s[1]])).toEqual([['the mayor', 'demand']]);
  });
});
