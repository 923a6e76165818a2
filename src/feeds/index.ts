export { DEFAULT_EVERY_SECONDS, MAX_FEED_BYTES } from './constants.js';
export { formatEvery, parseEvery } from './every.js';
export { guardFeed, type FeedRejectReason } from './guard.js';
export { feedTextSource, itemKey, takeItem } from './item.js';
export { parseFeedBytes, type FeedItem, type FeedParseResult, type ParsedFeed } from './parse.js';
export { pollFeed, type PollOutcome } from './poll.js';
export type { FeedDeps, StoreOutcome } from './types.js';
export { watchFeeds, type WatchOptions, type WatchSummary } from './watch.js';
