import { layout } from '../analyze/index.js';
import type { Article, Lang, TimeRef } from '../model/index.js';
import { pairQuotes } from '../text/sentences-quotes.js';
import { splitSentences } from '../text/sentences.js';
import { findTimes } from '../time/index.js';
import { articleWords, calendarKeys, PARAGRAPH_SEPARATOR } from './calendar.js';
import { nameKeys, type Span } from './names.js';
import { numbersOf } from './numbers.js';
import { paragraphTokens } from './paragraph-tokens.js';

/** What survives translation: the language-independent outline of an article. */
export interface Fingerprint {
  language: Lang;
  /** Canonical entity ids in order of first mention (`local:` ids are left out: they are spelt per language). */
  entities: string[];
  /** Numbers in text order, digits folded to ASCII, thousands separators dropped. */
  numbers: string[];
  /** Consonant skeletons of names no entity links (src/republish/names.ts), distinct, in text order; absent in fingerprints stored before them. */
  names?: string[];
  /**
   * Resolved dates (ISO), distinct, in text order; an article without a publication date adds the days it names that
   * no date resolves (`weekday:6` for Saturday, `--10-12` for the 12th of October: src/republish/calendar.ts).
   */
  dates: string[];
  /** Paired quotations. */
  quotes: number;
  paragraphs: number;
  words: number;
}

/** An entity with where it is mentioned (an analysis's or a stored one). */
export interface EntityMentions { id: string; mentions: { start: number; end?: number }[] }

export interface FingerprintInput {
  article: Pick<Article, 'language' | 'title' | 'paragraphs'> & { dek?: string; publishedAt?: string };
  entities?: EntityMentions[];
  /** The analysis's times; found here when absent. */
  times?: Pick<TimeRef, 'value' | 'underspecified'>[];
}


/** The last fingerprint of an article object, with the entities and times it was made from. */
const MEMO = new WeakMap<object, { entities?: EntityMentions[]; times?: FingerprintInput['times']; fp: Fingerprint }>();

/**
 * The fingerprint of an article; memoised per article object (and the same entities and times), so that republication
 * and story placement of one stored article run the time stage once. Callers only read it.
 */
export function fingerprint(input: FingerprintInput): Fingerprint {
  const a = input.article;
  const hit = MEMO.get(a);
  if (hit && hit.entities === input.entities && hit.times === input.times) return hit.fp;
  const text = [a.title, ...a.paragraphs].join(PARAGRAPH_SEPARATOR);
  const words = articleWords(a);
  const fp: Fingerprint = {
    language: a.language,
    entities: entityOrder(input.entities ?? []),
    numbers: numbersOf(text, words),
    names: nameKeys(a, linkedSpans(input.entities ?? [])),
    dates: [...new Set([
      ...(input.times ?? timesOf(input.article)).filter((t) => !t.underspecified).map((t) => t.value),
      // With a publication date the time stage resolves weekdays and yearless days itself.
      ...(a.publishedAt ? [] : calendarKeys(text, words)),
    ])],
    quotes: pairQuotes(text).length,
    paragraphs: a.paragraphs.length,
    // The words of the paragraphs joined by lines: each paragraph's, added.
    words: paragraphTokens(a).reduce((n, ts) => n + ts.length, 0),
  };
  MEMO.set(a, { ...(input.entities ? { entities: input.entities } : {}), ...(input.times ? { times: input.times } : {}), fp });
  return fp;
}

/** Where canonical entities are mentioned: their words are anchors already (a mention without an end covers its first character). */
function linkedSpans(entities: EntityMentions[]): Span[] {
  return entities.filter((e) => !e.id.startsWith('local:')).flatMap((e) => e.mentions.map((m): Span => [m.start, m.end ?? m.start + 1]));
}

export function entityOrder(entities: EntityMentions[]): string[] {
  return entities
    .filter((e) => !e.id.startsWith('local:') && e.mentions.length > 0)
    .map((e) => ({ id: e.id, first: Math.min(...e.mentions.map((m) => m.start)) }))
    .sort((x, y) => x.first - y.first)
    .map((e) => e.id);
}

export { numbersOf };

/** Times of an article without an analysis: the time stage over its layout. */
export function timesOf(article: FingerprintInput['article']): TimeRef[] {
  const { text, blocks } = layout({ title: article.title, dek: article.dek, paragraphs: article.paragraphs } as Article);
  const sentences = blocks.flatMap((b, block) => splitSentences(text, b.start, b.end).map((s) => ({ ...s, block })));
  return findTimes({ text, sentences, lang: article.language, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) });
}

/** Keys a translation candidate is found by: entity ids, numbers and dates, each tagged. */
export function anchorsOf(fp: Fingerprint): string[] {
  return [...new Set([...fp.entities.map((e) => `e:${e}`), ...fp.numbers.map((n) => `n:${n}`), ...fp.dates.map((d) => `d:${d}`)])];
}
