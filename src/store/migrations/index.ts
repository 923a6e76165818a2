import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-claims.js';
import * as m003 from './003-republish.js';
import * as m004 from './004-feeds.js';
import * as m005 from './005-alerts.js';
import * as m006 from './006-web-indexes.js';
import * as m007 from './007-claim-actors.js';
import * as m009 from './009-search-filters.js';
import * as m010 from './010-claim-echoes.js';
import * as m011 from './011-pg-ingest-cpu.js';
import * as m012 from './012-speaker-keys.js';
import * as m013 from './013-claim-echo-stems.js';
import * as m014 from './014-rate-limits.js';
import * as m015 from './015-pg-ingest-writes.js';
import * as m017 from './017-claim-echo-keys-compact.js';
import * as m018 from './018-sqlite-speaker-fts.js';
import * as m019 from './019-sqlite-contentless-fts.js';
import * as m020 from './020-sqlite-ingest-journal.js';
import * as m021 from './021-claim-move-in.js';

/** The one migration history, in order; names sort in application order. */
export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
  '002-claims': m002,
  '003-republish': m003,
  '004-feeds': m004,
  '005-alerts': m005,
  '006-web-indexes': m006,
  '007-claim-actors': m007,
  '009-search-filters': m009,
  '010-claim-echoes': m010,
  '011-pg-ingest-cpu': m011,
  '012-speaker-keys': m012,
  '013-claim-echo-stems': m013,
  '014-rate-limits': m014,
  '015-pg-ingest-writes': m015,
  '017-claim-echo-keys-compact': m017,
  '018-sqlite-speaker-fts': m018,
  '019-sqlite-contentless-fts': m019,
  '020-sqlite-ingest-journal': m020,
  '021-claim-move-in': m021,
};
