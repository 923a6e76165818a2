/** Publication dates from markup and URLs, normalised to ISO 8601. */
import { MAX_YEAR, MIN_YEAR } from './constants.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|$|[-_])/;

/** An ISO form of a date string from markup, or undefined when it cannot be read. */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (ISO_DATE.test(s)) return s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{10,13}$/.test(s)) {
    const n = Number(s);
    return new Date(s.length === 10 ? n * 1000 : n).toISOString();
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const y = new Date(t).getUTCFullYear();
  return y >= MIN_YEAR && y <= MAX_YEAR ? new Date(t).toISOString() : undefined;
}

/** The `/2019/11/27/` date in a URL's path, as `2019-11-27`. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = URL_DATE.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
