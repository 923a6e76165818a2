import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Stance read from the content of English real-news constructions (stance.ts, stance-turns.ts and
// data/lexicons/en/stance-markers.tsv): our own sentences, none from a gold or corpus article.
const stanceOf = (sentence: string, speaker = 'Sam Noor') =>
  statementsOf('en', 'Headline', sentence).find((s) => s.speaker === speaker)?.stance;

describe('English stance marker classes', () => {
  it.each([
    ['betrayal named is a charge', 'Sam Noor said the new tariff was a stab in the back for the farmers.', 'accuse'],
    ['a label of ignorance charges its bearer', 'Sam Noor said the council had shown a shocking ignorance of the river.', 'accuse'],
    ['calling someone a terrorist is a charge', 'Sam Noor said the driver is a terrorist and nothing else.', 'accuse'],
    ['a hostile aim is a charge', 'Sam Noor said the fines were meant to intimidate the market traders.', 'accuse'],
    ['a pretext is a charge', 'Sam Noor said the board used the audit as a pretext for closing the school.', 'accuse'],
    ['undermining a principle is a charge', 'Sam Noor said the decision undermines the independence of the port authority.', 'accuse'],
    ['testimony naming the doer of a rape is a charge', 'Sam Noor testified that she was raped by two of the guards.', 'accuse'],
    ['a damning label is a charge', 'Sam Noor said the mayor was a corrupt official and a traitor to the town.', 'accuse'],
    ['a grave mistake charged to an act', 'Sam Noor said closing the bridge was a big mistake.', 'accuse'],
    ['a defendant\'s "it was consensual" is a denial', 'Sam Noor claimed the meeting with the buyer was consensual.', 'deny'],
    ['"did not lie" answers a charge of lying', 'Sam Noor said his client did not lie to the inspectors.', 'deny'],
    ['an exhortation with let\'s is a call', 'Sam Noor wrote, "Let\'s all help the families of the miners."', 'demand'],
    ['naming what is needed calls for it', 'Sam Noor said, "What we need are more nurses in the valley."', 'demand'],
    ['"it is time" calls for the act', 'Sam Noor said it is time for the league to pay the players.', 'demand'],
    ['advice against is a call', 'Sam Noor said the agency does not recommend swimming in the lake.', 'demand'],
    ['pressing another party is a call', 'Sam Noor said the town would pressure the railway to restore the service.', 'demand'],
    ['a right claimed for someone calls for it', 'Sam Noor said the tenants had a right to clean water.', 'demand'],
    ['raising questions casts doubt', 'Sam Noor said the report raises serious questions about the contract.', 'doubt'],
    ['a duty with the harm of its breach is one warning', 'Sam Noor said the firm should pay its workers, else it will face a strike.', 'warn'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });
  it.each([
    ['a negated undermining reassures', 'Sam Noor said the decision has not undermined the independence of the port authority.', 'accuse'],
    ['"let\'s face it" only frames a point', 'Sam Noor said, "Let\'s face it, the harvest was poor this year."', 'demand'],
    ['"let\'s see" only defers', 'Sam Noor said, "Let\'s see what the jury decides next week."', 'demand'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence)).not.toBe(stance);
  });
});

describe('English stance across the turns of a quotation', () => {
  it('gives a short lead naming no stance and the turn after it the stance most of their words serve', () => {
    expect(stanceOf('Sam Noor said, "The board met on Monday. Instead of publishing the accounts, they are using the audit as a pretext for hiding the losses from the members and the bank."')).toBe('accuse');
  });
  it('leaves a long account closed by a short call an assertion', () => {
    expect(stanceOf('Sam Noor said, "The bridge was closed for six weeks in the spring and the ferry ran only twice a day for the whole of that time. What we need is a new bridge."')).toBe('assert');
  });
  it('gives the first statement of a quotation split at its turn the first stance (stance-split.ts)', () => {
    expect(stanceOf('Sam Noor said, "The port managers are lying about the gates and the pumps. They should ask the engineers who built the gates and the pumps last spring."')).toBe('deny');
  });
});
