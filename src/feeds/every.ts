import { MAX_EVERY_SECONDS, MIN_EVERY_SECONDS } from './constants.js';

/** Seconds per unit of an interval: `90s`, `15m`, `2h`, `1d`. */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `15m` → 900; a bare number is minutes. Out of bounds or unreadable → a reason. */
export function parseEvery(text: string): { ok: true; seconds: number } | { ok: false; message: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!m) return { ok: false, message: `"${text}" is not an interval like 90s, 15m, 2h or 1d` };
  const seconds = Math.round(Number(m[1]) * UNIT_SECONDS[(m[2] || 'm').toLowerCase()]);
  if (seconds < MIN_EVERY_SECONDS) return { ok: false, message: `polling more often than every ${MIN_EVERY_SECONDS} s is not polite` };
  if (seconds > MAX_EVERY_SECONDS) return { ok: false, message: `polling less often than weekly is not following` };
  return { ok: true, seconds };
}

/** 900 → `15m`, 5400 → `90m`, 7200 → `2h`. */
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60]] as const) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}
