import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import type { Article } from '../../model/index.js';
import { pairQuotes } from '../../text/sentences-quotes.js';

// Constructions of real English news, round 2 (dev-wnen's misses), each tested on made-up sentences (none from a gold
// or corpus article). Statements are looked up by their cue, as in news-patterns.test.ts.
const body = (...paragraphs: string[]) => analyze({ id: 't', source: 'test', title: 'Headline here', language: 'en', paragraphs,
  text: paragraphs.join('\n\n'), removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [] } as Article).statements;
const findAll = (cue: string, ...paragraphs: string[]) => body(...paragraphs).filter((s) => s.cue.text === cue);
const find = (cue: string, ...paragraphs: string[]) => findAll(cue, ...paragraphs)[0];
const last = (cue: string, ...paragraphs: string[]) => findAll(cue, ...paragraphs).at(-1);

describe('English news constructions, round 2', () => {
  it('pairs a quotation nested in the same straight marks as part of the outer one', () => {
    const text = 'He wrote: "The vote shows no care at all. The "reform" is not helping any family." Then "we go on" he said.';
    const quoted = pairQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(quoted).toEqual(['The vote shows no care at all. The "reform" is not helping any family.', 'we go on']);
  });

  it.each([
    ['a quotation after its cue sentence keeps a quotation nested in straight marks',
      () => find('"', 'Senator Ada Moss also criticized the bill via her blog. "The vote tonight shows a complete lack of care for farmers. The "reform" is not helping any family. They are all paying more."'),
      { speaker: 'Senator Ada Moss', content: 'The vote tonight shows a complete lack of care for farmers. The "reform" is not helping any family. They are all paying more.' }],
    ['"identified X as Y" reports the object with its "as" phrase',
      () => find('identified', 'Police identified the driver as a 40-year-old man from Leeds.'),
      { speaker: 'Police', stance: 'assert', content: 'the driver as a 40-year-old man from Leeds' }],
    ['"did not find" before a clause is a denial',
      () => find('did not find', 'After two days of hearings, the inquiry did not find the company had broken any rules.'),
      { speaker: 'the inquiry', stance: 'deny', content: 'the company had broken any rules' }],
    ['"was announced to be Y by X": the source after a later "by"',
      () => find('announced', 'The outbreak was officially announced to be an "emergency" by the World Health Organization.'),
      { speaker: 'the World Health Organization', rule: 'en-passive-by', content: 'The outbreak was officially announced to be an "emergency"' }],
    ['a reported clause runs on past ", described by X as …"',
      () => find('said', 'Police spokesman Tom Reed said a fake pass was used by the intruder, described by The Daily Post as a former guard, to enter the hall.'),
      { speaker: 'Police spokesman Tom Reed', content: 'a fake pass was used by the intruder, described by The Daily Post as a former guard, to enter the hall' }],
    ['"defended X, "…"" reports the quotation',
      () => find('defended', 'Mayor Lena Fox defended her plan, "The new road will save lives and time."'),
      { speaker: 'Mayor Lena Fox', content: 'The new road will save lives and time.', direct: true }],
    ['"they" is never a man named before it',
      () => find('said', 'The Harbor Union is the largest union in the port. Governor Omar Diaz threatened the union after the union called off the talks, which they have said was due to a lack of funds.'),
      { speaker: 'The Harbor Union', content: 'was due to a lack of funds' }],
    ['"they" is never a mention an earlier "she" stood for',
      () => last('indicated', 'Both clerks indicated they would quit.', 'The head of the archive told the committee "The files were lost in March." She also said "We asked for copies twice." They indicated they would take the case to court.'),
      { speaker: 'Both clerks', content: 'they would take the case to court' }],
    ['a one-word subject met before as a name is an antecedent of "he"',
      () => find('condemned', 'Mayor Jan Kowal was hurt on Sunday. Minister Adam Nowak said "We are shocked by this act of hate."', 'Kowal, 61, has led the city since 1998. He recently condemned the vandalism of a school.'),
      { speaker: 'Mayor Jan Kowal', stance: 'accuse', content: 'the vandalism of a school' }],
  ])('%s', (_name, get, expected) => {
    const s = get();
    expect(s && { speaker: s.speaker.text, stance: s.stance, content: s.content.text, rule: s.rule, direct: s.direct }).toMatchObject(expected);
  });

  it.each([
    ['does not read "identified a species" as a statement', 'Scientists identified a new species of frog in the valley.', 'identified'],
    ['does not read a reduced passive "identified only as" as a statement', 'A boy, identified only as Ivan, was rescued by Minister Ana Lee on Friday.', 'identified'],
    ['does not read "did not find survivors" as a statement', 'Rescuers did not find any survivors in the rubble.', 'did not find'],
    ['does not read "was announced to be finished by June next year" as a statement', 'The bridge was announced to be finished by June next year.', 'announced'],
    ['does not read "defended the city" as a statement', 'Soldiers defended the city for three weeks.', 'defended'],
  ])('%s', (_name, sentence, cue) => {
    expect(find(cue, sentence)).toBeUndefined();
  });
});
