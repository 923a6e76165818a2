import robotsParserModule from 'robots-parser';
import { ROBOTS_AGENT, ROBOTS_ERROR_TTL_MS, ROBOTS_TTL_MS } from './constants.js';
import type { FetchFailure, FetchResult } from './types.js';

/** robots-parser is CommonJS: its default import is the parser function itself, whatever its types say. */
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** What robots.txt says about one URL. */
export type RobotsVerdict = { allowed: true } | { allowed: false; why: string; refused?: FetchFailure };

interface Entry {
  expires: number;
  verdict: (url: string) => RobotsVerdict;
}

/**
 * robots.txt, fetched once per origin and kept for a day (RFC 9309): a 4xx means no rules, a 5xx or
 * a failure means "do not crawl" until it is retried ten minutes later.
 */
export function createRobots(fetchRobots: (url: string) => Promise<FetchResult>, now: () => Date) {
  const cache = new Map<string, Promise<Entry>>();

  async function load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const r = await fetchRobots(robotsUrl);
    const at = now().getTime();
    if (r.ok && !r.notModified) {
      const rules = robotsParser(robotsUrl, new TextDecoder().decode(r.bytes));
      return {
        expires: at + ROBOTS_TTL_MS,
        verdict: (url) => (rules.isDisallowed(url, ROBOTS_AGENT) ? { allowed: false, why: `${robotsUrl} disallows it for ${ROBOTS_AGENT}` } : { allowed: true }),
      };
    }
    if (!r.ok && r.reason === 'http-error' && r.status !== undefined && r.status >= 400 && r.status < 500) {
      return { expires: at + ROBOTS_TTL_MS, verdict: () => ({ allowed: true }) };
    }
    const why = r.ok ? 'robots.txt unreadable' : `${robotsUrl} could not be read (${r.reason}: ${r.message}), so the site is not crawled for now`;
    // A host we may not reach at all is refused for that reason, not for its robots.txt.
    const refused = !r.ok && (r.reason === 'private-address' || r.reason === 'refused-scheme') ? r : undefined;
    return { expires: at + ROBOTS_ERROR_TTL_MS, verdict: () => ({ allowed: false, why, ...(refused ? { refused } : {}) }) };
  }

  return {
    async check(url: string): Promise<RobotsVerdict> {
      const origin = new URL(url).origin;
      let entry = cache.get(origin);
      if (entry && (await entry).expires <= now().getTime()) entry = undefined;
      if (!entry) {
        entry = load(origin);
        cache.set(origin, entry);
      }
      return (await entry).verdict(url);
    },
  };
}
