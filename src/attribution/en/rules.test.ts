import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article), one rule family each.
const T = 'Headline here';
const first = (...paragraphs: string[]) => statementsOf('en', T, ...paragraphs)[0];

describe('English cues, stance from meaning, time adjuncts', () => {
  it.each([
    ['quote first, then "he said"', '"We will not retreat," he said.', { speaker: 'he', direct: true, rule: 'en-quote-said' }],
    ['quote first, then a role and a time', '"The talks are over," the minister said on Tuesday.',
      { speaker: 'the minister', content: 'The talks are over', direct: true }],
    ['said on Tuesday that', 'The minister said on Tuesday that the talks would resume.', { speaker: 'The minister', content: 'the talks would resume' }],
    ['said on Friday + a quotation: the time is not what was said', 'The governor said on Friday "we are ready for the storm."',
      { content: 'we are ready for the storm.', direct: true }],
    ['said yesterday + a bare clause', 'The mayor said yesterday the bridge would reopen next month.', { content: 'the bridge would reopen next month' }],
    ['an unnamed senior official', 'A senior official said the talks had stalled.', { speaker: 'A senior official', content: 'the talks had stalled' }],
    ['dismissed as fabricated is a denial', 'Officials dismissed the report as fabricated.', { speaker: 'Officials', stance: 'deny' }],
    ['said the claims were untrue is a denial', 'The ministry said the claims were untrue.', { stance: 'deny' }],
    ['"I do not know what they are basing this on" is doubt', 'The senator said "I do not know what they are basing this on."', { stance: 'doubt' }],
    ['"We urge …" is a demand', 'The union leader said "We urge the government to reopen the factory."', { stance: 'demand' }],
    ['claims (present tense)', 'She claims the dispute could go on for years.', { speaker: 'She', content: 'the dispute could go on for years' }],
    ['advises … to is a demand', 'The agency advises travellers to avoid the region.', { speaker: 'The agency', stance: 'demand' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it.each([
    ['a so-called scare quote is no statement', 'The so-called "peace plan" was discussed by the council.'],
    ['the outlet’s own voice is no statement', 'Moscow and Pyongyang signed a treaty in June.'],
    ['a count before "confirmed" is no speaker', 'There were 1,279 confirmed cases and 30 confirmed deaths by Sunday.'],
  ])('%s', (_name, sentence) => {
    expect(statementsOf('en', T, sentence)).toEqual([]);
  });

  it('nested attribution: the inner doubt, then "he added" continues the outer speaker', () => {
    const s = statementsOf('en', T, 'Peskov noted that the Pentagon could not confirm the deployment. He added that talks continue.');
    expect(s.map((x) => [x.speaker, x.stance])).toEqual([['Peskov', 'assert'], ['the Pentagon', 'doubt'], ['Peskov', 'assert']]);
  });

  it('a pronoun with no antecedent keeps the statement with the pronoun as speaker', () => {
    expect(first('He said the reports were false.')).toMatchObject({ speaker: 'He', stance: 'deny' });
  });
});

describe('English quotations joined by "and"', () => {
  it('a second quotation after "and" is another statement of the same speaker', () => {
    const s = statementsOf('en', T, 'The mayor said "We asked the council to act quickly" and "They refused to listen to us."');
    expect(s.map((x) => [x.speaker, x.content, x.rule])).toEqual([
      ['The mayor', 'We asked the council to act quickly', 'en-said-quote'],
      ['The mayor', 'They refused to listen to us.', 'en-quote-conjoined']]);
  });

  it('a quotation after "and" with another speaker between is not joined', () => {
    const s = statementsOf('en', T, 'The mayor said "We asked the council to act quickly" and the council said "We will meet next week to decide."');
    expect(s.map((x) => x.speaker)).toEqual(['The mayor', 'the council']);
  });
});

describe('English object and clause contents', () => {
  it('an object followed by an aside and a finite verb is the subject of a reported clause', () => {
    expect(first('The ministry announced the new bridge, to be named after the mayor, would open in May.'))
      .toMatchObject({ content: 'the new bridge, to be named after the mayor, would open in May' });
  });

  it('an object followed by an unrelated aside ends at the comma', () => {
    expect(first('The ministry announced a new budget, officials said.').content).toBe('a new budget');
  });

  it('naming who is to blame is an accusation', () => {
    expect(first('The commander said the rebel group was behind the attack.')).toMatchObject({ stance: 'accuse' });
  });
});

describe('English stance from meaning', () => {
  it.each([
    ['"not guilty" is a denial', 'His lawyer said his client was not guilty.', 'deny'],
    ['"nothing to do with" is a denial', 'The ministry said it had nothing to do with the attack.', 'deny'],
    ['a plain assertion stays an assertion', 'The ministry said it would build a new hospital.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(first(sentence).stance).toBe(stance);
  });
});

describe('English joint speakers, objects past a comma, subjunctive demands', () => {
  it.each([
    ['two titled names joined by "and", then "both"', 'Senator Dick Durbin and Representative Adam Schiff both questioned the plan.',
      { speaker: 'Senator Dick Durbin and Representative Adam Schiff', stance: 'doubt' }],
    ['a name and a lower-case title phrase make one joint speaker', 'Senate leader Ann Lee and incoming chair of the finance committee Tom Ray questioned the proposal.',
      { speaker: 'Senate leader Ann Lee and incoming chair of the finance committee Tom Ray', stance: 'doubt' }],
    ['"both" and a bare time word between the subject and the cue', 'Senator Dick Durbin and Representative Adam Schiff both yesterday questioned the plan.',
      { speaker: 'Senator Dick Durbin and Representative Adam Schiff', stance: 'doubt', content: 'the plan' }],
    ['a bare time word between the subject and the cue', 'The minister yesterday announced a new budget.', { speaker: 'The minister', content: 'a new budget' }],
    ['two bodies joined by "and"', 'The ministry and the army said the border was calm.', { speaker: 'The ministry and the army' }],
    ['two countries joined by "and"', 'Russia and China said the resolution was unfair.', { speaker: 'Russia and China' }],
    ['"and" after a clause is no joint speaker', 'Trump visited Texas and the state governor said the wall was needed.', { speaker: 'the state governor' }],
    ['an object runs on past a comma before "beyond"', 'The ministry announced a full review of the programme, beyond the audit ordered last year.',
      { content: 'a full review of the programme, beyond the audit ordered last year' }],
    ['… and before "including"', 'The ministry announced a full review of the programme, including its funding.',
      { content: 'a full review of the programme, including its funding' }],
    ['an object still ends at a comma before its speaker', 'The ministry announced a full review of the programme, the agency said.',
      { speaker: 'The ministry', content: 'a full review of the programme' }],
    ['insists + a subjunctive clause is a demand', 'The president insists the budget include money for the bridge.', { stance: 'demand' }],
    ['insisted that … be is a demand', 'The mayor insisted that he be allowed to speak.', { stance: 'demand' }],
    ['insisted + a past tense is an assertion', 'The coach insisted that the team played well.', { stance: 'assert' }],
    ['insisted + an adverb and a past tense is an assertion', 'He insisted he never lied.', { stance: 'assert' }],
    ['insisted + "was" is an assertion', 'The mayor insisted that the plan was working.', { stance: 'assert' }],
    ['insisted + a noun phrase with an adjective and a past tense is an assertion', 'He insisted the federal plan worked.', { stance: 'assert' }],
    ['suggested that … + a bare verb is a demand', 'He suggested that the minister resign.', { stance: 'demand' }],
    ['suggested + an indefinite noun phrase is an assertion', 'The experts suggested a hypothetical scenario, in which the ship sank.', { stance: 'assert' }],
    ['describing an attack as cowardly blames its authors', 'The mayor described the shooting as a cowardly act.', { stance: 'accuse' }],
    ['calling a bombing a heinous crime is an accusation', 'The minister said the bombing was a heinous crime.', { stance: 'accuse' }],
    ['called on … to is a demand', 'The council called on residents to conserve water.', { stance: 'demand', targets: ['residents'] }],
    ['the one asked is every word before the infinitive', 'The mayor urged local shop owners to close early.', { stance: 'demand', targets: ['local shop owners'] }],
    ['a name longer than five words is asked whole', 'Protesters called on Hong Kong Chief Executive Carrie Lam to resign.', { targets: ['Hong Kong Chief Executive Carrie Lam'] }],
    ['told X to: a demand whose target is X', 'The judge told the two companies to settle.', { stance: 'demand', targets: ['the two companies'] }],
    ['asked for … to be: no one asked by name', 'The union asked for the talks to be delayed.', { stance: 'demand', targets: [] }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });
});

describe('English surnames after a joint speaker', () => {
  it('a surname takes its own conjunct of the earlier joint mention', () => {
    const s = statementsOf('en', T, 'Senator Dick Durbin and Representative Adam Schiff both questioned the plan. Durbin said the plan was illegal. Schiff called it a non-starter.');
    expect(s.map((x) => x.speaker)).toEqual(['Senator Dick Durbin and Representative Adam Schiff', 'Senator Dick Durbin', 'Representative Adam Schiff']);
  });
});

describe('English "alleged" as a verb with a bare object', () => {
  it.each([
    ['alleged + an object after a determiner-led subject', 'The group alleged abuses by the guards.',
      { speaker: 'The group', stance: 'accuse', content: 'abuses by the guards' }],
    ['alleged + an object after a bare plural subject', 'Prosecutors alleged fraud.', { speaker: 'Prosecutors', stance: 'accuse', content: 'fraud' }],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected);
  });

  it.each([
    ['"the alleged fraud" is an adjective', 'The alleged fraud was investigated by the board.'],
    ['after a verb, "alleged members" is an adjective', 'Police arrested alleged members of the gang.'],
    ['after a possessive, "alleged ties" is an adjective', "Trump's alleged ties to the firm were examined."],
  ])('%s', (_name, sentence) => {
    expect(statementsOf('en', T, sentence)).toEqual([]);
  });
});
