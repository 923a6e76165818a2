/**
 * Parses an outlets TSV (`data/outlets/outlets.tsv` or a user's file) into validated records.
 * Every error names the file and line. See data/outlets/README.md for the format.
 */
import { OWNERSHIPS, OutletsFileError, type OutletRecord, type Ownership } from './types.js';

export const OUTLET_COLUMNS = ['id', 'names_en', 'names_ar', 'domains', 'country', 'languages', 'ownership', 'source'] as const;
/** Separates several values in one cell. */
const MULTI = '|';
/** Marks an empty cell. */
const EMPTY = '-';
/** The source text that goes with an unknown ownership. */
export const UNKNOWN_SOURCE = 'unknown';
/** Columns that may be `-`. */
const OPTIONAL = new Set(['names_ar', 'domains', 'languages', 'ownership']);

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
/** A host (no scheme, no www.), optionally followed by a path. */
const DOMAIN = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s/|]+)*$/;

export function parseOutlets(text: string, file: string): OutletRecord[] {
  const out: OutletRecord[] = [];
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      if (cells.join('\t') !== OUTLET_COLUMNS.join('\t')) throw new OutletsFileError(`header must be "${OUTLET_COLUMNS.join('<TAB>')}"`, file, line);
      header = true;
      return;
    }
    out.push(parseRow(cells, file, line));
  });
  if (!header) throw new OutletsFileError('empty file: no header line', file);
  return out;
}

function parseRow(cells: string[], file: string, line: number): OutletRecord {
  const fail = (m: string): never => {
    throw new OutletsFileError(m, file, line);
  };
  if (cells.length !== OUTLET_COLUMNS.length) fail(`expected ${OUTLET_COLUMNS.length} tab-separated cells, got ${cells.length}`);
  const c = Object.fromEntries(OUTLET_COLUMNS.map((k, j) => [k, cells[j]])) as Record<(typeof OUTLET_COLUMNS)[number], string>;
  for (const k of OUTLET_COLUMNS) {
    if (c[k] === '') fail(`empty ${k} (write ${EMPTY} for an empty cell)`);
    if (c[k] === EMPTY && !OPTIONAL.has(k)) fail(`${k} is required`);
  }
  const list = (v: string) => (v === EMPTY ? [] : v.split(MULTI).map((x) => x.trim()).filter(Boolean));
  if (!ID.test(c.id)) fail(`bad id "${c.id}" (lower-case letters, digits and -)`);
  if (!COUNTRY.test(c.country)) fail(`bad country "${c.country}" (ISO 3166-1 alpha-2, upper case)`);
  const languages = list(c.languages);
  for (const l of languages) if (!LANGUAGE.test(l)) fail(`bad language "${l}" (ISO 639-1, lower case)`);
  const domains = list(c.domains);
  for (const d of domains) if (!DOMAIN.test(d)) fail(`bad domain "${d}" (a host without scheme or www., optionally /path)`);
  const ownership = c.ownership === EMPTY ? undefined : c.ownership;
  if (ownership !== undefined && !(OWNERSHIPS as readonly string[]).includes(ownership)) {
    fail(`unknown ownership "${ownership}" (${OWNERSHIPS.join(', ')} or ${EMPTY})`);
  }
  if (ownership === undefined && c.source !== UNKNOWN_SOURCE) fail(`ownership is ${EMPTY}, so source must be "${UNKNOWN_SOURCE}"`);
  if (ownership !== undefined && c.source === UNKNOWN_SOURCE) fail(`ownership "${ownership}" needs a source (a public reference), not "${UNKNOWN_SOURCE}"`);
  const namesEn = list(c.names_en);
  if (!namesEn.length) fail('names_en is required');
  return {
    id: c.id,
    namesEn,
    namesAr: list(c.names_ar),
    domains,
    country: c.country,
    languages,
    ...(ownership ? { ownership: ownership as Ownership } : {}),
    source: c.source,
    from: `${file}:${line}`,
  };
}
