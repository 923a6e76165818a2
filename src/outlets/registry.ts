/**
 * The registry built from records: an index by normalised name and one by host/path.
 * A name or domain claimed by two outlets is an error naming both rows.
 */
import { matchKey } from '../text/normalize/arabic.js';
import { OutletsFileError, type OutletRecord, type OutletRegistry } from './types.js';

/** A known name still matches when followed by up to this many words of TRAILING_WORDS (`Reuters UK`). */
export const MAX_TRAILING_WORDS = 2;
/**
 * Words that may trail a known name without making it another outlet (`RT News`, `الجزيرة نت`).
 * A closed list: `The Times of India` must not become The Times, nor `اليوم السابع` Al-Youm.
 */
export const TRAILING_WORDS: ReadonlySet<string> = new Set(
  ['news', 'world', 'online', 'english', 'arabic', 'uk', 'us', 'international', 'live', 'tv', 'عربي', 'عربيه', 'نت', 'نيوز', 'الاخباريه'].map(matchKey),
);
/** A host suffix needs at least this many labels to be looked up (`rt.com`, never `co.uk`). */
const MIN_HOST_LABELS = 2;
const WWW = /^www\d*\./;

/** The key names are compared by: matchKey, punctuation and symbols as spaces, spaces collapsed. */
export function nameKey(s: string): string {
  return matchKey(s).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Host (lower case, no www.) and path segments of a URL or a bare host[/path]. */
export function hostAndPath(urlOrHost: string): { host: string; path: string[] } | undefined {
  const s = urlOrHost.trim();
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(WWW, '');
  if (!host.includes('.')) return undefined;
  return { host, path: u.pathname.split('/').filter(Boolean).map((p) => p.toLowerCase()) };
}

/** Shipped records with the user's merged over them by id: same id replaces, new id adds. */
export function mergeOutlets(shipped: readonly OutletRecord[], user: readonly OutletRecord[]): OutletRecord[] {
  const byId = new Map(shipped.map((r) => [r.id, r]));
  for (const r of user) byId.set(r.id, r);
  return [...byId.values()];
}

export function buildRegistry(records: readonly OutletRecord[]): OutletRegistry {
  const names = new Map<string, OutletRecord>();
  const domains = new Map<string, OutletRecord>();
  const ids = new Map<string, OutletRecord>();
  const claim = (index: Map<string, OutletRecord>, key: string, r: OutletRecord, what: string) => {
    const other = index.get(key);
    if (other && other !== r) {
      const [file, line] = splitFrom(r.from);
      throw new OutletsFileError(`${what} "${key}" of ${r.id} is already used by ${other.id} (${other.from})`, file, line);
    }
    index.set(key, r);
  };
  for (const r of records) {
    claim(ids, r.id, r, 'id');
    for (const n of [...r.namesEn, ...r.namesAr]) claim(names, nameKey(n), r, 'name');
    for (const d of r.domains) claim(domains, d.toLowerCase(), r, 'domain');
  }
  const byName = (name: string): OutletRecord | undefined => {
    const words = nameKey(name).split(' ').filter(Boolean);
    for (let drop = 0; drop <= MAX_TRAILING_WORDS && drop < words.length; drop++) {
      if (drop && !TRAILING_WORDS.has(words[words.length - drop])) break;
      const hit = names.get(words.slice(0, words.length - drop).join(' '));
      if (hit) return hit;
    }
    return undefined;
  };
  const byDomain = (urlOrHost: string): OutletRecord | undefined => {
    const hp = hostAndPath(urlOrHost);
    if (!hp) return undefined;
    const labels = hp.host.split('.');
    for (let h = 0; h + MIN_HOST_LABELS <= labels.length; h++) {
      const host = labels.slice(h).join('.');
      for (let p = hp.path.length; p >= 0; p--) {
        const hit = domains.get([host, ...hp.path.slice(0, p)].join('/'));
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return Object.freeze({
    records: Object.freeze([...records]),
    byName,
    byDomain,
    find: (q: string) => byName(q) ?? (/\./.test(q) ? byDomain(q) : undefined) ?? ids.get(q.trim().toLowerCase()),
  });
}

function splitFrom(from: string): [string, number | undefined] {
  const m = /^(.*):(\d+)$/.exec(from);
  return m ? [m[1], Number(m[2])] : [from, undefined];
}
