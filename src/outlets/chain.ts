/**
 * The chain of a statement: speaker → outlet that reported it → site that republished it, as
 * data and as a sentence ("المتحدث باسم الكرملين denied … — reported by RT (Russian state media),
 * republished in Arabic by موقع تجاربنا"). An outlet the registry does not know gets no label.
 */
import type { Lang } from '../model/index.js';
import { demonymOf } from './demonyms.js';
import { isRecord, resolveOutlet, type ArticleOrigin } from './resolve.js';
import type { OutletRecord, OutletRegistry, Ownership, UnlistedSite } from './types.js';

/** Content longer than this many characters is cut with … in the chain sentence. */
export const MAX_CHAIN_CONTENT_CHARS = 80;

export type ChainLang = 'en' | 'ar';

/** What the chain needs of a statement (a model Statement or a stored one). */
export interface ChainStatement {
  speaker: { text: string };
  stance: string;
  content: string | { text: string };
}

export interface StatementChain {
  speaker: string;
  /** The outlet that reported it: `id` when the registry knows it. */
  outlet?: { name: string; id?: string; country?: string };
  /** Only from the registry, with where the label comes from; never guessed. */
  ownership?: { label: Ownership; source: string };
  /** The site that republished it, when apart from the outlet. */
  site?: { name: string; id?: string; domain?: string };
  /** The language of `text` and `attribution`. */
  lang: ChainLang;
  /** "reported by RT (Russian state media), republished in Arabic by موقع تجاربنا"; absent when neither is known. */
  attribution?: string;
  /** The whole sentence: the statement, then the attribution after a dash. */
  text: string;
}

const STANCE_VERBS: Record<ChainLang, Record<string, string>> = {
  en: { assert: 'said', deny: 'denied', accuse: 'accused', doubt: 'doubted', warn: 'warned', demand: 'demanded' },
  ar: { assert: 'قال', deny: 'نفى', accuse: 'اتهم', doubt: 'شكك في', warn: 'حذر من', demand: 'طالب' },
};
const OWNERSHIP_WORDS: Record<ChainLang, Record<Ownership, string>> = {
  en: { 'state-controlled': 'state media', 'public-service': 'public-service media', private: 'private media' },
  ar: { 'state-controlled': 'إعلام رسمي', 'public-service': 'إعلام عمومي', private: 'إعلام خاص' },
};
const WORDS = {
  en: { reported: 'reported by', republished: 'republished', by: 'by', in: 'in', comma: ',' },
  ar: { reported: 'نقلته', republished: 'وأعاد نشره', by: '', in: 'ب', comma: '،' },
} as const;

export function statementChain(statement: ChainStatement, article: ArticleOrigin & { language?: Lang }, registry: OutletRegistry, lang: ChainLang = 'en'): StatementChain {
  const { outlet: record, site: siteFound } = resolveOutlet(article, registry);
  const speaker = statement.speaker.text;
  const outlet = record ? { name: displayName(record, lang), id: record.id, country: record.country } : article.outlet ? { name: article.outlet } : undefined;
  const ownership = record?.ownership ? { label: record.ownership, source: record.source } : undefined;
  const site = siteFound ? siteView(siteFound, lang) : undefined;
  const parts: string[] = [];
  const w = WORDS[lang];
  if (outlet) parts.push(`${w.reported} ${outlet.name}${record && ownership ? ` (${ownershipLabel(ownership.label, record.country, lang)})` : ''}`);
  if (site) {
    const language = article.language && article.language !== 'und' ? languageName(article.language, lang) : undefined;
    const inLang = language ? (lang === 'ar' ? ` ${w.in}${language}` : ` ${w.in} ${language}`) : '';
    parts.push(`${w.republished}${inLang}${w.by ? ` ${w.by}` : ''} ${site.name}`);
  }
  const attribution = parts.length ? parts.join(`${w.comma} `) : undefined;
  const said = `${speaker} ${STANCE_VERBS[lang][statement.stance] ?? statement.stance} ${shorten(typeof statement.content === 'string' ? statement.content : statement.content.text)}`;
  return {
    speaker,
    ...(outlet ? { outlet } : {}),
    ...(ownership ? { ownership } : {}),
    ...(site ? { site } : {}),
    lang,
    ...(attribution ? { attribution } : {}),
    text: attribution ? `${said} — ${attribution}` : said,
  };
}

/** "Russian state media", "إعلام رسمي روسي"; without a known adjective, the country code. */
export function ownershipLabel(o: Ownership, country: string, lang: ChainLang): string {
  const adj = demonymOf(country)[lang];
  const words = OWNERSHIP_WORDS[lang][o];
  if (!adj) return `${words}, ${country}`;
  return lang === 'en' ? `${adj} ${words}` : `${words} ${adj}`;
}

export function displayName(r: OutletRecord, lang: ChainLang): string {
  return (lang === 'ar' ? r.namesAr[0] : undefined) ?? r.namesEn[0];
}

function siteView(s: OutletRecord | UnlistedSite, lang: ChainLang): NonNullable<StatementChain['site']> {
  if (isRecord(s)) return { name: displayName(s, lang), id: s.id, ...(s.domains[0] ? { domain: s.domains[0] } : {}) };
  return { name: s.name, ...(s.domain ? { domain: s.domain } : {}) };
}

function languageName(code: string, lang: ChainLang): string | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_CHAIN_CONTENT_CHARS ? `${t.slice(0, MAX_CHAIN_CONTENT_CHARS).trimEnd()}…` : t;
}
