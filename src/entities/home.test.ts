import { describe, expect, it } from 'vitest';
import { words } from './keys.js';
import { findEntities } from './index.js';
import type { ArticleHome } from './home.js';

// Constructed sentences (not from any corpus): a paper's own country named `المملكة` and its ministers named by office
// alone, read with the article's home (the outlet's country) and date (src/entities/home.ts).
const SA: ArticleHome = { country: 'SA' };

function entitiesOf(text: string, home?: ArticleHome, publishedAt?: string) {
  return findEntities({ text, blocks: [{ kind: 'paragraph', index: 0, start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, block: 0 }], lang: 'ar', words: words(text), ...(home ? { home } : {}), ...(publishedAt ? { publishedAt } : {}) });
}
/** The entity a mention of the phrase is linked to. */
const linkedAt = (text: string, phrase: string, home?: ArticleHome, at?: string) => {
  const start = text.indexOf(phrase);
  return entitiesOf(text, home, at).find((e) => e.mentions.some((m) => m.start <= start && start < m.end))?.id;
};

describe('home country: المملكة in the paper of a kingdom', () => {
  const text = 'وقد أكدت المملكة أنها ستتخذ كل الإجراءات لحماية حدودها.';
  it('is the home country when the outlet is of a kingdom', () => {
    expect(linkedAt(text, 'المملكة', SA)).toBe('country:SA');
    expect(linkedAt('وتعمل الشركة بالمملكة منذ سنوات.', 'المملكة', { country: 'JO' })).toBe('country:JO');
  });
  it('is nothing without a home, or with a home that is no kingdom', () => {
    expect(linkedAt(text, 'المملكة')).toBeUndefined();
    expect(linkedAt(text, 'المملكة', { country: 'EG' })).toBeUndefined();
  });
  it('leaves another kingdom named in full to its name', () => {
    expect(linkedAt('وقالت المملكة المتحدة إنها ستدرس الطلب.', 'المملكة', SA)).toBe('country:GB');
  });
});

describe('home country: an office named without a name', () => {
  const text = 'وأكد وزير خارجية المملكة أن الزيارة لم تكن رسمية.';
  it('is the holder of the home country on the article date', () => {
    expect(linkedAt(text, 'وزير', SA, '2015-07-24T10:00:00Z')).toBe('person:adel-al-jubeir');
    expect(linkedAt(text, 'وزير', SA, '2014-06-01T10:00:00Z')).toBe('person:saud-al-faisal');
    expect(linkedAt('وقال وزير الخارجية إن المحادثات مثمرة.', 'وزير', SA, '2021-03-01')).toBe('person:faisal-bin-farhan');
  });
  it('is no one without the date or the home', () => {
    expect(linkedAt(text, 'وزير', SA)).not.toMatch(/^person:(adel|saud)/u);
    expect(linkedAt('وقال وزير الخارجية إن المحادثات مثمرة.', 'وزير', undefined, '2021-03-01')).toBeUndefined();
  });
  it('is not the home minister when the article named a foreign one before', () => {
    const t = 'والتقى وزير الخارجية المصري سامح شكري نظراءه.\nوقال وزير الخارجية إن المحادثات مثمرة.';
    expect(linkedAt(t.slice(t.indexOf('\n') + 1), 'وزير', SA, '2021-03-01')).toBe('person:faisal-bin-farhan');
    expect(entitiesOf(t, SA, '2021-03-01').some((e) => e.id === 'person:faisal-bin-farhan')).toBe(false);
  });
  it('is no one when the phrase goes on to say whose office it is', () => {
    const t = 'وقال وزير الداخلية المحلي لولاية بافاريا إن الشرطة مستعدة.';
    expect(linkedAt(t, 'وزير', SA, '2015-07-24')).not.toBe('person:mohammed-bin-nayef');
  });
});
