import { describe, expect, it } from 'vitest';
import { sameAct } from './act.js';
import { continuationOf } from './continuation.js';
import { echoItemOf } from './echo.js';
import { detailRefusal, type DetailItem } from './event-details.js';
import { frameOf } from './frame.js';
import { framesOf, memberOf } from './group.js';
import { groupClaims } from './place.js';
import { sourceFromAnalysis } from './source.js';
import { speakerDetailOf } from './speaker-detail.js';
import { analysisOf, syntheticSource } from './test-helpers.js';
import { anotherIncident, mergeTitleEvents, titleEventOf, titleIncidentOf } from './title-event.js';
import type { Claim, ClaimSource, Member } from './types.js';

// Two points of one article that the detail and halves rules took for one (session 17, precision): a call for an act
// beside an account (act.ts), one speaker's sentences about other named parties or with other figures
// (continuation.ts, speaker-detail.ts), and another incident of the title's kind (title-event.ts `anotherIncident`).
// Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';

describe('sameAct: a call for an act and an account are two kinds of act', () => {
  it.each([
    { a: 'assert', b: 'accuse', expected: true },
    { a: 'warn', b: 'deny', expected: true },
    { a: 'demand', b: 'demand', expected: true },
    { a: 'demand', b: 'assert', expected: false },
    { a: 'doubt', b: 'demand', expected: false },
  ] as const)('$a beside $b → $expected', ({ a, b, expected }) => {
    expect(sameAct(a, b)).toBe(expected);
  });
});

describe('continuationOf: one speaker\'s neighbouring sentences that make two points', () => {
  const member = (statementId: string, content: string, entities: string[], over: Partial<Member> = {}): Member => ({
    statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'وزارة الخارجية' }, speakerKey: 'وزارة الخارجية', content, entities, lang: 'en', date: DAY, ...over,
  });
  const item = (m: Member, words: string) => echoItemOf(m, undefined, () => words.split(' ').map((w) => [w]), false, { follows: true });

  const TALKS = member('a:3', 'the minister will hold talks in Rome with the ministers of Chile and Peru', ['country:CL', 'country:IT', 'country:PE']);
  const MORE_TALKS = (entities: string[]) => member('a:4', 'the minister will hold talks in Rome with the envoys of Kenya', entities);

  it('joins halves sharing an entity and two predicate words, the later naming nothing of its own', () => {
    expect(continuationOf(item(TALKS, 'minister hold talk envoy'), item(MORE_TALKS(['country:IT']), 'minister hold talk meet'))).toBe(3);
  });

  it('does not join them when each names a party the other does not (two meetings, not one)', () => {
    expect(continuationOf(item(TALKS, 'minister hold talk envoy'), item(MORE_TALKS(['country:IT', 'country:KE']), 'minister hold talk meet'))).toBeUndefined();
  });

  it('does not join the speaker\'s call to the account before it (a demand beside an assertion)', () => {
    const call = member('a:4', 'the ministers of Chile and Peru to hold talks in Rome', ['country:CL', 'country:IT', 'country:PE'], { stance: 'demand' });
    expect(continuationOf(item(TALKS, 'minister hold talk envoy'), item(call, 'minister hold talk meet'))).toBeUndefined();
  });

  // The first names the country, the second none: no details of one event (event-details.ts asks for the same
  // entities, and lets tolls differ), one speaker's point in other words or two.
  const BLAST = member('a:6', '24 people were killed and 55 wounded when a bomb went off in a market in Iraq', ['country:IQ']);
  it('joins a restatement in other words with the same figures, and not one with other figures', () => {
    const same = member('a:7', 'the bomb in the market killed 24 and wounded 55', []);
    const other = member('a:7', 'seven were killed and 25 wounded by a bomb near the station', []);
    expect(continuationOf(item(BLAST, 'kill wound bomb market'), item(same, 'kill wound bomb market'))).toBe(4);
    expect(continuationOf(item(BLAST, 'kill wound bomb market'), item(other, 'kill wound bomb station'))).toBeUndefined();
  });
});

describe('detailRefusal: a call is no detail of the event it names', () => {
  const item = (statementId: string, content: string, words: string, stance: Member['stance']): DetailItem => {
    const stems = words.split(' ').map((w) => [w]);
    return { member: { articleId: 'a', content, lang: 'en', stance }, entities: [], stems, stemKeys: new Set(stems.flat()) };
  };
  const TOLL = item('a:2', 'eight tribesmen were killed in the clashes', 'tribesman kill clash', 'assert');

  it('reads an account sharing the words as a detail, and a call sharing them as another point', () => {
    expect(detailRefusal(TOLL, item('a:5', 'the tribes hand over those who killed tribesmen in the clashes', 'tribe hand tribesman kill clash', 'assert'))).toBeUndefined();
    expect(detailRefusal(TOLL, item('a:5', 'the tribes to hand over those who killed tribesmen in the clashes', 'tribe hand tribesman kill clash', 'demand'))).toBe('act');
  });
});

describe('speakerDetailOf: the speaker\'s call, or their statement about other parties, is another point', () => {
  const GOVERNOR = 'محافظ مصرف قطر المركزي';
  const POINT = `قال ${GOVERNOR} إن قطر ستطلق برنامجا إسلاميا جديدا للتأمين على الودائع المصرفية خلال العام المقبل.`;
  /** Where the article's statement `i` goes when its first statement is in claim `c1`. */
  function placed(detail: string) {
    const src = sourceFromAnalysis(analysisOf(['قطر تطلق برنامجا للتأمين على الودائع', POINT, detail].join('\n\n'), DAY));
    const frames = framesOf(src);
    return { src, result: speakerDetailOf(src, frames, new Map([[src.statements[0].id, 'c1']]), 1) };
  }

  it('joins an account of the program in other words', () => {
    const { src, result } = placed(`وأضاف ${GOVERNOR} أن البرنامج الإسلامي للتأمين على الودائع سيغطي حسابات الأفراد والشركات الصغيرة.`);
    expect(src.statements).toHaveLength(2);
    expect(result).toMatchObject({ ok: true, claimId: 'c1' });
  });

  it('does not join the speaker\'s call on the banks to join the program', () => {
    const { src, result } = placed(`ودعا ${GOVERNOR} البنوك إلى الانضمام إلى البرنامج الإسلامي للتأمين على الودائع المصرفية.`);
    expect(src.statements[1].stance).toBe('demand');
    expect(result).toEqual({ ok: false, reason: 'no-speaker-claim' });
  });

  it('does not join the same words about another country, but joins them about the country and another', () => {
    const kuwait = placed(`وأضاف ${GOVERNOR} أن الكويت ستطلق برنامجا إسلاميا للتأمين على الودائع المصرفية.`);
    expect(kuwait.result).toEqual({ ok: false, reason: 'no-speaker-claim' });
    const both = placed(`وأضاف ${GOVERNOR} أن قطر والكويت ستطلقان برنامجا إسلاميا للتأمين على الودائع المصرفية.`);
    expect(both.result).toMatchObject({ ok: true, claimId: 'c1' });
  });
});

describe('anotherIncident and titleEventOf: another incident of the title\'s kind', () => {
  const TITLE = 'مقتل 18 شخصا بانفجار سيارة مفخخة في سوق سامراء';
  const BODY = [
    { speaker: 'مصادر أمنية', content: '18 شخصا قتلوا عندما انفجرت سيارة مفخخة في السوق صباحا' },
    { speaker: 'مصادر أمنية', content: 'خمسة آخرين قتلوا في انفجار آخر قرب محطة الحافلات' },
    { speaker: 'مصدر طبي', content: 'شخصا قتل وأصيب آخر في الانفجار' },
  ];
  const text = `${TITLE}\n\n${BODY.map((s) => `وقالت ${s.speaker} إن ${s.content}.`).join(' ')}`;
  const SRC: ClaimSource = { ...syntheticSource(text, BODY, {}), title: TITLE, titleEnd: TITLE.length };
  const frames = SRC.statements.map((_, i) => frameOf(SRC, i));
  const incident = titleIncidentOf(SRC);
  const { start, end } = SRC.statements[1].content;

  it('reads `انفجار آخر` as another incident, and `another blast` in English', () => {
    expect(anotherIncident(SRC, start, end)).toBe(true);
    const en = 'Five more people were killed in another blast near the station.';
    expect(anotherIncident({ text: en, lang: 'en' }, 0, en.length)).toBe(true);
    expect(anotherIncident({ text: en, lang: 'en' }, 0, en.indexOf(' in another'))).toBe(false);
  });

  it('tells the title\'s incident in the first statement and in another victim (`أصيب آخر`), not in another blast', () => {
    expect(titleEventOf(SRC, frames[0], incident)).toMatchObject({ ok: true });
    expect(titleEventOf(SRC, frames[1], incident)).toEqual({ ok: false, reason: 'other-event' });
    expect(titleEventOf(SRC, frames[2], incident)).toMatchObject({ ok: true });
  });

  it('keeps the other blast\'s claim apart when the title\'s incident is merged', () => {
    const other = (n: number): Member => ({
      statementId: `b:${n}`, articleId: 'b', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
      speaker: { text: 'وكالة' }, speakerKey: 'وكالة', content: `جملة ${n}`, entities: [], lang: 'ar', date: DAY,
    });
    const claim = (id: string, members: Member[]): Claim => ({ id, concept: 'echo', keyEntities: [], title: id, lang: 'ar', firstSeen: DAY, lastSeen: DAY, members });
    const mine = (i: number) => memberOf(SRC, frames[i], 'echo', DAY);
    const claims = new Map([['market', claim('market', [mine(0), other(0), other(1)])], ['station', claim('station', [mine(1), other(2)])]]);
    expect(mergeTitleEvents(claims, SRC, frames, DAY)).toEqual([]);
    expect([...claims.keys()].sort()).toEqual(['market', 'station']);
  });
});

describe('groupClaims: two outlets\' reports of a bombing and of another one the same day', () => {
  it('makes one claim of each blast\'s copies, not one of both', () => {
    const body = [
      'وقالت مصادر أمنية إن 18 شخصا قتلوا وأصيب 40 عندما انفجرت سيارة مفخخة في سوق مدينة سامراء صباح اليوم.',
      'وقالت مصادر أمنية إن خمسة قتلوا وأصيب 12 في انفجار آخر قرب محطة الحافلات.',
    ].join(' ');
    const sources = [
      sourceFromAnalysis(analysisOf(`مقتل 18 شخصا بانفجار سيارة مفخخة في سوق سامراء\n\n${body}`, DAY)),
      sourceFromAnalysis(analysisOf(`العراق: 18 قتيلا بانفجار سيارة مفخخة في سوق\n\n${body}`, DAY)),
    ];
    const claims = groupClaims(sources, { fallbackDate: DAY });
    const of = (words: string) => claims.filter((c) => c.members.some((m) => m.content.includes(words))).map((c) => c.id);
    expect(of('سامراء')).toHaveLength(1);
    expect(of('محطة الحافلات')).toHaveLength(1);
    expect(of('سامراء')).not.toEqual(of('محطة الحافلات'));
  });
});
