import { describe, expect, it } from 'vitest';
import { continuationOf, coordinated, restatesNeighbour } from './continuation.js';
import { echoItemOf } from './echo.js';
import { groupArticle } from './group.js';
import { leadOf, restatesLead } from './lead.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource, Member } from './types.js';

// A speaker's point restated in other words by the next statement, whatever entities each names (continuation.ts
// `restatesNeighbour`), and the title's statement restating the article's lead (lead.ts). Synthetic sentences.

const DAY = '2024-05-01T00:00:00.000Z';
const predicate = (words: string) => {
  const stems = words.split(' ').map((w) => [w]);
  return { stems, stemKeys: new Set(stems.flat()) };
};

describe('restatesNeighbour: one point in other words', () => {
  it('holds for two predicate words shared that make half the shorter predicate', () => {
    expect(restatesNeighbour(predicate('هدف نشط طرف'), predicate('هدف نشط كرد كثر'))).toBe(true);
  });

  it('does not for one word shared, two of a long shorter predicate, or two of a long sentence', () => {
    expect(restatesNeighbour(predicate('دور تجهل'), predicate('دور سند نظم دين'))).toBe(false);
    expect(restatesNeighbour(predicate('دور سند نظم دين قدم'), predicate('دور سند حلف جمع عمل'))).toBe(false);
    expect(restatesNeighbour(predicate('سوق قرض'), predicate('سوق قرض صرف سدد فئد عمل شكل'))).toBe(false);
  });
});

describe('coordinated: a neighbour adding a point', () => {
  const src = (text: string, a: string, b: string, lang: ClaimSource['lang'] = 'en'): ClaimSource => ({
    ...syntheticSource(text, [{ speaker: 'Okafor', content: a }, { speaker: 'Tembo', content: b }], {}), lang,
  });

  it('is told by a content opening with a coordinator, or going on the same sentence', () => {
    expect(coordinated(src('Okafor said the river had risen. Tembo went on: and the river had never risen so fast.', 'the river had risen', 'and the river had never risen so fast'), 1)).toBe(true);
    expect(coordinated(src('Okafor said the river had risen, while Tembo said the dams held.', 'the river had risen', 'the dams held'), 1)).toBe(true);
  });

  it('is not for a new sentence with a content of its own, nor for the first statement', () => {
    const s = src('Okafor said the river had risen. Tembo said the river rose fast.', 'the river had risen', 'the river rose fast');
    expect(coordinated(s, 1)).toBe(false);
    expect(coordinated(s, 0)).toBe(false);
  });
});

describe('continuationOf: a neighbour restating without an entity in common', () => {
  const member = (content: string, entities: string[], statementId: string): Member => ({
    statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المراقبون' }, speakerKey: 'المراقبون', content, entities, lang: 'ar', date: DAY,
  });
  const item = (m: Member, words: string, coordinated = false) => echoItemOf(m, undefined, () => words.split(' ').map((w) => [w]), false, { coordinated });
  const TARGETS = member('الغارات تستهدف ناشطين في الشمال ومتطرفين من التنظيم', ['country:IQ'], 'a:3');
  const MORE = member('الغارات استهدفت الناشطين أكثر من المتطرفين', ['country:TR'], 'a:4');

  it('joins two of one speaker sharing half the shorter predicate', () => {
    expect(continuationOf(item(TARGETS, 'غار هدف نشط شمل طرف'), item(MORE, 'غار هدف نشط كثر طرف'))).toBe(4);
  });

  it('does not when the later adds a point (coordinated) or they share one word', () => {
    expect(continuationOf(item(TARGETS, 'غار هدف نشط شمل طرف'), item(MORE, 'غار هدف نشط كثر طرف', true))).toBeUndefined();
    expect(continuationOf(item(TARGETS, 'غار هدف نشط شمل طرف'), item(MORE, 'غار سقط قتل'))).toBeUndefined();
  });
});

describe('groupArticle: a speaker restating a grouped statement in other words (3f)', () => {
  const TEXT = 'قال الجيش الأوكراني إن كوريا الشمالية أرسلت قوات إلى روسيا ووصل الجنود إلى الجبهة. وأكد الجيش الأوكراني أن الجنود وصلوا إلى الجبهة بالقطارات.';
  const ENTITIES = { 'country:KP': 'كوريا الشمالية', 'country:RU': 'روسيا' };
  const SENT = 'كوريا الشمالية أرسلت قوات إلى روسيا ووصل الجنود إلى الجبهة';
  const members = (src: ClaimSource) => groupArticle(src, DAY).map((g) => g.members.map((m) => [m.statementId, m.rule]));

  it('joins the next statement of the same speaker to the group', () => {
    const src = syntheticSource(TEXT, [{ speaker: 'الجيش الأوكراني', content: SENT }, { speaker: 'الجيش الأوكراني', content: 'الجنود وصلوا إلى الجبهة بالقطارات' }], ENTITIES);
    expect(members(src)).toEqual([[['a:0', 'concept-entities'], ['a:1', 'continuation']]]);
  });

  it('does not join another speaker\'s, or one sharing a single predicate word', () => {
    const text = `${TEXT} وقال المراسل إن الجنود عادوا بالقطارات.`;
    const other = syntheticSource(text, [{ speaker: 'الجيش الأوكراني', content: SENT }, { speaker: 'المراسل', content: 'الجنود عادوا بالقطارات' }], ENTITIES);
    expect(members(other)).toEqual([[['a:0', 'concept-entities']]]);
    const one = syntheticSource(text, [{ speaker: 'الجيش الأوكراني', content: SENT }, { speaker: 'الجيش الأوكراني', content: 'الجنود وصلوا إلى الجبهة بالقطارات' }], ENTITIES);
    const single = { ...one, statements: [one.statements[0], { ...one.statements[1], content: { ...one.statements[1].content, text: 'الجنود', end: one.statements[1].content.start + 6 } }] };
    expect(members(single)).toEqual([[['a:0', 'concept-entities']]]);
  });

  it('does not join the speaker\'s thanks that shares the event\'s words (an evaluation, R3)', () => {
    const text = `${TEXT} وأعرب الجيش الأوكراني عن شكره للجنود على صمودهم في الجبهة.`;
    const thanks = syntheticSource(text, [{ speaker: 'الجيش الأوكراني', content: SENT }, { speaker: 'الجيش الأوكراني', content: 'شكره للجنود على صمودهم في الجبهة' }], ENTITIES);
    expect(members(thanks)).toEqual([[['a:0', 'concept-entities']]]);
    const plain = syntheticSource(text, [{ speaker: 'الجيش الأوكراني', content: SENT }, { speaker: 'الجيش الأوكراني', content: 'للجنود على صمودهم في الجبهة' }], ENTITIES);
    expect(members(plain)).toEqual([[['a:0', 'concept-entities'], ['a:1', 'continuation']]]);
  });
});

describe('the title\'s statement restating the lead (lead.ts)', () => {
  const BODY = 'قال الجيش الأوكراني إن كوريا الشمالية أرسلت قوات إلى روسيا ووصل الجنود إلى الجبهة.';
  const ENTITIES = { 'country:KP': 'كوريا الشمالية', 'country:RU': 'روسيا' };
  const titled = (title: string, content: string): ClaimSource => {
    const text = `كييف: ${title}\n\n${BODY}`;
    const src = syntheticSource(text, [{ speaker: 'كييف', content }, { speaker: 'الجيش الأوكراني', content: 'كوريا الشمالية أرسلت قوات إلى روسيا ووصل الجنود إلى الجبهة' }], ENTITIES);
    return { ...src, titleEnd: text.indexOf('\n') };
  };
  const rules = (src: ClaimSource) => groupArticle(src, DAY).flatMap((g) => g.members.map((m) => `${m.statementId} ${m.rule}`));

  it('joins the lead\'s group when they share a predicate word, whoever speaks', () => {
    expect(rules(titled('الجنود على الجبهة', 'الجنود على الجبهة'))).toEqual(['a:1 concept-entities', 'a:0 restatement']);
  });

  it('does not when they share none, or when the title pledges (an evaluation, R3)', () => {
    expect(rules(titled('الشتاء قاس هذا العام', 'الشتاء قاس هذا العام'))).toEqual(['a:1 concept-entities']);
    expect(rules(titled('الجنود لن تنال من الجبهة', 'الجنود لن تنال من الجبهة'))).toEqual(['a:1 concept-entities']);
  });

  it('reads the lead as the first open statement after the title, and a shared word from either side', () => {
    expect(leadOf({ titleEnd: 10, statements: [{ content: { start: 2 } }, { content: { start: 12 } }, { content: { start: 30 } }] as ClaimSource['statements'] }, [true, false, true])).toBe(2);
    expect(restatesLead(predicate('جند جبه'), predicate('رسل جند'))).toBe(true);
    expect(restatesLead(predicate('شتء قسو'), predicate('رسل جند'))).toBe(false);
  });
});

describe('continuationOf: another speaker restating the point right after', () => {
  const member = (content: string, speaker: string, statementId: string): Member => ({
    statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: speaker }, speakerKey: speaker, content, entities: [], lang: 'en', date: DAY,
  });
  const item = (m: Member, words: string, coordinated = false) => echoItemOf(m, undefined, () => words.split(' ').map((w) => [w]), false, { coordinated });
  const RULING = member('the closure of the port was unlawful', 'Judge Ahn', 'a:3');
  const LAWYER = member('closing the port broke the law and was unlawful', 'Counsel Pereira', 'a:4');

  it('joins the next statement of another speaker that restates the point in other words', () => {
    expect(continuationOf(item(RULING, 'clos port unlawful'), item(LAWYER, 'clos port broke law unlawful'))).toBe(3);
  });

  it('does not when it adds a point (coordinated) or shares one word', () => {
    expect(continuationOf(item(RULING, 'clos port unlawful'), item(LAWYER, 'clos port broke law unlawful', true)), 'coordinated').toBeUndefined();
    expect(continuationOf(item(RULING, 'clos port unlawful'), item(LAWYER, 'port fish catch fell')), 'one word').toBeUndefined();
  });
});
