import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of real English news, round 3 (scans of the open English articles), each tested on made-up
// sentences (none from a gold or corpus article).
const stanceOf = (sentence: string, speaker = 'Sam Noor') =>
  statementsOf('en', 'Headline', sentence).find((s) => s.speaker === speaker)?.stance;

describe('a duty as the predicate of the content (data/lexicons/en/stance-leads.tsv)', () => {
  it.each([
    ['"must" after a short subject', 'Sam Noor said the ferry company must refund the passengers.'],
    ['"must" in a headline-like clause', 'Sam Noor says landlords must repair the roofs before winter.'],
    ['"needs to" lays a duty', 'Sam Noor said the council needs to hire more nurses.'],
    ['"has to" lays a duty', 'Sam Noor said the league has to pay the players on time.'],
    ['"must" at the start of a quotation', 'Sam Noor said, "Parents must know what the school serves at lunch."'],
  ])('%s is a demand', (_name, sentence) => {
    expect(stanceOf(sentence)).toBe('demand');
  });
  it.each([
    ['"must have" guesses at the past', 'Sam Noor said the thieves must have known the code.'],
    ['"must" far into a long content', 'Sam Noor said the plan for the new bridge over the river, which the council must approve, was ready.'],
    ['"must" after a relative pronoun', 'Sam Noor said the papers which the clerks must keep were burnt.'],
    ['"had to" tells what happened', 'Sam Noor said the crew had to leave the ship at night.'],
  ])('%s is no demand', (_name, sentence) => {
    expect(stanceOf(sentence)).not.toBe('demand');
  });
});

const one = (sentence: string) => statementsOf('en', 'Headline', sentence);

describe('an unquoted label after "called" (06-label.ts)', () => {
  it.each([
    ['a label opened by "a"', 'Sam Noor called the new toll a tax on the poor.', 'the new toll a tax on the poor', 'assert'],
    ['a pronoun object', 'Sam Noor called him a hero of the flood.', 'him a hero of the flood', 'assert'],
    ['a stance marker as the label', 'Sam Noor called the report baseless.', 'the report baseless', 'deny'],
    ['a damning label is a charge', 'Sam Noor called the closure a grave mistake, and left.', 'the closure a grave mistake', 'accuse'],
  ])('%s', (_name, sentence, content, stance) => {
    expect(one(sentence)).toEqual([expect.objectContaining({ speaker: 'Sam Noor', content, stance, direct: false })]);
  });
  it.each([
    ['a call to someone', 'Sam Noor called the police.'],
    ['a call and a time', 'Sam Noor called him a day later.'],
    ['a meeting called', 'Sam Noor called a meeting of the board.'],
    ['two people called', 'Sam Noor called the police and a lawyer.'],
  ])('%s is no statement', (_name, sentence) => {
    expect(one(sentence)).toEqual([]);
  });
});

describe('the speaker after an inverted cue (05-inverted.ts, 02-quote-said.ts)', () => {
  it.each([
    ['an apposition after the name', 'Prices will rise next year, said Ann Lee, an economist at the bank.', 'Ann Lee'],
    ['an apposition, then an adjunct', 'Prices will rise next year, said Ann Lee, the chief economist, adding that wages lag.', 'Ann Lee'],
    ['a titled phrase with its body', 'Prices will rise next year, said a spokesman for the bank.', 'a spokesman for the bank'],
    ['a name with its body', 'The plan will fail in the end, said Dr. Ann Lee of the institute.', 'Dr. Ann Lee of the institute'],
    ['an acronym in brackets', 'It is possible to have low iron stores overall, says Blood Services Canada (BSC).', 'Blood Services Canada'],
  ])('%s', (_name, sentence, speaker) => {
    expect(one(sentence)[0]).toMatchObject({ speaker, content: sentence.slice(0, sentence.indexOf(',', sentence.indexOf(' ') + 20)) });
  });
  it('leaves a clause after the speaker to the cue', () => {
    expect(one('Prices will rise next year, said the mayor, the bridge will close.').some((s) => s.speaker === 'the mayor' && s.content === 'Prices will rise next year')).toBe(false);
  });
  it.each([
    ['after the quotation', '"Prices will rise next year," said a spokesman for the bank.', 'a spokesman for the bank'],
    ['an abbreviated title', '"There was no consultation," said Ms. Gillard.', 'Ms. Gillard'],
    ['an abbreviated title before the cue', 'Dr. Ann Lee said there was no consultation.', 'Dr. Ann Lee'],
  ])('a quotation\'s speaker %s', (_name, sentence, speaker) => {
    expect(one(sentence)[0]?.speaker).toBe(speaker);
  });
});

describe('a quotation before its cue (02-quote-said.ts)', () => {
  it('reads "he told the crowd at …" as an addressee with adjuncts, the quotation as what was said', () => {
    expect(one('Ann Lee spoke last. "Your votes decide the fate of the town," she told the crowd gathered at the school in Leeds.')
      .find((s) => s.content.startsWith('Your votes'))).toMatchObject({ speaker: 'Ann Lee', direct: true });
  });
  it('reads "was quoted as saying" after the quotation', () => {
    expect(one('Ann Lee spoke last. "We are looking at ways to cut the fees," she was quoted as saying.')[0])
      .toMatchObject({ speaker: 'Ann Lee', content: 'We are looking at ways to cut the fees' });
  });
  it('takes no antecedent from the first words of a quotation', () => {
    expect(one('Ann Lee spoke last. "Only the voters can remove me," she said.')[0]?.speaker).toBe('Ann Lee');
  });
  it('reads "let\'s say" as no statement', () => {
    expect(one('Let\'s just say the plan was wrong.')).toEqual([]);
  });
});

describe('English stance markers, round 3 (data/lexicons/en/stance-markers.tsv)', () => {
  it.each([
    ['a plea in the speaker\'s words', 'Sam Noor said, "Please stay away from the river until the water falls."', 'demand'],
    ['"we call for" in the content', 'Sam Noor said, "We call for an inquiry into the fire at the depot."', 'demand'],
    ['a violation named', 'Sam Noor said the shelling of the port was a violation of the truce.', 'accuse'],
    ['war crimes named', 'Sam Noor said the militia had committed war crimes in the valley.', 'accuse'],
    ['a report called groundless', 'Sam Noor said the reports of a merger were groundless.', 'deny'],
    ['"never happened"', 'Sam Noor said the meeting with the buyers never happened.', 'deny'],
    ['charges dismissed as a witch hunt', 'Sam Noor said the charges against the mayor were a witch hunt.', 'deny'],
    ['doubt that one is convinced', 'Sam Noor said she was not convinced by the figures of the ministry.', 'doubt'],
    ['consequences threatened', 'Sam Noor said there will be consequences for the clubs that break the rules.', 'warn'],
    ['a threat named', 'Sam Noor said the new dam was a threat to the fishing villages.', 'warn'],
    ['destruction foreseen', 'Sam Noor said the new tax would destroy the small farms of the region.', 'warn'],
    ['what the speaker\'s side wants from others', 'Sam Noor said, "We want the board to publish the accounts."', 'demand'],
    ['an unclear outcome', 'Sam Noor said it was not clear whether the levee would hold.', 'doubt'],
    ['a claim called nonsense', 'Sam Noor said the story about the merger was nonsense.', 'deny'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });
  it('leaves wanting to act oneself an assertion', () => {
    expect(stanceOf('Sam Noor said, "We want to thank the nurses of the valley."')).toBe('assert');
  });
});

describe('a label after a coordinated "called" (06-label.ts)', () => {
  it('takes the subject of the first verb', () => {
    expect(one('Tom Ray said the talks had failed and called the charges "a plot against the union".').find((s) => s.content === 'a plot against the union'))
      .toMatchObject({ speaker: 'Tom Ray', direct: true });
  });
});

describe('a reported clause that opens at once keeps its later "that" (content.ts)', () => {
  it.each([
    ['an existential clause', 'Sam Noor said there was no evidence that the fire was set.', 'there was no evidence that the fire was set', 'doubt'],
    ['"it was clear that"', 'Sam Noor said it was clear that the plan had failed.', 'it was clear that the plan had failed', 'assert'],
    ['a relative "that" in the clause', 'Sam Noor said he will not sign a budget that cuts the schools.', 'he will not sign a budget that cuts the schools', 'assert'],
  ])('%s', (_name, sentence, content, stance) => {
    expect(one(sentence)[0]).toMatchObject({ content, stance });
  });
  it('still reads the clause after "that" when the words before it are no clause', () => {
    expect(one('Sam Noor told reporters on Monday that the plan had failed.')[0]?.content).toBe('the plan had failed');
  });
});

describe('the clause before a cue closed by an adjunct (01-said-that.ts)', () => {
  it.each([
    ['"in a statement" after the cue', 'The suspect was arrested near the station, police said in a statement.', 'police'],
    ['an addressee and a place after a tell-cue', 'The suspect was arrested near the station, Ann Lee told reporters at the courthouse.', 'Ann Lee'],
    ['a participle with its own content after the cue', 'The bridge is ready for traffic, Ann Lee said, adding that the budget was approved.', 'Ann Lee'],
  ])('%s', (_name, sentence, speaker) => {
    expect(one(sentence).find((s) => s.content.startsWith('The '))).toMatchObject({ speaker, content: sentence.slice(0, sentence.indexOf(',')) });
  });
  it('keeps what a cue asks for after "for"', () => {
    expect(one('The court sent the case to the judges, asking for a ruling on the law.').some((s) => s.content === 'The court sent the case to the judges')).toBe(false);
  });
});

describe('praise with its "as" phrase (cues.tsv, objects.tsv: as-cue)', () => {
  it('reports the object and its label', () => {
    expect(one('The former governor praised Ann Lee as a champion of the river towns.')[0])
      .toMatchObject({ speaker: 'The former governor', stance: 'assert', content: 'Ann Lee as a champion of the river towns' });
  });
  it('reports no praise without "as"', () => {
    expect(one('The former governor praised the firefighters.')).toEqual([]);
  });
  it('reads a stunt named as a charge', () => {
    expect(stanceOf('Sam Noor said the vote on the budget was a political stunt.')).toBe('accuse');
  });
});
