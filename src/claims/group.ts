import { MAX_KEY_ENTITIES } from './constants.js';
import { statementDate } from './dates.js';
import { entitiesIn, frameOf, isCanonical, keyOfFrame, type Frame } from './frame.js';
import { conceptOf, eventLexicon, type EventLexicon } from './lexicon.js';
import type { ArticleGroup, ClaimSource, JoinRule, Member } from './types.js';

// Within one article: statements about the same event concept that share an entity form a group; a short
// denial of "these allegations" joins the article's main group; a denial with no topic of its own that
// follows the same speaker's denial continues it.

interface Building {
  concept: string;
  /** Entity → how many of the group's statements (and the title) name it. */
  counts: Map<string, number>;
  members: Member[];
}

function memberOf(src: ClaimSource, f: Frame, rule: JoinRule, fallbackDate: string): Member {
  const s = f.statement;
  return {
    statementId: s.id,
    articleId: src.articleId,
    position: f.position,
    stance: s.stance,
    rule,
    origin: 'auto',
    speaker: s.speaker,
    speakerKey: f.speakerKey,
    content: s.content.text,
    entities: f.about.filter(isCanonical),
    lang: src.lang,
    ...(src.outlet ? { outlet: src.outlet } : {}),
    date: statementDate(src, s, fallbackDate),
  };
}

const entitiesOfFrame = (f: Frame) => [...new Set([...f.about, ...(f.speakerEntity ? [f.speakerEntity] : [])])];

function count(g: Building, ids: string[]): void {
  for (const id of ids) g.counts.set(id, (g.counts.get(id) ?? 0) + 1);
}

/** The group that "these allegations" refers to: the one about the headline's event and entities, else the latest. */
function focusOf(groups: Building[], title: { concept?: string; entities: string[] }): Building | undefined {
  const onTitle = groups.find((g) => g.concept === title.concept && title.entities.some((e) => g.counts.has(e)));
  return onTitle ?? groups[groups.length - 1];
}

/**
 * The groups of one article's statements, in order of first statement. `fallbackDate` dates statements
 * when neither they, the article nor the ingest carry a date.
 */
export function groupArticle(src: ClaimSource, fallbackDate: string, lex: EventLexicon = eventLexicon()): ArticleGroup[] {
  const frames = src.statements.map((_, i) => frameOf(src, i, lex));
  const titleConcept = conceptOf(src.text, 0, src.titleEnd, lex)?.concept;
  const titleEntities = frames.length ? entitiesIn(src, 0, src.titleEnd) : [];
  const groups: Building[] = [];
  const groupOf = new Map<number, Building>();
  const join = (i: number, g: Building, rule: JoinRule) => {
    g.members.push(memberOf(src, frames[i], rule, fallbackDate));
    groupOf.set(i, g);
  };
  frames.forEach((f, i) => {
    if (f.carrier || f.inner) return;
    const key = keyOfFrame(f);
    if (key.ok) {
      // 1. Same concept and at least one shared entity (local ones count within an article).
      const own = entitiesOfFrame(f);
      const g = groups.find((x) => x.concept === key.key.concept && own.some((e) => x.counts.has(e)));
      if (g) {
        count(g, own);
        join(i, g, 'concept-entities');
        return;
      }
      const made: Building = { concept: key.key.concept, counts: new Map(), members: [] };
      count(made, own);
      groups.push(made);
      join(i, made, 'concept-entities');
      return;
    }
    if (key.reason === 'no-entities' && f.concept) {
      // 2. The concept without entities: the article's only group about that concept.
      const same = groups.filter((x) => x.concept === f.concept!.id);
      if (same.length === 1) join(i, same[0], 'concept-in-article');
      return;
    }
    if (f.position === 'for') return;
    // 3. A short denial or doubt of "these allegations": the article's main group.
    if (f.reference) {
      const g = focusOf(groups, { ...(titleConcept ? { concept: titleConcept } : {}), entities: titleEntities });
      if (g) join(i, g, 'anaphora');
      return;
    }
    // 4. A denial or doubt with no topic of its own right after the same speaker's, in the same position.
    const prev = groupOf.get(i - 1);
    if (prev && frames[i - 1].speakerKey === f.speakerKey && frames[i - 1].position === f.position) join(i, prev, 'continuation');
  });
  return groups.map((g) => {
    if (titleConcept === g.concept && titleEntities.some((e) => g.counts.has(e))) count(g, titleEntities);
    return { concept: g.concept, keyEntities: keyEntities(g.counts), entities: [...g.counts.keys()].sort(), members: g.members };
  });
}

/** The most frequent canonical entities (ties by id), up to MAX_KEY_ENTITIES, sorted. */
export function keyEntities(counts: Map<string, number>): string[] {
  return [...counts].filter(([id]) => isCanonical(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_KEY_ENTITIES).map(([id]) => id).sort();
}
