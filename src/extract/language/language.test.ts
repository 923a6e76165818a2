import { describe, expect, it } from 'vitest';
import type { Lang } from '../../model/index.js';
import { identifyLanguage } from './index.js';
import { countLetters, scanSample } from './scan.js';

const TEXTS: Record<string, string> = {
  ar: 'رفضت كوريا الشمالية الاتهامات بأنها أرسلت قوات إلى روسيا، ووصفت هذه الاتهامات بأنها محاولة لتشويه صورتها.',
  en: 'North Korea has rejected accusations that it sent troops to Russia, calling them an attempt to tarnish its image.',
  fr: 'La Corée du Nord a rejeté les accusations selon lesquelles elle a envoyé des troupes en Russie pour la guerre.',
  ru: 'Северная Корея отвергла обвинения в том, что она направила войска в Россию, и назвала их попыткой очернить страну.',
  fa: 'وزیر امور خارجه ایران روز دوشنبه گفت که این کشور برای مذاکره با آمریکا آماده است و هیچ پیش شرطی را نمی پذیرد.',
  ur: 'وزیر اعظم نے پیر کو کہا کہ حکومت عوام کے مسائل حل کرنے کے لیے پوری کوشش کر رہی ہے اور یہ کام جاری رہے گا۔',
};

describe('identifyLanguage', () => {
  const fromText: [string, string, Lang][] = [
    ['reads Arabic', TEXTS.ar, 'ar'],
    ['reads English', TEXTS.en, 'en'],
    ['reads French', TEXTS.fr, 'fr'],
    ['reads Russian', TEXTS.ru, 'ru'],
    ['tells Persian from Arabic by its letters and words', TEXTS.fa, 'fa'],
    ['tells Urdu from Persian and Arabic', TEXTS.ur, 'ur'],
    ['says und for too little text', 'Hi', 'und'],
    ['says und for a Latin-script language it does not know', 'Der Bundeskanzler hat am Montag gesagt, dass die Regierung keine neuen Schulden machen wird.', 'und'],
    ['says und for numbers and symbols only', '2024-10-14 12:00 — 3.5% +/- 0.2', 'und'],
    ['reads Arabic with a few English names in it', `${TEXTS.ar} (Reuters, KCNA)`, 'ar'],
  ];
  it.each(fromText)('%s', (_n, text, lang) => {
    expect(identifyLanguage(text).lang).toBe(lang);
  });

  it('trusts the markup lang when the text is in its script', () => {
    expect(identifyLanguage(TEXTS.ar, 'ar-EG')).toEqual({ lang: 'ar', from: 'markup' });
  });
  it('trusts the markup lang of a bilingual page', () => {
    expect(identifyLanguage(`${TEXTS.ar}\n${TEXTS.en}`, 'ar')).toMatchObject({ lang: 'ar', from: 'markup' });
  });
  it('overrules a markup lang the text contradicts, with a warning', () => {
    const got = identifyLanguage(TEXTS.ar, 'en');
    expect(got).toMatchObject({ lang: 'ar', from: 'text' });
    expect(got.warning).toMatch(/lang="en".*ar/);
  });
  it('ignores a markup lang it does not name', () => {
    expect(identifyLanguage(TEXTS.en, 'de')).toMatchObject({ lang: 'en', from: 'text' });
  });
});

describe('countLetters', () => {
  it('counts what scanSample counts, without the words', () => {
    const mixed = `${TEXTS.ar} ${TEXTS.en} ${TEXTS.ru} ${TEXTS.fa} ${TEXTS.ur} 😀 \uD800 x\u0301`;
    for (const text of [...Object.values(TEXTS), mixed, '']) {
      const { tokens: _tokens, hits: _hits, ...letters } = scanSample(text);
      expect(countLetters(text)).toEqual(letters);
    }
  });
});
