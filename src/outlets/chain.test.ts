import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import { statementChain } from './chain.js';
import { loadOutlets } from './load.js';

const registry = loadOutlets();
const SEED = resolve(import.meta.dirname, '../../samples/rt-dprk-troops.ar.txt');
const deny = { speaker: { text: 'Peskov' }, stance: 'deny', content: 'the reports' };

describe('statementChain', () => {
  it('names the outlet with its ownership and the republishing site', () => {
    const c = statementChain(deny, { outlet: 'RT World News', site: 'موقع تجاربنا', language: 'ar' }, registry);
    expect(c).toMatchObject({
      speaker: 'Peskov',
      outlet: { name: 'RT', id: 'rt', country: 'RU' },
      ownership: { label: 'state-controlled' },
      site: { name: 'موقع تجاربنا' },
      lang: 'en',
    });
    expect(c.ownership?.source).toMatch(/^Wikipedia: RT/);
    expect(c.text).toBe('Peskov denied the reports — reported by RT (Russian state media), republished in Arabic by موقع تجاربنا');
  });

  it('gives an unknown outlet no ownership label rather than a guess', () => {
    const c = statementChain(deny, { outlet: 'Daily Herald', language: 'en' }, registry);
    expect(c.outlet).toEqual({ name: 'Daily Herald' });
    expect(c.ownership).toBeUndefined();
    expect(c.attribution).toBe('reported by Daily Herald');
  });

  it('gives a listed outlet with no public reference no label either', () => {
    const c = statementChain(deny, { outlet: 'AFP', language: 'en' }, registry);
    expect(c.outlet?.id).toBe('afp');
    expect(c.ownership).toBeUndefined();
    expect(c.attribution).toBe('reported by AFP');
  });

  it('says only what the statement is when neither outlet nor site is known', () => {
    const c = statementChain(deny, { language: 'en' }, registry);
    expect(c.attribution).toBeUndefined();
    expect(c.text).toBe('Peskov denied the reports');
  });

  it('writes the chain in Arabic when asked', () => {
    const c = statementChain({ ...deny, speaker: { text: 'بيسكوف' } }, { outlet: 'BBC Arabic', url: 'https://tajarobna.example/x', language: 'ar' }, registry, 'ar');
    expect(c.outlet?.name).toBe('بي بي سي عربي');
    expect(c.attribution).toBe('نقلته بي بي سي عربي (إعلام عمومي بريطاني)، وأعاد نشره بالعربية tajarobna.example');
  });

  it('cuts long content with an ellipsis', () => {
    const c = statementChain({ ...deny, content: { text: 'x '.repeat(100) } }, {}, registry);
    expect(c.text.endsWith('…')).toBe(true);
  });
});

describe('the seed article', () => {
  it("chains Peskov's denial to RT, state media, republished by موقع تجاربنا", () => {
    const res = extract({ source: SEED, bytes: readFileSync(SEED), contentType: 'text/plain' });
    if (!res.ok) throw new Error(res.message);
    const an = analyze(res.article);
    const st = an.statements.find((s) => s.stance === 'deny' && `${s.speaker.text} ${s.content.text}`.includes('بيسكوف'));
    expect(st).toBeDefined();
    const c = statementChain(st!, an.article, registry);
    expect(c).toMatchObject({ outlet: { id: 'rt', name: 'RT' }, ownership: { label: 'state-controlled' }, site: { name: 'موقع تجاربنا' } });
    expect(c.text).toMatch(/ — reported by RT \(Russian state media\), republished in Arabic by موقع تجاربنا$/);
  });
});
