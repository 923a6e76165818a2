import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { memberOf } from './group.js';
import { groupClaims } from './place.js';
import { sourceFromAnalysis } from './source.js';
import { clashReports, titledSource as article } from './test-helpers.js';
import { familyWordsIn } from './incident-words.js';
import { mergeTitleEvents, titleEventOf, titleIncidentOf } from './title-event.js';
import type { Claim, Member } from './types.js';

// R6 at the level of the article (title-event.ts): the claims of an article's statements that tell its title's
// incident become one. Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';
const TITLE = 'مقتل 12 شخصا في اشتباكات بين قبيلتين';
const BODY = [
  { speaker: 'مسؤول محلي', content: 'اثني عشر شخصا قتلوا في الاشتباكات التي اندلعت ليلا' },
  { speaker: 'شيخ قبيلة', content: 'الاشتباكات بدأت بعد خلاف على أرض زراعية' },
  { speaker: 'وجهاء', content: 'القبيلتين اتفقتا على هدنة تبدأ اليوم' },
  { speaker: 'شاهد', content: 'المسلحين أحرقوا المنازل عندما قتلوا حارسها' },
  { speaker: 'ناشط', content: 'هذه الاشتباكات جريمة حرب بحق المدنيين' },
  { speaker: 'مصدر أمني', content: 'قوات الأمن نفذت اعتقال عشرات المسلحين خلال الاشتباكات' },
  { speaker: 'مستشفى', content: 'عدد القتلى في الاشتباكات بلغ اثني عشر' },
];

const SRC = article(TITLE, BODY);
const frames = SRC.statements.map((_, i) => frameOf(SRC, i));
const INCIDENT = titleIncidentOf(SRC);

/** Another outlet's statement, for claims that other articles confirm. */
const other = (n: number): Member => ({
  statementId: `b:${n}`, articleId: 'b', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
  speaker: { text: 'وكالة' }, speakerKey: 'وكالة', content: `جملة ${n}`, entities: [], lang: 'ar', date: DAY,
});
const mine = (i: number): Member => memberOf(SRC, frames[i], 'echo', DAY);
const claim = (id: string, members: Member[]): Claim => ({ id, concept: 'echo', keyEntities: [], title: id, lang: 'ar', firstSeen: DAY, lastSeen: DAY, members });
const shape = (cs: Map<string, Claim>) => Object.fromEntries([...cs].map(([id, c]) => [id, c.members.map((m) => m.statementId).sort()]));

describe('familyWordsIn and titleIncidentOf: the incident words of a text', () => {
  it('reads death and clashes in a title, through clitics and inflections', () => {
    expect([...INCIDENT.families].sort()).toEqual(['clash', 'death']);
    expect(familyWordsIn('وقالت إنهم لقوا حتفهم في البحر', 'ar').map((w) => w.family)).toEqual(['death']);
    expect(familyWordsIn('Two people were killed in clashes', 'en').map((w) => w.family)).toEqual(['death', 'clash']);
  });

  it('reads none in a title about talks', () => {
    expect(titleIncidentOf({ text: 'استئناف المحادثات بين الطرفين', lang: 'ar', titleEnd: 30 }).families.size).toBe(0);
  });
});

describe('titleEventOf: does a statement tell the title\'s incident', () => {
  it('holds for the toll and for when the clashes began, whoever says it', () => {
    expect(titleEventOf(SRC, frames[0], INCIDENT)).toEqual({ ok: true, families: ['death', 'clash'] });
    expect(titleEventOf(SRC, frames[1], INCIDENT)).toEqual({ ok: true, families: ['clash'] });
  });

  it('does not for a truce, a deed during the clashes, a verdict, or an arrest raid', () => {
    expect(titleEventOf(SRC, frames[2], INCIDENT)).toEqual({ ok: false, reason: 'no-family' });
    expect(titleEventOf(SRC, frames[3], INCIDENT)).toEqual({ ok: false, reason: 'no-family' });
    expect(titleEventOf(SRC, frames[4], INCIDENT)).toEqual({ ok: false, reason: 'evaluates' });
    expect(titleEventOf(SRC, frames[5], INCIDENT)).toEqual({ ok: false, reason: 'other-event' });
  });
});

describe('titleEventOf: another place is another incident', () => {
  it('does not hold for clashes in another city than the title\'s', () => {
    const two = article('مقتل 12 شخصا في اشتباكات في مدينة غريان', [
      { speaker: 'مسؤول', content: 'ثلاثة أشخاص قتلوا في اشتباكات في مدينة الزنتان' },
      { speaker: 'مسؤول آخر', content: 'اثني عشر شخصا قتلوا في الاشتباكات في مدينة غريان' },
    ]);
    const incident = titleIncidentOf(two);
    expect(titleEventOf(two, frameOf(two, 0), incident)).toEqual({ ok: false, reason: 'marks' });
    expect(titleEventOf(two, frameOf(two, 1), incident)).toEqual({ ok: true, families: ['death', 'clash'] });
  });
});

describe('mergeTitleEvents: one claim for the title\'s incident', () => {
  it('merges the claims of the toll and of the start of the clashes into the larger, and leaves the truce', () => {
    // The hospital's toll (a:6), in no claim, joins the merged claim too: other outlets confirm it.
    const claims = new Map([
      ['toll', claim('toll', [mine(0), other(0), other(1)])],
      ['began', claim('began', [mine(1), other(2)])],
      ['truce', claim('truce', [mine(2), other(3)])],
    ]);
    expect(mergeTitleEvents(claims, SRC, frames, DAY)).toEqual(['began']);
    expect(shape(claims)).toEqual({ toll: ['a:0', 'a:1', 'a:6', 'b:0', 'b:1', 'b:2'], truce: ['a:2', 'b:3'] });
  });

  it('adds the statements of the incident in no claim to the claim other outlets confirm, as details', () => {
    const claims = new Map([['toll', claim('toll', [mine(0), other(0)])]]);
    mergeTitleEvents(claims, SRC, frames, DAY);
    expect(shape(claims)).toEqual({ toll: ['a:0', 'a:1', 'a:6', 'b:0'] });
    expect(claims.get('toll')!.members.find((m) => m.statementId === 'a:6')!.rule).toBe('detail');
  });

  it('leaves a lone article\'s statements where they are', () => {
    const claims = new Map([['toll', claim('toll', [mine(0), mine(6)])]]);
    expect(mergeTitleEvents(claims, SRC, frames, DAY)).toEqual([]);
    expect(shape(claims)).toEqual({ toll: ['a:0', 'a:6'] });
  });

  it('merges nothing in an article whose title names no incident', () => {
    const talks = article('استئناف المحادثات بين الطرفين', BODY, 'c');
    const claims = new Map([['x', claim('x', [{ ...mine(0), statementId: 'c:0', articleId: 'c' }])], ['y', claim('y', [{ ...mine(1), statementId: 'c:1', articleId: 'c' }])]]);
    expect(mergeTitleEvents(claims, talks, talks.statements.map((_, i) => frameOf(talks, i)), DAY)).toEqual([]);
    expect([...claims.keys()]).toEqual(['x', 'y']);
  });
});

describe('groupClaims with titleEvents: two outlets\' copies of one incident\'s details', () => {
  const sources = clashReports().map((a) => sourceFromAnalysis(a));
  const sizes = (titleEvents: boolean) => groupClaims(sources, { fallbackDate: DAY, titleEvents }).map((c) => c.members.length).sort();

  it('makes one claim of the toll and of how the clashes began, where each sentence alone makes its own', () => {
    // The second title is a statement too (`ليبيا: اشتباكات قبلية تودي بحياة 12 شخصا`): it restates its lead, the toll
    // (lead.ts `titleLeadOf`), and joins that claim either way.
    expect(sizes(false)).toEqual([2, 3]);
    expect(sizes(true)).toEqual([5]);
  });
});
