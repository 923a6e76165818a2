import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructions of real English news, round 7, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('a one-word answer before its reporting clause (en/02-quote-said.ts)', () => {
  it('"Yes," she said. "…": the quotation of the next sentence is hers', () => {
    expect(brief('Jane Roe visited the port.', '"Yes," she said. "We knew it all along, every one of us."'))
      .toEqual([['Jane Roe', 'assert', 'We knew it all along, every one of us.']]);
  });
  it('"No," said X. "…": the same with the speaker after the cue', () => {
    expect(brief('The port reopened.', '"No," said Tom Vale. "We never took the money from them."'))
      .toEqual([['Tom Vale', 'assert', 'We never took the money from them.']]);
  });
  it('"No," she said.: the answer alone is no statement', () => {
    expect(all('Jane Roe visited the port.', '"No," she said.')).toEqual([]);
  });
});

describe('a question or exclamation before a lower-case reporting clause (en/02-quote-said.ts)', () => {
  it.each([
    ['"…?" asked X.', '"Is the bridge safe?" asked Tom Vale.', 'Tom Vale', 'demand', 'Is the bridge safe?'],
    ['"…!" said X.', '"The bridge is safe at last!" said Tom Vale.', 'Tom Vale', 'assert', 'The bridge is safe at last!'],
    ['"…?" he asked reporters. (the addressee is no content)', '"Why is the bridge still closed?" he asked reporters.', 'Tom Vale', 'demand', 'Why is the bridge still closed?'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    expect(brief('Tom Vale toured the port.', sentence)).toContainEqual([speaker, stance, content]);
  });
});

describe('a quotation run on into the next paragraph (en/run-on-quotes.ts, continuation.ts)', () => {
  it('She said: "… ¶ "…": the paragraph left open and the next are both hers', () => {
    const got = brief('Jane Roe visited the port.', 'She said: "We will rebuild the harbour and do it this year.', '"We have asked the council for help and it will come soon."');
    expect(got).toEqual([
      ['Jane Roe', 'assert', 'We will rebuild the harbour and do it this year.'],
      ['Jane Roe', 'assert', 'We have asked the council for help and it will come soon.'],
    ]);
  });
  it('an open quotation of several sentences carries on over two paragraphs', () => {
    const got = brief('Jane Roe visited the port.', 'She said: "We will rebuild the harbour. It will take a year.',
      '"We have asked the council for help and it will come soon.', '"The money is there and we will spend it well."');
    expect(got.map((s) => s[0])).toEqual(['Jane Roe', 'Jane Roe', 'Jane Roe']);
    expect(got[2][2]).toBe('The money is there and we will spend it well.');
  });
  it('a closed paragraph makes no run-on quotation', () => {
    const got = brief('Jane Roe visited the port.', 'The council met on "Harbour Day" to vote.', '"We have asked the council for help and it will come soon."');
    expect(got).toEqual([]);
  });
});

describe('attacking X as Y, after a cue that reports nothing (cues.tsv, en/speaker.ts)', () => {
  it('responded …, attacking X as Y: accuse', () => {
    expect(brief('Tom Vale responded to the ruling, attacking the subpoena as a political ploy.'))
      .toEqual([['Tom Vale', 'accuse', 'the subpoena as a political ploy']]);
  });
  it('a one-word subject met before, then a cue, is the participle\'s antecedent', () => {
    const got = all('Tom Vale lost the case on Monday.', 'Following Judge Ann Roe\'s order, the bank froze the accounts.',
      'Vale responded on Twitter, attacking the subpoena as a ploy: "They have failed on all fronts and now they come after me."');
    expect(got.map((s) => s.speaker)).toEqual(['Tom Vale']);
  });
});

describe('labels and documents (en/06-label.ts, cues.tsv, titles.tsv)', () => {
  it('called X "word".: a lone quoted lower-case word is the label', () => {
    expect(brief('The ministry called the vote "pointless".')).toEqual([['The ministry', 'assert', 'pointless']]);
  });
  it('called X "Name": a capitalised word names the object', () => {
    expect(all('The army called the operation "Phoenix".')).toEqual([]);
  });
  it('the lawsuit states that …', () => {
    expect(brief('The lawsuit states that the declaration is unconstitutional.')).toEqual([['The lawsuit', 'assert', 'the declaration is unconstitutional']]);
  });
  it('the United States that …: no cue', () => {
    expect(all('It is a demand by the United States that the talks resume.')).toEqual([]);
  });
  it('X noted news reports said …: the reports are a source of their own (nested attribution)', () => {
    expect(brief('A reporter noted news reports said the minister was ill.')).toContainEqual(['reports', 'assert', 'the minister was ill']);
  });
});

describe('what a cue reports, and who (en/01-said-that.ts, en/second-complement.ts, en/speaker.ts)', () => {
  it('informed X <clause>: the one informed is no part of the content (objects.tsv: addressee-cue)', () => {
    expect(brief('Jane Roe informed police she had diplomatic immunity.')).toEqual([['Jane Roe', 'assert', 'she had diplomatic immunity']]);
  });
  it('assured X <clause>', () => {
    expect(brief('The mayor assured residents the water was safe.')).toEqual([['The mayor', 'assert', 'the water was safe']]);
  });
  it('said A, but that B: two propositions of one cue', () => {
    expect(brief('Jane Roe said she had immunity, but that she had no plans to leave the country.')).toEqual([
      ['Jane Roe', 'assert', 'she had immunity'],
      ['Jane Roe', 'assert', 'she had no plans to leave the country'],
    ]);
  });
  it('told X A, and "that B": the second, quoted, keeps its quotation', () => {
    const got = all('Jane Roe told police she had immunity, and "that she would stay in the country for now".');
    expect(got.map((s) => [s.content, s.direct])).toEqual([['she had immunity', false], ['that she would stay in the country for now', true]]);
  });
  it('said A and that was all: a "that" opening no clause is no second complement', () => {
    expect(all('Jane Roe said she had immunity, and that was all.')).toHaveLength(1);
  });
  it.each([
    ['his office', 'He died of complications, his office said.'],
    ['his family', 'He died of complications, his family said.'],
    ['their lawyer', 'He died of complications, their lawyer said.'],
  ])('"…, %s said": a possessive after the comma leads the speaker', (speaker, sentence) => {
    expect(brief('Tom Vale died on Thursday.', sentence)).toEqual([[speaker, 'assert', 'He died of complications']]);
  });
  it('"…, X reported, citing two sources.": the source phrase is no content', () => {
    expect(brief('The army would deploy along the border, Reuters reported, citing two sources.'))
      .toEqual([['Reuters', 'assert', 'The army would deploy along the border']]);
  });
  it('"X reported, citing two sources, that …" still reports the clause', () => {
    expect(brief('Reuters reported, citing two sources, that the army would deploy.')).toEqual([['Reuters', 'assert', 'the army would deploy']]);
  });
});

describe('a reporting clause ending its paragraph with a colon (en/colon-paragraph.ts)', () => {
  it('She said: ¶ "…" ¶ "…": the quotations of the next paragraphs', () => {
    expect(brief('Jane Roe visited the port. She said:', '"We will rebuild the harbour this year and the money is there."', '"We have asked the council for help."')).toEqual([
      ['Jane Roe', 'assert', 'We will rebuild the harbour this year and the money is there.'],
      ['Jane Roe', 'assert', 'We have asked the council for help.'],
    ]);
  });
  it('The judge wrote: ¶ <a paragraph without marks>: the paragraph is the quotation', () => {
    expect(brief('Judge Jane Roe wrote:', 'The notion that the mayor is above the law cuts across the grain of our precedents.'))
      .toEqual([['Judge Jane Roe', 'assert', 'The notion that the mayor is above the law cuts across the grain of our precedents.']]);
  });
  it('a list after a colon with no reporting clause is no statement', () => {
    expect(all('The victims were:', 'Tom Vale, 34, and Ann Roe, 20.')).toEqual([]);
  });
  it('a next paragraph with a cue of its own is not the colon\'s', () => {
    const got = all('The court set out its rules:', 'By this judgment, the court answers the minister that the law does not apply here.');
    expect(got.map((s) => s.speaker)).toEqual(['the court']);
  });
});

describe('"reports" as a verb between its subject and object (en/noun-cues.ts, objects.tsv: noun-cue)', () => {
  it.each([
    ['The Daily Post reports …', 'The Daily Post reports a captain and ten other crew.', 'The Daily Post', 'a captain and ten other crew'],
    ['Name reports <clause>', 'Rudaw reports the airline\'s director has ties to the army.', 'Rudaw', 'the airline\'s director has ties to the army'],
    ['authorities report no …', 'Local authorities report no casualties from the strike.', 'Local authorities', 'no casualties from the strike'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(brief(sentence)).toEqual([[speaker, 'assert', content]]);
  });
  it.each([
    ['a report alleged: the noun stays in its speaker phrase', 'A report alleged fireworks were used.', 'A report'],
    ['a UN report concluded', 'A UN report concluded the attack was planned.', 'A UN report'],
    ['news reports said', 'News reports said the minister was ill.', 'News reports'],
  ])('%s', (_name, sentence, speaker) => {
    expect(all(sentence).map((s) => s.speaker)).toEqual([speaker]);
  });
  it('"The Pentagon report a week later": the plain form after a singular is the noun', () => {
    expect(all('The Pentagon report a week later said nothing.').map((s) => s.speaker)).not.toContain('The Pentagon');
  });
});
