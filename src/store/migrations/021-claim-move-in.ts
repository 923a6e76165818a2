import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.js';

// A third kind of claim correction, `move-in`: the user puts a statement into a claim (from another claim, or from none
// — the grouping's most frequent miss is a statement it left out). Only the check on `kind` changes. PostgreSQL swaps
// the constraint; SQLite cannot alter a check, so the table is made again with its rows (their `seq` kept, so the
// corrections are re-applied in the order they were made).

const KINDS_BEFORE = ['merge', 'move-out'] as const;
const KINDS_AFTER = [...KINDS_BEFORE, 'move-in'] as const;

/** PostgreSQL's name for the column check migration 002 made (`<table>_<column>_check`). */
const PG_CHECK = 'claim_corrections_kind_check';

const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${kinds.map((k) => `'${k}'`).join(', ')})`);

async function setKinds(db: Kysely<any>, kinds: readonly string[]): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table claim_corrections drop constraint ${sql.ref(PG_CHECK)}`.execute(db);
    await sql`alter table claim_corrections add constraint ${sql.ref(PG_CHECK)} check (${kindCheck(kinds)})`.execute(db);
    return;
  }
  const t = columnTypes(db);
  await db.schema
    .createTable('claim_corrections_new')
    .addColumn('seq', 'integer', t.serial)
    .addColumn('kind', t.text, (c) => c.notNull().check(kindCheck(kinds)))
    .addColumn('args', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .execute();
  await sql`insert into claim_corrections_new (seq, kind, args, created_at) select seq, kind, args, created_at from claim_corrections`.execute(db);
  await db.schema.dropTable('claim_corrections').execute();
  await sql`alter table claim_corrections_new rename to claim_corrections`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await setKinds(db, KINDS_AFTER);
}

/** Undone only when no move-in is recorded: dropping the user's corrections silently is not an option. */
export async function down(db: Kysely<any>): Promise<void> {
  const n = Number((await sql<{ n: number | string }>`select count(*) as n from claim_corrections where kind = 'move-in'`.execute(db)).rows[0]?.n ?? 0);
  if (n > 0) throw new Error(`migration 021 cannot be undone: ${n} move-in correction(s) are recorded in claim_corrections; delete those rows first`);
  await setKinds(db, KINDS_BEFORE);
}
