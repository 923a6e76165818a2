import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// لطالما "how often" before a verb is an adverb (data/lexicons/ar/function-words.tsv): our own sentences, none from a
// gold or corpus article.
const ar = (text: string) => statementsOf('ar', 'عنوان الخبر', text);

describe('Arabic لطالما before a cue is no subject', () => {
  it.each([
    ['with و', 'وقالت الحكومة إن الخطر كبير. ولطالما قالت إن هناك مبالغة في تصوير الأزمة.'],
    ['without و', 'وقالت الحكومة إن الخطر كبير. لطالما أكدت أن الأزمة ستنتهي قريبا.'],
  ])('%s: the verb goes on with the last speaker', (_name, text) => {
    expect(ar(text).map((s) => s.speaker)).toEqual(['الحكومة', 'الحكومة']);
  });
});
