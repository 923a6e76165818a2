import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres } from './connect.js';
import { dropSchema, TEST_PG_URL } from './testing.js';

// On the real PostgreSQL server: the store's introspector reads the tables of its own schema only, so a schema another
// session drops meanwhile cannot fail the migrator's check (Kysely's resolved every schema of the database by name).
const own = `isnad_test_intro_${randomBytes(6).toString('hex')}`;
const other = `isnad_test_intro_${randomBytes(6).toString('hex')}`;

describe('the PostgreSQL introspector', () => {
  afterAll(async () => {
    await dropSchema(own);
    await dropSchema(other);
  });

  it('lists the tables of the search_path, not those of other schemas, and the migrator\'s own only when asked', async () => {
    const db = await connectPostgres(TEST_PG_URL, { schema: own });
    try {
      await sql`create table notes (id integer)`.execute(db);
      await sql`create table kysely_migration (name text)`.execute(db);
      await sql`create schema ${sql.id(other)}`.execute(db);
      await sql`create table ${sql.id(other, 'elsewhere')} (id integer)`.execute(db);
      const names = async (withInternalKyselyTables: boolean) => (await db.introspection.getTables({ withInternalKyselyTables })).map((t) => `${t.schema}.${t.name}`);
      expect(await names(false)).toEqual([`${own}.notes`]);
      expect(await names(true)).toEqual([`${own}.kysely_migration`, `${own}.notes`]);
      expect((await db.introspection.getSchemas()).map((s) => s.name)).toContain(other);
    } finally {
      await db.destroy();
    }
  });
});
