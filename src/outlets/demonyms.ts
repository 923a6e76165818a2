/**
 * Country adjectives for ownership labels ("Russian state media", "إعلام رسمي روسي"), read from
 * the gazetteer's countries.tsv (code, …, demonyms_en, nisba_ar): the first variant of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataFile } from './load.js';

const COUNTRIES = join('data', 'gazetteer', 'countries.tsv');
/** Column positions in countries.tsv (code, capitals_en, capitals_ar, demonyms_en, nisba_ar, …). */
const CODE = 0;
const DEMONYM_EN = 3;
const NISBA_AR = 4;
/** The Arabic definite article, dropped from a nisba to use it as an indefinite adjective. */
const AL = 'ال';

export interface Demonym {
  en?: string;
  /** Masculine indefinite (`روسي`). */
  ar?: string;
}

let table: Map<string, Demonym> | undefined;

export function demonymOf(country: string): Demonym {
  table ??= load();
  return table.get(country) ?? {};
}

function load(): Map<string, Demonym> {
  const out = new Map<string, Demonym>();
  for (const raw of readFileSync(findDataFile(COUNTRIES), 'utf8').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    const first = (c: string | undefined) => (c && c !== '-' ? c.split('|')[0].replace(/^~/, '').trim() : undefined);
    const en = first(cells[DEMONYM_EN]);
    const ar = first(cells[NISBA_AR])?.replace(new RegExp(`^${AL}`), '');
    out.set(cells[CODE], { ...(en ? { en } : {}), ...(ar ? { ar } : {}) });
  }
  return out;
}
