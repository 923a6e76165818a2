import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// New English cues and stance markers of round 10 (cues.tsv, objects.tsv, stance-markers.tsv, 01-said-that.ts NOUN_BEFORE,
// said-object.ts PARTICLES), each with the non-speech use it must leave alone.
const brief = (sentence: string) => statementsOf('en', 'Headline', 'The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('new cues', () => {
  it.each([
    ['reiterated his call for', 'The bishop reiterated his call for a truce.', 'The bishop', 'demand', 'a truce'],
    ['renewed calls for', 'Growers renewed calls for a new dam.', 'Growers', 'demand', 'a new dam'],
    ['pressed X to', 'Councillors pressed the mayor to publish the accounts.', 'Councillors', 'demand', 'the mayor to publish the accounts'],
    ['remain sceptical that', 'Economists remain sceptical that the levy will work.', 'Economists', 'doubt', 'the levy will work'],
    ['are skeptical that', 'Growers are skeptical that the dam will be built.', 'Growers', 'doubt', 'the dam will be built'],
    ['fear a clause', 'Villagers fear the levee could break.', 'Villagers', 'warn', 'the levee could break'],
    ['doubt a clause', 'Engineers doubt the bridge can be saved.', 'Engineers', 'doubt', 'the bridge can be saved'],
    ['played down', 'The mayor played down fears of a flood.', 'The mayor', 'deny', 'fears of a flood'],
    ['downplayed', 'The mayor downplayed the risk of a flood.', 'The mayor', 'deny', 'the risk of a flood'],
    ['raised questions about', 'Auditors raised questions about the accounts.', 'Auditors', 'doubt', 'the accounts'],
    ['signalled that', 'The mayor signalled that she would stand again.', 'The mayor', 'assert', 'she would stand again'],
    ['hinted that', 'The mayor hinted that fares could rise.', 'The mayor', 'assert', 'fares could rise'],
    ['issued a warning that', 'The port issued a warning that the pier could flood.', 'The port', 'warn', 'the pier could flood'],
    ['issued a call for', 'The club issued a call for volunteers.', 'The club', 'demand', 'volunteers'],
    ['made an appeal for', 'The vicar made an appeal for calm.', 'The vicar', 'demand', 'calm'],
    ['voiced his opposition to', 'The farmer voiced his opposition to the quarry.', 'The farmer', 'deny', 'the quarry'],
    ['ruled out', 'The mayor ruled out a new tax.', 'The mayor', 'deny', 'a new tax'],
    ['present slams', 'The guild slams the new tolls.', 'The guild', 'accuse', 'the new tolls'],
    ['present admits', 'The mayor admits the budget was too small.', 'The mayor', 'assert', 'the budget was too small'],
    ['plural concede', 'Engineers concede the dam has cracks.', 'Engineers', 'assert', 'the dam has cracks'],
    ['plural predict', 'Forecasters predict that the river will rise.', 'Forecasters', 'assert', 'the river will rise'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief(sentence)).toEqual([[speaker, stance, content]]);
  });
  it.each([
    ['pressed the button', 'The guard pressed the button and the gate opened.'],
    ['pressed charges', 'The owner pressed charges against the driver.'],
    ['pressed ahead', 'The council pressed ahead to finish the road.'],
    ['fear the worst', 'Villagers fear the worst.'],
    ['in fear', 'Many villagers live in fear of the river.'],
    ['no doubt', 'There is no doubt the levee will hold.'],
    ['little doubt', 'There is little doubt that the levee will hold.'],
    ['hinted at', 'The mayor hinted at a reshuffle.'],
    ['slams shut', 'The barn door slams shut.'],
    ['was ruled out of', 'The striker was ruled out of the final.'],
    ['refused to admit', 'The mayor refused to admit defeat.'],
    ['cast doubt on keeps its object', 'The auditors cast doubt on the accounts.'],
  ])('reports nothing new for %s', (name, sentence) => {
    const got = brief(sentence);
    if (name.startsWith('cast doubt')) expect(got).toEqual([['The auditors', 'doubt', 'the accounts']]);
    else expect(got).toEqual([]);
  });
});

describe('new stance markers', () => {
  it.each([
    ['did nothing wrong', '"I did nothing wrong," the baker told the court.', 'deny'],
    ['we don\'t know', '"We don\'t know how many sheep are missing," a shepherd said.', 'doubt'],
    ['none of this is true', '"None of this is true," the baker said.', 'deny'],
    ['a sham', 'The growers called the auction a sham.', 'deny'],
  ])('%s', (_name, sentence, stance) => {
    expect(brief(sentence).map((s) => s[1])).toEqual([stance]);
  });
});
