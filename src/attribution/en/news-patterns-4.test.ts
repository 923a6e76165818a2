import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of real English news, round 4 (scans of the open English articles in no gold file), each tested on
// made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('cue verbs that report a clause, not an object (cues.tsv; objects.tsv: clause-cue)', () => {
  it.each([
    ['declared + clause', 'Governor Lia Brand declared the schools would reopen in May.', 'Governor Lia Brand', 'the schools would reopen in May'],
    ['maintained that', 'The harbour board maintained that the cranes were safe.', 'The harbour board', 'the cranes were safe'],
    ['pointed out + clause', 'Mayor Rui Vaz pointed out the levy had not risen since 2010.', 'Mayor Rui Vaz', 'the levy had not risen since 2010'],
    ['reaffirmed that', 'Minister Oda Kell reaffirmed that the tunnel would open.', 'Minister Oda Kell', 'the tunnel would open'],
    ['arguing, a participle', 'Mayor Rui Vaz vetoed the levy, arguing that the city could not afford it.', 'Mayor Rui Vaz', 'the city could not afford it'],
    ['insisting, a participle', 'Mayor Rui Vaz left the hall, insisting the vote was fair.', 'Mayor Rui Vaz', 'the vote was fair'],
    ['reports that', 'The Harbour Gazette reports that two cranes were sold.', 'The Harbour Gazette', 'two cranes were sold'],
    ['a base form after a plural subject', 'Farmers argue the levy is too high.', 'Farmers', 'the levy is too high'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toContainEqual([speaker, 'assert', content]);
  });
  it.each([
    ['declared + object (an act)', 'Governor Lia Brand declared a state of emergency.'],
    ['maintained + object', 'The rebels maintained control of the port.'],
    ['"reports" as a noun', 'The initial reports were of a fire in the port.'],
    ['a claim after a possessive', 'The mayor\'s claim would harm the port.'],
  ])('%s is no statement', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
  it('"cautioned" warns, "encouraged X to" demands', () => {
    expect(brief('Doctor Ana Ruiz cautioned that the fever could spread.')).toEqual([['Doctor Ana Ruiz', 'warn', 'the fever could spread']]);
    expect(brief('Doctor Ana Ruiz encouraged the nurses to rest.')).toEqual([['Doctor Ana Ruiz', 'demand', 'the nurses to rest']]);
  });
  it('a quotation then "he declared"', () => {
    expect(brief('Mayor Rui Vaz spoke at noon.', '"Nobody will close this port," he declared.')).toContainEqual(['Mayor Rui Vaz', 'assert', 'Nobody will close this port']);
  });
});

describe('words between the speaker and the cue (function-words.tsv, speaker-before.ts, 01-said-that.ts)', () => {
  it.each([
    ['emphatic "did"', 'The league did say the player was not at the arena.', 'The league', 'the player was not at the arena'],
    ['a manner adverb', 'The decree specifically said the ban began in March.', 'The decree', 'the ban began in March'],
    ['an adjunct in commas ending in a time', 'The ferry company, in a statement on Tuesday, said the boats were safe.', 'The ferry company', 'the boats were safe'],
    ['a gerund adjunct with no commas', 'Chair Ida Holm in opening the session said the budget was balanced.', 'Chair Ida Holm', 'the budget was balanced'],
    ['"May" is a name, no modal', 'Prime Minister Theresa May said the deal was good.', 'Prime Minister Theresa May', 'the deal was good'],
    ['"May" is a month, no modal', 'The mayor, who took office in May, said the deal was good.', 'The mayor', 'the deal was good'],
    ['a web site\'s name', 'Portnews.com reported the cranes were sold.', 'Portnews.com', 'the cranes were sold'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toContainEqual([speaker, 'assert', content]);
  });
  it('a lower-case modal still reports nothing yet', () => {
    expect(all('The mayor may say the deal was good.')).toEqual([]);
  });
});

describe('who is quoted (clause-subject.ts, 01-said-that.ts, passive.ts)', () => {
  it.each([
    ['quoted X as saying', 'The Gazette quoted Ida Holm, a port official, as saying the cranes were sold.', 'Ida Holm'],
    ['cited X as saying', 'The Gazette cited Harbour Master Ida Holm as saying the cranes were sold.', 'Harbour Master Ida Holm'],
    ['was told by X that', 'The mayor was told by two engineers that the cranes were sold.', 'two engineers'],
  ])('%s: the one quoted speaks', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'the cranes were sold']]);
  });
  it('was told by X of a quotation', () => {
    expect(all('At the meeting she was told by Chief Engineer Ida Holm of "at least forty cranes under water", while others disagreed.'))
      .toEqual([expect.objectContaining({ speaker: 'Chief Engineer Ida Holm', content: 'at least forty cranes under water', direct: true })]);
  });
  it('"speaking via X:" and a quotation', () => {
    expect(brief('Mayor Rui Vaz gave another account, also speaking via Twitter: "I offered to resign last night."'))
      .toEqual([['Mayor Rui Vaz', 'assert', 'I offered to resign last night.']]);
  });
  it('a quotation after "speaking …," and another cue is that cue\'s', () => {
    expect(brief('Speaking on the radio, Mayor Rui Vaz said: "We will win."')).toEqual([['Mayor Rui Vaz', 'assert', 'We will win.']]);
  });
  it('"by saying" after another cue', () => {
    expect(brief('Mayor Rui Vaz stressed the call for calm by saying "we are ready to talk."'))
      .toContainEqual(['Mayor Rui Vaz', 'assert', 'we are ready to talk.']);
  });
});

describe('according to (03-according-to.ts, doc.ts: afterInitial)', () => {
  it.each([
    ['a title abbreviation', 'According to Dr. Ida Holm, the fever is spreading.', 'Dr. Ida Holm', 'the fever is spreading'],
    ['a tweet by X', '"The port is closed," according to a tweet on Monday by Harbour Master Ida Holm.', 'Harbour Master Ida Holm', 'The port is closed'],
    ['a statement from X', 'According to a statement from the port authority, the cranes were sold.', 'the port authority', 'the cranes were sold'],
    ['an apposition after the source', 'According to Ida Holm, formerly the head of the port, the cranes were sold.', 'Ida Holm', 'the cranes were sold'],
    ['after "and", the clause that follows', 'The ship was towed to the dock and according to the coast guard they had left it overnight.', 'the coast guard', 'they had left it overnight'],
    ['a web site', 'According to Portnews.com.au, the cranes were sold.', 'Portnews.com.au', 'the cranes were sold'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toContainEqual([speaker, 'assert', content]);
  });
  it('a subject in commas is no apposition', () => {
    expect(brief('According to police, the driver, a local man, fled.')).toEqual([['police', 'assert', 'the driver, a local man, fled']]);
  });
});

describe('where the reported clause starts and ends (content.ts)', () => {
  it.each([
    ['claimed, as of a date, a clause', 'The ministry claimed, as of Monday, it had no cases.', 'The ministry', 'it had no cases'],
    ['a nested report after a relative aside', 'The Gazette reported a port official, whom it did not name, said the cranes were sold.', 'The Gazette', 'a port official, whom it did not name, said the cranes were sold'],
    ['an object before "by saying"', 'Mayor Rui Vaz stressed the call for calm by saying "we are ready to talk."', 'Mayor Rui Vaz', 'the call for calm'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toContainEqual([speaker, 'assert', content]);
  });
});

describe('more cues and clause bounds (cues.tsv, content.ts, 01-said-that.ts)', () => {
  it.each([
    ['posted on X that', 'Mayor Rui Vaz posted on Facebook that the port was closed.', 'Mayor Rui Vaz', 'the port was closed'],
    ['proclaimed that', 'Mayor Rui Vaz proclaimed that the port was closed.', 'Mayor Rui Vaz', 'the port was closed'],
    ['assured that', 'Mayor Rui Vaz assured that the port was closed.', 'Mayor Rui Vaz', 'the port was closed'],
    ['concluded that', 'The inquiry concluded that the fire was an accident.', 'The inquiry', 'the fire was an accident'],
    ['explained to X why', 'Mayor Rui Vaz explained to the Gazette why the port was closed.', 'Mayor Rui Vaz', 'why the port was closed'],
    ['a clause ends at ", however,"', 'The ministry denied claims that the ship was sunk, however, a report said it was.', 'The ministry', 'the ship was sunk'],
    ['"however" inside a clause is no end', 'Mayor Rui Vaz said the port, however, was closed.', 'Mayor Rui Vaz', 'the port, however, was closed'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence).map(([sp, , c]) => [sp, c])).toContainEqual([speaker, content]);
  });
  it.each([
    ['posted + object', 'Mayor Rui Vaz posted a video of the port.'],
    ['assured + object', 'The goal assured victory for the home side.'],
    ['concluded + object', 'The summit concluded with a dinner.'],
  ])('%s is no statement', (_name, sentence) => {
    expect(all(sentence)).toEqual([]);
  });
});

describe('the speaker of a clause (01-said-that.ts, speaker.ts, clause-subject.ts)', () => {
  it.each([
    ['a cue in commas inside a clause', 'The new bridge over the river, the mayor said, is safe.', 'the mayor', 'The new bridge over the river, the mayor said, is safe'],
    ['a cue in commas between two clauses', 'The bridge is old, the mayor said, and it is safe.', 'the mayor', 'The bridge is old, the mayor said, and it is safe'],
    ['a long subject with no phrase before the cue', 'A UN review of national plans to cut carbon says they are far short of the goal.', 'A UN review of national plans to cut carbon', 'they are far short of the goal'],
    ['a subject with a relative clause', 'The man who was arrested said he was innocent.', 'The man who was arrested', 'he was innocent'],
    ['a body "on" a topic', 'The Commission on Port Safety announced the cranes were sold.', 'The Commission on Port Safety', 'the cranes were sold'],
    ['a name apposed to a coordinated subject', 'Another former port official, Ida Holm, spoke at the rally and said the cranes were sold.', 'Ida Holm', 'the cranes were sold'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toContainEqual([speaker, 'assert', content]);
  });
});

describe('caution, regret and first-person concern (cues.tsv, stance-markers.tsv)', () => {
  it('a base "caution" after a plural subject warns', () => {
    expect(brief('Port economists caution against reading the data as proof.')).toEqual([['Port economists', 'warn', 'against reading the data as proof']]);
  });
  it('"caution" after a verb or a preposition is a noun', () => {
    expect(all('Drivers should proceed with caution.')).toEqual([]);
    expect(brief('Mayor Rui Vaz urged caution over the plan.')).toEqual([['Mayor Rui Vaz', 'demand', 'caution over the plan']]);
  });
  it('"regrets that" reports its clause, "regrets the decision" nothing', () => {
    expect(brief('The dockers\' union regrets that its remarks were left out.')).toEqual([['The dockers\' union', 'assert', 'its remarks were left out']]);
    expect(all('The dockers\' union regrets the decision.')).toEqual([]);
  });
  it('"we are deeply concerned" in a quotation warns', () => {
    expect(brief('Doctor Ana Ruiz said: "We are deeply concerned by the speed of the spread."'))
      .toEqual([['Doctor Ana Ruiz', 'warn', 'We are deeply concerned by the speed of the spread.']]);
  });
});

describe('whose quotation, whose "that" (colon-quote.ts, content.ts)', () => {
  it('a quotation after a colon with its own "said X" is X\'s', () => {
    expect(brief('The dockers\' union regrets that its remarks were left out: "There was no real consultation," said Ms. Lee.'))
      .toEqual([['The dockers\' union', 'assert', 'its remarks were left out'], ['Ms. Lee', 'assert', 'There was no real consultation']]);
  });
  it('a "that" after an inner cue opens the inner report', () => {
    expect(brief('The Gazette reported a port source said that the cranes were sold.'))
      .toEqual([['The Gazette', 'assert', 'a port source said that the cranes were sold'], ['a port source', 'assert', 'the cranes were sold']]);
  });
  it('a cue form after "all" is a noun, not an inner cue', () => {
    expect(brief('The ministry denied all claims that the ship was sunk.')).toEqual([['The ministry', 'deny', 'the ship was sunk']]);
  });
  it('what one cautions against is the content', () => {
    expect(brief('Port economists caution against reading the data as proof that the port is failing.'))
      .toEqual([['Port economists', 'warn', 'against reading the data as proof that the port is failing']]);
  });
});
