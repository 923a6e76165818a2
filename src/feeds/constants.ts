// Feeds: how often, how much, how long. Times in seconds or milliseconds as named.

/** Default poll interval of a feed: 15 minutes. */
export const DEFAULT_EVERY_SECONDS = 15 * 60;
/** Shortest poll interval allowed: once a minute is already eager for an outlet. */
export const MIN_EVERY_SECONDS = 60;
/** Longest poll interval allowed: a week. */
export const MAX_EVERY_SECONDS = 7 * 24 * 60 * 60;
/** Items taken from one poll of one feed; a feed listing more is read newest-first up to this. */
export const MAX_ITEMS_PER_POLL = 200;
/** A feed document over 5 MiB is not a feed. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
/** `watch` checks for due feeds at least this often, even when none is due sooner (1 min). */
export const WATCH_MAX_IDLE_MS = 60_000;
/** `watch` sleeps at least this long between rounds, so a clock that stands still cannot spin it (1 s). */
export const WATCH_MIN_IDLE_MS = 1000;
/** What a feed fetch asks for. */
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
