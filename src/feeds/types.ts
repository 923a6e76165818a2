import type { Fetcher } from '../fetch/index.js';
import type { SourceResult } from '../source/index.js';
import type { FeedsStore } from '../store/feeds.js';

/** What the pipeline did with one document (the shape of the CLI's IngestOutcome). */
export type StoreOutcome =
  | { status: 'stored' | 'duplicate' | 'replaced'; id: string }
  | { status: 'rejected'; reason: string; message: string };

/** What polling needs from outside: injected so that tests run it on a real store and a loopback server. */
export interface FeedDeps {
  feeds: FeedsStore;
  fetcher: Fetcher;
  /** Extracts, analyses and stores one document through the pipeline (src/cli/pipeline.ts). */
  ingest: (item: SourceResult) => Promise<StoreOutcome>;
  now: () => Date;
  /** Where progress and errors go, a line at a time; never swallowed. */
  log: (line: string) => void;
  /** A feed document over this many bytes is refused. */
  maxFeedBytes: number;
}
