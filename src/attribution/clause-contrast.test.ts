import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Our own sentences: "but he …" (ولكنه، لكنها، لكنهم) before a second cue ends the first statement's content there.
const all = (...paragraphs: string[]) => statementsOf('ar', 'عنوان الخبر', ...paragraphs);

describe('a contrast with its own subject pronoun before a cue starts the next statement', () => {
  it('ends the first content before ولكنه أكد and reads the second', () => {
    const s = all('وقال الوزير سامي العلي إن الوقت مبكر للحديث عن الأسماء ولكنه أكد أن الحكومة ستتشكل قريبا.');
    expect(s.map((x) => x.content)).toEqual(['الوقت مبكر للحديث عن الأسماء', 'الحكومة ستتشكل قريبا']);
    expect(s[1]).toMatchObject({ speaker: 'الوزير سامي العلي' });
  });
  it('does so after a comma and for the feminine and plural pronouns', () => {
    expect(all('وقالت المديرة هدى العلي إن الخطة جاهزة، لكنها أشارت إلى أن التمويل ناقص.').map((x) => x.content))
      .toEqual(['الخطة جاهزة', 'التمويل ناقص']);
    expect(all('ويقول دبلوماسيون إن الأجواء أهدأ من قبل لكنهم يقولون إنه يتعين الانتظار.')[0].content).toBe('الأجواء أهدأ من قبل');
  });
  it('leaves a لكن that opens no cue inside the content', () => {
    expect(all('وقال الوزير سامي العلي إن الخطة جاهزة ولكنه يحتاج إلى تمويل.')[0].content).toBe('الخطة جاهزة ولكنه يحتاج إلى تمويل');
  });
});

describe('a cue word after أو joined to a word that is no cue is a verbal noun', () => {
  it('reads no denial in تأكيد أو نفي', () => {
    const s = all('وقال المتحدث باسم الشرطة سامي العلي إنه لا يمكنه تأكيد أو نفي الخبر.');
    expect(s.map((x) => x.stance)).toEqual(['doubt']);
  });
});
