import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Constructions of real English news, round 6, each tested on made-up sentences (none from a gold or corpus article).
const all = (...paragraphs: string[]) => statementsOf('en', 'Headline', ...paragraphs);
const brief = (...paragraphs: string[]) => all(...paragraphs).map((s) => [s.speaker, s.stance, s.content]);

describe('a quotation split by its reporting clause is the speaker\'s (split-quote.ts, 02-quote-said.ts)', () => {
  // One sentence split mid-way: one statement over both halves, the reporting clause inside.
  it.each([
    ['"…," he said, "and …"', 'Tom Vale, the mayor, toured the harbour.', '"We will rebuild the harbour," he said, "and we will do it this year."', 'Tom Vale'],
    ['"…," Vale said, "and …"', 'Tom Vale, the mayor, toured the harbour.', '"We will rebuild the harbour," Vale said, "and we will do it this year."', 'Tom Vale'],
    ['"…," said X, an apposition, "and …"', 'The harbour reopened on Monday.', '"We will rebuild the harbour," said Jane Roe, a nurse, "and we will do it this year."', 'Jane Roe'],
    ['"…", X said, "is …" (comma outside the marks)', 'The harbour reopened on Monday.', '"What is hard for me", Jane Roe said, "is the silence of the city council."', 'Jane Roe'],
  ])('%s', (_name, before, sentence, speaker) => {
    const got = all(before, sentence).filter((s) => s.direct);
    expect(got).toHaveLength(1);
    expect(got[0].speaker).toBe(speaker);
    expect(got[0].content.startsWith(sentence.slice(1, 12))).toBe(true);
    expect(got[0].content.endsWith(sentence.slice(-12, -1))).toBe(true);
  });
  it('a second half opening a new sentence ("…," he said, "It …") is a statement of its own', () => {
    const got = all('Tom Vale toured the port.', '"We will rebuild the harbour," he said, "It will take a year and cost a lot."');
    expect(got.map((s) => [s.speaker, s.content])).toEqual([['Tom Vale', 'We will rebuild the harbour'], ['Tom Vale', 'It will take a year and cost a lot.']]);
  });
  it('"…", adding, "…": no speaker stands between, the second quotation is the participle\'s', () => {
    const got = brief('Tom Vale said, "As far as I know, this has never happened before", adding, "For the city, this man is a criminal".');
    expect(got.map((s) => s[0])).toEqual(['Tom Vale', 'Tom Vale']);
  });
  it('two sentences ("…," she said. "…") stay two statements of her', () => {
    const got = all('Jane Roe visited the port.', '"Yes, we knew it," she said. "We knew it all along, every one of us."');
    expect(got.map((s) => s.speaker)).toEqual(['Jane Roe', 'Jane Roe']);
  });
});

describe('a report inside a report (GUIDELINES.md nested attribution)', () => {
  it.each([
    ['the officers warned that', 'Police said the officers warned that the suspect would flee.', 'the officers', 'warn', 'the suspect would flee'],
    ['X told him that', 'Police said Tom Vale told him that the suspect fled.', 'Tom Vale', 'assert', 'the suspect fled'],
    // (titles.tsv: "officers" is an unnamed source word like "officials", so a bare "officers" may lead the inner clause)
    ['officers told them that', 'Police said officers told them that the suspect fled.', 'officers', 'assert', 'the suspect fled'],
    ['officers had warned that', 'Police said officers had warned that the suspect would flee.', 'officers', 'warn', 'the suspect would flee'],
  ])('%s', (_name, sentence, speaker, stance, content) => {
    const got = brief(sentence);
    expect(got[0][0]).toBe('Police');
    expect(got).toContainEqual([speaker, stance, content]);
  });
});

describe('a participle after a colon-only cue speaks for that cue\'s subject (clause-subject.ts)', () => {
  it.each([
    ['responded …, calling for', 'The minister responded in a statement, calling for calm.', 'The minister'],
    ['responded …, accusing', 'Jane Roe responded on Twitter, accusing Vale of lying.', 'Jane Roe'],
    ['responded …, calling X "…"', 'The minister responded on Twitter, calling the report "a fabrication".', 'The minister'],
    ['He responded …, saying', 'He responded on Monday, saying the report was false.', 'Tom Vale'],
  ])('%s', (_name, sentence, speaker) => {
    const got = all('Tom Vale said the bridge was safe.', sentence);
    expect(got).toHaveLength(2);
    expect(got[1].speaker).toBe(speaker);
  });
});
