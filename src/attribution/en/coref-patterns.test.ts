import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): which earlier mention an English he, she or they stands for.
const speakers = (...paragraphs: string[]) => statementsOf('en', 'A headline', ...paragraphs).map((s) => s.speaker);

describe('English pronouns take the most recent compatible mention', () => {
  it.each([
    ['he never stands for a joint mention: the conjunct a later surname picked out is its antecedent',
      'Tom Baker and Ruth Ellis both inspected the dam. Baker told reporters the wall was sound. He said repairs would take a week.',
      ['Tom Baker', 'Tom Baker']],
    ['he after a joint subject and no single man named since is left as the pronoun',
      'Dan Price and Leo Hart examined the records. He said the figures did not add up.',
      ['He']],
    ['she passes over a mention an earlier he stood for',
      'Governor Sam Reed spoke at the port. He said the ferry would run again. Officers later interviewed Laura Finch at the harbour. She said the boat had left early.',
      ['Governor Sam Reed', 'Laura Finch']],
    ['she takes a woman named in the sentence before when no woman came earlier',
      'Council inspectors met Maria Lopez at the site. She said the permit had expired.',
      ['Maria Lopez']],
    ['a woman opening the sentence before wins over an older woman',
      'Nora Vance said the court had failed. Judith Marlow, an adviser to the committee who had studied the case for two long years, reviewed the files. "Reform takes time," she said.',
      ['Nora Vance', 'Judith Marlow']],
    ['a recent subject wins over a name in the sentence before it',
      'Lisa Grant, a teacher, said the school was closed. Lisa Grant later phoned Helen Moss. She said the roof had leaked.',
      ['Lisa Grant', 'Lisa Grant']],
    ['an acronym is no given name (ADA is no Ada)',
      'The ADA Group bought the mill. She said the staff would stay.',
      ['She']],
    ['a name inside quotation marks is no antecedent',
      'The notice read "Anna Berg must leave the flat". She said the landlord had lied.',
      ['The notice', 'She']],
    ['they passes over one titled person for a body named just before',
      'The Farmers Union met in Leeds on Monday. Trade Minister Lund of Denmark joined as a guest. They said prices were too low.',
      ['The Farmers Union']],
    ['they may stand for a body',
      'The National Farmers Union held a meeting in Leeds. They said prices were too low.',
      ['The National Farmers Union']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('English sentence subjects as antecedents', () => {
  it.each([
    ['the and one capitalised word before a noun only modify the subject (The November storm)',
      'The Port Authority met on Monday. The November storm flooded the docks. They said repairs would start soon.',
      ['The Port Authority']],
    ['a phrase ending in a year is no subject',
      'Mayor Ruth Ellis spoke first. Ellis\'s 2019 budget was cut in half. She said schools would suffer.',
      ['Mayor Ruth Ellis']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('English title-only mentions', () => {
  it.each([
    ['"the minister" takes the minister named just before, not an older one',
      'Prime Minister Karl Berg said the plan was sound. The port opened in May, and Health Minister Elsa Dahl visited the wards, but the minister said more beds were needed.',
      ['Prime Minister Karl Berg', 'Health Minister Elsa Dahl']],
    ['"the minister" with no minister named since takes the earlier full mention',
      'Prime Minister Karl Berg said the plan was sound. The port opened in May. The minister said more ships would come.',
      ['Prime Minister Karl Berg', 'Prime Minister Karl Berg']],
    ['a title holder inside quotation marks is not taken',
      'Mayor Ann Holt said the works were late. A sign read "ask minister Olaf Berg". The mayor said the sign was old.',
      ['Mayor Ann Holt', 'A sign', 'Mayor Ann Holt']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
