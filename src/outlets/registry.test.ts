import { describe, expect, it } from 'vitest';
import { loadOutlets } from './load.js';
import { parseOutlets } from './parse.js';
import { buildRegistry } from './registry.js';
import { resolveOutlet } from './resolve.js';

const registry = loadOutlets();

describe('the shipped registry', () => {
  it('loads, with every outlet of the brief that has a clear reference labelled', () => {
    expect(registry.records.length).toBeGreaterThan(60);
    expect(registry.find('rt')?.ownership).toBe('state-controlled');
    expect(registry.find('BBC')?.ownership).toBe('public-service');
    expect(registry.find('Reuters')?.ownership).toBe('private');
  });

  it.each([
    ['RT World News', 'rt'],
    ['Russia Today', 'rt'],
    ['روسيا اليوم', 'rt-arabic'],
    ['RT Arabic', 'rt-arabic'],
    ['BBC News عربي', 'bbc-arabic'],
    ['بي بي سي نيوز عربي', 'bbc-arabic'],
    ['Reuters UK', 'reuters'],
    ['رويترز', 'reuters'],
    ['وكالة الأنباء السعودية', 'spa'],
    ['الجزيره نت', 'al-jazeera'],
    ['the new york times', 'nyt'],
  ])('resolves the name %s to %s', (name, id) => {
    expect(registry.byName(name)?.id).toBe(id);
  });

  it.each([
    ['The Times of India'],
    ['اليوم السابع'],
    ['Daily Herald'],
    ['موقع تجاربنا'],
  ])('does not resolve %s to a listed outlet by a prefix', (name) => {
    expect(registry.byName(name)).toBeUndefined();
  });

  it.each([
    ['https://www.bbc.co.uk/arabic/world-123', 'bbc-arabic'],
    ['https://www.bbc.com/news/world-123', 'bbc'],
    ['https://arabic.rt.com/world/123-x/', 'rt-arabic'],
    ['https://www.rt.com/news/605000-north-korea/', 'rt'],
    ['https://edition.cnn.com/2024/x', 'cnn'],
    ['apnews.com', 'ap'],
  ])('resolves the URL %s to %s', (url, id) => {
    expect(registry.byDomain(url)?.id).toBe(id);
  });

  it.each([['https://notrt.com/x'], ['https://co.uk/x'], ['not a url'], ['https://example.org/bbc.com']])('does not resolve the URL %s', (url) => {
    expect(registry.byDomain(url)).toBeUndefined();
  });
});

describe('buildRegistry', () => {
  it('reports a name claimed by two outlets, naming both rows', () => {
    const records = parseOutlets('id\tnames_en\tnames_ar\tdomains\tcountry\tlanguages\townership\tsource\na\tFoo\t-\ta.com\tUS\ten\t-\tunknown\nb\tFOO\t-\tb.com\tUS\ten\t-\tunknown\n', 'u.tsv');
    expect(() => buildRegistry(records)).toThrow(/u\.tsv:3: name "foo" of b is already used by a \(u\.tsv:2\)/);
  });
});

describe('resolveOutlet', () => {
  it.each([
    ['the outlet by its name and the site by its own name', { outlet: 'RT World News', site: 'موقع تجاربنا' }, 'rt', { name: 'موقع تجاربنا' }],
    ['the outlet by its canonical URL when no name is given', { canonicalUrl: 'https://www.reuters.com/world/x', url: 'https://copycat.example/x' }, 'reuters', { name: 'copycat.example', domain: 'copycat.example' }],
    ['a listed site found by its URL', { outlet: 'Reuters', url: 'https://www.aljazeera.net/news/x' }, 'reuters', 'al-jazeera'],
    ['no site when the URL is the outlet’s own', { outlet: 'BBC Arabic', url: 'https://www.bbc.com/arabic/x' }, 'bbc-arabic', undefined],
    ['no outlet when the name is unknown, and no site guessed from its URL', { outlet: 'Daily Herald', url: 'https://dailyherald.example/x' }, undefined, undefined],
  ])('finds %s', (_, article, outletId, site) => {
    const r = resolveOutlet(article, registry);
    expect(r.outlet?.id).toBe(outletId);
    if (typeof site === 'string') expect(r.site && 'id' in r.site ? r.site.id : undefined).toBe(site);
    else expect(r.site).toEqual(site);
  });
});
