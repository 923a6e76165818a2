import { describe, expect, it } from 'vitest';
import { statementsOf } from './ar.test.js';

const T = 'A headline about nothing';

describe('English attribution', () => {
  it.each([
    ['speaker first, that-clause', 'The Kremlin spokesman Dmitry Peskov said that the talks would resume.',
      { speaker: 'The Kremlin spokesman Dmitry Peskov', stance: 'assert', content: 'the talks would resume', rule: 'en-said-that' }],
    ['quote first, said + name', '"We will stay until the end," said Maria Lopez.',
      { speaker: 'Maria Lopez', content: 'We will stay until the end,', direct: true }],
    ['denial', 'North Korea denied reports that it had sent troops.', { speaker: 'North Korea', stance: 'deny' }],
    ['accusation with a target', 'President Zelensky accused Pyongyang of sending weapons.',
      { speaker: 'President Zelensky', stance: 'accuse', targets: ['Pyongyang'] }],
    ['a demand with urged', 'Foreign Secretary Dominic Raab urged the embassy to reconsider.', { stance: 'demand', speaker: 'Foreign Secretary Dominic Raab' }],
    ['a warning', 'The World Health Organization warned that cases were rising.', { stance: 'warn', content: 'cases were rising' }],
    ['according to', 'According to the BBC, the talks collapsed late on Friday.',
      { speaker: 'the BBC', content: 'the talks collapsed late on Friday', rule: 'en-according-to' }],
    ['could not confirm', 'The Pentagon could not confirm the deployment of the troops.',
      { speaker: 'The Pentagon', stance: 'doubt', content: 'the deployment of the troops', rule: 'en-could-not-confirm' }],
    ['told someone to do something is a demand', 'The governor told residents to leave the coast.', { stance: 'demand' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('en', T, sentence)[0]).toMatchObject(expected);
  });

  it('quote first, said + pronoun: the pronoun takes the last speaker', () => {
    const s = statementsOf('en', T, 'Peskov said the talks were useful. "We see no grounds for that," he said.');
    expect(s[1]).toMatchObject({ speaker: 'Peskov', content: 'We see no grounds for that,', direct: true, rule: 'en-quote-said' });
  });

  it('a pronoun takes the nearest earlier person, not a body', () => {
    const s = statementsOf('en', T, 'Prime Minister Jane Hill said the plan was ready.', 'The ministry said funds were approved. She said the vote would follow.');
    expect(s[2].speaker).toBe('Prime Minister Jane Hill');
  });

  it.each([
    ['a fact without a cue is not a statement', 'The two countries signed a treaty in June.'],
    ['an adjective "alleged" is not a cue', 'The alleged attack took place at night.'],
    ['a passive "was said to" is not a statement', 'The building was said to be empty.'],
  ])('%s', (_name, sentence) => {
    expect(statementsOf('en', T, sentence)).toEqual([]);
  });
});
