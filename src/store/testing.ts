import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { StoreOpenError } from './connect.js';
import type { Dialect } from './dialect.js';
import { openStore, type Store } from './index.js';

// The databases the store's tests run on (STYLE.md §20): SQLite always, and PostgreSQL — the server
// on this machine, or ISNAD_TEST_PG. A test owns a temporary folder; its store is a file in it
// (SQLite) or a schema named after it (PostgreSQL), so that test files running in parallel never
// see each other's rows, and opening the same folder again reopens the same store.

/** The PostgreSQL database the tests use. */
export const TEST_PG_URL = process.env.ISNAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: Dialect;
  /** The migrated store of the test's temporary folder `dir`: empty at first, the same one when opened again. */
  open(dir: string, now?: () => Date): Promise<Store>;
  /** Removes the store of `dir` (its schema) and the folder; after the store was closed. */
  cleanup(dir: string): Promise<void>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  open: (dir, now) => openStore({ path: join(dir, 'nested', 'isnad.db'), ...(now ? { now } : {}) }),
  cleanup: async (dir) => rmSync(dir, { recursive: true, force: true }),
};

const schemaOf = (dir: string) => `isnad_test_${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;

const postgres: TestDatabase = {
  name: 'postgres',
  async open(dir, now) {
    try {
      return await openStore({ path: TEST_PG_URL, schema: schemaOf(dir), ...(now ? { now } : {}) });
    } catch (e) {
      if (!(e instanceof StoreOpenError)) throw e;
      throw new Error(
        `PostgreSQL does not answer at ${TEST_PG_URL} (${e.message}). The store's tests need it: start it ` +
          '(`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`; CI starts it), or point ISNAD_TEST_PG at one.',
        { cause: e },
      );
    }
  },
  async cleanup(dir) {
    await dropSchema(schemaOf(dir));
    rmSync(dir, { recursive: true, force: true });
  },
};

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

export const TEST_DATABASES: readonly TestDatabase[] = [sqlite, postgres];
