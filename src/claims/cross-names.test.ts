import { describe, expect, it } from 'vitest';
import { latinSkeleton } from '../text/skeleton.js';
import { nameSkeletons, sharedNames } from './cross-names.js';
import { echoItemOf, echoOf } from './echo.js';
import type { Member } from './types.js';

// Names the gazetteer lacks, written in both scripts (cross-names.ts): one more anchor of the cross-language echo rule.
// Synthetic sentences (an invented disease name).

const DAY = '2024-05-01T00:00:00.000Z';
const member = (content: string, lang: 'ar' | 'en', n: number): Member => ({
  statementId: `${lang}:${n}`, articleId: lang, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: 'the ministry', entity: 'country:BD' }, speakerKey: 'country:BD', content, entities: [], lang, date: DAY,
});

describe('nameSkeletons', () => {
  it('reads an English name with digits and a capitalised one, not lower-case words', () => {
    const s = nameSkeletons('cases of Zorvex-12 rose in the north', 'en');
    expect(s.has(latinSkeleton('zorvex'))).toBe(true);
    expect(s.has(latinSkeleton('north'))).toBe(false);
  });
  it('reads every Arabic content word, clitics off', () => {
    expect(nameSkeletons('ارتفعت حالات وزورفكس في الشمال', 'ar').has(latinSkeleton('zorvex'))).toBe(true);
  });
  it('counts no shared name within one language', () => {
    const en = { lang: 'en' as const, names: new Set(['SRFKS']) };
    expect(sharedNames(en, en)).toBe(0);
    expect(sharedNames(en, { lang: 'ar', names: new Set(['SRFKS', 'MN']) })).toBe(1);
  });
});

describe('a translation sharing a name in both scripts, a quantity and the speaker echoes', () => {
  const en = echoItemOf(member('five new deaths due to Zorvex fever were recorded on the day', 'en', 1));
  it.each([
    ['the same name in Arabic script joins', 'خمس وفيات جديدة بسبب حمى زورفكس سجلت في ذلك اليوم', true],
    ['another name does not (the speaker and the quantity alone are too few)', 'خمس وفيات جديدة بسبب حمى الضنك سجلت في ذلك اليوم', false],
  ])('%s', (_name, ar, expected) => {
    expect(echoOf(echoItemOf(member(ar, 'ar', 2)), en).ok).toBe(expected);
  });
});
