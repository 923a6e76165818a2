import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Verbal nouns that open a cue's object (data/lexicons/ar/event-nouns.tsv): our own sentences, none from a gold or corpus article.
const ar = (text: string) => statementsOf('ar', 'عنوان الخبر', text);

describe('Arabic verbal nouns of what is refused or denied open the object, never the speaker', () => {
  it.each([
    ['occurrence (حصول) after the subject', 'بينما يرفض الحزب الحاكم حصول مثل هذه الاجتماعات.', 'الحزب الحاكم', 'حصول مثل هذه الاجتماعات'],
    ['supplying (توريد) after the subject', 'ورفضت ألمانيا توريد الدبابات إلى المنطقة.', 'ألمانيا', 'توريد الدبابات إلى المنطقة'],
    ['accusations (اتهامات) after a fronted subject', 'وزير المالية سامي نور ينفي اتهامات عن تورطه في الصفقة', 'وزير المالية سامي نور', 'اتهامات عن تورطه في الصفقة'],
    ['claims (مزاعم) after the subject', 'ونفى الوزير سامي نور مزاعم المعارضة حول الصفقة.', 'الوزير سامي نور', 'مزاعم المعارضة حول الصفقة'],
  ])('%s', (_name, text, speaker, content) => {
    expect(ar(text).map((s) => [s.speaker, s.content])).toContainEqual([speaker, content]);
  });

  it('press reports that deny still speak', () => {
    expect(ar('ونفت تقارير صحفية أن يكون الوزير قد استقال.').map((s) => s.speaker)).toEqual(['تقارير صحفية']);
  });
});
