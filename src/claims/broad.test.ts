import { describe, expect, it } from 'vitest';
import { BROAD_WINDOW_DAYS } from './constants.js';
import { broadConflict } from './article-conflict.js';
import { broadBlock, chooseClaim, type Candidate } from './place.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { ArticleGroup, Member } from './types.js';

// Broad concepts (events.tsv breadth `broad`) join across articles only on stricter agreement (place.ts broadBlock).

const DAY = '2024-10-15T00:00:00.000Z';
const dayAfter = (n: number) => new Date(Date.parse(DAY) + n * 86_400_000).toISOString();

function member(content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `s-${content}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'concept-entities', origin: 'auto',
    speaker: { text: 'x' }, speakerKey: 'x', content, entities: [], lang: 'en', date: DAY, ...over,
  } as Member;
}

function group(keyEntities: string[], members: Member[], actor?: string): ArticleGroup {
  return { concept: 'attack', keyEntities, entities: keyEntities, members, ...(actor ? { actor } : {}) };
}

function claim(keyEntities: string[], members: Member[], concept = 'attack'): Candidate {
  const dates = members.map((m) => m.date).sort();
  return { id: `${concept}:${keyEntities.join('+')}`, concept, keyEntities, title: 't', lang: 'en', firstSeen: dates[0], lastSeen: dates.at(-1)!, members };
}

const IRAN_ISRAEL = ['country:IL', 'country:IR'];

describe('stricter joins for broad concepts', () => {
  it.each([
    ['the same pair, actor and numbers: joins',
      group(IRAN_ISRAEL, [member('Iran attacked Israel with 300 drones', { actor: 'country:IR', articleId: 'b' })], 'country:IR'),
      claim(IRAN_ISRAEL, [member('Iran launched 300 drones at Israel', { actor: 'country:IR' })]), undefined],
    ['two attacks on the same country by different attackers do not join (one shared entity)',
      group(['country:BY', 'country:UA'], [member('Belarus attacked Ukraine', { actor: 'country:BY' })], 'country:BY'),
      claim(['country:RU', 'country:UA'], [member('Russia attacked Ukraine', { actor: 'country:RU' })]), 'pair'],
    ['a one-entity statement does not join a pair claim on that entity alone',
      group(['country:UA'], [member('Ukraine came under attack')]),
      claim(['country:RU', 'country:UA'], [member('Russia attacked Ukraine', { actor: 'country:RU' })]), 'pair'],
    ['a copy of the same sentence joins on one entity',
      group(['country:SY'], [member('the coalition carried out 13 air strikes in Syria', { articleId: 'b' })]),
      claim(['country:SY'], [member('the coalition carried out 13 air strikes in Syria')]), undefined],
    ['the same pair with the roles reversed does not join',
      group(IRAN_ISRAEL, [member('Israel attacked Iran', { actor: 'country:IL' })], 'country:IL'),
      claim(IRAN_ISRAEL, [member('Iran attacked Israel', { actor: 'country:IR' })]), 'role'],
    ['the same pair beyond the broad window does not join',
      group(IRAN_ISRAEL, [member('Iran attacked Israel', { actor: 'country:IR', date: dayAfter(BROAD_WINDOW_DAYS + 2) })], 'country:IR'),
      claim(IRAN_ISRAEL, [member('Iran attacked Israel', { actor: 'country:IR' })]), 'window'],
    ['conflicting numbers do not join',
      group(IRAN_ISRAEL, [member('Iran fired 12 missiles at Israel', { actor: 'country:IR' })], 'country:IR'),
      claim(IRAN_ISRAEL, [member('Iran fired 180 missiles at Israel', { actor: 'country:IR' })]), 'numbers'],
    ['the same pair in two places does not join (Arabic: مدينة عدن beside منطقة دار سعد)',
      group(IRAN_ISRAEL, [member('قصف إيران إسرائيل في مدينة حيفا', { lang: 'ar' })]),
      claim(IRAN_ISRAEL, [member('قصف إيران إسرائيل في منطقة الجليل', { lang: 'ar' })]), 'place'],
    ['the same pair on two different days does not join',
      group(IRAN_ISRAEL, [member('Iran attacked Israel on 19 July', { actor: 'country:IR' })], 'country:IR'),
      claim(IRAN_ISRAEL, [member('Iran attacked Israel on 22 July', { actor: 'country:IR' })]), 'day'],
    ['the same place named with and without its noun joins',
      group(IRAN_ISRAEL, [member('43 قتيلا في قصف إيران على حيفا', { lang: 'ar' })]),
      claim(IRAN_ISRAEL, [member('قصف إيران إسرائيل في مدينة حيفا يوم 19 يوليو', { lang: 'ar' })]), undefined],
    ['a detail member names no actor (who confessed is not who attacked)',
      group(IRAN_ISRAEL, [member('Iran attacked Israel', { actor: 'country:IR' })], 'country:IR'),
      claim(IRAN_ISRAEL, [member('Syria-trained men confessed', { actor: 'country:SY', rule: 'detail' })]), undefined],
  ])('%s', (_name, g, c, expected) => {
    expect(broadBlock(g, c)).toBe(expected);
  });

  it('a specific concept keeps the looser rule: one shared entity joins', () => {
    const g = { ...group(['country:KP'], [member('North Korea sent troops', { actor: 'country:KP' })]), concept: 'troop-deployment' };
    const c = claim(['country:KP', 'country:RU'], [member('North Korea sent troops to Russia', { actor: 'country:KP' })], 'troop-deployment');
    expect(chooseClaim(g, [c])?.id).toBe(c.id);
  });

  it('a broad concept with one shared entity starts its own claim', () => {
    const g = group(['country:UA'], [member('Ukraine came under attack')]);
    expect(chooseClaim(g, [claim(['country:RU', 'country:UA'], [member('Russia attacked Ukraine', { actor: 'country:RU' })])])).toBeUndefined();
  });
});

describe('broad joins on analysed English articles', () => {
  const article = (title: string, body: string, date: string) => sourceFromAnalysis(analysisOf(`${title}\n\n${body}`, date));
  const claimsOf = (...bodies: [string, string, string][]) => groupClaims(bodies.map(([t, b, d]) => article(t, b, d)), { fallbackDate: DAY });
  const together = (claims: ReturnType<typeof claimsOf>, a: string, b: string) =>
    claims.some((c) => c.members.some((m) => m.content.includes(a)) && c.members.some((m) => m.content.includes(b)));

  it('two attacks on Ukraine by different attackers, in two articles, are two claims', () => {
    const claims = claimsOf(
      ['Kyiv accuses Russia', 'The Ukrainian foreign ministry said that Russia attacked Ukraine overnight.', '2024-10-14'],
      ['Kyiv accuses Belarus', 'The Ukrainian foreign ministry said that Belarus attacked Ukraine overnight.', '2024-10-15'],
    );
    const attacks = claims.filter((c) => c.concept === 'attack');
    expect(attacks.flatMap((c) => c.members.map((m) => m.content)).join(' | ')).toMatch(/Russia attacked.*Belarus attacked/);
    expect(together(claims, 'Russia attacked', 'Belarus attacked')).toBe(false);
  });

  it('the same attack reported by two articles two days apart is one claim', () => {
    const claims = claimsOf(
      ['Kyiv accuses Russia', 'The Ukrainian foreign ministry said that Russia attacked Ukraine overnight.', '2024-10-14'],
      ['Russia blamed', 'President Zelensky said that Russia attacked Ukraine with drones.', '2024-10-16'],
    );
    expect(together(claims, 'Russia attacked Ukraine overnight', 'Russia attacked Ukraine with drones')).toBe(true);
  });

  it('the same attack reported two weeks apart is two claims (the broad window)', () => {
    const claims = claimsOf(
      ['Kyiv accuses Russia', 'The Ukrainian foreign ministry said that Russia attacked Ukraine overnight.', '2024-10-01'],
      ['Russia blamed', 'President Zelensky said that Russia attacked Ukraine with drones.', '2024-10-16'],
    );
    expect(together(claims, 'Russia attacked Ukraine overnight', 'Russia attacked Ukraine with drones')).toBe(false);
  });
});

describe('broadConflict: a statement and a group of its own article', () => {
  const frame = (content: string, about: string[], actor?: string) => ({
    statement: { id: 's', speaker: { text: 'x' }, stance: 'assert' as const, content: { start: 0, end: content.length, text: content }, targets: [] },
    about, ...(actor ? { actor } : {}),
  });
  const RU_UA = [member('Russia attacked Ukraine overnight', { actor: 'country:RU', entities: ['country:RU', 'country:UA'] })];
  it.each([
    ['the same actor and target: none', frame('Russia attacked Ukraine again', ['country:RU', 'country:UA'], 'country:RU'), RU_UA, undefined],
    ['another actor: role', frame('Ukraine attacked Russia', ['country:RU', 'country:UA'], 'country:UA'), RU_UA, 'role'],
    ['the same actor, another target: target', frame('Russia attacked Syria', ['country:RU', 'country:SY'], 'country:RU'), RU_UA, 'target'],
    ['no actor named: targets are not compared', frame('Syria was attacked', ['country:SY']), RU_UA, undefined],
    ['conflicting numbers: numbers',
      frame('Russia attacked Ukraine with 90 missiles', ['country:RU', 'country:UA'], 'country:RU'),
      [member('Russia attacked Ukraine with 40 drones', { actor: 'country:RU', entities: ['country:RU', 'country:UA'] })], 'numbers'],
    ['Arabic: another place named: place',
      frame('قصف روسيا أوكرانيا في مدينة خاركيف', ['country:RU', 'country:UA'], 'country:RU'),
      [member('قصف روسيا أوكرانيا في مدينة أوديسا', { actor: 'country:RU', entities: ['country:RU', 'country:UA'], lang: 'ar' })], 'place'],
    ['a day of the month is no toll: none',
      frame('Russia attacked Ukraine on 19 July', ['country:RU', 'country:UA'], 'country:RU'),
      [member('Russia attacked Ukraine, killing 43', { actor: 'country:RU', entities: ['country:RU', 'country:UA'] })], undefined],
    ['an unmarked plural (a series) beside a dated attack: series',
      { ...frame('investigators found the attacks used mortars and rockets', ['country:RU']), concept: { id: 'attack', phrase: 'attacks' } },
      [member('Russia attacked Ukraine on 19 July', { actor: 'country:RU', entities: ['country:RU', 'country:UA'] })], 'series'],
    ['an unmarked plural beside an undated attack: none',
      { ...frame('investigators found the attacks used mortars and rockets', ['country:RU']), concept: { id: 'attack', phrase: 'attacks' } },
      RU_UA, undefined],
    ['a group of details only: none', frame('Ukraine attacked Russia', ['country:RU', 'country:UA'], 'country:UA'),
      [member('Russia attacked Ukraine', { actor: 'country:RU', rule: 'detail' })], undefined],
  ])('%s', (_name, f, members, expected) => {
    expect(broadConflict(f, members, /[a-z]/i.test(f.statement.content.text) ? 'en' : 'ar')).toBe(expected);
  });
});

describe('broad events within one article (group.ts)', () => {
  const claimsOf = (text: string) => groupClaims([sourceFromAnalysis(analysisOf(text, DAY))], { fallbackDate: DAY });
  const together = (claims: ReturnType<typeof claimsOf>, a: string, b: string) =>
    claims.some((c) => c.members.some((m) => m.content.includes(a)) && c.members.some((m) => m.content.includes(b)));

  it('does not join two different strikes that share Syria and ISIS (two places named)', () => {
    const claims = claimsOf([
      'غارات على سوريا',
      'وقالت وزارة الدفاع الأمريكية إن غارة على تنظيم داعش في سوريا أصابت مخزنا للأسلحة في مدينة الرقة.',
      'وقالت وزارة الدفاع الأمريكية إن غارة أخرى على تنظيم داعش في سوريا دمرت جسرا في مدينة دير الزور.',
    ].join('\n\n'));
    const placed = (a: string) => claims.some((c) => c.concept === 'attack' && c.members.some((m) => m.content.includes(a)));
    expect([placed('مدينة الرقة'), placed('مدينة دير الزور')]).toEqual([true, true]);
    expect(together(claims, 'مدينة الرقة', 'مدينة دير الزور')).toBe(false);
  });

  it('joins the same strike reported with the same place and toll', () => {
    const claims = claimsOf([
      'غارات على سوريا',
      'وقالت وزارة الدفاع الأمريكية إن غارة على تنظيم داعش في سوريا قتلت 12 مسلحا في مدينة الرقة.',
      'وأضافت وزارة الدفاع الأمريكية أن الغارة على تنظيم داعش في الرقة قتلت 12 مسلحا.',
    ].join('\n\n'));
    expect(together(claims, 'مسلحا في مدينة الرقة', 'في الرقة قتلت 12')).toBe(true);
  });
});
