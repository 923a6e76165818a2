import { readFileSync } from 'node:fs';
import type { AliasVia, GazEntity } from './01-gazetteer.js';
import { readTsv, variants } from './tsv.js';

/** An entity with its aliases, as read from one line of a gazetteer file. */
export interface EntityRow {
  file: string;
  line: number;
  entity: GazEntity;
  aliases: [string, AliasVia][];
}

/** The names a ministry template is filled with, per country code. */
export interface CountryForms {
  en: string[];
  ar: string[];
  demonyms: string[];
  nisbaF: string[];
}

// Names with these characters are list entries ("Korea, Republic of"), not how news text names a country.
const LIST_STYLE_NAME = /[,()]/;
const TEH_MARBUTA = 'ة';
const ARTICLE = 'ال';
/** Sound plural endings of a nisba (الأوكرانيون، الأوكرانيين). */
const NISBA_PLURALS = ['ون', 'ين'];

function names(json: unknown, code: string): string[] {
  const all = (json as { countries: Record<string, string | string[]> }).countries[code];
  return (Array.isArray(all) ? all : all ? [all] : []).filter((n) => !LIST_STYLE_NAME.test(n));
}

const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(lang: 'ar' | 'en', code: string): string | undefined {
  try {
    let dn = displayNames.get(lang);
    if (!dn) displayNames.set(lang, (dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })));
    const n = dn.of(code);
    return n && !LIST_STYLE_NAME.test(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Masculine, feminine and plural forms of an Arabic nisba, each word changed alike (الكوري الشمالي → الكورية الشمالية). */
export function nisbaForms(masculine: string): { m: string; f: string; forms: string[] } {
  const ws = masculine.split(/\s+/);
  const inflect = (suffix: string) => ws.map((w) => (w.endsWith('ي') ? w + suffix : w)).join(' ');
  const f = inflect(TEH_MARBUTA);
  const definite = [masculine, f, ...NISBA_PLURALS.map(inflect)];
  // Indexed without the article: the matcher strips it from the text word, so both الروسي and روسي match.
  const bare = definite.map((n) => n.split(' ').map((w) => (w.startsWith(ARTICLE) ? w.slice(2) : w)).join(' '));
  return { m: masculine, f, forms: bare };
}

/** Every ISO 3166 country, named by the maintained sources, plus the extras of countries.tsv. */
export function countryRows(require: NodeRequire): { rows: EntityRow[]; forms: Map<string, CountryForms> } {
  // Read as files: require() of JSON goes through loader hooks (slow under tsx) and is cached for nothing.
  const isoAr = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/ar.json'), 'utf8')) as unknown;
  const isoEn = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as unknown;
  const extras = new Map(readTsv('countries.tsv', 7).map((r) => [r.cells[0], r]));
  const codes = Object.keys((isoEn as { countries: object }).countries);
  const rows: EntityRow[] = [];
  const forms = new Map<string, CountryForms>();
  for (const code of codes) {
    const extra = extras.get(code);
    const [, capEn, capAr, demEn, nisbaAr, aliasEn, aliasAr] = extra?.cells ?? ['', '-', '-', '-', '-', '-', '-'];
    const en = unique([displayName('en', code), ...names(isoEn, code), ...variants(aliasEn)]);
    const ar = unique([displayName('ar', code), ...names(isoAr, code), ...variants(aliasAr)]);
    const nisbas = variants(nisbaAr).map(nisbaForms);
    const aliases: [string, AliasVia][] = [
      ...en.map((n): [string, AliasVia] => [n, 'gazetteer']),
      ...ar.map((n): [string, AliasVia] => [n, 'gazetteer']),
      ...[...variants(capEn), ...variants(capAr)].map((n): [string, AliasVia] => [n, 'capital']),
      ...nisbas.flatMap((n) => n.forms.map((f): [string, AliasVia] => [f, 'nisba'])),
      ...variants(demEn).map((n): [string, AliasVia] => [n, 'demonym']),
    ];
    const entity: GazEntity = { id: `country:${code}`, type: 'country', names: { en: en[0], ar: ar[0] } };
    rows.push({ file: extra ? 'countries.tsv' : 'i18n-iso-countries', line: extra?.line ?? 0, entity, aliases });
    if (extra) {
      const plain = (n: string) => !n.startsWith('~') && !/^the /i.test(n);
      forms.set(code, { en: en.filter(plain), ar: ar.filter(plain), demonyms: variants(demEn), nisbaF: nisbas.map((n) => n.f) });
    }
  }
  return { rows, forms };
}

/** One ministry entity per country of countries.tsv and template of ministries.tsv. */
export function ministryRows(forms: Map<string, CountryForms>): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const { line, cells: [suffix, en, ar] } of readTsv('ministries.tsv', 3)) {
    for (const [code, f] of forms) {
      const fill = (templates: string[], slots: Record<string, string[]>) =>
        unique(templates.flatMap((t) => {
          const slot = /\{(\w+)\}/.exec(t)?.[1];
          return slot ? (slots[slot] ?? []).map((v) => t.replace(`{${slot}}`, v)) : [t];
        }));
      const enNames = fill(variants(en), { country: f.en, demonym: f.demonyms.filter((d) => d !== d.toUpperCase()) });
      const arNames = fill(variants(ar), { country: f.ar, nisba_f: f.nisbaF });
      if (!enNames.length && !arNames.length) continue;
      const entity: GazEntity = {
        id: `org:${code.toLowerCase()}-${suffix}`, type: 'org', country: `country:${code}`,
        names: { en: enNames[0] && titleCase(enNames[0]), ar: arNames[0] },
      };
      rows.push({ file: 'ministries.tsv', line, entity, aliases: [...enNames, ...arNames].map((n) => [n, 'gazetteer']) });
    }
  }
  return rows;
}

function unique(xs: (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))];
}

/** Russian foreign ministry → Russian Foreign Ministry (templates are lower case so as to match any case). */
function titleCase(s: string): string {
  return s.replace(/\b(?!of\b|the\b)\p{Ll}/gu, (c) => c.toUpperCase());
}
