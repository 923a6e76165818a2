import { describe, expect, it } from 'vitest';
import { formulation } from './summary.js';

describe('a claim title (formulation)', () => {
  it('stops at the clause break after the event word', () => {
    expect(formulation('North Korea sent troops to Russia to fight in the war, officials said')).toBe('North Korea sent troops to Russia to fight in the war');
  });
  it('never cuts to a phrase of a few words that names the event and says nothing of it', () => {
    const text = 'After elections, we will change the name of the museum to a mosque';
    expect(formulation(text)).toBe(text);
  });
});
