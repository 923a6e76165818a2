import { describe, expect, it } from 'vitest';
import { casualtiesIn, casualtyDetailOf } from './casualties.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { Member } from './types.js';

// Casualties as a detail (casualties.ts, R6): the dead an earlier statement counts, named again by a later one of the
// same article. Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';
function member(content: string, ordinal: number, over: Partial<Member> = {}): Member {
  return {
    statementId: `a:${ordinal}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'x' }, speakerKey: 'x', content, entities: [], lang: 'en', date: DAY, ...over,
  };
}

describe('casualtiesIn', () => {
  it.each([
    ['English: counted', 'seven new deaths from the flu on Monday', 'en', { counted: true, definite: false }],
    ['English: named definitely', 'the victims included three children', 'en', { counted: false, definite: true }],
    ['Arabic: counted, with a digit', 'سجلت 12 حالة وفاة جديدة', 'ar', { counted: true, definite: false }],
    ['Arabic: counted, with a number word', 'سبع وفيات جديدة بسبب الإنفلونزا', 'ar', { counted: true, definite: false }],
    ['Arabic: named definitely, with a clitic', 'ثلاثة من الوفيات من العاصمة', 'ar', { counted: false, definite: true }],
    ['no casualties', 'the ministry opened two new hospitals', 'en', { counted: false, definite: false }],
  ])('%s', (_name, content, lang, expected) => {
    expect(casualtiesIn({ content, lang: lang as 'ar' | 'en' })).toEqual(expected);
  });
});

describe('casualtyDetailOf', () => {
  const count = member('seven new deaths from the flu on Monday', 1);
  it.each([
    ['a later statement naming the dead definitely is a detail', count, member('the victims included three children', 2), 1],
    ['the order the pair comes in does not matter', member('the victims included three children', 2), count, 1],
    ['an earlier statement naming them definitely is not (a reference points back)', member('the victims included three children', 0), count, undefined],
    ['a later statement with a count of its own is not (another toll)', count, member('the victims of the fire were 12 deaths in all', 2), undefined],
    ['a statement of another article is not', count, member('the victims included three children', 2, { articleId: 'b', statementId: 'b:2' }), undefined],
  ])('%s', (_name, a, b, expected) => {
    expect(casualtyDetailOf(a, b)).toBe(expected);
  });
});

describe('casualty details in claims', () => {
  const EN = ['Ruritania reports seven new flu deaths', 'Ruritania confirmed seven new deaths from the flu on Monday.',
    'The health director said the victims included three children and four elderly people.',
    'The health director also said two of the victims were from the capital.'].join('\n\n');
  const AR = ['روريتانيا تسجل سبع وفيات جديدة بالإنفلونزا', 'أكدت روريتانيا يوم الاثنين سبع وفيات جديدة بسبب الإنفلونزا.',
    'وقالت مديرة الصحة إن الضحايا شملوا ثلاثة أطفال وأربعة من كبار السن.'].join('\n\n');

  it('joins the details of each article to its count, and nothing else', () => {
    const claims = groupClaims([sourceFromAnalysis(analysisOf(EN, DAY)), sourceFromAnalysis(analysisOf(AR, DAY))], { fallbackDate: DAY });
    const withCount = claims.filter((c) => c.members.some((m) => /seven new deaths/.test(m.content)));
    expect(withCount).toHaveLength(1);
    const contents = withCount[0].members.map((m) => m.content);
    expect(contents.some((c) => c.includes('the victims included'))).toBe(true);
    expect(contents.some((c) => c.includes('two of the victims'))).toBe(true);
  });
});
