import { describe, expect, it } from 'vitest';
import { NEARBY_LIMIT, NEARBY_MIN_F1, OWN_ARTICLE_BONUS, rankNearby } from './nearby.js';
import { tokenF1 } from './similarity.js';

const MEMBERS = ['North Korea sent troops to Russia', 'the Kremlin denied that North Korean troops were in Russia'];
const c = (id: string, content: string, ownArticle = true) => ({ id, content, ownArticle });
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('ranking the statements in no claim near a claim', () => {
  it('orders by the closest member\'s token F1, and keeps the score and similarity', () => {
    const r = rankNearby(MEMBERS, [c('far', 'troops were seen near the border'), c('near', 'North Korea sent soldiers to Russia'), c('mid', 'North Korea sent food')]);
    expect(ids(r)).toEqual(['near', 'mid', 'far']);
    expect(r[0].similarity).toBeCloseTo(tokenF1(MEMBERS[0], 'North Korea sent soldiers to Russia'));
    expect(r[0].score).toBeCloseTo(r[0].similarity + OWN_ARTICLE_BONUS);
  });

  it('takes the best of the members, not the first', () => {
    const [r] = rankNearby(MEMBERS, [c('a', 'the Kremlin denied that North Korean troops were in Russia')]);
    expect(r.similarity).toBe(1);
  });

  it('does not offer a statement below the floor, nor one sharing no word', () => {
    const below = 'Moscow and Pyongyang develop relations across every field with weather and trade and sport and music and films and North';
    expect(tokenF1(MEMBERS[1], below)).toBeLessThan(NEARBY_MIN_F1);
    expect(tokenF1(MEMBERS[0], below)).toBeLessThan(NEARBY_MIN_F1);
    expect(rankNearby(MEMBERS, [c('none', 'grain exports rose'), c('below', below), c('empty', '')])).toEqual([]);
  });

  it('puts a statement of the claim\'s own articles a little ahead of an equal or slightly closer one of another article of the story', () => {
    const story = c('story', 'North Korea sent soldiers to Russia', false);
    const own = c('own', 'North Korea sent soldiers to Russia');
    expect(ids(rankNearby(MEMBERS, [story, own]))).toEqual(['own', 'story']);
    // Much closer wins across articles.
    expect(ids(rankNearby(MEMBERS, [c('own', 'North Korea sent food'), c('story', 'North Korea sent troops to Russia', false)]))).toEqual(['story', 'own']);
  });

  it('keeps the candidates\' order for equal scores, and at most the limit', () => {
    const many = Array.from({ length: NEARBY_LIMIT + 3 }, (_, i) => c(`s${i}`, 'North Korea sent troops'));
    expect(ids(rankNearby(MEMBERS, many))).toEqual(many.slice(0, NEARBY_LIMIT).map((x) => x.id));
    expect(rankNearby(MEMBERS, many, 2)).toHaveLength(2);
  });

  it('offers nothing to a claim without members', () => {
    expect(rankNearby([], [c('a', 'North Korea sent troops to Russia')])).toEqual([]);
  });
});
