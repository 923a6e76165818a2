import { describe, expect, it } from 'vitest';
import { isCeased } from './cessation.js';
import { frameOf } from './frame.js';
import { sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';

describe('isCeased: a word of cessation a few words before an event phrase', () => {
  it.each([
    ['Arabic: بالتوقف فورا عن', 'طالبت المنظمة الجماعة بالتوقف فورا عن الهجمات على المدنيين', 'الهجمات', 'ar', true],
    ['Arabic: وقف right before', 'دعا الوزير إلى وقف القصف على القرى', 'القصف', 'ar', true],
    ['English: to stop the', 'the council urged the army to stop the attacks', 'attacks', 'en', true],
    ['no such word: the act itself', 'the army launched the attacks on the villages', 'attacks', 'en', false],
    ['a negated cessation: the act goes on', 'said Iran would never stop the support for its allies', 'support', 'en', false],
    ['too far before', 'توقف المطر ثم عاد المسلحون إلى الهجمات', 'الهجمات', 'ar', false],
  ] as const)('%s', (_name, text, event, lang, expected) => {
    expect(isCeased(text, lang, 0, text.indexOf(event))).toBe(expected);
  });
});

describe('frames: an act to be stopped is no event of the statement', () => {
  const frameFor = (text: string, content: string) => {
    const src = sourceFromAnalysis(analysisOf(text, '2024-10-15T00:00:00.000Z'));
    const i = src.statements.findIndex((s) => s.content.text.includes(content));
    return frameOf(src, i);
  };
  it('reads no attack in a call to stop the shelling', () => {
    const f = frameFor('دعوة إلى التهدئة\n\nوقال وزير الخارجية الفرنسي إن على الجيش التوقف عن القصف الجوي لمواقع المسلحين.', 'القصف الجوي');
    expect(f.statement).toBeDefined();
    expect(f.concept).toBeUndefined();
  });
  it('still reads the attack the speaker reports', () => {
    const f = frameFor('غارات جديدة\n\nوقال وزير الخارجية الفرنسي إن الجيش واصل القصف الجوي لمواقع المسلحين.', 'القصف الجوي');
    expect(f.concept?.id).toBe('attack');
  });
  it('reads a state that ends as that state (a truce)', () => {
    const f = frameFor('نهاية الهدنة\n\nوقال المتحدث باسم الحزب إن الحزب قرر إنهاء الهدنة مع الحكومة.', 'الهدنة');
    expect(f.concept?.id).toBe('ceasefire');
  });
});
