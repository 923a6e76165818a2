import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import { sourceFromAnalysis } from './source.js';

// Our own article (none from a gold or corpus article), as a Saudi paper's page would come: `المملكة` is linked to the
// outlet's country for its speakers (entities/home.ts) and left out of the entities the claim rules compare.
const TEXT = 'المملكة ترحب بالاتفاق\n\nأعلنت المملكة أنها ترحب بالاتفاق بين الطرفين في اليمن، وقالت إن المملكة ستدعم تنفيذه.';

function sourceAt(url?: string) {
  const res = extract({ bytes: new TextEncoder().encode(TEXT), source: 'home-words', contentType: 'text/plain' });
  if (!res.ok) throw new Error(res.message);
  return sourceFromAnalysis(analyze({ ...res.article, ...(url ? { url } : {}), publishedAt: '2015-07-24T00:00:00Z' }));
}

describe('the outlet\'s country named by a home word', () => {
  it('links the speaker and keeps the word out of the claim entities', () => {
    const src = sourceAt('https://www.okaz.com.sa/news/1');
    expect(src.statements[0].speaker.entity).toBe('country:SA');
    expect(src.entities.flatMap((e) => e.mentions).some((m) => m.via === 'home')).toBe(false);
    expect(src.entities.some((e) => e.id === 'country:YE')).toBe(true);
  });
  it('links nothing to المملكة without an outlet', () => {
    const src = sourceAt();
    expect(src.statements[0].speaker.entity).toBeUndefined();
  });
});
