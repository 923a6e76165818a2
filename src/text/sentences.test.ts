import { describe, expect, it } from 'vitest';
import { isWhiteSpace, splitSentences } from './sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['ends at . ! ?', 'One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['keeps titles and initials', 'Mr. Smith met Dr. J. Jones.', ['Mr. Smith met Dr. J. Jones.']],
    ['keeps dotted acronyms and numbers', 'The U.S. economy grew 3.5 percent. It slowed.', ['The U.S. economy grew 3.5 percent.', 'It slowed.']],
    ['keeps e.g. and month abbreviations', 'On Jan. 5 they met, e.g. twice. Done.', ['On Jan. 5 they met, e.g. twice.', 'Done.']],
    ['keeps a closing quote with its sentence', 'He said "I will go. Now." Then he left.', ['He said "I will go. Now."', 'Then he left.']],
    ['ends at the Arabic question mark', 'هل قال ذلك؟ نعم.', ['هل قال ذلك؟', 'نعم.']],
    ['does not end at the Arabic comma or semicolon', 'قال الوزير، وأضاف؛ ثم غادر.', ['قال الوزير، وأضاف؛ ثم غادر.']],
    ['keeps أ.ف.ب whole', 'قال المصدر (أ.ف.ب). وانتهى.', ['قال المصدر (أ.ف.ب).', 'وانتهى.']],
    ['does not split inside a guillemet quotation', 'قال: «ذهبنا. ثم عدنا». وأضاف.', ['قال: «ذهبنا. ثم عدنا».', 'وأضاف.']],
    ['keeps a quotation after a full stop in the next sentence', 'ووصف ذلك بأنه نبأ. “قصة كاذبة” وأضاف.', ['ووصف ذلك بأنه نبأ.', '“قصة كاذبة” وأضاف.']],
    ['ends at a line break', 'سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['ends at an ellipsis', 'انتظروا… ثم جاءوا.', ['انتظروا…', 'ثم جاءوا.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('splits only inside [from, to)', () => {
    const t = 'Skip. One. Two.';
    expect(splitSentences(t, 6, t.length).map((s) => t.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});

describe('isWhiteSpace', () => {
  it('agrees with the regex \\s on every character', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
