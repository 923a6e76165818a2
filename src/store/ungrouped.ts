import type { Kysely } from 'kysely';
import type { Lang, Stance } from '../model/index.js';
import { claimsDb } from './claims.js';
import type { Database } from './schema.js';
import { storiesDb } from './stories.js';

// The statements the claim grouping left out near a claim: those in no claim (no claim_statements row)
// of the claim's articles and of the other articles of their stories, for the claim page to offer
// (ranked in src/claims/nearby.ts). Two queries, whatever the number of articles.

/** The claim's articles read at most: the `in (…)` list stays small, and a claim of more articles is well covered by these. */
export const MAX_CLAIM_ARTICLES = 50;
/** Other articles of their stories read at most: a long-running story holds hundreds, of which these are plenty to suggest from. */
export const MAX_STORY_ARTICLES = 100;
/** Statements read at most (the claim's own articles first): each is compared with every member's content in TS. */
export const MAX_UNGROUPED_STATEMENTS = 300;

export interface UngroupedStatement {
  /** `<article id>:<ordinal>` */
  id: string;
  ordinal: number;
  speaker: { text: string; entity?: string };
  stance: Stance;
  content: string;
  direct: boolean;
  /** True when it was said in one of the claim's own articles, false in another article of their stories. */
  ownArticle: boolean;
  article: { id: string; title: string; outlet?: string; language: Lang; publishedAt?: string };
}

/**
 * The statements in no claim of `articleIds` (a claim's member articles; the first MAX_CLAIM_ARTICLES)
 * and of the other articles of their stories (at most MAX_STORY_ARTICLES, earliest placed first):
 * at most MAX_UNGROUPED_STATEMENTS, the given articles' first, then by article and ordinal.
 */
export async function ungroupedNear(db: Kysely<Database>, articleIds: readonly string[]): Promise<UngroupedStatement[]> {
  const own = [...new Set(articleIds)].slice(0, MAX_CLAIM_ARTICLES);
  if (!own.length) return [];
  const siblings = (await storiesDb(db).selectFrom('story_members as m')
    .innerJoin('story_members as o', 'o.story_id', 'm.story_id')
    .select('o.article_id')
    .where('m.article_id', 'in', own).where('o.article_id', 'not in', own)
    .orderBy('o.seq').limit(MAX_STORY_ARTICLES).execute()).map((r) => r.article_id);
  const rows = await claimsDb(db).selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .select((eb) => ['s.id', 's.article_id', 's.ordinal', 's.speaker_text', 's.speaker_entity', 's.stance', 's.content', 's.direct',
      'a.title', 'a.outlet', 'a.site', 'a.language', 'a.published_at',
      eb.case().when('s.article_id', 'in', own).then(1).else(0).end().as('own')])
    .where('s.article_id', 'in', [...own, ...siblings])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('claim_statements as cs').select('cs.statement_id').whereRef('cs.statement_id', '=', 's.id'))))
    .orderBy('own', 'desc').orderBy('a.seq').orderBy('s.ordinal').limit(MAX_UNGROUPED_STATEMENTS).execute();
  return rows.map((r) => {
    const outlet = r.outlet ?? r.site;
    return {
      id: r.id, ordinal: r.ordinal, stance: r.stance as Stance, content: r.content, direct: Boolean(r.direct), ownArticle: Number(r.own) === 1,
      speaker: r.speaker_entity === null ? { text: r.speaker_text } : { text: r.speaker_text, entity: r.speaker_entity },
      article: {
        id: r.article_id, title: r.title, language: r.language as Lang,
        ...(outlet ? { outlet } : {}), ...(r.published_at ? { publishedAt: r.published_at } : {}),
      },
    };
  });
}
