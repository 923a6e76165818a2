// Signs written onto a number belong to what was said: a content that ends on `5` of `5%` or starts on `5` of `$5`
// would misquote its speaker (growth "reached 5"). Word scanning leaves them in the gaps between words.

/** Signs written right after a number (per cent, per mille). */
const AFTER_NUMBER = /^[%٪‰]/u;
/** Currency signs written right before a number. */
const BEFORE_NUMBER = /[$€£¥₽]$/u;

/** [start, end) widened over a sign written onto a number at either edge. */
export function withNumberSigns(text: string, [start, end]: readonly [number, number]): [number, number] {
  const s = start > 0 && /^\d/u.test(text.slice(start, start + 1)) && BEFORE_NUMBER.test(text.slice(start - 1, start)) ? start - 1 : start;
  const e = end > 0 && /\d$/u.test(text.slice(end - 1, end)) && AFTER_NUMBER.test(text.slice(end, end + 1)) ? end + 1 : end;
  return [s, e];
}
