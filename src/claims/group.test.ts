import { describe, expect, it } from 'vitest';
import { claimKeyOf, groupArticle, groupClaims, sourceFromAnalysis, statusOf, type Claim, type ClaimSource, type Member } from './index.js';
import { analysisOf, ENGLISH_BELARUS, ENGLISH_TROOPS, seedAnalysis } from './test-helpers.js';
import { conceptOf } from './lexicon.js';
import { datesOf, formulation, titleOf } from './summary.js';

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

  it('titles a claim in the language it was first seen in, whatever the other members say', () => {
    const m = (content: string, lang: 'ar' | 'en', date: string): Member => ({
      statementId: `${lang}:1`, articleId: lang, position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
      speaker: { text: 'x' }, speakerKey: 'x', content, entities: [], lang, date,
    });
    // An echo of a translation: no concept-group member; the Arabic one seen first, the English one longer.
    const members = [m('بلغ عدد الحالات 114 حالة نشطة', 'ar', '2024-05-01T00:00:00.000Z'),
      m('the number of recorded infected cases included 114 active cases and 33 recovered ones', 'en', '2024-05-01T00:00:00.000Z')];
    expect(titleOf(members, [])).toBe('بلغ عدد الحالات 114 حالة نشطة');
    // Seen the same day the other way round, the claim is English, and so is its title.
    const reversed = [...members].reverse();
    expect(datesOf(reversed).lang).toBe('en');
    expect(titleOf(reversed, [])).toMatch(/^the number of recorded/);
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

describe('details, evaluations and restatements within an article', () => {
  const rulesOf = (claims: Claim[], concept: string) => claims.find((c) => c.concept === concept)?.members.map((m) => [m.content, m.rule]);

  it('casualties reported after a ceasefire violation join the violation (rule detail)', () => {
    const text = [
      'Armenia accuses Azerbaijan of violating ceasefire',
      "Armenia's defence ministry said that Azerbaijan had violated the ceasefire overnight.",
      'Armenian officials said that two Armenian soldiers were killed in the shelling.',
    ].join('\n\n');
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text, '2024-05-01'))], AT);
    expect(claims).toHaveLength(1);
    expect(rulesOf(claims, 'ceasefire-violation')).toEqual(expect.arrayContaining([['two Armenian soldiers were killed in the shelling', 'detail']]));
    expect(claims[0].members).toHaveLength(3);
  });

  it("a confession joins the headline's arrest even when no statement states it, and meets the arrest across articles", () => {
    const confession = "Jordan arrests Islamic State cell\n\nJordan's interior ministry said that the suspects confessed to planning bombings in Amman.";
    const arrest = "Jordan says it arrested Islamic State cell\n\nJordan's interior ministry said that it had arrested members of an Islamic State cell.";
    const claims = groupClaims([sourceFromAnalysis(analysisOf(arrest, '2024-05-01')), sourceFromAnalysis(analysisOf(confession, '2024-05-02'))], AT);
    const c = claimOf(claims, 'the suspects confessed');
    expect(c?.concept).toBe('arrest');
    expect(c!.keyEntities).toEqual(['country:JO', 'org:isis']);
    expect(new Set(c!.members.map((m) => m.articleId)).size).toBe(2);
    expect(c!.members.find((m) => m.content.includes('confessed'))?.rule).toBe('detail');
    expect(c!.members.find((m) => m.content.includes('had arrested'))?.rule).toBe('concept-entities');
  });

  it('"the move" joins the headline event; "other measures" (no event, no reference) does not', () => {
    const text = [
      'Japan declares national emergency over floods',
      'Prime Minister Fumio Kishida said that the floods in Japan constitute a national emergency.',
      "NHK reported that the move gives Japan's government access to reserve funds.",
      'The government said that Japan would take other measures against the floods.',
    ].join('\n\n');
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text, '2024-05-01'))], AT);
    expect(rulesOf(claims, 'state-of-emergency')).toEqual([
      ['the floods in Japan constitute a national emergency', 'concept-entities'],
      ["the move gives Japan's government access to reserve funds", 'detail'],
    ]);
  });

  it('a detail that names none of the headline event\'s entities stays out', () => {
    const text = 'Japan declares national emergency over floods\n\nPrime Minister Fumio Kishida said that the floods in Japan constitute a national emergency.\n\nThe ministry said that two soldiers were killed in the shelling.';
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text, '2024-05-01'))], AT);
    expect(claims.flatMap((c) => c.members).some((m) => m.content.includes('killed'))).toBe(false);
  });

  it('an evaluation ("proud of" the support) does not join the support claim', () => {
    const text = 'Nasrallah says Iran will keep backing Hezbollah\n\nNasrallah said that Iran would never stop its support for Hezbollah.\n\nNasrallah said that Hezbollah was proud of the Iranian support it receives from Iran.';
    const claims = groupClaims([sourceFromAnalysis(analysisOf(text, '2024-05-01'))], AT);
    const support = claims.find((c) => c.concept === 'support')!;
    expect(support.members.some((m) => m.content.includes('never stop its support'))).toBe(true);
    expect(support.members.some((m) => m.content.includes('proud'))).toBe(false);
  });

  describe('restatement', () => {
    /** A hand-made English source: statements by speaker and content (found in order), entities by name. */
    function handMade(statements: { speaker: string; entity?: string; content: string }[]): ClaimSource {
      const text = `Grain deal\n\n${statements.map((s) => `${s.speaker} said that ${s.content}.`).join(' ')}`;
      let from = 0;
      const placed = statements.map((s, i) => {
        const sp = text.indexOf(s.speaker, from), c = text.indexOf(s.content, sp);
        from = c + s.content.length;
        return { id: `g:${i}`, stance: 'assert' as const, targets: [], speaker: { text: s.speaker, start: sp, end: sp + s.speaker.length, ...(s.entity ? { entity: s.entity } : {}) }, content: { start: c, end: c + s.content.length, text: s.content } };
      });
      const mentions = [...text.matchAll(/Ukraine/g)].map((m) => ({ start: m.index!, end: m.index! + 7 }));
      return { articleId: 'g', lang: 'en', text, titleEnd: 10, title: 'Grain deal', publishedAt: '2024-05-01', entities: [{ id: 'country:UA', type: 'country', mentions }], statements: placed };
    }
    const EVENT = { speaker: 'Putin', entity: 'person:putin', content: 'Ukraine rejecting the grain deal would lead to war' };

    it.each([
      ['the same speaker restating the event without its phrase joins it', { speaker: 'Putin', entity: 'person:putin', content: 'Ukraine is rejecting the grain deal' }, true],
      ['the same speaker on another matter does not', { speaker: 'Putin', entity: 'person:putin', content: 'Ukraine faces a hard winter ahead' }, false],
      ['another speaker with the same words does not (a speaker repeats only themselves)', { speaker: 'Zelensky', entity: 'person:zelensky', content: 'Ukraine is rejecting the grain deal' }, false],
    ])('%s', (_name, other, joins) => {
      const [g] = groupArticle(handMade([EVENT, other]), AT.fallbackDate);
      expect(g.concept).toBe('war');
      expect(g.members.map((m) => m.rule)).toEqual(joins ? ['concept-entities', 'restatement'] : ['concept-entities']);
    });

    it('a piece of another statement restates nothing', () => {
      const src = handMade([EVENT]);
      const piece = 'Ukraine rejecting the grain deal';
      const at = src.text.indexOf(piece);
      src.statements.push({ id: 'g:1', stance: 'assert', targets: [], speaker: { text: 'Putin', entity: 'person:putin' }, content: { start: at, end: at + piece.length, text: piece } });
      expect(groupArticle(src, AT.fallbackDate)[0].members.map((m) => m.rule)).toEqual(['concept-entities']);
    });
  });
});

describe('a broad concept within one article: the rules across articles apply (actor, target, numbers)', () => {
  const text = [
    'Strikes on two fronts',
    'The Ukrainian foreign ministry said that Russia attacked Ukraine overnight.',
    'The Syrian foreign ministry said that Russia attacked Syria on Monday.',
    'The Russian defence ministry said that Ukraine attacked Russia with drones.',
    'The Ukrainian air force said that Russia attacked Ukraine with 40 drones.',
    'The mayor said that Russia attacked Ukraine with 90 missiles.',
  ].join('\n\n');
  const groups = groupArticle(sourceFromAnalysis(analysisOf(text, '2024-10-15')), AT.fallbackDate);
  const together = (a: string, b: string) => groups.some((g) => g.members.some((m) => m.content.includes(a)) && g.members.some((m) => m.content.includes(b)));

  it.each([
    ['the same attack told twice joins', 'Russia attacked Ukraine overnight', 'Russia attacked Ukraine with 40 drones', true],
    ['the same attacker on another country does not join (target)', 'Russia attacked Ukraine overnight', 'Russia attacked Syria', false],
    ['the roles reversed do not join (actor)', 'Russia attacked Ukraine overnight', 'Ukraine attacked Russia', false],
    ['conflicting numbers do not join', 'Russia attacked Ukraine with 40 drones', 'Russia attacked Ukraine with 90 missiles', false],
  ])('%s', (_name, a, b, same) => {
    expect(groups.every((g) => g.concept === 'attack')).toBe(true);
    expect(together(a, b)).toBe(same);
  });
});
