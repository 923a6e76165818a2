/** Languages that language identification can return; `und` when it cannot tell. */
export const LANGS = ['ar', 'en', 'fr', 'ru', 'fa', 'ur', 'und'] as const;
export type Lang = (typeof LANGS)[number];

/** Scripts written right to left among our languages. */
export const RTL_LANGS: ReadonlySet<Lang> = new Set(['ar', 'fa', 'ur']);

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}
