/**
 * The class/id word lists (`data/lexicons/html-hints.json`), loaded and
 * validated once, then matched against an element's hint tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hintTokens, type El } from './dom.js';

export const DROP_REASONS = ['navigation', 'advertising', 'share', 'related', 'comments', 'newsletter', 'cookie', 'subscribe', 'boilerplate'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface Hints {
  /** Word → the reason a block carrying it is dropped. */
  drop: Map<string, DropReason>;
  positive: Set<string>;
  negative: Set<string>;
  /** Words that veto a drop: embedded posts and quotes are content even inside a `social` block. */
  keep: Set<string>;
  byline: Set<string>;
  standfirst: Set<string>;
  /** Whole-paragraph boilerplate lines. */
  boilerplateLines: RegExp;
}

/** A lexicon file that is missing or malformed. */
export class LexiconError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'LexiconError';
  }
}

const FILE = 'data/lexicons/html-hints.json';

function findFile(): string {
  // Walk up from this module (src/… when run by tsx/vitest, dist/src/… when built) to the repo root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const p = join(dir, FILE);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new LexiconError('not found above the module', FILE);
}

function words(raw: unknown, key: string, file: string): string[] {
  if (!Array.isArray(raw) || raw.some((w) => typeof w !== 'string' || w !== w.toLowerCase() || w.trim() === '')) {
    throw new LexiconError(`"${key}" must be a list of lower-case words`, file);
  }
  return raw as string[];
}

function load(): Hints {
  const file = findFile();
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const drop = new Map<string, DropReason>();
  const dropRaw = json.drop as Record<string, unknown> | undefined;
  if (!dropRaw || typeof dropRaw !== 'object') throw new LexiconError('"drop" must map reasons to word lists', file);
  for (const [reason, list] of Object.entries(dropRaw)) {
    if (!(DROP_REASONS as readonly string[]).includes(reason)) throw new LexiconError(`unknown drop reason "${reason}"`, file);
    for (const w of words(list, `drop.${reason}`, file)) drop.set(w, reason as DropReason);
  }
  const lines = words(
    (json.boilerplateLines as unknown[] | undefined)?.map((s) => (typeof s === 'string' ? s.toLowerCase() : s)),
    'boilerplateLines',
    file,
  );
  return {
    drop,
    positive: new Set(words(json.positive, 'positive', file)),
    negative: new Set(words(json.negative, 'negative', file)),
    keep: new Set(words(json.keep, 'keep', file)),
    byline: new Set(words(json.byline, 'byline', file)),
    standfirst: new Set(words(json.standfirst, 'standfirst', file)),
    boilerplateLines: new RegExp(`^(?:${lines.join('|')})$`, 'iu'),
  };
}

let cached: Hints | undefined;

/** The hint lists, read from disk on first use. */
export function hints(): Hints {
  cached ??= load();
  return cached;
}

/** The drop reason an element's class/id gives, if any (the first matching word wins). */
export function dropHint(el: El): DropReason | undefined {
  // Token lists are shared by every element with the same class/id string, so they key the cache.
  const tokens = hintTokens(el);
  if (tokens.length === 0) return undefined;
  const cached = reasonCache.get(tokens);
  if (cached !== undefined) return cached || undefined;
  const reason = reasonOf(tokens);
  reasonCache.set(tokens, reason ?? '');
  return reason;
}

/** Drop reasons by token list ('' for none). */
const reasonCache = new WeakMap<string[], DropReason | ''>();

function reasonOf(tokens: string[]): DropReason | undefined {
  const h = hints();
  let reason: DropReason | undefined;
  for (const t of tokens) {
    if (h.keep.has(t)) return undefined;
    reason ??= h.drop.get(t);
  }
  return reason;
}

/** True when any of the element's class/id words is in `set`. */
export function hasHint(el: El, set: Set<string>, tokens = hintTokens(el)): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}
