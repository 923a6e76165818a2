import { describe, expect, it } from 'vitest';
import { claimKeyOf, groupClaims, sourceFromAnalysis, statusOf, type Claim } from './index.js';
import { analysisOf, ENGLISH_BELARUS, ENGLISH_TROOPS, seedAnalysis } from './test-helpers.js';
import { conceptOf } from './lexicon.js';
import { formulation } from './summary.js';

const AT = { fallbackDate: '2024-10-15T12:00:00.000Z' };
const TROOPS = 'troop-deployment:country:KP+country:RU';

const claimOf = (claims: Claim[], fragment: string) => claims.find((c) => c.members.some((m) => m.content.includes(fragment)));

describe('claims of the seed (real analysis)', () => {
  const seed = seedAnalysis();
  const claims = groupClaims([sourceFromAnalysis(seed)], AT);
  const troops = claims.find((c) => c.id === TROOPS);

  it('makes one troop-deployment claim keyed by North Korea and Russia', () => {
    expect(troops).toBeDefined();
    expect(troops!.concept).toBe('troop-deployment');
    expect(troops!.keyEntities).toEqual(['country:KP', 'country:RU']);
  });

  it.each([
    ['North Korea denies it sent troops', 'أرسلت قوات إلى روسيا', 'against'],
    ['Zelensky accuses North Korea of sending weapons and military personnel', 'بإرسال أسلحة وأفراد عسكريين', 'for'],
    ['South Korea raises the alarm about the movement of troops', 'تحرك بيونغ يانغ المزعوم لقوات', 'for'],
    ['Peskov denies the North Korean army takes part in hostilities', 'الجيش الكوري الشمالي يشارك', 'against'],
    ['Peskov calls it a false story (his denial continued)', 'قصة كاذبة', 'against'],
    ['the Pentagon could not confirm the deployment', 'نشر القوات الكورية الشمالية', 'unsure'],
    ['the North Korean representative denies "these claims"', 'هذه المزاعم', 'against'],
  ])('%s: joins the claim', (_name, fragment, position) => {
    const m = troops!.members.find((x) => x.content.includes(fragment));
    expect(m, `no member with "${fragment}"`).toBeDefined();
    expect(m!.position).toBe(position);
  });

  it.each([
    ['a statement about relations in all areas does not join the troop-deployment claim', 'تطوير العلاقات في كافة المجالات'],
    ['"the West seeks to undermine cooperation" does not join it', 'الغرب يسعى إلى تقويض التعاون'],
    ['Peskov noting what the Pentagon said (a nested carrier) does not join it', 'البنتاغون لم يتمكن من تأكيد'],
    ['calling the accusations a smear attempt does not join it', 'محاولة لتشويه صورة بيونغ يانغ'],
    ['the demand to stop cooperation does not join it', 'وقف التعاون ذي الصلة'],
    ['the ratification request does not join it', 'التصديق على الوثيقة'],
  ])('%s', (_name, fragment) => {
    expect(seed.statements.some((s) => s.content.text.includes(fragment)), `analyze() lost "${fragment}"`).toBe(true);
    expect(troops!.members.some((m) => m.content.includes(fragment))).toBe(false);
  });

  it('counts distinct sources per position in its status', () => {
    expect(statusOf(troops!.members)).toBe('asserted by 2 sources, denied by 3, unconfirmed by 1');
  });

  it('titles the claim with its most complete formulation, cut at the clause', () => {
    // The title is one member's content, naming the event and both key countries, with no trailing clause.
    const title = troops!.title;
    expect(troops!.members.some((m) => formulation(m.content) === title)).toBe(true);
    expect(conceptOf(title)?.concept).toBe('troop-deployment');
    const source = troops!.members.find((m) => formulation(m.content) === title)!;
    expect(source.entities).toEqual(expect.arrayContaining(['country:KP', 'country:RU']));
    expect(title).not.toMatch(/[،,]\s*و/u);
    expect(troops!.lang).toBe('ar');
  });

  it('gives a statement its key on its own, or the reason it has none', () => {
    const deny = seed.statements.find((s) => s.content.text.includes('أرسلت قوات'))!;
    expect(claimKeyOf(deny, seed)).toEqual({ ok: true, key: { concept: 'troop-deployment', entities: ['country:KP', 'country:RU', 'country:UA'], phrase: 'أرسلت قوات' } });
    const relations = seed.statements.find((s) => s.content.text.includes('تطوير العلاقات'))!;
    expect(claimKeyOf(relations, seed)).toEqual({ ok: false, reason: 'no-concept' });
    const carrier = seed.statements.find((s) => s.content.text.includes('البنتاغون لم يتمكن'))!;
    expect(claimKeyOf(carrier, seed)).toEqual({ ok: false, reason: 'carrier' });
  });
});

describe('claims across articles and languages', () => {
  it('Arabic and English statements about the same concept and entities join one claim', () => {
    const claims = groupClaims([sourceFromAnalysis(seedAnalysis('2024-10-15')), sourceFromAnalysis(analysisOf(ENGLISH_TROOPS, '2024-10-16'))], AT);
    const c = claimOf(claims, 'North Korea had sent troops to Russia');
    expect(c?.id).toBe(TROOPS);
    expect(new Set(c!.members.map((m) => m.lang))).toEqual(new Set(['ar', 'en']));
    expect(c!.members.find((m) => m.content.includes('North Korean troops were deployed'))?.position).toBe('against');
    // Zelensky spoke "last week": the week before publication, from its start.
    expect(c!.firstSeen.slice(0, 10)).toBe('2024-10-07');
    expect(c!.lastSeen.slice(0, 10)).toBe('2024-10-16');
    expect(c!.lang).toBe('ar');
  });

  it.each([
    ['the same concept with other entities (troops to Belarus) does not join', ENGLISH_BELARUS, '2024-10-16'],
    ['the same claim more than the window apart does not join', ENGLISH_TROOPS, '2025-06-01'],
  ])('%s', (_name, text, date) => {
    const claims = groupClaims([sourceFromAnalysis(seedAnalysis('2024-10-15')), sourceFromAnalysis(analysisOf(text, date))], AT);
    const english = claims.find((c) => c.members.some((m) => m.lang === 'en'))!;
    expect(english).toBeDefined();
    expect(english.members.every((m) => m.lang === 'en')).toBe(true);
    expect(claims.find((c) => c.id === TROOPS)!.members.every((m) => m.lang === 'ar')).toBe(true);
  });

  it('places an article again without duplicating or touching other claims', () => {
    const seed = sourceFromAnalysis(seedAnalysis('2024-10-15'));
    const once = groupClaims([seed], AT);
    const twice = groupClaims([seed, seed], AT);
    expect(twice.map((c) => [c.id, c.members.length])).toEqual(once.map((c) => [c.id, c.members.length]));
  });
});
