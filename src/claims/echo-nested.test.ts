import { describe, expect, it } from 'vitest';
import { echoItemOf, echoOf, waitsInPool } from './echo.js';
import { placeEchoes, type EchoPool } from './echo-place.js';
import { recordOf } from './place.js';
import type { Claim, Member } from './types.js';

// A carrier of another statement, or a piece nested in one (echo-item.ts `nested`), joins the claim of another outlet's
// copy of it, and nothing else: it makes no claim with a pending statement, and waits in no pool.

const DAY = '2024-05-01T00:00:00.000Z';

function member(id: string, content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: id, articleId: id.split('#')[0], position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المتحدث' }, speakerKey: 'المتحدث', content, entities: [], lang: 'ar', date: DAY, ...over,
  };
}
const nested = (m: Member) => echoItemOf(m, undefined, undefined, false, { nested: true });

const SALE = 'شركة الطيران الوطنية ستبيع اثنتي عشرة طائرة من أقدم طائراتها لشركة تأجير قبل نهاية موسم الصيف المقبل';
const OTHER = 'شركة الطيران الوطنية ستشتري ثلاث طائرات جديدة من شركة أوروبية لتوسيع رحلاتها إلى آسيا في الشتاء المقبل';

/** Pool: two outlets' copies of SALE in an echo claim when `claimed`, else one pending; then the nested statement's article. */
function place(content: string, claimed: boolean) {
  const b = member('b#1', SALE), c = member('c#1', SALE.replace('قبل نهاية', 'قبيل نهاية'));
  const pooled = claimed ? [b, c] : [b];
  const claims = new Map<string, Claim>(claimed ? [['echo:x', { ...recordOf('echo:x', 'echo', [], pooled), members: pooled }]] : []);
  const pool: EchoPool = new Map(pooled.map((m) => [m.statementId, echoItemOf(m)]));
  const it = nested(member('d#1', content));
  placeEchoes(claims, 'd', [it], pool, new Map());
  return { claims, pool };
}

describe('nested statements as echo items', () => {
  it('joins the claim of another outlet\'s copy of it', () => {
    const { claims } = place(SALE, true);
    expect(claims.get('echo:x')!.members.map((m) => m.statementId).sort()).toEqual(['b#1', 'c#1', 'd#1']);
  });

  it('makes no claim with a pending copy, and waits in no pool', () => {
    const { claims, pool } = place(SALE, false);
    expect([...claims.keys()]).toEqual([]);
    expect(pool.has('d#1')).toBe(false);
  });

  it('echoes no statement that is not a copy of it, nor one of its own article', () => {
    expect(echoOf(nested(member('d#1', OTHER)), echoItemOf(member('b#1', SALE))).ok).toBe(false);
    expect(echoOf(nested(member('d#1', SALE)), echoItemOf(member('d#2', SALE))).ok).toBe(false);
    expect(waitsInPool(nested(member('d#1', SALE)))).toBe(false);
  });
});
