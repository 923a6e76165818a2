import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// وجّه + a threat, a charge or a call (cues.tsv, with its required noun), the adjective of that noun (ar/directed-noun.ts)
// and the one threatened with a life or a liberty (targets-warn.tsv). Our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic: a threat, a charge or a call directed at someone', () => {
  it.each([
    ['a threat warns, past its adjective', 'ووجه وزير الدفاع، سامي نور، تهديدا شديدا باغتيال قادة الجماعة.', 'warn', 'باغتيال قادة الجماعة'],
    ['charges accuse', 'ووجهت النيابة العامة اتهامات إلى رئيس البلدية بالرشوة.', 'accuse', undefined],
    ['a call demands', 'ووجه الرئيس دعوة إلى الأحزاب للحوار الوطني.', 'demand', undefined],
  ])('%s', (_name, sentence, stance, content) => {
    const s = ar(sentence)[0];
    expect(s?.stance).toBe(stance);
    if (content) expect(s?.content).toBe(content);
  });

  it('a pronoun object after a required preposition stays in the content', () => {
    expect(ar('وعبرت الوزيرة عن قلقها لتدهور الأوضاع.')[0]?.content).toBe('قلقها لتدهور الأوضاع');
  });

  it('وجه with no such noun reports nothing', () => {
    expect(ar('ووجه الرئيس الشكر إلى العاملين في المستشفى.')).toEqual([]);
  });

  it('the one threatened with arrest is the target', () => {
    expect(ar('وهددت الشرطة باعتقال وزير الداخلية السابق سامي نور إذا عاد إلى البلاد.')[0]?.targets).toEqual(['وزير الداخلية السابق سامي نور']);
  });
});
