import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';

/** The one migration history, in order; names sort in application order. */
export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
};
