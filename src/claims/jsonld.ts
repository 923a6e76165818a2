import type { ClaimWithEntries } from '../store/claims.js';
import { timeline } from './summary.js';
import type { ClaimEntry } from '../store/claims.js';

// A claim as schema.org ClaimReview-compatible JSON-LD (https://schema.org/ClaimReview): what was claimed,
// where and by whom it appeared. No reviewRating: isnad records who said what, it does not rate claims.

interface Thing { '@type': string; name: string }
interface Appearance {
  '@type': 'NewsArticle';
  headline: string;
  url?: string;
  datePublished?: string;
  publisher?: Thing;
  inLanguage: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  datePublished: string;
  inLanguage: string;
  itemReviewed: {
    '@type': 'Claim';
    name: string;
    datePublished: string;
    firstAppearance: Appearance;
    appearance: Appearance[];
    author?: Thing;
  };
}

function appearanceOf(e: ClaimEntry): Appearance {
  return {
    '@type': 'NewsArticle',
    headline: e.article.title,
    ...(e.article.url ? { url: e.article.url } : {}),
    ...(e.article.publishedAt ? { datePublished: e.article.publishedAt } : {}),
    ...(e.outlet ? { publisher: { '@type': 'Organization', name: e.outlet } } : {}),
    inLanguage: e.lang,
  };
}

/** The claim's author: the first source that put it forward (position `for`), a person or an organisation. */
function authorOf(entries: ClaimEntry[]): Thing | undefined {
  const first = entries.find((e) => e.position === 'for');
  if (!first) return undefined;
  return { '@type': first.speakerKey.startsWith('person:') ? 'Person' : 'Organization', name: first.speaker.text };
}

/** `datePublished` is the review's date: the export's (an injected clock), as an ISO date. */
export function claimReview(c: ClaimWithEntries, now: Date): ClaimReview {
  const entries = timeline(c.members) as ClaimEntry[];
  const seen = new Set<string>();
  const appearance = entries.filter((e) => !seen.has(e.articleId) && seen.add(e.articleId)).map(appearanceOf);
  const author = authorOf(entries);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: c.id,
    claimReviewed: c.title,
    datePublished: now.toISOString().slice(0, 10),
    inLanguage: c.lang,
    itemReviewed: {
      '@type': 'Claim',
      name: c.title,
      datePublished: c.firstSeen.slice(0, 10),
      firstAppearance: appearance[0],
      appearance,
      ...(author ? { author } : {}),
    },
  };
}
