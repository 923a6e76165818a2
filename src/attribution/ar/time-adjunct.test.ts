import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A time unit on its own next to a cue (ar/time-adjunct.ts): our own sentences, none from a gold or corpus article.
const ar = (text: string) => statementsOf('ar', 'عنوان الخبر', text);

describe('Arabic time units alone are adjuncts, never speakers', () => {
  it('"once" after the verb and fronted with و: the speaker is the one named before', () => {
    const out = ar('وقال المدرب سامي نور إن الفرقة جاهزة. فقد رأى مرة أن العزف يحتاج إلى هدوء تام، ومرة قال: إن العزف يحتاج إلى صوت أدفأ.');
    expect(out.map((s) => s.speaker).filter((s) => /مرة/.test(s))).toEqual([]);
    expect(out.filter((s) => s.content.startsWith('العزف')).map((s) => s.speaker)).toEqual(['المدرب', 'المدرب']);
  });

  it('"every day" after the verb still names no one', () => {
    expect(ar('وقال الوزير إن الأمن مستتب. وتؤكد الشرطة كل يوم جاهزيتها.').map((s) => s.speaker).filter((s) => /يوم/.test(s))).toEqual([]);
  });
});
