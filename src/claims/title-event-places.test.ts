import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { memberOf } from './group.js';
import { placeMarksApart, sideOf } from './marks.js';
import { titledSource as article } from './test-helpers.js';
import { mergeTitleEvents } from './title-event.js';
import type { Claim, Member } from './types.js';

// Merging two claims of an article's title incident (title-event.ts) asks that their place names meet as places
// (marks.ts `placeMarksApart`): a telling of two incidents names two cities, and another incident that only mentions one
// of them in passing is not the title's. Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';
const TITLE = 'مقتل خمسة مسلحين في غارة جوية';
const BODY = [
  // Two incidents in one telling: the raid near one city, shelling in another.
  { speaker: 'المرصد', content: 'خمسة مسلحين قتلوا في غارة جوية قرب مدينة الرمادي، فيما قتل ثمانية مدنيين في قصف على مدينة الموصل' },
  // Another raid, in a district the survivor never names, north of the second city.
  { speaker: 'مصادر محلية', content: 'غارة على ناحية القيارة جنوب الموصل أدت إلى مقتل عشرة مسلحين' },
  // The title's raid again, near the first city.
  { speaker: 'مصدر طبي', content: 'خمسة مسلحين قتلوا في الغارة التي استهدفت سيارتهم قرب مدينة الرمادي' },
];

const SRC = article(TITLE, BODY);
const frames = SRC.statements.map((_, i) => frameOf(SRC, i));
const mine = (i: number): Member => memberOf(SRC, frames[i], 'echo', DAY);
/** Another outlet's statement, for claims that other articles confirm. */
const other = (n: number): Member => ({
  statementId: `b:${n}`, articleId: 'b', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: 'وكالة' }, speakerKey: 'وكالة', content: `جملة ${n}`, entities: [], lang: 'ar', date: DAY,
});
const claim = (id: string, members: Member[]): Claim => ({ id, concept: 'echo', keyEntities: [], title: id, lang: 'ar', firstSeen: DAY, lastSeen: DAY, members });
const shape = (cs: Map<string, Claim>) => Object.fromEntries([...cs].map(([id, c]) => [id, c.members.map((m) => m.statementId).sort()]));
const side = (...texts: string[]) => sideOf(texts, () => 'ar');

describe('placeMarksApart: do two sides name places that never meet as places', () => {
  it('holds for a district and two cities, one of which the district\'s telling mentions in passing', () => {
    expect(placeMarksApart(side(BODY[0].content), side(BODY[1].content))).toBe(true);
  });

  it('does not hold for the same city, nor when one side names no place after a place noun', () => {
    expect(placeMarksApart(side(BODY[0].content), side(BODY[2].content))).toBe(false);
    expect(placeMarksApart(side(BODY[0].content), side('قتل خمسة مسلحين في الغارة'))).toBe(false);
  });
});

describe('mergeTitleEvents: another raid that mentions the survivor\'s second city stays apart', () => {
  it('merges the same raid near the first city, and leaves the raid on the district', () => {
    const claims = new Map([
      ['raid', claim('raid', [mine(0), other(0), other(1)])],
      ['district', claim('district', [mine(1), other(2)])],
      ['again', claim('again', [mine(2), other(3)])],
    ]);
    expect(mergeTitleEvents(claims, SRC, frames, DAY)).toEqual(['again']);
    expect(shape(claims)).toEqual({ raid: ['a:0', 'a:2', 'b:0', 'b:1', 'b:3'], district: ['a:1', 'b:2'] });
  });
});
