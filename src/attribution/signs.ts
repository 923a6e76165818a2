// Signs written onto a number belong to what was said: a content that ends on `5` of `5%` or starts on `5` of `$5`
// would misquote its speaker (growth "reached 5"). Word scanning leaves them in the gaps between words.

/** Signs written right after a number (per cent, per mille). */
const AFTER_NUMBER = '%٪‰';
/** Currency signs written right before a number. */
const BEFORE_NUMBER = '$€£¥₽';

/** Whether text[i] is an ASCII digit (what `\d` matches); false outside the text. */
const digitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Whether text[i] is one of the one-unit signs of `signs`; false outside the text. */
const signAt = (text: string, i: number, signs: string): boolean => i >= 0 && i < text.length && signs.includes(text[i]);

/** [start, end) widened over a sign written onto a number at either edge (read by code unit, no slice or regex per statement). */
export function withNumberSigns(text: string, [start, end]: readonly [number, number]): [number, number] {
  const s = start > 0 && digitAt(text, start) && signAt(text, start - 1, BEFORE_NUMBER) ? start - 1 : start;
  const e = end > 0 && digitAt(text, end - 1) && signAt(text, end, AFTER_NUMBER) ? end + 1 : end;
  return [s, e];
}
