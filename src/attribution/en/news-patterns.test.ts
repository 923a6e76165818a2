import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import type { Article } from '../../model/index.js';

// Constructions of real English news (dev-wnen's misses), each tested on made-up sentences (none from a gold or corpus
// article). Statements are looked up by their cue, so the article is analysed here (statements-of.ts drops the cue).
const all = (title: string, ...paragraphs: string[]) => analyze({ id: 't', source: 'test', title, language: 'en', paragraphs,
  text: paragraphs.join('\n\n'), removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [] } as Article).statements;
const body = (...paragraphs: string[]) => all('Headline here', ...paragraphs);
const find = (cue: string, ...paragraphs: string[]) => body(...paragraphs).find((s) => s.cue.text === cue);

describe('English news constructions', () => {
  it.each([
    ['a headline "X instructs Y" is a demand of X',
      () => all('Mayor Ana Ruiz instructs closure of city parks to visitors', 'The parks will close on Friday.').find((s) => s.cue.text === 'instructs'),
      { speaker: 'Mayor Ana Ruiz', stance: 'demand', content: 'closure of city parks to visitors' }],
    ['"opposed" with an object is a denial',
      () => find('opposed', 'The farmers union opposed the new tax on diesel.'),
      { speaker: 'The farmers union', stance: 'deny', content: 'the new tax on diesel' }],
    ['"indicated" reports its clause',
      () => find('indicated', 'Both lawyers indicated they would appeal the ruling.'),
      { speaker: 'Both lawyers', content: 'they would appeal the ruling' }],
    ['"characterized X as Y" keeps the object with its "as" phrase',
      () => find('characterized', 'Governor Tom Hale characterized the strike as "a reckless act".'),
      { speaker: 'Governor Tom Hale', content: 'the strike as "a reckless act"' }],
    ['a source after its clause: ", reported officials,"',
      () => find('reported', 'Heavy rain flooded the old market district on Tuesday night, reported officials, with two bridges closed.'),
      { speaker: 'officials', rule: 'en-inverted', content: 'Heavy rain flooded the old market district on Tuesday night' }],
    ['", they said Sunday —": the clause before the pronoun is what was said',
      () => find('said', 'Federal agents arrested the treasurer of the club, they said Sunday — an arrest long expected.'),
      { rule: 'en-content-said', content: 'Federal agents arrested the treasurer of the club' }],
    ['"called X "…"" reports the quotation',
      () => find('called', 'Senator Ruth Obi called the ruling "a gift to polluters".'),
      { speaker: 'Senator Ruth Obi', rule: 'en-label', content: 'a gift to polluters', direct: true }],
    ['"…, citing X as Y" is the subject\'s judgement',
      () => find('citing', 'Several mayors condemned the plan, citing the cuts as "a betrayal of small towns".'),
      { speaker: 'Several mayors', rule: 'en-citing-as', content: 'the cuts as "a betrayal of small towns"' }],
    ['a document "which read, in part," speaks for its issuer',
      () => find('read', 'The club released a statement which read, in part, "We regret the delay and thank our fans."'),
      { speaker: 'The club', content: 'We regret the delay and thank our fans.', direct: true }],
    ['"Per figures reported by X," names X as the source',
      () => find('Per', 'Per figures reported by The Daily Ledger, nine hundred homes lost power in the storm.'),
      { speaker: 'The Daily Ledger', content: 'nine hundred homes lost power in the storm' }],
    ['"According to X, clause: "…"" is two statements: the clause',
      () => find('According to', 'According to Judge Mara Lind, the evidence could change the outcome: "We will hear every witness before we decide."'),
      { speaker: 'Judge Mara Lind', content: 'the evidence could change the outcome' }],
    ['"According to X, clause: "…"": and the quotation',
      () => find(':', 'According to Judge Mara Lind, the evidence could change the outcome: "We will hear every witness before we decide."'),
      { speaker: 'Judge Mara Lind', rule: 'en-colon-quote', content: 'We will hear every witness before we decide.', direct: true }],
    ['"told X at Y, in Z, "…"": the quotation after the addressee\'s adjuncts',
      () => find('told', 'He told a nurse at the front desk, in a low voice, "they took my bag".'),
      { content: 'they took my bag', direct: true }],
    ['"as X claims …" with a clause after it is a statement',
      () => find('claims', 'The channel is still on air, as the company claims the order did not cover its news service.'),
      { speaker: 'the company', content: 'the order did not cover its news service' }],
    ['"The attacker is reported to … and claimed …": a common-noun subject',
      () => find('claimed', 'The attacker is reported to have shouted at the crowd and claimed he was owed money by the council.'),
      { speaker: 'The attacker', content: 'he was owed money by the council' }],
    ['a participle after "upon" takes the subject of its subordinate clause',
      () => find('announcing', 'The patient was taken to the city clinic, where Dr. Nina Park was cheered upon announcing the patient was stable.'),
      { speaker: 'Dr. Nina Park' }],
    ['"X speaking to Y called …": the speaker is before the participle',
      () => find('called', 'Foreign minister Ivan Petrov speaking to the Harbor Institute think tank called the deal "a dead letter".'),
      { speaker: 'Foreign minister Ivan Petrov' }],
    ['"spoke on X, "…"" reports the quotation',
      () => find('spoke', 'Mayor Lena Fox spoke on local radio, "We will rebuild the bridge by spring."'),
      { speaker: 'Mayor Lena Fox', content: 'We will rebuild the bridge by spring.', direct: true }],
    ['"answers X that Y" reports the that-clause',
      () => find('answers', 'In its ruling, the Supreme Court answers the lower court that the law does not forbid the sale.'),
      { speaker: 'the Supreme Court', content: 'the law does not forbid the sale' }],
    ['a name with an apposition is the subject of its sentence (he → the name)',
      () => find('stated', 'Governor Sam Reed, the chair of the panel, reportedly agreed to hold hearings. He stated the hearings would be public.'),
      { speaker: 'Governor Sam Reed' }],
    ['a reported clause ends before ", and he <verb>"',
      () => find('said', 'The mayor rejected the budget cuts, which the unions have said were illegal, and he promised new talks.'),
      { content: 'were illegal' }],
  ])('%s', (_name, get, expected) => {
    const s = get();
    expect(s && { speaker: s.speaker.text, stance: s.stance, content: s.content.text, rule: s.rule, direct: s.direct }).toMatchObject(expected);
  });

  it.each([
    ['does not read a bare "called" as a statement', 'The neighbours called the police after midnight.', 'called'],
    ['does not read "per cent" or "per day" as a source', 'Prices rose five per cent per day during the week.', 'per'],
    ['does not read "per request of X" as a source', 'Per request of Mayor Dan Roe, the council closed the park.', 'Per'],
    ['does not read "spoke to X" without a quotation as a statement', 'The minister spoke to students in Lyon on Friday.', 'spoke'],
    ['does not read "answered questions" as a statement', 'The minister answered questions from reporters for an hour.', 'answered'],
    ['does not read "said, "Now …"" as an inverted source', 'The mayor, who led the campaign, said, "Now the work begins for all of us."', 'said'],
  ])('%s', (_name, sentence, cue) => {
    const s = find(cue, sentence);
    if (cue === 'said') expect(s?.rule).not.toBe('en-inverted');
    else expect(s).toBeUndefined();
  });
});
