import { describe, expect, it } from 'vitest';
import { framesOf } from './group.js';
import { groupClaims, placeArticle, sourceFromAnalysis } from './index.js';
import { analysisOf, HARBOUR_AR, HARBOUR_EN } from './test-helpers.js';
import { alignItemsOf, alignStatements, mayJoinClaims, namesOnly, pairEvidence, republishedSteps, speakerAgreement, type AlignItem } from './translated.js';

const FALLBACK = '2024-05-01T00:00:00.000Z';

/** An aligned statement, with what a test does not set left neutral. */
function item(id: string, at: number, speaker: AlignItem['speaker'], over: Partial<AlignItem> = {}): AlignItem {
  return { statementId: id, lang: 'en', at, speaker, content: '', entities: [], quantities: new Set(), words: 6, quoted: false, eligible: true, ...over };
}
const ar = (id: string, at: number, speaker: AlignItem['speaker'], over: Partial<AlignItem> = {}) => item(id, at, speaker, { lang: 'ar', words: 5, ...over });

describe('speakerAgreement', () => {
  const cases: [string, AlignItem['speaker'], AlignItem['speaker'], 'entity' | 'name' | undefined][] = [
    ['agrees on a name written in both scripts', { text: 'Jonathan Whitlock' }, { text: 'جوناثان ويتلوك، مدير الميناء' }, 'name'],
    ['agrees on one name word inside a longer title', { text: 'Dr Helen Marsh' }, { text: 'الدكتورةهيلين مارش' }, 'name'],
    ['agrees on the same linked entity', { text: 'the ministry', entity: 'org:unicef' }, { text: 'المنظمة', entity: 'org:unicef' }, 'entity'],
    ['does not agree on a country alone (an adjective in two titles)', { text: 'the Canadian broadcaster', entity: 'country:CA' }, { text: 'وزير الخارجية الكندي', entity: 'country:CA' }, undefined],
    ['never agrees when linked to two canonical entities', { text: 'Whitlock', entity: 'person:whitlock' }, { text: 'ويتلوك', entity: 'person:other' }, undefined],
    ['does not agree on common nouns in two languages', { text: 'The harbour manager' }, { text: 'مدير الميناء' }, undefined],
    ['does not agree with an empty speaker', { text: '' }, { text: 'ويتلوك' }, undefined],
  ];
  for (const [name, a, b, want] of cases) it(name, () => expect(speakerAgreement(a, b)).toBe(want));
});

describe('pairEvidence', () => {
  const whitlock = { text: 'Whitlock' }, arWhitlock = { text: 'ويتلوك' };
  it('aligns a translated statement by its speaker and counts shared quantities', () => {
    const e = pairEvidence(ar('a', 0.5, arWhitlock, { quantities: new Set([40]) }), item('b', 0.52, whitlock, { quantities: new Set([40]) }));
    expect(e).toMatchObject({ speaker: 'name', anchors: 1, drift: 0.02 });
  });
  it('does not align two statements of one language (copies are the echo copy rule\'s)', () => {
    expect(pairEvidence(item('a', 0.5, whitlock), item('b', 0.5, whitlock))).toBeUndefined();
  });
  it('does not align statements whose numbers conflict', () => {
    expect(pairEvidence(ar('a', 0.5, arWhitlock, { quantities: new Set([40]) }), item('b', 0.5, whitlock, { quantities: new Set([90]) }))).toBeUndefined();
  });
  it('does not align a statement naming quantities with one naming none and sharing nothing else', () => {
    expect(pairEvidence(ar('a', 0.5, arWhitlock), item('b', 0.5, whitlock, { quantities: new Set([1000]) }))).toBeUndefined();
    expect(pairEvidence(ar('a', 0.5, arWhitlock, { entities: ['country:US'] }), item('b', 0.5, whitlock, { entities: ['country:US'], quantities: new Set([1000]) }))).toMatchObject({ anchors: 1 });
  });
  it('does not align a cue read as content with the statement it reports (lengths four times apart)', () => {
    expect(pairEvidence(ar('a', 0.5, arWhitlock, { words: 12 }), item('b', 0.5, whitlock, { words: 3 }))).toBeUndefined();
  });
  it('does not align statements far apart in their articles', () => {
    expect(pairEvidence(ar('a', 0.2, arWhitlock), item('b', 0.6, whitlock))).toBeUndefined();
  });
  it('does not align statements of two speakers', () => {
    expect(pairEvidence(ar('a', 0.5, { text: 'غونزاليس' }), item('b', 0.5, whitlock))).toBeUndefined();
  });
});

describe('alignStatements', () => {
  it('pairs one speaker\'s statements in order, and leaves out one the translation dropped', () => {
    const w = { text: 'Whitlock' }, aw = { text: 'ويتلوك' };
    const en = [item('e0', 0.1, w), item('e1', 0.3, w), item('e2', 0.5, { text: 'Gonzalez' }), item('e3', 0.7, w)];
    const tr = [ar('a0', 0.11, aw), ar('a1', 0.52, { text: 'غونزاليس' }), ar('a2', 0.69, aw)];
    expect(alignStatements(tr, en).map((p) => `${p.mine.statementId}-${p.theirs.statementId}`)).toEqual(['a0-e0', 'a1-e2', 'a2-e3']);
  });
  it('never crosses: a later statement does not pair with an earlier one', () => {
    const en = [item('e0', 0.3, { text: 'Whitlock' }), item('e1', 0.35, { text: 'Gonzalez' })];
    const tr = [ar('a0', 0.3, { text: 'غونزاليس' }), ar('a1', 0.35, { text: 'ويتلوك' })];
    expect(alignStatements(tr, en)).toHaveLength(1);
  });
});

describe('republishedSteps', () => {
  const pair = (mine: Partial<AlignItem> = {}, theirs: Partial<AlignItem> = {}) => ({
    mine: ar('m', 0.5, { text: 'ويتلوك' }, mine), theirs: item('t', 0.5, { text: 'Whitlock' }, theirs),
    evidence: { speaker: 'name' as const, anchors: 0, drift: 0, score: 3 },
  });
  it('joins the free statement to the claim its counterpart is in', () => {
    expect(republishedSteps([pair()], (id) => (id === 't' ? 'c1' : undefined))).toEqual([{ kind: 'join', claimId: 'c1', statementId: 'm' }]);
    expect(republishedSteps([pair()], (id) => (id === 'm' ? 'c2' : undefined))).toEqual([{ kind: 'join', claimId: 'c2', statementId: 't' }]);
  });
  it('starts a claim with two free statements, the origin\'s first', () => {
    expect(republishedSteps([pair()], () => undefined)).toEqual([{ kind: 'start', statementIds: ['t', 'm'] }]);
  });
  it('leaves two placed statements where they are', () => {
    expect(republishedSteps([pair()], (id) => `claim-${id}`)).toEqual([]);
  });
  it('takes no step for an evaluation or a fragment, nor for a statement a user moved out', () => {
    expect(republishedSteps([pair({ eligible: false })], (id) => (id === 't' ? 'c1' : undefined))).toEqual([]);
    expect(republishedSteps([pair({}, { eligible: false })], () => undefined)).toEqual([]);
    expect(republishedSteps([pair()], () => undefined, (id) => id === 'm')).toEqual([]);
  });
});

describe('mayJoinClaims', () => {
  it('reads a name apposition as no proposition (English capitals)', () => {
    expect(namesOnly('Jonathan Whitlock, the Harbour Manager of Portsmouth', 'en')).toBe(true);
    expect(namesOnly('the company would hire 40 more workers', 'en')).toBe(false);
    expect(namesOnly('جوناثان ويتلوك', 'ar')).toBe(false);
  });
  it('keeps out a statement whose cue praises', () => {
    const src = sourceFromAnalysis(analysisOf(HARBOUR_AR, '2024-05-01'));
    const frames = framesOf(src);
    const praise = src.statements.findIndex((s) => s.content.text.includes('شجاعتها'));
    expect(praise).toBeGreaterThan(-1);
    expect(mayJoinClaims(frames[praise], 'ar')).toBe(false);
    expect(mayJoinClaims(frames[0], 'ar')).toBe(true);
  });
});

describe('groupClaims with detected origins', () => {
  const en = sourceFromAnalysis(analysisOf(HARBOUR_EN, '2024-05-01'));
  const tr = sourceFromAnalysis(analysisOf(HARBOUR_AR, '2024-05-01'));
  it('puts each statement of a translation in one claim with its original', () => {
    const claims = groupClaims([en, tr], { fallbackDate: FALLBACK, origins: new Map([[tr.articleId, [en]]]) });
    const pairs = claims.map((c) => c.members.map((m) => m.lang).sort().join('+'));
    expect(pairs).toEqual(['ar+en', 'ar+en', 'ar+en']);
    expect(claims.flatMap((c) => c.members).every((m) => m.rule === 'translation')).toBe(true);
    expect(claims.some((c) => c.members.some((m) => m.content.includes('شجاعتها')))).toBe(false);
    const items = alignItemsOf(tr, framesOf(tr));
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort((a, b) => a - b));
  });
  it('joins nothing without the origin: the two languages share no words and no event', () => {
    expect(groupClaims([en, tr], { fallbackDate: FALLBACK })).toEqual([]);
  });
  it('is the same when the translation is placed again', () => {
    const opts = { fallbackDate: FALLBACK, origins: new Map([[tr.articleId, [en]]]), echoes: new Map() };
    const claims = groupClaims([en, tr], opts);
    const again = placeArticle(claims, tr, opts);
    const ids = (cs: readonly { id: string; members: { statementId: string }[] }[]) => cs.map((c) => `${c.id}:${c.members.map((m) => m.statementId).sort()}`).sort();
    expect(ids(again)).toEqual(ids(claims));
  });
  it('is the same placed in the other order (the translation first)', () => {
    const claims = groupClaims([tr, en], { fallbackDate: FALLBACK, origins: new Map([[en.articleId, [tr]]]) });
    expect(claims.map((c) => c.members.length)).toEqual([2, 2, 2]);
  });
});
