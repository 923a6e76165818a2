import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int4Array, textArray } from './pg-arrays.js';

// The binary arrays save.ts sends for mentions and statements read back, through the real server, as the values sent.

const PG_URL = process.env.ISNAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
});
afterAll(async () => client.end());

describe('binary arrays', () => {
  it.each<[string, (string | null)[]]>([
    ['no element', []],
    ['Arabic text', ['نفى المتحدث باسم الكرملين', 'زِيلِينْسْكِي']],
    ['what array literals and JSON escape (quotes, backslashes, braces, commas, new lines)', ['"q"', 'a\\b', '{x,y}', 'line\nnext', '', 'NULL']],
    ['nulls among values', [null, 'a', null]],
  ])('text[] keeps %s', async (_name, values) => {
    const r = await client.query('select $1::text[] as a, cardinality($1::text[]) as n', [textArray(values)]);
    expect(r.rows[0]).toEqual({ a: values, n: values.length });
  });

  it.each<[string, (number | null)[]]>([
    ['no element', []],
    ['offsets and flags', [0, 1, 2_147_483_647, -5]],
    ['nulls among values', [null, 7, null]],
  ])('int4[] keeps %s', async (_name, values) => {
    const r = await client.query('select $1::int4[] as a', [int4Array(values)]);
    expect(r.rows[0].a).toEqual(values);
  });

  it('unnests columns side by side into rows', async () => {
    const r = await client.query('select * from unnest($1::text[], $2::int4[]) x (t, i)', [textArray(['أ', null]), int4Array([3, 4])]);
    expect(r.rows).toEqual([{ t: 'أ', i: 3 }, { t: null, i: 4 }]);
  });
});
