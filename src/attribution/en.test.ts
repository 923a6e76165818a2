import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

const T = 'A headline about nothing';

describe('English attribution', () => {
  it.each([
    ['speaker first, that-clause', 'The Kremlin spokesman Dmitry Peskov said that the talks would resume.',
      { speaker: 'The Kremlin spokesman Dmitry Peskov', stance: 'assert', content: 'the talks would resume', rule: 'en-said-that' }],
    ['quote first, said + name', '"We will stay until the end," said Maria Lopez.',
      { speaker: 'Maria Lopez', content: 'We will stay until the end', direct: true }],
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

  it.each([
    ['said + bare clause runs past commas', 'Mayor Ann Lee said the law has hurt many families, generally poor ones, for years.',
      { speaker: 'Mayor Ann Lee', content: 'the law has hurt many families, generally poor ones, for years' }],
    ['said + if-clause keeps the main clause (should → demand)', 'Governor Tom Reed said if the goal is safety, then drivers should slow down.',
      { stance: 'demand', content: 'if the goal is safety, then drivers should slow down' }],
    ['an object stops before a time adjunct', 'Governor Tom Reed announced his resignation shortly before midnight on Sunday.',
      { content: 'his resignation' }],
    ['an object stops before a time expression', 'Protesters called for the resignation of the mayor after the vote.',
      { stance: 'demand', content: 'the resignation of the mayor' }],
    ['an object keeps a list closed by and', 'The minister announced a new plan for the north, the south and the islands to be debated soon.',
      { content: 'a new plan for the north, the south and the islands to be debated soon' }],
    ['an object skips an aside with who', 'Students asked Chief Executive Ann Lee, who is backed by the party, to resign from her post.',
      { stance: 'demand', content: 'Chief Executive Ann Lee, who is backed by the party, to resign from her post' }],
    ['an object stops before "and" + a past verb', 'Foreign Minister Ali Reza urged the embassy to reconsider and spoke with the envoy.',
      { content: 'the embassy to reconsider' }],
    ['announced + subject pronoun is a clause', 'The mayor announced he would resign from the party, after weeks of pressure.',
      { content: 'he would resign from the party, after weeks of pressure' }],
    ['noun cue: demands include', "Protesters' demands include an inquiry into the shootings, the release of detainees and new elections.",
      { speaker: 'Protesters', stance: 'demand', content: 'an inquiry into the shootings, the release of detainees and new elections' }],
    ['a participle after a prepositional phrase takes the sentence subject', 'Police Chief Sam Hall wrote to the embassy in London asking to waive the immunity.',
      { speaker: 'Police Chief Sam Hall', stance: 'demand', content: 'to waive the immunity', rule: 'en-participle' }],
    ['a participle skips a leading time phrase for its subject', 'On Monday, Prime Minister Jane Hill joined the calls by officials asking the United States to act.',
      { speaker: 'Prime Minister Jane Hill', content: 'the United States to act' }],
    ['a statement which said: its issuer speaks', 'The Red Cross released a statement which said, "The situation is getting worse by the hour."',
      { speaker: 'The Red Cross', direct: true }],
    ['shouting a quotation; "shame on" is an accusation', 'Members of Parliament protested by shouting "shame on you!" at the minister.',
      { speaker: 'Members of Parliament', stance: 'accuse', content: 'shame on you!' }],
    ['attacked a decision is criticism', 'Senator Ray Diaz attacked the decision of the court.', { stance: 'accuse', content: 'the decision of the court' }],
    ['which they rejected: the antecedent is the content', 'The Civil Rights Front sent the police a plan for the march, which they rejected, approving only a rally.',
      { stance: 'deny', content: 'a plan for the march', rule: 'en-relative' }],
    ['told + addressee + time + clause', 'Prosecutor Ann Webb told reporters today the suspect will be assessed by doctors.',
      { speaker: 'Prosecutor Ann Webb', content: 'the suspect will be assessed by doctors' }],
    ['told + addressee + a quotation without a comma', 'Lawyer Ann Webb told the BBC after the verdict "My client is very relieved by the result."',
      { content: 'My client is very relieved by the result.', direct: true }],
    ['"…," X told the press on Tuesday', '"We have no plans to change course," Secretary Ann Webb told the press on Tuesday.',
      { speaker: 'Secretary Ann Webb', content: 'We have no plans to change course', rule: 'en-quote-said' }],
    ['speaker: modifiers joined by and', 'Legal and religious groups have also called for the bill to be dropped.',
      { speaker: 'Legal and religious groups', stance: 'demand', content: 'the bill to be dropped' }],
    ['speaker: capitalised names joined by and', 'Yesterday the Search and Rescue Agency told The Jakarta Post it would end the search.',
      { speaker: 'the Search and Rescue Agency', content: 'it would end the search' }],
    ['an adverb before the cue is not part of the speaker', 'Mayor Ann Lee further claimed the fire was set on purpose.', { speaker: 'Mayor Ann Lee' }],
    ['a reduced passive with by … as', 'The week was described by Marine Bulletin as "rather hectic and confused".',
      { speaker: 'Marine Bulletin', content: 'rather hectic and confused', direct: true, rule: 'en-passive-by' }],
    ['a semicolon ends the reported clause', 'The ministry said three people died; their names were not released.', { content: 'three people died' }],
    ['told + addressee only: the clause before is the content', 'A total of 39 are confirmed dead, officials told state media.',
      { speaker: 'officials', content: 'A total of 39 are confirmed dead', rule: 'en-content-said' }],
    ['inverted speaker with lower-case words', '"We are not done yet," tweeted former party executive Ken Gude.',
      { speaker: 'former party executive Ken Gude', rule: 'en-quote-said' }],
    ['X, who …, said', "Anne Sacoolas, who has immunity as a diplomat's wife, said she would not return.",
      { speaker: 'Anne Sacoolas', content: 'she would not return' }],
    ['was quoted as saying', 'Minister Ali Reza was quoted as saying the talks had failed.', { speaker: 'Minister Ali Reza', content: 'the talks had failed' }],
    ['in an interview with', 'In an interview with the BBC, Minister Ali Reza said the plan was dead.', { speaker: 'Minister Ali Reza', content: 'the plan was dead' }],
    ['expressed concern is a warning', 'Senator Ray Diaz expressed concern that the vote would be delayed.',
      { speaker: 'Senator Ray Diaz', stance: 'warn', content: 'the vote would be delayed' }],
    ['joined calls for', 'Prime Minister Jane Hill joined calls for an inquiry into the crash.',
      { speaker: 'Prime Minister Jane Hill', stance: 'demand', content: 'an inquiry into the crash' }],
    ['"that" after an aside still opens the clause; no evidence is no doubt of the speaker', 'Senator Ray Diaz claimed, without providing evidence, that the vote was rigged.',
      { stance: 'assert', content: 'the vote was rigged' }],
    ['according to + lower-case source, clause before', 'Sixty people were injured yesterday according to health officials, ranging in age from 11 to 75.',
      { speaker: 'health officials', content: 'Sixty people were injured yesterday', rule: 'en-according-to' }],
    ['according to + title in lower case', 'Federal agents are investigating the shooting as terrorism, according to prosecutor Josh Bash, the state attorney.',
      { speaker: 'prosecutor Josh Bash', content: 'Federal agents are investigating the shooting as terrorism' }],
    ['according to + a document published by an outlet', 'According to a poll published by NBC News last week, most voters favored an inquiry.',
      { speaker: 'a poll published by NBC News', content: 'most voters favored an inquiry' }],
    ['according to after "and," reports what follows', 'The group is largely Kurdish and, according to Turkey, supportive of the rebels.',
      { speaker: 'Turkey', content: 'supportive of the rebels' }],
    ['according to after a fronted phrase reports what follows', "As a result of Saturday's unrest, according to the mayor's office, twenty people were arrested.",
      { content: 'twenty people were arrested' }],
    ['who said', 'The bill was drafted by Alex Greenwich who said on the floor, "It follows decades of work by campaigners."',
      { speaker: 'Alex Greenwich', direct: true }],
    ['an unresolved pronoun is kept as the speaker', 'She told the court she was forced to drink whiskey.', { speaker: 'She', content: 'she was forced to drink whiskey' }],
    ['described as: what follows "as"', 'The plan is what she described as a lifeline for the region.', { content: 'a lifeline for the region' }],
    [', which X said was …: the sentence is the content', 'He had not appeared in public since 2014, which his wife Bernadette said was due to memory problems.',
      { speaker: 'Bernadette', content: 'He had not appeared in public since 2014, which his wife Bernadette said was due to memory problems', rule: 'en-relative' }],
    ['a long speaker between quotation and cue', '"This cannot change the facts," Hong Kong director of Amnesty International Man-kei Tam said in a statement.',
      { speaker: 'Hong Kong director of Amnesty International Man-kei Tam', rule: 'en-quote-said' }],
    ['a title with "to" + a country inside a speaker', 'US Ambassador to Germany Richard Grenell said the airline carried weapons.',
      { speaker: 'US Ambassador to Germany Richard Grenell' }],
    ['a short aside between commas is skipped; an auxiliary makes a clause', 'Senator Ray Diaz alleged, by way of example, the airline had "carried weapons, fighters and cash" for years.',
      { stance: 'accuse', content: 'the airline had "carried weapons, fighters and cash" for years' }],
    ['a time phrase before the cue is skipped for the speaker', 'Another report from the Mexican government during the weekend said eight people died.',
      { speaker: 'Another report from the Mexican government', content: 'eight people died' }],
    ['coordinated cue after an auxiliary takes the sentence subject', 'The president has not conceded the election, and has claimed widespread fraud.',
      { speaker: 'The president', content: 'widespread fraud', rule: 'en-coordinated' }],
    ['a cue right after a quotation opening "By …" is no reduced passive', 'Cengiz explained, "By confessing this, he distances himself from the killing."',
      { speaker: 'Cengiz', direct: true }],
    ['a source aside after the cue is skipped', 'President Erdogan said — as reported by Hurriyet Daily News — "The museum will be called a mosque."',
      { speaker: 'President Erdogan', content: 'The museum will be called a mosque.', direct: true }],
    ['X in Y as a speaker', 'An Al Jazeera reporter in Kenya noted local reports said she was ill.', { speaker: 'An Al Jazeera reporter in Kenya' }],
    ['a participle after a fronted phrase takes the subject after the comma', 'As a result, the Supreme Court of Austria brought the case to Luxembourg, asking for clarifications of EU law.',
      { speaker: 'the Supreme Court of Austria', stance: 'demand', content: 'for clarifications of EU law' }],
    ['commented on a topic — aside — "quotation"', 'Speaker John Bercow commented on the matter — an unusual move — "It is blindingly obvious what the purpose is."',
      { speaker: 'Speaker John Bercow', content: 'It is blindingly obvious what the purpose is.', direct: true }],
    ['a base form with a plural subject', 'Aid agencies warn that the famine is spreading.', { speaker: 'Aid agencies', stance: 'warn', content: 'the famine is spreading' }],
    ['a headline with a base form', 'Kurds announce deal with Assad government', { stance: 'assert' }],
    ['"must" alone is no demand', 'The judge said, "A state that is present must protect its citizens."', { stance: 'assert' }],
    ['"must be" is a demand', 'The commission said, "Its status as a museum must be maintained."', { stance: 'demand' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('en', T, sentence)[0]).toMatchObject(expected);
  });

  it('a participle object ends before the next cue\'s subject; the quotation after that cue is its content', () => {
    const s = statementsOf('en', T, 'Archbishop Jorge Ruiz spoke on Sunday.', 'Calling it a "culture of death" the archbishop said "We need to pray for them."');
    expect(s[0]).toMatchObject({ speaker: 'Archbishop Jorge Ruiz', content: 'a "culture of death"', rule: 'en-participle' });
    expect(s[1]).toMatchObject({ speaker: 'Archbishop Jorge Ruiz', stance: 'demand', content: 'We need to pray for them.' });
  });

  it('a quotation in the sentence before is not the content of a cue with its own object', () => {
    const s = statementsOf('en', T, 'The ministers said the deal was "null and void". They called on Turkey to halt drilling.');
    expect(s[1]).toMatchObject({ speaker: 'The ministers', stance: 'demand', content: 'Turkey to halt drilling' });
  });

  it('"The statement said" stands for the body that issued it', () => {
    const s = statementsOf('en', T, 'The ministry issued a statement on Monday. The statement said the border would stay closed.');
    expect(s[0]).toMatchObject({ speaker: 'The ministry', content: 'the border would stay closed' });
  });

  it('"The report said" is a source of its own', () => {
    const s = statementsOf('en', T, 'Mayor Ann Lee spoke on Sunday.', 'The report said the economy grew 3 percent.');
    expect(s[0]).toMatchObject({ speaker: 'The report', content: 'the economy grew 3 percent' });
  });

  it('a quotation runs on into the next paragraph after a quoted statement', () => {
    const s = statementsOf('en', T, 'Minister Ali Reza said: "We will rebuild every school."', '"The first ones open next month."');
    expect(s[1]).toMatchObject({ speaker: 'Minister Ali Reza', content: 'The first ones open next month.', rule: 'en-quote-continuation' });
  });

  it('a quotation in the next paragraph after a reported (unquoted) statement is not continued', () => {
    const s = statementsOf('en', T, 'Minister Ali Reza said the schools would reopen.', '"Safe schools for all children" is the slogan of the campaign.');
    expect(s).toHaveLength(1);
  });

  it('she never resolves to a body whose head is a body word (The White House)', () => {
    const s = statementsOf('en', T, 'Mayor Ann Lee spoke on Sunday.', 'The White House said the talks were useful. She said the vote would follow.');
    expect(s[1]).toMatchObject({ speaker: 'Mayor Ann Lee', content: 'the vote would follow' });
  });

  it('a person whose title holds a body word is still a person (Police spokesman …)', () => {
    const s = statementsOf('en', T, 'Police spokesman Tom Reed said two men were held. He said they would be charged.');
    expect(s[1]).toMatchObject({ speaker: 'Police spokesman Tom Reed' });
  });

  it.each([
    ['a named third party inside a quotation makes a nested statement', 'Ma Ngok noted, "The government and the pro-Beijing camp have always claimed they have public support. But now they lose."',
      { speaker: 'The government and the pro-Beijing camp', content: 'they have public support', rule: 'en-said-that' }],
    ['he inside a quotation reports a third party', 'Vázquez said, "I respect his choice. He just announced that this resignation will not be effective today. We will work together."',
      { content: 'this resignation will not be effective today' }],
  ])('%s', (_name, sentence, expected) => {
    expect(statementsOf('en', T, sentence)[1]).toMatchObject(expected);
  });

  it.each([
    ['I/we inside a quotation are the quoted speaker\'s own words', 'Ann Lee said, "We said many times that the plan would fail."'],
    ['they inside a quotation are not reported', 'Ann Lee said, "They have conceded nothing in fact, and a clampdown is on the way."'],
  ])('%s', (_name, sentence) => {
    expect(statementsOf('en', T, sentence)).toHaveLength(1);
  });

  it('a participle after a cue in the same sentence inherits that speaker', () => {
    const s = statementsOf('en', T, 'Orders will not leave idle capacity for years, Minister Ali Reza said, noting the army needs the equipment.');
    expect(s[1]).toMatchObject({ speaker: 'Minister Ali Reza', content: 'the army needs the equipment', rule: 'en-participle' });
  });

  it('he never resolves to a plural-headed mention', () => {
    const s = statementsOf('en', T, 'Health Minister Jan Nowak said the mayor was stable.', 'Gdańsk residents donated blood today.', 'He recently condemned anti-semitism.');
    expect(s[1]).toMatchObject({ speaker: 'Health Minister Jan Nowak', stance: 'accuse' });
  });

  it('a second participle keeps the subject of the sentence', () => {
    const s = statementsOf('en', T, 'The commission criticized the plan, implying approval would be needed.');
    expect(s[0]).toMatchObject({ stance: 'accuse', content: 'the plan' });
    expect(s[1]).toMatchObject({ speaker: 'The commission', stance: 'assert', content: 'approval would be needed', rule: 'en-participle' });
  });

  it('quote first, said + pronoun: the pronoun takes the last speaker', () => {
    const s = statementsOf('en', T, 'Peskov said the talks were useful. "We see no grounds for that," he said.');
    expect(s[1]).toMatchObject({ speaker: 'Peskov', content: 'We see no grounds for that', direct: true, rule: 'en-quote-said' });
  });

  it('a pronoun takes the nearest earlier person, not a body', () => {
    const s = statementsOf('en', T, 'Prime Minister Jane Hill said the plan was ready.', 'The ministry said funds were approved. She said the vote would follow.');
    expect(s[2].speaker).toBe('Prime Minister Jane Hill');
  });

  it.each([
    ['a fact without a cue is not a statement', 'The two countries signed a treaty in June.'],
    ['an adjective "alleged" is not a cue', 'The alleged attack took place at night.'],
    ['a passive "was said to" is not a statement', 'The building was said to be empty.'],
    ['"as X noted" is the outlet\'s aside', 'The council is, as news sources noted, completely democratic.'],
    ['proposing a bill is an act', 'The government proposed a bill to allow extraditions to the mainland.'],
    ['confirming a person is an act', 'The House of Representatives confirmed him on Friday.'],
    ['attacked a place is no statement', 'Gunmen attacked a police station in the north.'],
    ['a colon-only cue without a quotation', 'The protests continued through the night in the capital.'],
    ['a noun "attacks" is no cue', 'The initial reports were of drone attacks on the plant.'],
    ['"alleged" before a bare noun is an adjective', 'The sanctions followed alleged ties to the militia.'],
    ['"proposed" before a bare noun is an adjective', 'Labour leader Tom Watson attacked the proposed changes.'],
    ['a past form after a preposition is an adjective', 'The fine was imposed over reported breaches of the rules.'],
    ['a capitalised cue mid-sentence is a name', 'The army entered Tell Tamer and Ain Issa on Monday.'],
    ['citing + a lower-case reason is no source', 'Germany banned the airline, citing security concerns.'],
    ['a time phrase is no speaker', 'Over the weekend said eight people died.'],
    ['"was on Wednesday reported to" is a passive without a source', "The boy's condition was on Wednesday reported to be stable."],
    ['claimed lives is no statement', 'The virus claimed 6606 lives by March.'],
    ['commented on a topic is no statement', 'The prime minister commented on the border agreement.'],
    ['a negated cue is no statement', 'The ministry did not deny the report.'],
    ['never said is no statement', 'The minister has never said the plan was dead.'],
    ['a future cue is no statement', 'The minister will announce the plan on Monday.'],
    ['an infinitive is no cue', 'The minister is expected to announce the plan on Monday.'],
    ['declined to comment is no statement', 'The embassy declined to comment on the case.'],
    ['shouting without a quotation', 'Protesters were shouting slogans outside the court.'],
  ])('%s', (_name, sentence) => {
    expect(statementsOf('en', T, sentence)).toEqual([]);
  });
});

describe('English targets', () => {
  it.each([
    ['a duty in the content names the one it is laid on', 'Governor Tom Reed said if the goal is safety, then drivers should slow down.', ['drivers']],
    ['a passive duty names no one (whoever acts is asked)', 'Mayor Ann Lee said the old bridge should be replaced.', []],
    ['a pronoun before the duty names no party', 'The minister said we must act now.', []],
    ['an amount after "called for" is what is asked, not who', 'The union called for 5% more pay.', []],
  ])('%s', (_name, sentence, targets) => {
    expect(statementsOf('en', T, sentence)[0].targets).toEqual(targets);
  });
});
