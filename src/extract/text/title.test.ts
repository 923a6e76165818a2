import { describe, expect, it } from 'vitest';
import { splitTitle } from './02-title.js';
import { parseDateline } from './03-dateline.js';
import { isDek } from './05-dek.js';
import { splitBlocks } from './01-blocks.js';

describe('splitTitle: the outlet after the last separator', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['takes a capitalised tail with an outlet word (en dash)', 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا – RT World News', 'كوريا الشمالية ترد على مزاعم نشر قوات في روسيا', 'RT World News'],
    ['takes a known outlet after a bar', 'Ukraine says it downed 20 drones overnight | Reuters', 'Ukraine says it downed 20 drones overnight', 'Reuters'],
    ['takes BBC News after a hyphen', 'Floods hit northern Italy - BBC News', 'Floods hit northern Italy', 'BBC News'],
    ['takes an Arabic outlet with an extra word', 'الأمم المتحدة تحذر من مجاعة في غزة - الجزيرة نت', 'الأمم المتحدة تحذر من مجاعة في غزة', 'الجزيرة نت'],
    ['takes a known outlet written with another alef', 'وزير الخارجية يلتقي نظيره التركي | الاناضول', 'وزير الخارجية يلتقي نظيره التركي', 'الاناضول'],
    ['takes an unknown capitalised outlet with an outlet word', 'Council rejects ferry plan — The Coastline Daily', 'Council rejects ferry plan', 'The Coastline Daily'],
    ['keeps a title-case tail that has no outlet word', 'Brexit talks stall - What Happens Next', 'Brexit talks stall - What Happens Next', undefined],
    ['keeps an acronym phrase that is not an outlet', 'Gaza aid convoy blocked - UN Warns Of Famine', 'Gaza aid convoy blocked - UN Warns Of Famine', undefined],
    ['keeps a hyphenated word (no spaces around the hyphen)', 'Al-Assad meets Putin in Moscow', 'Al-Assad meets Putin in Moscow', undefined],
    ['keeps a lower-case clause after a dash', 'Peace talks resume - but hopes are low', 'Peace talks resume - but hopes are low', undefined],
    ['keeps a tail as long as the head', 'Reuters - Reuters says', 'Reuters - Reuters says', undefined],
  ];
  it.each(cases)('%s', (_n, line, title, outlet) => {
    const got = splitTitle(line);
    expect(got.title).toBe(title);
    expect(got.outlet).toBe(outlet);
  });
});

describe('parseDateline: a line that is only a date', () => {
  const cases: [string, string, string | undefined][] = [
    ['reads the Wikinews dateline', 'Monday, January 14, 2019', '2019-01-14'],
    ['reads day-month-year', '14 January 2019', '2019-01-14'],
    ['reads an Arabic date with a weekday', 'الاثنين 14 أكتوبر 2024', '2024-10-14'],
    ['reads a Levantine month name', 'الإثنين، 14 تشرين الأول 2024', '2024-10-14'],
    ['reads Arabic-Indic digits', '١٤ أكتوبر ٢٠٢٤', '2024-10-14'],
    ['reads an ISO date', '2019-01-14', '2019-01-14'],
    ['ignores a sentence that starts with a date', 'January 14, 2019 was a cold day in Gdańsk', undefined],
    ['ignores an impossible date', 'February 30, 2019', undefined],
    ['ignores a month without a year', 'Monday, January 14', undefined],
  ];
  it.each(cases)('%s', (_n, line, iso) => {
    expect(parseDateline(line)).toBe(iso);
  });
});

describe('isDek: a standfirst under the title', () => {
  const body = [
    'Councillors voted seven to two against the new route on Wednesday evening, after a long debate about costs and the harbour.',
    'The company behind the plan said it was disappointed and would study the decision before saying what it would do next.',
  ];
  const cases: [string, string, boolean][] = [
    ['takes a short line without a full stop', 'Councillors cite costs in a seven-to-two vote', true],
    ['takes a question', 'Who will pay for the islands ferry now?', true],
    ['refuses a line that ends with a full stop', 'Councillors cite costs in a seven-to-two vote.', false],
    ['refuses two sentences', 'Councillors cite costs. The company is disappointed', false],
    ['refuses a lead-in to a quote', 'The mayor told reporters after the vote:', false],
    ['refuses three words', 'Ferry plan rejected', false],
    ['refuses a map legend (symbols are not words)', '██ Syrian Arab Republic', false],
    ['refuses a line longer than the body paragraphs', `${body[0]} ${body[1]}`.replace(/\./g, ''), false],
  ];
  it.each(cases)('%s', (_n, line, expected) => {
    expect(isDek(line, body)).toBe(expected);
  });
});

describe('splitBlocks: lines into blocks', () => {
  const cases: [string, string, string[]][] = [
    ['makes one block a line (the seed format)', 'Title\nFirst paragraph.\nSecond paragraph.', ['Title', 'First paragraph.', 'Second paragraph.']],
    ['skips blank lines between paragraphs (the corpus format)', 'Title\n\nFirst.\n\nSecond.\n', ['Title', 'First.', 'Second.']],
    ['reads CRLF line ends', 'Title\r\n\r\nFirst.\r\n', ['Title', 'First.']],
    ['collapses runs of spaces and tabs', 'A  title\t here', ['A title here']],
    [
      'joins hard-wrapped lines within a paragraph',
      'A title\n\nThe council voted on Wednesday to reject the plan for a new\nferry route to the islands, citing the costs of the harbour\nworks and the small number of travellers expected each day.\n\nThe company said it was disappointed by the vote and would now\nstudy the decision before it said what it would do next time.',
      ['A title', 'The council voted on Wednesday to reject the plan for a new ferry route to the islands, citing the costs of the harbour works and the small number of travellers expected each day.', 'The company said it was disappointed by the vote and would now study the decision before it said what it would do next time.'],
    ],
  ];
  it.each(cases)('%s', (_n, text, blocks) => {
    expect(splitBlocks(text)).toEqual(blocks);
  });
});
