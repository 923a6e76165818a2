import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): `بحسب ما ذكر X` and its kin (according-to.ts, sources.tsv).
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', 'قال مسؤول إن الأمر انتهى.', ...paragraphs).slice(1);

describe('Arabic "according to what X said"', () => {
  it.each([
    ['بحسب ما + a verb with its object pronoun', 'وبحسب ما أعلنته الوزارة، قتل ثلاثة أشخاص في الهجوم.', 'الوزارة', 'قتل ثلاثة أشخاص في الهجوم'],
    ['حسبما + a verb with its object pronoun', 'حسبما أفاده الوزير، فإن الاجتماع كان مثمرا.', 'الوزير', 'الاجتماع كان مثمرا'],
    ['بحسب ما تناقلت (the media passed on)', 'وبحسب ما تناقلت وسائل الإعلام المحلية، فإن الخطة ستنفذ خلال عامين.', 'وسائل الإعلام المحلية', 'الخطة ستنفذ خلال عامين'],
    ['a one-word name ending in ا after the skipped words is the source, not a pronoun for the last speaker',
      'بحسب ما ذكرته فلورا، كانت هناك حالتان في المستشفى.', 'فلورا', 'كانت هناك حالتان في المستشفى'],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(all(sentence)).toEqual([expect.objectContaining({ speaker, content, rule: 'ar-according-to' })]);
  });

  it('the cue inside the phrase (ما ذكرت) makes no second statement of its own', () => {
    expect(all('بحسب ما ذكرت الوزارة، فإن الاجتماع كان مثمرا.')).toEqual([
      expect.objectContaining({ speaker: 'الوزارة', content: 'الاجتماع كان مثمرا', rule: 'ar-according-to' })]);
    expect(all('وفقا لما ذكرت الوزارة، فإن الاجتماع كان مثمرا.')).toHaveLength(1);
  });

  it('a cue after the source phrase is still a statement of its own', () => {
    const s = all('بحسب الوزارة، قتل ثلاثة أشخاص. وقال الوزير إن التحقيق بدأ.');
    expect(s.map((x) => x.speaker)).toEqual(['الوزارة', 'الوزير']);
  });
});
