import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Reporting constructions of English news found missed or misread in round 12, each on made-up sentences (none from a
// gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (sentence: string) => all('The valley was flooded that spring.', sentence).map((s) => [s.speaker, s.stance, s.content]);

describe('an inverted quotation cue before lower-case role words and a name (02-quote-said.ts titleBeforeName)', () => {
  it.each([
    ['police spokesman', '"Two suspects are in custody," said police spokesman Ivo Marek.', 'police spokesman Ivo Marek'],
    ['spokesman', '"Two suspects are in custody," said spokesman Ivo Marek.', 'spokesman Ivo Marek'],
    ['army spokesman Colonel', '"We are counting the damage," said army spokesman Colonel Ruth Oduya.', 'army spokesman Colonel Ruth Oduya'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).map((s) => s[0])).toEqual([speaker]);
  });
});

describe('an inverted quotation cue before "the <noun>\'s <role>" (02-quote-said.ts possessedAfter)', () => {
  it('takes the name apposed to the role', () => {
    expect(brief('"We need more nurses," said the clinic\'s director, Lena Rask.').map((s) => s[0])).toEqual(['Lena Rask']);
  });
  it('takes the role phrase when it ends the sentence', () => {
    expect(brief('"The road will stay closed," said the town\'s mayor.').map((s) => s[0])).toEqual(["the town's mayor"]);
  });
});

describe('a belief before a clause with a bare past verb (belief-clause.ts)', () => {
  it.each([
    ['regular past', 'Investigators believe the driver acted alone.', 'Investigators', 'the driver acted alone'],
    ['irregular past', 'Experts believe the ferry sank in a storm.', 'Experts', 'the ferry sank in a storm'],
    ['adverb before the cue', 'Officials reportedly believe the fire started in the kitchen.', 'Officials', 'the fire started in the kitchen'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', content]]);
  });
  it('reads no clause in a noun and a passive participle before "by"', () => {
    expect(brief('Investigators believe the claims made by the driver.')).toEqual([]);
  });
  it('keeps "now" out of the speaker (function-words.tsv)', () => {
    expect(brief('Investigators now believe the driver acted alone.').map((s) => s[0])).toEqual(['Investigators']);
  });
});

describe('"quoted <an unnamed source> as saying" (clause-subject.ts commonNounPhrase)', () => {
  it('gives the statement to the one quoted, not the outlet', () => {
    expect(brief('The paper quoted a senior diplomat as saying the talks had stalled.')).toEqual([['a senior diplomat', 'assert', 'the talks had stalled']]);
  });
});

describe('a passive whose subject is a noun\'s possessive and a said thing (passive.ts passiveSubject)', () => {
  it('reads the whole subject as what was rejected', () => {
    expect(brief("The union's claims were dismissed by the ministry.")).toEqual([['the ministry', 'deny', "The union's claims"]]);
  });
});

describe('"for" and a length of time after a cue (said-object.ts isDurationTail)', () => {
  it.each([
    ['for hours', 'The two camps argued for hours over the wording.'],
    ['for three days', 'The lawyers argued for three days about the contract.'],
  ])('reports nothing: %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
  it('still reads a that-clause after the duration', () => {
    expect(brief('The lawyers argued for hours that the contract was void.')).toHaveLength(1);
  });
});

describe('"made (it) clear" and "reminded X that" before a clause (cues.tsv, objects.tsv)', () => {
  it.each([
    ['made it clear', 'The coach made it clear that he would not resign.', 'The coach', 'he would not resign'],
    ['made clear', 'The coach made clear he would not resign.', 'The coach', 'he would not resign'],
    ['reminded', 'The judge reminded the jury that the accused was presumed innocent.', 'The judge', 'the accused was presumed innocent'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', content]]);
  });
  it.each([
    ['made clear as an adjective', 'The new rules made clear progress possible.'],
    ['reminded of', 'The song reminded her of home.'],
  ])('reports nothing: %s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('a subordinate tail after ", X said," leaves the clause before as the content (subordinate-tail.ts)', () => {
  it.each([
    ['after', 'The bridge will reopen next week, the mayor said, after engineers inspected it.'],
    ['because', 'The bridge will reopen next week, the mayor said, because the repairs are done.'],
    ['a participle', 'The bridge will reopen next week, the mayor said, ending months of detours.'],
    ['a time then after', 'The bridge will reopen next week, the mayor said on Friday, after engineers inspected it.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['the mayor', 'assert', 'The bridge will reopen next week']]);
  });
  it('leaves a quotation after the cue its own content', () => {
    expect(brief('At the rally, the mayor said, "After the vote, we will rebuild the bridge."')[0][2]).toBe('After the vote, we will rebuild the bridge.');
  });
  it('drops the role before an apposed name from the content', () => {
    expect(brief('The bridge will reopen, the deputy mayor, Tom Varga, said, after an inspection.')).toEqual([['Tom Varga', 'assert', 'The bridge will reopen']]);
  });
});

describe('speaker phrases before a cue set after its clause (speaker-before.ts)', () => {
  it.each([
    ['a head and its side', 'The two sides agreed to a truce, officials from both sides said.', 'officials from both sides'],
    ['familiar with', 'The two sides agreed to a truce, diplomats familiar with the talks said.', 'diplomats familiar with the talks'],
    ['a count', 'The two sides agreed to a truce, two officials told Reuters.', 'two officials'],
    ['lower-case modifiers', 'The virus had spread to three towns, health officials said.', 'health officials'],
    ['a capitalised adjective and modifiers', 'The virus had spread, Syrian health officials said.', 'Syrian health officials'],
  ])('%s', (_name, sentence, speaker) => {
    expect(brief(sentence).map((s) => s[0])).toEqual([speaker]);
  });
  it('never reads an infinitive after a head as its body', () => {
    expect(brief('The plan would allow the government to extradite people accused of crimes.')).toEqual([]);
  });
  it('keeps a question word out of the phrase', () => {
    expect(brief('The crowd was far larger than what organizers estimated at first.').map((s) => s[0])).not.toContain('what organizers');
  });
});

describe('the addressee of "told" (addressee.ts)', () => {
  it.each([
    ['two lower-case words', 'The minister told state television the army would withdraw.'],
    ['an article and two words', 'The minister told a news conference the army would withdraw.'],
    ['a medium named after its noun', 'The minister told local radio station KFM the army would withdraw.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['The minister', 'assert', 'the army would withdraw']]);
  });
  it('reads the clause before when the named medium ends the sentence', () => {
    expect(brief('The army would withdraw, a spokesperson told local radio station KFM.')).toEqual([['a spokesperson', 'assert', 'The army would withdraw']]);
  });
});

describe('a document named in the adjunct after the cue (said-object.ts isAdjunctTail)', () => {
  it.each([
    ['released', 'The ferry had been overloaded, the ministry said in a statement released on Tuesday.'],
    ['posted', 'The ferry had been overloaded, the ministry said in a statement posted on its website.'],
  ])('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([['the ministry', 'assert', 'The ferry had been overloaded']]);
  });
});

describe('a cue with an adjunct ending its paragraph with a colon reports the next paragraph (01-said-that.ts)', () => {
  it.each([
    ['in a statement', 'The ministry said in a statement:'],
    ['on a medium', 'The senator wrote on Twitter:'],
    ['a time', 'The ministry said on Monday:'],
  ])('%s', (_name, lead) => {
    const got = all('The valley was flooded that spring.', lead, '"The dam is safe. Nobody is in danger."');
    expect(got.map((s) => [s.content, s.direct])).toEqual([['The dam is safe. Nobody is in danger.', true]]);
  });
});

describe('a charge set in apposition after a clause is a said thing (objects.tsv)', () => {
  it('gives the denial to the source after it', () => {
    expect(brief('Rebels shelled the village on Sunday, a charge the army denied.')).toEqual([['the army', 'deny', 'Rebels shelled the village on Sunday']]);
  });
});

describe('a cue ending the whole text (content.ts afterLeadingTime)', () => {
  it('reads the clause before it when the text holds a date', () => {
    const got = all('Sunday, March 3, 2019', 'The bishop condemned the violence, the diocese said.');
    expect(got.map((s) => s.speaker)).toContain('the diocese');
  });
});
