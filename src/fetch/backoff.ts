import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, MAX_RETRY_AFTER_MS } from './constants.js';

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}

/**
 * How long a caller waits before trying again after `failures` failures in a row (1 = the first):
 * doubling from `baseMs` up to `maxMs`, never shorter than what the server asked for.
 */
export function backoffMs(failures: number, opts: { retryAfterMs?: number; baseMs?: number; maxMs?: number } = {}): number {
  const base = opts.baseMs ?? BACKOFF_BASE_MS;
  const max = opts.maxMs ?? BACKOFF_MAX_MS;
  const doubled = Math.min(max, base * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.max(doubled, opts.retryAfterMs ?? 0);
}
