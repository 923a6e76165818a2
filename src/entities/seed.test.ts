import { join } from 'node:path';
import { sharedDir } from '../../bench/shared.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layout } from '../analyze/index.js';
import type { Article } from '../model/index.js';
import { findEntities } from './index.js';

const SEED = join(sharedDir(), 'seed', 'rt-dprk-troops.ar.txt');
/** The blog's share / subscribe lines at the end of the seed are not article text. */
const FOOTER_LINES = 3;

function seedAnalysisText() {
  const lines = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const body = lines.slice(0, -FOOTER_LINES);
  const article = {
    id: 'seed', source: 'seed', title: body[0], dek: body[1], paragraphs: body.slice(2), language: 'ar',
    text: body.slice(2).join('\n\n'), removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [],
  } satisfies Article;
  return layout(article);
}

describe('the seed article (rt-dprk-troops.ar)', () => {
  const { text, blocks } = seedAnalysisText();
  const entities = findEntities({ text, blocks, sentences: [], lang: 'ar' });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const texts = (id: string) => new Set(byId.get(id)?.mentions.map((m) => m.text));

  it('gives every mention offsets into the analysis text', () => {
    for (const m of entities.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['person:zelensky', ['فلاديمير زيلينسكي']],
    ['person:peskov', ['دميتري بيسكوف']],
    ['person:putin', ['فلاديمير بوتين']],
    ['person:lloyd-austin', ['لويد أوستن']],
    ['country:KP', ['كوريا الشمالية', 'بيونغ يانغ', 'الشمال', 'جمهورية كوريا الشعبية الديمقراطية', 'الكوري الشمالي', 'الكورية الشمالية']],
    ['country:RU', ['روسيا', 'موسكو', 'الروسي']],
    ['country:UA', ['الأوكراني', 'أوكرانيا']],
    ['country:KR', ['كوريا الجنوبية', 'سيول']],
    ['country:US', ['الأمريكي']],
    ['org:un', ['للأمم المتحدة']],
    ['org:un-general-assembly', ['الجمعية العامة للأمم المتحدة']],
    ['org:kremlin', ['الكرملين']],
    ['org:pentagon', ['البنتاغون']],
  ])('finds %s as one entity with its mentions', (id, expected) => {
    expect(entities.filter((e) => e.id === id)).toHaveLength(1);
    for (const t of expected) expect(texts(id)).toContain(t);
  });

  it('ties the Kremlin and the Pentagon to their states', () => {
    expect(byId.get('org:kremlin')?.country).toBe('country:RU');
    expect(byId.get('org:pentagon')?.country).toBe('country:US');
  });

  it('reads موسكو as Russia through its capital', () => {
    expect(byId.get('country:RU')?.mentions.filter((m) => m.text === 'موسكو').every((m) => m.via === 'capital')).toBe(true);
  });

  it('resolves الممثل and الدبلوماسي الكوري الشمالي to the North Korean representative', () => {
    const rep = entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'ممثل كوريا الشمالية'));
    expect(rep?.mentions.map((m) => [m.text, m.via])).toEqual([
      ['ممثل كوريا الشمالية', 'title'], ['الممثل', 'role'], ['الدبلوماسي الكوري الشمالي', 'role'],
    ]);
  });

  it('finds the senior UN diplomat of the dek as a person', () => {
    const diplomat = entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text.startsWith('دبلوماسي كبير')));
    expect(diplomat?.id.startsWith('local:')).toBe(true);
  });

  it('finds no person that is a month, a weekday or a common word', () => {
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const p of people) expect(p).not.toMatch(/حزيران|يونيو|الاثنين|الجمعة/);
  });
});
