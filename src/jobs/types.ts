import type { ArticleHints } from '../source/index.js';
import type { QueueName } from './constants.js';

// What each kind of job carries (pg-boss stores it as JSON). A job is named by its queue (constants.ts).

/**
 * One document to extract, analyse and store: its bytes travel in the job (base64), so that a worker
 * on another machine needs no access to the files of the machine that queued it; or a URL the
 * worker fetches itself.
 */
export type ArticleJob =
  | {
    kind: 'document';
    source: string;
    bytes: string;
    contentType?: string;
    declaredCharset?: string;
    url?: string;
    fetchedAt?: string;
    hints?: ArticleHints;
    replace?: boolean;
  }
  | { kind: 'url'; url: string; allowPrivate?: boolean; replace?: boolean };

/** A stored article to place into claims, republications and stories. */
export interface PlaceJob {
  articleId: string;
}

/** A followed feed to poll (when it is still due: another worker may have polled it meanwhile). */
export interface PollFeedJob {
  feedId: number;
  allowPrivate?: boolean;
}

export interface JobData {
  article: ArticleJob;
  place: PlaceJob;
  'poll-feed': PollFeedJob;
}

/** A job to queue: its data and, for deduplication, its key (one job per key queued or running). */
export interface NewJob<Q extends QueueName> {
  data: JobData[Q];
  key?: string;
}

/** What queueing many jobs did: how many were queued, how many were already queued under the same key. */
export interface SendSummary {
  queued: number;
  already: number;
}
