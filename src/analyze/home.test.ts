import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import { articleHome } from './home.js';

// Constructed article (not from any corpus): the outlet's country, from its URL, carried into the entity stage.
function speakersOf(url: string | undefined) {
  const article = { id: 'home-test', title: 'خبر', paragraphs: ['وأكد وزير خارجية المملكة أن الزيارة لم تكن رسمية.'], language: 'ar', publishedAt: '2015-07-24T10:00:00Z', source: 'test', removed: [], ...(url ? { url } : {}) };
  return analyze(article as never).statements.map((s) => s.speaker.entity ?? '-');
}

describe('articleHome: the outlet country as the article home', () => {
  it('reads the country of a registered outlet from the URL', () => {
    expect(articleHome({ url: 'https://www.okaz.com.sa/news/1' })).toEqual({ country: 'SA' });
    expect(articleHome({ url: 'https://example.org/a' })).toBeUndefined();
    expect(articleHome({})).toBeUndefined();
  });
  it('links an office of the home country to its holder on the article date', () => {
    expect(speakersOf('https://www.okaz.com.sa/news/1')).toEqual(['person:adel-al-jubeir']);
    expect(speakersOf(undefined)).not.toEqual(['person:adel-al-jubeir']);
  });
});
