import { describe, expect, it } from 'vitest';
import { titleOf } from './summary.js';
import { attributedTitle, openingPronoun } from './title-speaker.js';
import type { Member } from './types.js';

const member = (content: string, speaker: string, lang: 'ar' | 'en', id = '1'): Member => ({
  statementId: `${lang}:${id}`, articleId: lang, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: speaker }, speakerKey: speaker, content, entities: [], lang, date: '2024-05-01T00:00:00.000Z',
});

describe('a claim title that opens with a pronoun', () => {
  it('names the speaker first, keeping an English pronoun and dropping the Arabic particle that carries one', () => {
    expect(attributedTitle('she would be launching an inquiry into the contracts', 'Speaker Lena Ortiz', 'en'))
      .toBe('Speaker Lena Ortiz: she would be launching an inquiry into the contracts');
    expect(attributedTitle('إنه لن يتنحى عن منصبه قبل الانتخابات', 'الرئيس', 'ar')).toBe('الرئيس: لن يتنحى عن منصبه قبل الانتخابات');
  });

  it('leaves alone a title that opens with a name, a demonstrative or an editor\'s bracket, and a pronoun speaker', () => {
    expect(attributedTitle('the council will meet on Monday', 'the mayor', 'en')).toBe('the council will meet on Monday');
    expect(attributedTitle('هذا القرار يخالف الاتفاق', 'الوزير', 'ar')).toBe('هذا القرار يخالف الاتفاق');
    expect(openingPronoun('[i]f the river rises, the bridge will close', 'en')).toBeUndefined();
    expect(openingPronoun('hermit crabs are leaving the bay', 'en')).toBeUndefined();
    expect(attributedTitle('he had won the vote', 'he', 'en')).toBe('he had won the vote');
  });

  it('prefers a formulation that names its subject to a longer one that opens with a pronoun', () => {
    const members = [
      member('they will reopen the northern crossing next week after the repairs are finished', 'the ministry', 'en', '1'),
      member('the northern crossing will reopen next week', 'a border official', 'en', '2'),
    ];
    expect(titleOf(members, [])).toBe('the northern crossing will reopen next week');
    expect(titleOf([members[0]], [])).toBe('the ministry: they will reopen the northern crossing next week after the repairs are finished');
  });
});
