import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
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

/** Drops a PostgreSQL schema of a test (and all it holds) on the test server. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

export const TEST_DATABASES: readonly TestDatabase[] = [sqlite, postgres];

/** What a suite using storePerTest can do besides using the store it is handed. */
export interface StorePerTest {
  /** Closes the current test's store and opens the same one again (what the next process sees); `use` receives it. */
  reopen(): Promise<Store>;
  /** Opens another handle on the current test's store (what a second process sees); it is closed after the test. */
  another(): Promise<Store>;
}

/**
 * Gives each test of the enclosing `describe` an empty migrated store of `database` in a temporary
 * folder of its own: opened before the test and handed to `use` (with the folder), closed and removed
 * after it. Called inside `for (const database of TEST_DATABASES) describe(…)` (STYLE.md §20).
 */
export function storePerTest(database: TestDatabase, use: (store: Store, dir: string) => void, now?: () => Date): StorePerTest {
  let dir: string | undefined;
  let store: Store | undefined;
  let others: Store[] = [];
  const open = async (d: string) => {
    store = await database.open(d, now);
    use(store, d);
    return store;
  };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-test-'));
    await open(dir);
  });
  afterEach(async () => {
    for (const other of others) await other.close();
    others = [];
    await store?.close();
    if (dir) await database.cleanup(dir);
    store = dir = undefined;
  });
  return {
    async reopen() {
      if (!store || !dir) throw new Error('reopen() is for inside a test: its store is opened before it');
      await store.close();
      store = undefined;
      return open(dir);
    },
    async another() {
      if (!dir) throw new Error('another() is for inside a test: its store is opened before it');
      const other = await database.open(dir, now);
      others.push(other);
      return other;
    },
  };
}
