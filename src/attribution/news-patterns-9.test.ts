import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructions of real English news, round 9, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('"X and his counterparts" as a sentence subject is a "they" (en/speaker.ts, coref.ts)', () => {
  it('"They …" after a joint subject and one titled guest takes the joint subject', () => {
    const got = all('Trade minister Omar Haddad and his Danish, Dutch and Swiss counterparts, Lars Holm, Piet Vos and Urs Keller, met in Rome on Monday to discuss tariffs. The Austrian trade minister, Karl Bauer, attended as a guest.',
      'They called on Japan to lower its duties.');
    expect(got.map((s) => s.speaker)).toEqual(['Trade minister Omar Haddad and his Danish, Dutch and Swiss counterparts']);
  });
});

describe('a court\'s ruling reported as a clause (cues.tsv ruled, objects.tsv finding-cue)', () => {
  it('ruled on a day the ban was …', () => {
    expect(all('The appeals court ruled on Friday the ban was unlawful.').map((s) => [s.speaker, s.content])).toEqual([['The appeals court', 'the ban was unlawful']]);
  });
  it.each([
    ['ruled a country', 'The king ruled the country for forty years.'],
    ['ruled on the appeal of that decision', 'The high court ruled on the appeal of that decision.'],
  ])('%s is no statement', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
  it('a ruling quoted inside another speaker\'s words is no statement of its own', () => {
    expect(all('Her lawyer said: "Women do not have to justify themselves. The court has ruled that she did not lie, she is not a liar. She was portrayed as a liar."')
      .map((s) => s.speaker)).not.toContain('The court');
  });
});

describe('deemed that … (cues.tsv, objects.tsv clause-cue)', () => {
  it('a judgement reported as a clause', () => {
    expect(brief('The ministers deemed that the deal breaches the treaty.')).toEqual([['The ministers', 'assert', 'the deal breaches the treaty']]);
  });
  it('"sections deemed dangerous" is none', () => {
    expect(all('Crews demolished sections deemed dangerous.')).toEqual([]);
  });
});

describe('an adjective as a bare label (en/06-label.ts)', () => {
  it.each([
    ['called this dubious to the paper', 'Industry experts called this dubious to the paper, as the market is small.', 'Industry experts', 'this dubious'],
    ['called her party childish and …', 'The comments called her party childish and mocked her accent.', 'The comments', 'her party childish'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(all(sentence).slice(0, 1).map((s) => [s.speaker, s.content])).toEqual([[speaker, content]]);
  });
  it.each([
    ['called the police and left', 'He called the police and left.'],
    ['called them back', 'She called them back on Monday.'],
  ])('%s is no label', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
});

describe('an inverted cue whose speaker has a name apposed at the sentence end (en/05-inverted.ts)', () => {
  it('"…, argued the government\'s lawyer, Ann Roe."', () => {
    expect(brief('The council passed the rule in May.', 'It is not for the court to judge the motives, argued the government\'s lawyer, Ann Roe.'))
      .toEqual([['the government\'s lawyer, Ann Roe', 'assert', 'It is not for the court to judge the motives']]);
  });
});

describe('"In the analysis of X, …" names a source (sources.tsv)', () => {
  it('the clause after the comma is what the source holds', () => {
    expect(brief('In the analysis of the Energy Institute, the high costs render the project unrealistic.'))
      .toEqual([['the Energy Institute', 'assert', 'the high costs render the project unrealistic']]);
  });
});

describe('invited X to … (cues.tsv, objects.tsv infinitive-cue)', () => {
  it('invited the countries to open talks: a demand', () => {
    expect(brief('The ministry invited the countries to open talks.')).toEqual([['The ministry', 'demand', 'the countries to open talks']]);
  });
  it.each([
    ['invited reporters to the palace', 'The king invited reporters to the palace on Monday.'],
    ['invited bids', 'The ministry invited bids for the contract.'],
  ])('%s is no statement', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
});

describe('an honorific before a given name makes no name tail (en/antecedents.ts)', () => {
  it('"Crown Prince Omar bin Talal …" is the "he" of the next sentence, not a man named after him', () => {
    expect(all('The Daily Post revealed that in May, Crown Prince Omar bin Talal accepted the blame for the death of journalist Jamal Reza. Speaking to the paper, he said, "It happened under my watch."')
      .map((s) => s.speaker)).toEqual(['The Daily Post', 'Omar bin Talal']);
  });
});

describe('adviser, advisor and aide are title words of a speaker phrase (titles.tsv)', () => {
  it('"Former Vale adviser Mark Dunn …" is one phrase, the antecedent of a later "he"', () => {
    expect(all('Former Vale adviser Mark Dunn was on stage on Monday. He said the vote was fair.').map((s) => s.speaker))
      .toEqual(['Former Vale adviser Mark Dunn']);
  });
});

describe('claims and allegations after their possessor (en/possessive-noun.ts, objects.tsv possessed-cue)', () => {
  it.each([
    ['X\'s claims of … have not …', 'To date, the mayor\'s claims of widespread fraud have not gained any momentum in the courts.', ['the mayor', 'assert', 'widespread fraud']],
    ['X\'s allegations that …', 'Despite Lee\'s allegations that the vote was rigged, Vale signed the deal.', ['Lee', 'accuse', 'the vote was rigged']],
  ])('%s', (_name, sentence, want) => {
    expect(brief(sentence)).toEqual([want]);
  });
  it.each([
    ['no possessor', 'Amid allegations of fraud, the vote was annulled.'],
    ['an adjective before the noun', 'The court heard presidential claims of immunity on Monday.'],
  ])('%s: no statement', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
  it('the possessor is a surname of a joint mention before: its own conjunct (coref.ts)', () => {
    expect(all('Both Ann Lee and Tom Dunn claimed victory in the vote.', 'Despite Dunn\'s allegations of fraud, Lee took office.').map((s) => s.speaker))
      .toEqual(['Both Ann Lee and Tom Dunn', 'Tom Dunn']);
  });
});

describe('group, groups and critics are words of a speaker phrase (titles.tsv)', () => {
  it('"Conservative groups …, claiming …": the whole phrase is the participle\'s subject', () => {
    expect(all('Conservative groups held a rally in the capital, claiming the vote was stolen.').map((s) => s.speaker)).toEqual(['Conservative groups']);
  });
});

describe('a clause opened by a past form and its object after a clause-only cue (en/content.ts isClauseStart)', () => {
  it('"concluded evidence supported his murder"', () => {
    expect(brief('A UN report eventually concluded evidence supported his murder.')).toEqual([['A UN report', 'assert', 'evidence supported his murder']]);
  });
  it('"declared a park named after the mayor": a past form before a preposition opens no clause', () => {
    expect(all('The council declared a park named after the mayor.')).toEqual([]);
  });
});

describe('suggest after a plural subject (cues.tsv)', () => {
  it('"Some reports suggest …"', () => {
    expect(brief('Some reports suggest a deliberate criminal act.')).toEqual([['Some reports', 'assert', 'a deliberate criminal act']]);
  });
});

describe('a bracketed elision before a capital ends a quoted sentence (en/content.ts)', () => {
  it('the claim reported inside a quotation stops at "[...] But"', () => {
    expect(all('He noted, "The mayor and his allies have always claimed they have public support [...] But now [...] this is a slap in the face."')
      .map((s) => s.content)).toContain('they have public support');
  });
});

describe('responded/observed/agreed that, mentioned, recalled, reassured (cues.tsv, objects.tsv)', () => {
  it.each([
    ['responded that …', 'Lee responded that the plan had failed.'],
    ['observed that …', 'Lee observed that the plan had failed.'],
    ['agreed that …', 'Lee agreed that the plan had failed.'],
    ['recalled that …', 'Lee recalled that the plan had failed.'],
    ['reassured residents that …', 'Lee reassured residents that the plan had failed.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['Lee', 'assert', 'the plan had failed']]);
  });
  it('"… did not ratify it, and mentioned a possible court case": two statements', () => {
    expect(all('Lee noted that the council did not ratify the deal, and mentioned a possible court case.').map((s) => s.content))
      .toEqual(['the council did not ratify the deal', 'a possible court case']);
  });
  it('"recalled its ambassador" is no statement', () => {
    expect(all('Greece recalled its ambassador.')).toEqual([]);
  });
});

describe('a colon-only cue that reported nothing leaves a later participle to the named subject (en/clause-subject.ts)', () => {
  it('"X, who …, responded to her letter on Twitter, calling for …": X calls, not the one named before', () => {
    expect(brief('On Monday, agency head Emily Rowe sent a letter to the mayor.',
      'President Tom Vale, who appointed Rowe to her post himself in 2017, responded to her letter on Twitter, calling for a quick handover of the port.'))
      .toEqual([['President Tom Vale', 'demand', 'a quick handover of the port']]);
  });
  it('a colon-only cue with a quotation after it still hands its speaker on', () => {
    expect(all('Ann Lee met the mayor.', 'Tom Vale responded: "We will build it," adding that the port would open soon.').map((s) => s.speaker))
      .toEqual(['Tom Vale', 'Tom Vale']);
  });
});
