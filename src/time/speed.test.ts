import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Real Arabic news read where it lies (never copied into the project); skipped when absent. */
const CORPUS = '/work/shared/corpus/ar-news/txt';
/** Floor for findTimes alone, articles per CPU second; analysis as a whole must reach 1,000/s. */
const MIN_ARTICLES_PER_CPU_SECOND = 1000;
/** Passes over the corpus. */
const PASSES = 3;

describe('findTimes speed', () => {
  it.skipIf(!existsSync(CORPUS))('runs well above 1,000 articles per second on real Arabic news', () => {
    const texts = readdirSync(CORPUS).map((f) => readFileSync(`${CORPUS}/${f}`, 'utf8'));
    const run = (t: string) => findTimes({ text: t, sentences: [], lang: 'ar', publishedAt: '2015-07-20' });
    texts.forEach(run);
    const t0 = process.cpuUsage();
    let found = 0;
    for (let p = 0; p < PASSES; p++) for (const t of texts) found += run(t).length;
    const used = process.cpuUsage(t0);
    const perSecond = (texts.length * PASSES) / ((used.user + used.system) / 1e6);
    expect(found).toBeGreaterThan(0);
    expect(perSecond).toBeGreaterThan(MIN_ARTICLES_PER_CPU_SECOND);
  });
});
