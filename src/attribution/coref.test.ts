import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Our own sentences (none from a gold or corpus article): pronouns and bare verbs resolved with the speaker's sex.
const speakers = (lang: 'ar' | 'en', ...paragraphs: string[]) => statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline', ...paragraphs).map((s) => s.speaker);

describe('Arabic bare verbs agree with the speaker they continue', () => {
  it.each([
    ['a feminine وأضافت skips a masculine speaker in between',
      'قالت وزيرة الخارجية ليلى حسن إن الحوار مستمر. وقال المتحدث باسم الحكومة سامي نور إن الاجتماع تأجل. وأضافت أن الأزمة ستحل قريبا.',
      ['وزيرة الخارجية ليلى حسن', 'المتحدث باسم الحكومة سامي نور', 'وزيرة الخارجية ليلى حسن']],
    ['a masculine وأضاف takes the nearest masculine speaker',
      'قالت وزيرة الخارجية ليلى حسن إن الحوار مستمر. وقال المتحدث باسم الحكومة سامي نور إن الاجتماع تأجل. وأضاف أن الأزمة ستحل قريبا.',
      ['وزيرة الخارجية ليلى حسن', 'المتحدث باسم الحكومة سامي نور', 'المتحدث باسم الحكومة سامي نور']],
  ])('%s', (_name, text, expected) => {
    expect(speakers('ar', text)).toEqual(expected);
  });
});

describe('English he and she never stand for a mention known to be of the other sex', () => {
  it.each([
    ['she after Ms Jones … Mr Smith goes to Jones (honorifics)',
      'Ms Jane Jones, the mayor, said the bridge would reopen. Mr Smith, the contractor, said work was on schedule. She added that the city would pay.',
      ['Ms Jane Jones', 'Mr Smith', 'Ms Jane Jones']],
    ['he after Mr Smith … Ms Jones goes to Smith',
      'Mr Smith, the contractor, said work was on schedule. Ms Jane Jones, the mayor, said the bridge would reopen. He added that costs had risen.',
      ['Mr Smith', 'Ms Jane Jones', 'Mr Smith']],
    ['a head noun tells the sex: the minister\'s wife is she',
      "The minister's wife said the house was empty. Mr Brown said he saw nothing. She said the police never came.",
      ["The minister's wife", 'Mr Brown', "The minister's wife"]],
    ['a possessor does not: Mrs Clark\'s spokesman is he',
      "Mrs Clark's spokesman said talks would go on. Theresa Clark said she was confident. He added that a deal was near.",
      ["Mrs Clark's spokesman", 'Theresa Clark', "Mrs Clark's spokesman"]],
    ['a gendered title tells the sex: a spokeswoman is she',
      'A police spokeswoman said two men were held. Mr Brown said he saw nothing. She said the men were released.',
      ['A police spokeswoman', 'Mr Brown', 'A police spokeswoman']],
    ['a first name after the title tells the sex (President Wanda Reyes)',
      'President Wanda Reyes said the budget was balanced. Spokesman Carlos Ortiz said the vote was delayed. She said taxes would not rise.',
      ['President Wanda Reyes', 'Spokesman Carlos Ortiz', 'President Wanda Reyes']],
    ['a surname alone takes the sex of its earlier full name',
      'Governor Ricardo Ortiz said he would resign. He will be replaced by Wanda Reyes. In a statement, Reyes said "the transition will be orderly". He said the decision was final.',
      ['Governor Ricardo Ortiz', 'Reyes', 'Governor Ricardo Ortiz']],
    ['a gazetteer person named by surname alone takes the sex of the full name (Merkel → Angela Merkel)',
      'Merkel said the talks had failed. Mr John Smith said the vote was fair. She added that sanctions would not work.',
      ['Merkel', 'Mr John Smith', 'Merkel']],
    ['a mention of unknown sex is still taken by either pronoun',
      'Mr Smith said work was on schedule. Dr Okonkwo said the site was safe. She added that inspections would continue.',
      ['Mr Smith', 'Dr Okonkwo', 'Dr Okonkwo']],
    ['"The Harbor Institute" (the + capitalised words, no title) is a body, never he or she',
      'Mr Smith said work was on schedule. The Harbor Institute said costs would rise. He added that the bridge would reopen.',
      ['Mr Smith', 'The Harbor Institute', 'Mr Smith']],
  ])('%s', (_name, text, expected) => {
    expect(speakers('en', text)).toEqual(expected);
  });

  it('a pronoun with no antecedent of its sex keeps the pronoun as speaker', () => {
    expect(speakers('en', 'Mr Smith said work was on schedule. She added that the city would pay.')).toEqual(['Mr Smith', 'She']);
  });
});
