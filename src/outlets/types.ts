/** Who owns an outlet, as a public reference labels it. */
export type Ownership = 'state-controlled' | 'public-service' | 'private';
export const OWNERSHIPS: readonly Ownership[] = ['state-controlled', 'public-service', 'private'];

/** One row of `data/outlets/outlets.tsv` (or a user's file), validated. */
export interface OutletRecord {
  /** Stable id (`rt-arabic`); a user row with the same id replaces the shipped one. */
  id: string;
  /** Latin-script names; the first is the display name. */
  namesEn: string[];
  /** Arabic-script names; the first is the Arabic display name. */
  namesAr: string[];
  /** Hosts without `www.`, or host/path for a section (`bbc.co.uk/arabic`). */
  domains: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 639-1 codes. */
  languages: string[];
  /** Absent when no public reference was found: never guessed. */
  ownership?: Ownership;
  /** Where the ownership label comes from (`Wikipedia: RT (TV network)`), or `unknown`. */
  source: string;
  /** `outlets.tsv:12`: where the record was read, for traces and error messages. */
  from: string;
}

/** A site known only by what the article says (its name) or where it was found (its domain). */
export interface UnlistedSite {
  name: string;
  domain?: string;
}

/** The outlets registry, indexed by normalised name and by domain. */
export interface OutletRegistry {
  readonly records: readonly OutletRecord[];
  /** The outlet a name refers to (`RT World News`, `روسيا اليوم`), also with up to two trailing words. */
  byName(name: string): OutletRecord | undefined;
  /** The outlet a URL or host belongs to (`https://www.bbc.co.uk/arabic/…`): longest host/path match. */
  byDomain(urlOrHost: string): OutletRecord | undefined;
  /** byName, then byDomain, then by id. */
  find(query: string): OutletRecord | undefined;
}

/** A malformed outlets file: the message names the file and line. */
export class OutletsFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'OutletsFileError';
  }
}
