import { join } from 'node:path';
import { sharedDir } from '../../bench/shared.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';

const NAVALNY = join(sharedDir(), 'corpus/open/en/wnen-2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok.txt');
const MAHAN = join(sharedDir(), 'corpus/open/en/wnen-2019-01-23-germany-bans-mahan-air-of-iran-citing-security.txt');

function run(file: string) {
  const text = readFileSync(file, 'utf8');
  const entities = findEntities({ text, blocks: [], sentences: [], lang: 'en' });
  return { text, entities, texts: (id: string) => entities.find((e) => e.id === id)?.mentions.map((m) => `${m.text}/${m.via}`) ?? [] };
}

describe('an English Wikinews article (Navalny poisoned)', () => {
  const { text, entities, texts } = run(NAVALNY);

  it('keeps offsets into the text', () => {
    for (const m of entities.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['person:navalny', ['Alexei Navalny/gazetteer', 'Navalny/surname']],
    ['person:merkel', ['Angela Merkel/gazetteer', 'Chancellor of Germany/role']],
    ['person:putin', ['Vladimir Putin/gazetteer']],
    ['country:DE', ['Germany/gazetteer', 'German/demonym', 'Berlin/capital']],
    ['country:RU', ['Russia/gazetteer', 'Russian/demonym']],
  ])('finds %s', (id, expected) => {
    for (const t of expected) expect(texts(id)).toContain(t);
  });
});

describe('an English Wikinews article (Mahan Air ban)', () => {
  const { entities, texts } = run(MAHAN);

  it.each([
    ['person:pompeo', ['Mike Pompeo/gazetteer']],
    ['person:bashar-al-assad', ['Bashar al-Assad/gazetteer', 'al-Assad/surname']],
    ['local:steffen-seibert', ['Steffen Seibert/chunk']],
    ['local:richard-grenell', ['Richard Grenell/chunk']],
    ['org:irgc', ['Islamic Revolutionary Guard Corps/gazetteer']],
    ['country:US', ['United States/gazetteer', 'US/gazetteer']],
  ])('finds %s', (id, expected) => {
    for (const t of expected) expect(texts(id)).toContain(t);
  });

  it('reads an unlisted body with its country', () => {
    const office = entities.find((e) => e.name.startsWith('Federal Aviation Office'));
    expect(office?.country).toBe('country:DE');
  });
});
