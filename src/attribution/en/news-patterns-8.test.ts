import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of English news, round 8, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (sentence: string) => all('The harbour was quiet that week.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('an addressee that is a name ends before the reported clause\'s subject (content.ts afterAddressee)', () => {
  it.each([
    ['told Reuters the …', 'Omar Salem told Reuters the army had turned back.'],
    ['told the BBC the …', 'Omar Salem told the BBC the army had turned back.'],
    ['told Reuters on Monday the …', 'Omar Salem told Reuters on Monday the army had turned back.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toContainEqual(['Omar Salem', 'assert', 'the army had turned back']);
  });
});

describe('a quotation\'s speaker with an apposition in commas before the cue (apposed-speaker.ts)', () => {
  it.each([
    ['an age', '"The nets came up empty," Kofi Boateng, 61, told AFP.', 'Kofi Boateng'],
    ['a role', '"The nets came up empty," Kofi Boateng, a fisherman, told Reuters.', 'Kofi Boateng'],
    ['a who-clause', '"The nets came up empty," Kofi Boateng, who has fished here for decades, told AFP.', 'Kofi Boateng'],
    ['a common noun, then the name', '"The nets came up empty," a fisherman, Kofi Boateng, said.', 'Kofi Boateng'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'The nets came up empty']]);
  });
  it('reads lower-case role words before the name after a quotation (02-quote-said.ts)', () => {
    expect(brief('"The nets came up empty," fisherman Kofi Boateng told AFP.')).toEqual([['fisherman Kofi Boateng', 'assert', 'The nets came up empty']]);
  });
  it('does not take a quoted phrase of another sentence for the cue\'s (02-quote-said.ts)', () => {
    const got = all('The envoy ended the port\'s "closed harbour" status. Salem called on the navy to leave.');
    expect(got.map((s) => [s.speaker, s.direct])).toEqual([['Salem', false]]);
  });
});

describe('a possessive phrase after a quotation\'s cue is its speaker (02-quote-said.ts possessedAfter)', () => {
  it.each([
    ['said her sister', '"Nobody told us anything," said her sister.', 'her sister'],
    ['said his lawyer, Name', '"Nobody told us anything," said his lawyer, Rita Vos.', 'Rita Vos'],
    ['said her sister, who …', '"Nobody told us anything," said her sister, who lives next door.', 'her sister'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'Nobody told us anything']]);
  });
});

describe('a head and the body it speaks for are one speaker phrase (speaker-before.ts bodyLinkStart)', () => {
  it.each([
    ['a spokeswoman for the ministry', 'A spokeswoman for the ministry said the ferry would sail.'],
    ['a lawyer for the family', 'A lawyer for the family said the ferry would sail.'],
    ['an official with the agency', 'An official with the agency said the ferry would sail.'],
    ['a source close to the minister', 'A source close to the minister said the ferry would sail.'],
    ['people familiar with the plans', 'People familiar with the plans said the ferry would sail.'],
  ])('%s', (name, sentence) => {
    const got = brief(sentence);
    expect(got).toHaveLength(1);
    expect(String(got[0][0]).toLowerCase()).toBe(name);
  });
});

describe('the head before a subject relative clause is the speaker, not the clause\'s object (relative-subject.ts)', () => {
  it.each([
    ['who spoke to a named outlet', 'Officials who spoke to Reuters said the ferry would sail.', 'Officials'],
    ['that borders a named country', 'Residents of the province that borders Chile said the ferry would sail.', 'Residents of the province'],
    ['that owns a named firm', 'The group that owns Harbour Lines said the ferry would sail.', 'The group'],
    ['a clause naming no one stays in the phrase', 'A sailor who saw the crash said the ferry would sail.', 'A sailor who saw the crash'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'the ferry would sail']]);
  });
  it('leaves an object relative alone (the claims that analysts say …)', () => {
    expect(brief('The court made rulings that analysts say could reshape the port.').map((s) => s[0])).toEqual(['analysts']);
  });
});

describe('a source\'s condition of anonymity is no demand (01-said-that.ts)', () => {
  it.each([
    ['who asked not to be named', 'Two sailors who asked not to be named said the ferry would sail.', 'Two sailors who asked not to be named'],
    ['in commas', 'A sailor, who asked not to be identified, said the ferry would sail.', 'A sailor'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', 'the ferry would sail']]);
  });
});

describe('a gerund after an accusation is part of it (clause.ts gerundAfterPreposition, clause-subject.ts)', () => {
  it.each([
    ['accused X of attacking', 'The navy accused the smugglers of attacking a patrol boat.', 'the smugglers of attacking a patrol boat'],
    ['blamed X for saying', 'Fishermen blamed the mayor for saying nothing.', 'the mayor for saying nothing'],
  ])('%s', (_name, sentence, content) => {
    const got = brief(sentence);
    expect(got).toHaveLength(1);
    expect(got[0].slice(1)).toEqual(['accuse', content]);
  });
});

describe('an acronym spelling a function word is a name (speaker.ts inPhrase)', () => {
  it('reads "The WHO said" as the WHO\'s statement', () => {
    expect(brief('The WHO said the outbreak was contained.')).toEqual([['The WHO', 'assert', 'the outbreak was contained']]);
  });
});

describe('a manner tail after the cue leaves the clause before it the content (said-object.ts isMannerTail)', () => {
  it('…, X said, without giving details.', () => {
    expect(brief('Three boats were seized, the coastguard said, without giving details.')).toEqual([['the coastguard', 'assert', 'Three boats were seized']]);
  });
});

describe('round-8 stance cues and markers (cues.tsv, stance-markers.tsv, hedges.tsv)', () => {
  it.each([
    ['charged that', 'Critics charged that the coastguard had ignored the warnings.', 'accuse'],
    ['expressed doubt that', 'The minister expressed doubt that the ferry would sail.', 'doubt'],
    ['voiced doubts about', 'Sailors voiced doubts about the new schedule.', 'doubt'],
    ['rebuffed', 'The port authority rebuffed the complaints.', 'deny'],
    ['pressed for', 'Fishermen pressed for a new harbour wall.', 'demand'],
    ['requested', 'The crew requested a new engine.', 'demand'],
    ['was unable to verify', 'The paper was unable to verify the recording.', 'doubt'],
    ['said … not sure', 'The skipper said he was not sure the ferry would sail.', 'doubt'],
    ['hit out at', 'The skipper hit out at the harbour master.', 'accuse'],
    ['lashed out at', 'The skipper lashed out at the port authority.', 'accuse'],
    ['neither confirmed nor denied', 'The coastguard neither confirmed nor denied the sighting.', 'doubt'],
  ])('%s', (_name, sentence, stance) => {
    expect(brief(sentence).map((s) => s[1])).toEqual([stance]);
  });
  it('"charged X with murder" reports nothing', () => {
    expect(brief('Police charged the skipper with smuggling.')).toEqual([]);
  });
});

describe('a cue form after a determiner is the labelled object\'s noun (06-label.ts)', () => {
  it('called the claims "…"', () => {
    expect(brief('The skipper called the claims "pointless".')).toEqual([['The skipper', 'assert', 'pointless']]);
  });
});

describe('a cue in commas before an auxiliary the content skipped (01-said-that.ts en-parenthetical)', () => {
  it('The council, she said, has been slow.', () => {
    const got = all('Ms Vos runs the harbour.', 'The council, she said, has been slow to dredge the channel.');
    expect(got.map((s) => [s.content, s.rule])).toEqual([['The council, she said, has been slow to dredge the channel', 'en-parenthetical']]);
  });
});

describe('a participle after a common-noun subject and a past verb takes that subject (clause-subject.ts)', () => {
  it('The bank raised rates, warning …', () => {
    expect(brief('The bank raised rates, warning that prices could rise.')).toEqual([['The bank', 'warn', 'prices could rise']]);
  });
});

describe('round-8 stance leads: reported speech\'s third person as the content\'s predicate (stance-leads.tsv)', () => {
  it.each([
    ['she feared', 'The skipper said she feared the storm would reach the harbour.', 'warn'],
    ['it was concerned that', 'The coastguard said it was concerned that the storm would reach the harbour.', 'warn'],
    ['in danger of', 'Engineers said the harbour wall was in danger of collapse.', 'warn'],
    ['it was not involved in', 'The port authority said it was not involved in the collision.', 'deny'],
    ['was guilty of', 'The prosecutor said the skipper was guilty of smuggling.', 'accuse'],
  ])('%s', (_name, sentence, stance) => {
    expect(brief(sentence).map((s) => s[1])).toEqual([stance]);
  });
  it.each([
    ['a toll "feared dead"', 'Police said 20 sailors were feared dead.'],
    ['"concerned with" a topic', 'The skipper said the meeting was concerned with fishing quotas.'],
    ['a lead deep in a quotation', '"We met the harbour master on Monday and he told us, in front of everyone, that he is not involved in the scheme," the skipper said.'],
  ])('leaves %s an assertion', (_name, sentence) => {
    expect(brief(sentence).map((s) => s[1])).toEqual(['assert']);
  });
});

describe('round-8 reporting verbs (cues.tsv; objects.tsv clause-cue, speech-cue)', () => {
  it.each([
    ['complained that', 'Sailors complained that the harbour was too shallow.', 'assert'],
    ['boasted that', 'The harbour master boasted that no ship had run aground.', 'assert'],
    ['swore that', 'The skipper swore that he had not seen the buoy.', 'assert'],
    ['forecast that', 'The port authority forecast that traffic would double.', 'assert'],
    ['wondered whether', 'Sailors wondered whether the harbour would reopen.', 'doubt'],
    ['pleaded with X to', 'The skipper pleaded with the coastguard to reopen the harbour.', 'demand'],
    ['begged X to', 'The crew begged the owner to pay them.', 'demand'],
    ['objected to', 'The fishermen objected to the new quotas.', 'deny'],
    ['blasted a decision', 'The skipper blasted the decision.', 'accuse'],
  ])('%s', (_name, sentence, stance) => {
    expect(brief(sentence).map((s) => s[1])).toEqual([stance]);
  });
  it.each([
    ['complained of an ailment', 'The skipper complained of back pain.'],
    ['boasted an object', 'The harbour boasted a fine lighthouse.'],
    ['swore in a cabinet', 'The governor swore in the new harbour board.'],
    ['pleaded guilty', 'The skipper pleaded guilty to smuggling.'],
    ['blasted a thing', 'The storm blasted the harbour wall.'],
  ])('reads nothing in "%s"', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('a count word and a bare noun after a quotation are its speaker (02-quote-said.ts)', () => {
  it('"…?" one woman asked.', () => {
    expect(brief('"Why did nobody close the harbour?" one woman asked.').map((s) => [s[0], s[2]])).toEqual([['one woman', 'Why did nobody close the harbour?']]);
  });
});

describe('a clause-cue before an object is a plain verb inside another\'s content (content.ts isClauseStart)', () => {
  it('claimed X first complained of …, not …', () => {
    expect(brief('The owners claimed Vos first complained of theft, not sabotage.').map((s) => s[2]))
      .toEqual(['Vos first complained of theft, not sabotage']);
  });
});
