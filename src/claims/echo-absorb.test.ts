import { describe, expect, it } from 'vitest';
import { echoItemOf } from './echo.js';
import { placeEchoes, type EchoPool } from './echo-place.js';
import { recordOf } from './place.js';
import type { Claim, Member } from './types.js';

// A concept claim takes in whole an echo claim other outlets made first of a proposition told without the event phrase,
// when a statement of that echo claim says it in the same words as the concept claim's (echo-place.ts `absorbed`).

const DAY = '2024-05-01T00:00:00.000Z';

function member(id: string, content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: id, articleId: id.split('#')[0], position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المتحدث' }, speakerKey: 'المتحدث', content, entities: [], lang: 'ar', date: DAY, ...over,
  };
}
const claim = (id: string, concept: string, members: Member[]): Claim => ({ ...recordOf(id, concept, [], members), members });

const FREEZE = 'الحكومة قررت تجميد أسعار الخبز والوقود والكهرباء في جميع المحافظات حتى نهاية العام المقبل مع صرف دعم نقدي مباشر للأسر الفقيرة';
const OTHER = 'المعارضة تطالب بانتخابات مبكرة في الخريف بعد فشل الائتلاف الحاكم في تمرير الموازنة أمام البرلمان للمرة الثالثة على التوالي';

/** Two outlets' reprints in an echo claim, pooled, and a third article's concept claim holding `content`. */
function setup(content: string) {
  const b = member('b#1', FREEZE), c = member('c#1', FREEZE.replace('في جميع', 'بجميع'));
  const g = member('d#1', content, { rule: 'concept-entities' });
  const claims = new Map<string, Claim>([['echo:x', claim('echo:x', 'echo', [b, c])], ['price-freeze:y', claim('price-freeze:y', 'price-freeze', [g])]]);
  const pool: EchoPool = new Map([[b.statementId, echoItemOf(b)], [c.statementId, echoItemOf(c)]]);
  placeEchoes(claims, 'd', [], pool, new Map(), [echoItemOf(g)]);
  return claims;
}

describe('concept claims taking in echo claims', () => {
  it('an echo claim one of whose statements the concept claim\'s copies goes into the concept claim whole', () => {
    const claims = setup(FREEZE.replace('الحكومة قررت', 'الحكومة أعلنت أنها قررت'));
    expect(claims.has('echo:x')).toBe(false);
    expect(claims.get('price-freeze:y')!.members.map((m) => m.statementId).sort()).toEqual(['b#1', 'c#1', 'd#1']);
  });

  it('an echo claim about something else stays apart', () => {
    const claims = setup(OTHER);
    expect(claims.get('echo:x')!.members.map((m) => m.statementId).sort()).toEqual(['b#1', 'c#1']);
    expect(claims.get('price-freeze:y')!.members.map((m) => m.statementId)).toEqual(['d#1']);
  });
});
