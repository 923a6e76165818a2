import { dirOf, type Lang } from '../../model/index.js';

/** The direction of a language code as stored (a plain string): rtl for Arabic, Persian, Urdu; else ltr. */
export const dirOfCode = (lang: string): 'rtl' | 'ltr' => dirOf(lang as Lang);
