import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { groupClaims, sourceFromAnalysis } from './index.js';
import { befalls, crossRoles } from './target.js';
import { analysisOf } from './test-helpers.js';

const DAY = '2024-10-15T00:00:00.000Z';

describe('befalls: the entity a preposition of target leads to after the event phrase', () => {
  const at = (text: string, event: string, entity: string) => [text.indexOf(event) + event.length, text.indexOf(entity)] as const;
  it.each([
    ['Arabic: a few words on, after على', 'شنت الطائرات غارات جوية على مواقع المسلحين', 'غارات', 'المسلحين', 'ar', true],
    ['Arabic: ضد right after the phrase', 'نفذ الجيش هجوما ضد المتمردين', 'هجوما', 'المتمردين', 'ar', true],
    ['English: against', 'the army launched an attack against the rebels', 'attack', 'rebels', 'en', true],
    ['no preposition of target: the actor or another role', 'the attack by the rebels', 'attack', 'rebels', 'en', false],
    ['too far on', 'شنت الطائرات غارات جوية في وقت متأخر من الليل على المسلحين', 'غارات', 'المسلحين', 'ar', false],
  ] as const)('%s', (_name, text, event, entity, lang, expected) => {
    const [end, start] = at(text, event, entity);
    expect(befalls(text, lang, end, start)).toBe(expected);
  });
});

describe('crossRoles', () => {
  it.each([
    ['one names no actor and befell the other\'s actor', { target: 'country:YE' }, { actor: 'country:YE' }, true],
    ['the other way round', { actor: 'country:YE' }, { target: 'country:YE' }, true],
    ['both name actors: the role rule decides, not this one', { actor: 'country:SA', target: 'country:YE' }, { actor: 'country:YE' }, false],
    ['the same target, no actors', { target: 'country:YE' }, { target: 'country:YE' }, false],
  ])('%s', (_name, a, b, expected) => {
    expect(crossRoles(a, b)).toBe(expected);
  });
});

describe('two attacks of one article, one by what the other befell (group.ts)', () => {
  const text = [
    'معارك في اليمن',
    'وقال مصدر في المقاومة إن طائرات التحالف شنت أمس غارات جوية على مواقع الحوثيين شمال المدينة.',
    'وقالت مصادر محلية إن الحوثيين شنوا هجوما مسلحا على مواقع المقاومة ثم تواصلت الهجمات حتى الفجر.',
    'وأضافت مصادر محلية أن المقاومة صدت هذا الهجوم بعد ساعات.',
  ].join('\n\n');
  const claims = groupClaims([sourceFromAnalysis(analysisOf(text, DAY))], { fallbackDate: DAY });
  const claimOf = (a: string) => claims.find((c) => c.members.some((m) => m.content.includes(a)));

  it('keeps the coalition strikes on the Houthis apart from the Houthi attack', () => {
    expect(claimOf('غارات جوية')).toBeDefined();
    expect(claimOf('تواصلت الهجمات')).toBeDefined();
    expect(claimOf('غارات جوية')).not.toBe(claimOf('تواصلت الهجمات'));
  });

  it('joins the speaker\'s next statement about "this attack" to the attack they told right before', () => {
    const groups = groupArticle(sourceFromAnalysis(analysisOf(text, DAY)), DAY);
    const groupOf = (a: string) => groups.find((g) => g.members.some((m) => m.content.includes(a)));
    expect(groupOf('صدت هذا الهجوم')).toBeDefined();
    expect(groupOf('صدت هذا الهجوم')).toBe(groupOf('تواصلت الهجمات'));
  });
});
