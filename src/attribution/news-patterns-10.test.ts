import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructions of real English news, round 10, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('a source in mid-sentence with no comma before the predicate (en/03-according-to.ts)', () => {
  it('"Divers, searching …, according to the navy rescued …" reports the whole clause', () => {
    expect(brief('Divers, searching the harbour since dawn, according to the navy rescued two sailors alive near the pier on Sunday.'))
      .toEqual([['the navy', 'assert', 'Divers, searching the harbour since dawn, according to the navy rescued two sailors alive near the pier on Sunday']]);
    // (a source phrase going on with "quoted by" keeps the clause before it)
    expect(brief('The bridge was closed for two days, according to engineers quoted by the local paper.').map((s) => s[2]))
      .toEqual(['The bridge was closed for two days']);
  });
});

describe('"state" as a verb only after a plural subject phrase (cues.tsv, objects.tsv noun-cue, en/noun-cues.ts)', () => {
  it('"Figures from the health ministry state about …", never the noun', () => {
    expect(brief('Figures from the health ministry state about 40 thousand people were treated last winter.'))
      .toEqual([['Figures from the health ministry', 'assert', 'about 40 thousand people were treated last winter']]);
    // (the noun: the state, a police state, state media)
    for (const sentence of ['A state that is fair must protect its workers.', 'It was a police state that nobody wanted.',
      'Reports by the agency state media had been closed.']) expect(all(sentence)).toEqual([]);
  });
});

describe('a participle that opens its sentence has the next cue\'s subject (en/clause-subject.ts)', () => {
  it('"Saying "…", Governor X added, "…"" is the governor\'s, not the last speaker\'s', () => {
    const got = all('The mayor said the roads were clear.', 'Saying "the storm is not over", Governor Ana Ruiz added, "Stay at home tonight."');
    expect(got.filter((s) => s.rule === 'en-participle').map((s) => s.speaker)).toEqual(['Governor Ana Ruiz']);
  });
});

describe('"X from across Y said" (en/speaker-before.ts)', () => {
  it('the head before "from across" is kept', () => {
    expect(all('Lawmakers from across the region said the tax was unfair.').map((s) => s.speaker)).toEqual(['Lawmakers from across the region']);
  });
});

describe('a he/she with no recent antecedent takes the subject of a reported clause in the sentence before (en/antecedents.ts)', () => {
  it('"… revealed that in May, King Omar Said …. Speaking to X, he said" → the king, not an object named after him', () => {
    const got = all('Omar Nasser was arrested in March.',
      'The next week, the newspaper reported that in May, King Ahmad bin Khalid of Jordan had ordered the arrest of journalist Omar Nasser. Speaking to a radio host, he said, "It was a legal matter."');
    expect(got.filter((s) => s.content === 'It was a legal matter.').map((s) => s.speaker)).toEqual(['King Ahmad bin Khalid']);
  });
});

describe('", which they rejected" after a thing sent to someone (en/relative.ts)', () => {
  it('the one the plan was sent to rejects it; with none named, the subject does', () => {
    expect(brief('The farmers union had sent the ministry a proposal for new quotas, which they rejected.'))
      .toEqual([['the ministry', 'deny', 'a proposal for new quotas']]);
  });
  it('"sent X to Y, which they rejected": Y rejects X', () => {
    expect(brief('The tenants sent a petition to the city council, which they rejected on Monday.'))
      .toEqual([['the city council', 'deny', 'a petition']]);
    // (no recipient: the subject stays)
    expect(brief('The group issued a statement on the attack, which they later denied.').map((s) => s[0])).toEqual(['The group']);
  });
});

describe('a present-tense cue ending a title subject is its verb, not a noun of it (en/speaker.ts)', () => {
  it('"Freedonia reports …" in the title leaves "Freedonia" the body speaker, not "Freedonia reports"', () => {
    const got = statementsOf('en', 'Freedonia reports ten new cases of measles', 'Yesterday, Freedonia confirmed ten new cases of measles in the capital.');
    expect(got.map((s) => s.speaker)).toEqual(['Freedonia']);
  });
});
