import { LANGS, STANCES, type Lang, type Stance } from '../model/index.js';
import { MAX_LIMIT } from '../store/queries.js';

// Query parameters of pages and API, validated in one place: a value or a reason.

export interface Params {
  q?: string;
  speaker?: string;
  about?: string;
  speakerEntity?: string;
  aboutEntity?: string;
  outlet?: string;
  lang?: Lang;
  stance?: Stance;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}
export type ParamName = keyof Params;

export interface ParamError {
  field: string;
  reason: string;
}

export type ParamsResult = { ok: true; params: Params } | { ok: false; error: ParamError; params: Params };

/** Longest accepted query text, in characters. */
export const MAX_QUERY_CHARS = 500;
/** Longest accepted name (speaker, outlet, entity id), in characters. */
export const MAX_NAME_CHARS = 200;

type Parser = (v: string) => { value: unknown } | { reason: string };

const text = (max: number): Parser => (v) => (v.length > max ? { reason: `longer than ${max} characters` } : { value: v });
const oneOf = (values: readonly string[]): Parser => (v) => (values.includes(v) ? { value: v } : { reason: `must be one of: ${values.join(', ')}` });
const date: Parser = (v) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return { reason: 'must be a date YYYY-MM-DD' };
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? { reason: 'is not a calendar date' } : { value: v };
};
const limit: Parser = (v) => {
  const n = Number(v);
  return /^\d{1,4}$/.test(v) && n >= 1 && n <= MAX_LIMIT ? { value: n } : { reason: `must be a whole number from 1 to ${MAX_LIMIT}` };
};
const cursor: Parser = (v) => (/^[0-9]{1,15}(\.[0-9]{1,9})?$/.test(v) ? { value: v } : { reason: 'is not a cursor returned by this API' });

const PARSERS: Record<ParamName, Parser> = {
  q: text(MAX_QUERY_CHARS),
  speaker: text(MAX_NAME_CHARS),
  about: text(MAX_NAME_CHARS),
  speakerEntity: text(MAX_NAME_CHARS),
  aboutEntity: text(MAX_NAME_CHARS),
  outlet: text(MAX_NAME_CHARS),
  lang: oneOf(LANGS),
  stance: oneOf(STANCES),
  from: date,
  to: date,
  limit,
  cursor,
};

/**
 * Reads the allowed parameters of a query string. An empty value counts as absent (a form's
 * "any" choice); an unknown or repeated parameter is an error, and so is `from` after `to`.
 * On error, `params` holds the valid ones, for pages that show the error and go on.
 */
export function readParams(search: URLSearchParams, allowed: readonly ParamName[]): ParamsResult {
  const params: Record<string, unknown> = {};
  let error: ParamError | undefined;
  const fail = (e: ParamError) => void (error ??= e);
  const seen = new Set<string>();
  for (const [key, raw] of search) {
    if (!(allowed as readonly string[]).includes(key)) {
      fail({ field: key, reason: `unknown parameter; expected one of: ${allowed.join(', ')}` });
      continue;
    }
    if (seen.has(key)) {
      fail({ field: key, reason: 'given more than once' });
      continue;
    }
    seen.add(key);
    const v = raw.trim();
    if (!v) continue;
    const r = PARSERS[key as ParamName](v);
    if ('reason' in r) fail({ field: key, reason: r.reason });
    else params[key] = r.value;
  }
  const p = params as Params;
  if (p.from && p.to && p.from > p.to) {
    fail({ field: 'to', reason: 'is before from' });
    delete p.to;
  }
  return error ? { ok: false, error, params: p } : { ok: true, params: p };
}
