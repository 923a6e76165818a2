import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.js';

// The echo pool's keys (migration 010) made cheaper to write and to read (src/claims/echo-store.ts; placement CPU
// and bytes measured on 400 stored articles). claim_echo_keys is read by key and date range, and deleted by statement:
// 1. its primary key becomes (key, date, statement_id), the read's order, and the (key, statement_id) key and the
//    (key, date, statement_id) index go — on SQLite a WITHOUT ROWID table, two b-trees a row rather than four; on
//    PostgreSQL two indexes rather than three;
// 2. each row carries its statement's `digest` (16 hex digits of the SHA-1 of claim_echoes.member), by which the
//    placement knows a pool statement it has read or written before: then the read of keys is the only read. Null on
//    rows pooled before (their statements are read whole, as before).
// Rows are kept as they are; echo-store.ts no longer writes the copy sketch of a statement that may not be a copy
// (src/claims/echo.ts `lookupKeys`), which no other ever matched by.

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  if (dialectOf(db) === 'postgres') {
    await db.schema.alterTable('claim_echo_keys').addColumn('digest', t.text).execute();
    await sql`alter table claim_echo_keys drop constraint claim_echo_keys_pk`.execute(db);
    await db.schema.dropIndex('claim_echo_keys_key_date').execute();
    // The digest in the key's index too: the read stays index-only.
    await sql`alter table claim_echo_keys add constraint claim_echo_keys_pk primary key (key, date, statement_id) include (digest)`.execute(db);
    return;
  }
  // SQLite changes no primary key in place: the table is made anew and its rows copied. Columns in PostgreSQL's
  // order (the digest added last), so that `isnad export` writes the same file from either database.
  await db.schema
    .createTable('claim_echo_keys_017')
    .addColumn('key', t.text, (c) => c.notNull())
    .addColumn('statement_id', t.text, (c) => c.notNull().references('claim_echoes.statement_id').onDelete('cascade'))
    .addColumn('date', t.text, (c) => c.notNull())
    .addColumn('digest', t.text)
    .addPrimaryKeyConstraint('claim_echo_keys_pk', ['key', 'date', 'statement_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into claim_echo_keys_017 (key, date, statement_id) select key, date, statement_id from claim_echo_keys`.execute(db);
  await db.schema.dropTable('claim_echo_keys').execute();
  await db.schema.alterTable('claim_echo_keys_017').renameTo('claim_echo_keys').execute();
  // The cascade from claim_echoes finds a statement's keys by it.
  await db.schema.createIndex('claim_echo_keys_statement').on('claim_echo_keys').column('statement_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  if (dialectOf(db) === 'postgres') {
    await sql`alter table claim_echo_keys drop constraint claim_echo_keys_pk`.execute(db);
    await db.schema.alterTable('claim_echo_keys').dropColumn('digest').execute();
    await sql`alter table claim_echo_keys add constraint claim_echo_keys_pk primary key (key, statement_id)`.execute(db);
  } else {
    await db.schema
      .createTable('claim_echo_keys_010')
      .addColumn('key', t.text, (c) => c.notNull())
      .addColumn('statement_id', t.text, (c) => c.notNull().references('claim_echoes.statement_id').onDelete('cascade'))
      .addColumn('date', t.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('claim_echo_keys_pk', ['key', 'statement_id'])
      .execute();
    await sql`insert into claim_echo_keys_010 (key, statement_id, date) select key, statement_id, date from claim_echo_keys`.execute(db);
    await db.schema.dropTable('claim_echo_keys').execute();
    await db.schema.alterTable('claim_echo_keys_010').renameTo('claim_echo_keys').execute();
    await db.schema.createIndex('claim_echo_keys_statement').on('claim_echo_keys').column('statement_id').execute();
  }
  await db.schema.createIndex('claim_echo_keys_key_date').on('claim_echo_keys').columns(['key', 'date', 'statement_id']).execute();
}
