import { basename } from 'node:path';

// The date a file or page is named by (`wnen-2020-01-11-cairo-summit.txt`, `/2024/05/01/story.html`): archives and
// outlets name articles by the day they appeared. It is only a hint, used when the text itself gives no date
// (ingest/process.ts withHints), and the article says where it came from (a warning).

/** A year, month and day joined by one separator (- _ . /), not inside a longer run of digits. */
const NAMED_DAY = /(?<!\d)((?:19|20)\d{2})([-_./])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/u;
/** Days after today a named date may lie (time zones): a later one is no publication date. */
const FUTURE_SLACK_MS = 86_400_000;

/** The ISO day (`2020-01-11`) a name holds, when it is a real calendar day not after `now`; else undefined. */
export function dayInName(name: string, now: Date): string | undefined {
  const m = NAMED_DAY.exec(name);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const at = Date.UTC(y, mo - 1, d);
  // 2023-02-30 rolls over to March: not a day.
  if (new Date(at).getUTCDate() !== d || at > now.getTime() + FUTURE_SLACK_MS) return undefined;
  return `${m[1]}-${m[3]}-${m[4]}`;
}

/** The day a file's own name holds (not its folders': a folder may be named by the day it was filled). */
export const dayOfFile = (path: string, now: Date): string | undefined => dayInName(basename(path), now);

/** The day a URL's path holds (`/2024/05/01/…`, `…-2024-05-01.html`); none for a URL that does not parse. */
export function dayOfUrl(url: string, now: Date): string | undefined {
  try {
    return dayInName(new URL(url).pathname, now);
  } catch {
    return undefined;
  }
}
