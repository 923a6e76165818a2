import { layout } from '../analyze/index.js';
import { findEntities } from '../entities/index.js';
import type { Analysis, Article, Party } from '../model/index.js';
import type { StoredArticle } from '../store/index.js';
import { splitSentences } from '../text/sentences.js';
import type { ClaimSource, SourceEntity, SourceStatement } from './types.js';

// Adapters: an Analysis (fresh) or a StoredArticle (from the store) → the ClaimSource that grouping reads.

/** The id the store gives an article's n-th statement (src/store/save.ts). */
export const statementId = (articleId: string, ordinal: number) => `${articleId}:${ordinal}`;
/** The ordinal of a statement in its article, from its id (`<article>:<n>`). */
export const statementOrdinal = (statementId: string) => Number(statementId.slice(statementId.lastIndexOf(':') + 1));

/** Entities from the entity stage when the analysis carries none (the stage is not wired into analyze() yet). */
function entitiesOf(article: Article, text: string, given: SourceEntity[]): SourceEntity[] {
  if (given.length) return given;
  const { blocks } = layout(article);
  const sentences = blocks.flatMap((b, block) => splitSentences(text, b.start, b.end).map((s) => ({ ...s, block })));
  return findEntities({ text, blocks, sentences, lang: article.language });
}

/** The speaker's entity: given, else the entity with the longest mention overlapping the speaker's words. */
function linkSpeaker(text: string, speaker: Party, contentStart: number, entities: SourceEntity[]): Party {
  if (speaker.entity || !speaker.text) return speaker;
  let start = speaker.start;
  if (start === undefined) {
    // Stored speakers keep no offsets: the nearest earlier occurrence of their words.
    start = text.lastIndexOf(speaker.text, contentStart);
    if (start < 0) start = text.indexOf(speaker.text);
    if (start < 0) return speaker;
  }
  const end = speaker.end ?? start + speaker.text.length;
  let best: { id: string; overlap: number } | undefined;
  for (const e of entities) for (const m of e.mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: e.id, overlap };
  }
  return best ? { ...speaker, entity: best.id } : speaker;
}

function finish(article: Article, text: string, given: SourceEntity[], statements: SourceStatement[], ingestedAt?: string): ClaimSource {
  const entities = entitiesOf(article, text, given);
  return {
    articleId: article.id,
    lang: article.language,
    text,
    titleEnd: article.title.length,
    title: article.title,
    ...(article.outlet || article.site ? { outlet: article.outlet ?? article.site } : {}),
    ...(article.url ? { url: article.canonicalUrl ?? article.url } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(ingestedAt ? { ingestedAt } : {}),
    entities: withoutHomeWords(entities),
    statements: statements.map((s) => ({ ...s, speaker: linkSpeaker(text, s.speaker, s.content.start, entities) })),
  };
}

/**
 * The entities as the claim rules read them: without the mentions linked only through the outlet's country (`المملكة` in
 * a Saudi paper, entities/home.ts). Such a word stands in nearly every article of the outlet and tells no proposition
 * from another; the speaker it names keeps its link.
 */
function withoutHomeWords(entities: SourceEntity[]): SourceEntity[] {
  if (!entities.some((e) => e.mentions.some(isHomeWord))) return entities;
  return entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !isHomeWord(m)) })).filter((e) => e.mentions.length);
}

const isHomeWord = (m: SourceEntity['mentions'][number]) => m.via === 'home';

/** A fresh analysis as a claim source; statement ids are the ones the store gives them. */
export function sourceFromAnalysis(a: Analysis, ingestedAt?: string): ClaimSource {
  const statements = a.statements.map((s, i): SourceStatement => ({
    id: statementId(a.article.id, i),
    speaker: s.speaker,
    stance: s.stance,
    cue: s.cue.text,
    content: { start: s.content.start, end: s.content.end, text: s.content.text },
    targets: s.targets,
    ...(s.time ? { time: { value: s.time.value, ...(s.time.underspecified ? { underspecified: true } : {}) } } : {}),
  }));
  return finish(a.article, a.text, a.entities, statements, ingestedAt);
}

/** A stored article as a claim source: offsets point into the laid-out text, as in its analysis. */
export function sourceFromStored(s: StoredArticle): ClaimSource {
  const { text } = layout(s.article);
  const statements = s.statements.map((st): SourceStatement => ({
    id: st.id,
    speaker: st.speaker,
    stance: st.stance,
    cue: st.cue,
    content: { start: st.contentStart, end: st.contentEnd, text: st.content },
    targets: st.targets,
    ...(st.time ? { time: { value: st.time.value } } : {}),
  }));
  return finish(s.article, text, s.entities, statements, s.ingestedAt);
}
