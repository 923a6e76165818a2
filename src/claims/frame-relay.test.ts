import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { syntheticSource as arabicSource } from './test-helpers.js';

/** The helper's source, read as English: the relay reading is English only (nested-lead.ts). */
const syntheticSource = (...args: Parameters<typeof arabicSource>) => ({ ...arabicSource(...args), lang: 'en' as const });

// An assertion whose content is another's assertion, speaker first (`A Turkish official said …, the Daily Star
// reported`): the outlet relays the proposition and states it too; one whose content goes on, or that doubts, carries it.

const TEXT = 'In May, a port official said that the ship had sailed to Oman, the Daily Star reported. Done.';
const inner = { speaker: 'a port official', content: 'the ship had sailed to Oman' };

describe('a report of a report opening its content (frame.ts relays)', () => {
  it('the outer assertion is no carrier, and the inner one no piece of it', () => {
    const src = syntheticSource(TEXT, [
      { speaker: 'the Daily Star', content: 'In May, a port official said that the ship had sailed to Oman' }, inner,
    ], { 'country:OM': 'Oman' });
    expect(frameOf(src, 0).carrier).toBe(false);
    expect(frameOf(src, 1).inner).toBe(false);
  });
  it('a content going on past the inner report still carries it', () => {
    const src = syntheticSource(`${TEXT} x`, [
      { speaker: 'the Daily Star', content: 'In May, a port official said that the ship had sailed to Oman, the Daily Star reported. Done' }, inner,
    ], { 'country:OM': 'Oman' });
    expect(frameOf(src, 0).carrier).toBe(true);
  });
  it('in an Arabic article the outer assertion still carries it', () => {
    const src = arabicSource(TEXT, [
      { speaker: 'the Daily Star', content: 'In May, a port official said that the ship had sailed to Oman' }, inner,
    ], { 'country:OM': 'Oman' });
    expect(frameOf(src, 0).carrier).toBe(true);
  });
  it('an outer doubt still carries it', () => {
    const src = syntheticSource(TEXT, [
      { speaker: 'the Daily Star', stance: 'doubt', content: 'In May, a port official said that the ship had sailed to Oman' }, inner,
    ], { 'country:OM': 'Oman' });
    expect(frameOf(src, 0).carrier).toBe(true);
  });
});
