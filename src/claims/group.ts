import { MEETING_CONCEPT, RESTATEMENT_MIN_COVERAGE, RESTATEMENT_MIN_WORDS } from './constants.js';
import { aboutMeeting } from './meeting.js';
import { CONCEPT_SPEAKER_MIN_PREDICATES } from './constants-speaker.js';
import { statementDate } from './dates.js';
import { entitiesIn, frameOf, isCanonical, keyOfFrame, type Frame } from './frame.js';
import { conceptOf, eventLexicon, isBroad, type EventLexicon } from './lexicon.js';
import { sharedMarks } from './marks.js';
import { actorOf, broadConflict, keyEntities, sideOfFrame, sideOfMembers } from './article-conflict.js';
import { coordinated, restatesNeighbour, type Predicate } from './continuation.js';
import { addFrame, addTitle, noRoles, sharesEntity, type EntityRoles } from './entity-roles.js';
import { evaluativeKind } from './evaluative.js';
import { leadOf, restatesLead } from './lead.js';
import { coverage } from './restatement.js';
import { carriesOn } from './speaker-run.js';
import { predicateStems, sharedPredicates } from './stems.js';
import { crossRoles } from './target.js';
import type { Lang } from '../model/index.js';
import type { ArticleGroup, ClaimSource, JoinRule, Member, SourceStatement } from './types.js';

// Within one article: statements about the same event concept that share an entity form a group; a detail of the
// headline event (a confession, casualties, "this move") joins that event's group; a speaker naming a specific event
// twice with no canonical entity (`announced his resignation` … `the resignation takes effect on Friday`) forms one;
// a short denial of "these allegations" joins the article's main group; a denial with no topic of its own that follows
// the same speaker's denial continues it; a statement with no event phrase that restates a group's statement joins it, as does the title's
// statement the lead's group (lead.ts) and a speaker's statement the group of their next or previous one, restated in
// other words (continuation.ts `restatesNeighbour`) or carrying on its event (speaker-run.ts); the statements telling what a
// meeting discussed form one (meeting.ts).

interface Building {
  concept: string;
  /** Entity → how many of the group's statements (and the title) name it. */
  counts: Map<string, number>;
  /** In which role (content or speaker) its statements name each entity: what a statement joins it by (entity-roles.ts). */
  roles: EntityRoles;
  members: Member[];
}

/** A statement of the article as a claim member (echo.ts makes them too). */
export function memberOf(src: ClaimSource, f: Frame, rule: JoinRule, fallbackDate: string): Member {
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
    ...(f.speakerSide ? { side: f.speakerSide } : {}),
    content: s.content.text,
    entities: f.about.filter(isCanonical),
    ...(f.actor ? { actor: f.actor } : {}),
    lang: src.lang,
    ...(src.outlet ? { outlet: src.outlet } : {}),
    date: statementDate(src, s, fallbackDate),
  };
}

const entitiesOfFrame = (f: Frame) => [...new Set([...f.about, ...(f.speakerEntity ? [f.speakerEntity] : [])])];

function count(g: Building, ids: string[]): void {
  for (const id of ids) g.counts.set(id, (g.counts.get(id) ?? 0) + 1);
}

interface Headline {
  concept?: string;
  entities: string[];
}

/** The group about the headline's event and entities, if a statement states it. */
const onHeadline = (groups: Building[], title: Headline) =>
  groups.find((g) => g.concept === title.concept && title.entities.some((e) => g.counts.has(e)));

/** The group that "these allegations" refers to: the one about the headline's event and entities, else the latest. */
function focusOf(groups: Building[], title: Headline): Building | undefined {
  return onHeadline(groups, title) ?? groups[groups.length - 1];
}

/**
 * The group a detail joins: the headline event's, made from the title when no statement states that event,
 * provided the detail names (or is said by) one of its canonical entities.
 */
function headlineGroupFor(f: Frame, groups: Building[], title: Headline): Building | undefined {
  if (!title.concept) return undefined;
  const own = entitiesOfFrame(f).filter(isCanonical);
  const g = onHeadline(groups, title);
  if (g) return own.some((e) => g.counts.has(e) || title.entities.includes(e)) ? g : undefined;
  if (!own.some((e) => title.entities.includes(e))) return undefined;
  const made: Building = { concept: title.concept, counts: new Map(), roles: noRoles(), members: [] };
  count(made, title.entities.filter(isCanonical));
  addTitle(made.roles, title.entities.filter(isCanonical));
  groups.push(made);
  return made;
}

/** Does the content of `s` lie inside another statement's content (a piece of it, which trivially restates it)? */
const isPiece = (src: ClaimSource, s: SourceStatement) => src.statements.some((t) => t !== s
  && t.content.start <= s.content.start && t.content.end >= s.content.end && t.content.end - t.content.start > s.content.end - s.content.start);

/**
 * The group one of whose statements, by the same speaker, the frame's content restates best (RESTATEMENT_MIN_COVERAGE),
 * sharing an entity: a speaker repeating themselves (a headline's summary of the body's quotation). A piece of another
 * statement restates nothing.
 */
function restated(src: ClaimSource, f: Frame, groups: Building[]): Building | undefined {
  if (isPiece(src, f.statement)) return undefined;
  const own = entitiesOfFrame(f);
  let best: { g: Building; c: number } | undefined;
  for (const g of groups) {
    if (!own.some((e) => g.counts.has(e))) continue;
    for (const m of g.members) {
      if (m.articleId !== src.articleId || m.speakerKey !== f.speakerKey) continue;
      const c = coverage(f.statement.content.text, m.content, src.lang, RESTATEMENT_MIN_WORDS);
      if (c >= RESTATEMENT_MIN_COVERAGE && (!best || c > best.c)) best = { g, c };
    }
  }
  return best?.g;
}

/** The frames of an article's statements, in order: computed once, read by grouping and by echo.ts. */
export const framesOf = (src: ClaimSource, lex: EventLexicon = eventLexicon()): Frame[] => src.statements.map((_, i) => frameOf(src, i, lex));

/**
 * The groups of one article's statements, in order of first statement. `fallbackDate` dates statements
 * when neither they, the article nor the ingest carry a date. `frames` (framesOf) may be passed
 * when the caller reads them too (echo.ts).
 */
export function groupArticle(src: ClaimSource, fallbackDate: string, lex: EventLexicon = eventLexicon(), frames: readonly Frame[] = framesOf(src, lex)): ArticleGroup[] {
  const titleConcept = conceptOf(src.text, 0, src.titleEnd, lex)?.concept;
  const title: Headline = { ...(titleConcept ? { concept: titleConcept } : {}), entities: frames.length ? entitiesIn(src, 0, src.titleEnd) : [] };
  const groups: Building[] = [];
  const groupOf = new Map<number, Building>();
  const join = (i: number, g: Building, rule: JoinRule) => {
    g.members.push(memberOf(src, frames[i], rule, fallbackDate));
    groupOf.set(i, g);
  };
  /**
   * Same concept and at least one shared entity (local ones count within an article), else a new group; for a broad
   * concept, only a group no rule of `broadConflict` keeps it from (two attacks in one article are two events).
   */
  const byConcept = (i: number, concept: string) => {
    const own = entitiesOfFrame(frames[i]);
    const broad = isBroad(concept, lex);
    // A broad event may join a group that shares its place or day instead of an entity (`the attack of 19 July` in the
    // article about that attack), and joins the one it shares the most marks with (place, day, toll: marks.ts).
    const related = (x: Building) => sharesEntity(x.roles, frames[i]) || (broad && sharedMarks(sideOfFrame(frames[i], src.lang), sideOfMembers(x.members)) > 0);
    const fits = groups.filter((x) => x.concept === concept && related(x) && !(broad && (broadConflict(frames[i], x.members, src.lang) || crossesGroup(i, x))));
    let g = broad ? closest(frames[i], fits, src.lang) : fits[0];
    if (!g) groups.push((g = { concept, counts: new Map(), roles: noRoles(), members: [] }));
    count(g, own);
    addFrame(g.roles, frames[i]);
    join(i, g, 'concept-entities');
  };
  // Carriers, pieces of another statement, evaluations and fragments join nothing (R3, R4 of the real-article gold).
  const open = frames.map((f) => !f.carrier && !f.inner && !f.evaluation && !f.fragment);
  const predicates = new Map<number, Predicate>();
  const predicateOf = (i: number): Predicate => {
    let p = predicates.get(i);
    if (!p) {
      const { start, end } = frames[i].statement.content;
      const stems = predicateStems(src, start, end);
      predicates.set(i, (p = { stems, stemKeys: new Set(stems.flat()) }));
    }
    return p;
  };
  /** Statement id → its index in `frames`. */
  const indexOf = new Map(frames.map((f, i) => [f.statement.id, i]));
  /**
   * Does statement `i` cross roles (target.ts) with a statement of the group that states the event: one's actor is what
   * the other's event befell, that one naming no actor (coalition strikes on the Houthis beside a Houthi attack)?
   */
  const crossesGroup = (i: number, x: Building) =>
    x.members.some((m) => m.rule === 'concept-entities' && crossRoles(frames[i], frames[indexOf.get(m.statementId)!]));
  /** Does statement `i` share CONCEPT_SPEAKER_MIN_PREDICATES predicate words with the article's statement `id`? */
  const sharesPoint = (i: number, id: string) => {
    const k = indexOf.get(id);
    return k !== undefined && sharedPredicates(predicateOf(i).stems, predicateOf(k).stemKeys) >= CONCEPT_SPEAKER_MIN_PREDICATES;
  };
  /** Statements `a` and `b` = a + 1 of one speaker, the later not adding a point to the earlier, restating it. */
  const neighbours = (a: number, b: number) => frames[a].speakerKey === frames[b].speakerKey && !coordinated(src, b) && restatesNeighbour(predicateOf(a), predicateOf(b));
  // 1. Events: statements with a concept and entities of their own, details aside.
  frames.forEach((f, i) => {
    const key = keyOfFrame(f);
    if (open[i] && !f.detail && key.ok) byConcept(i, key.key.concept);
  });
  // 2. Details: the headline event's group, else their own event's.
  frames.forEach((f, i) => {
    if (!open[i] || !f.detail) return;
    const g = headlineGroupFor(f, groups, title);
    if (g) return join(i, g, 'detail');
    const key = keyOfFrame(f);
    if (key.ok) byConcept(i, key.key.concept);
  });
  // 2b. What a meeting discussed (meeting.ts), told by two or more statements no rule took: one group.
  const agenda = frames.flatMap((f, i) => (open[i] && !groupOf.has(i) && !keyOfFrame(f).ok && aboutMeeting(f.statement.content.text, src.lang) ? [i] : []));
  if (agenda.length > 1) {
    const g: Building = { concept: MEETING_CONCEPT, counts: new Map(), roles: noRoles(), members: [] };
    groups.push(g);
    for (const i of agenda) {
      count(g, entitiesOfFrame(frames[i]));
      addFrame(g.roles, frames[i]);
      join(i, g, 'concept-in-article');
    }
  }
  // 3. The rest, in order.
  frames.forEach((f, i) => {
    if (!open[i] || groupOf.has(i)) return;
    const key = keyOfFrame(f);
    if (key.ok) return;
    if (key.reason === 'no-entities' && f.concept) {
      // 3a. The concept without entities: the article's only group about that concept, when its speaker speaks in it
      // already (carrying on their account: `the emergency began on 1 March`) and one of their statements there shares
      // a predicate word besides the event's noun (`sharesPoint`). Another speaker's bare mention of the concept's noun
      // (`the talks are in their final stage`, beside a source's `the talks go on over the weekend`) may state another
      // proposition about it, and so may the same speaker's (a law's seats, then who sets the vote's timetable).
      // Of several groups about the concept (two attacks told by two sources), the one of the speaker's statement right
      // before, when it shares such a word: the speaker carries on about that event (`the resistance repelled this attack`).
      const same = groups.filter((x) => x.concept === f.concept!.id);
      // The statement shared with states the event (rule `concept-entities`): one joined by this rule only mentions
      // it, and a chain through it drifts to the speaker's other points (a sermon's: the protests' aim, then their
      // lawful forms).
      const carries = (x: Building) => x.members.some((m) => m.rule === 'concept-entities' && m.speakerKey === f.speakerKey && sharesPoint(i, m.statementId));
      if (same.length === 1 && carries(same[0])) return join(i, same[0], 'concept-in-article');
      const prev = groupOf.get(i - 1);
      if (prev && same.length > 1 && same.includes(prev) && frames[i - 1].speakerKey === f.speakerKey && sharesPoint(i, frames[i - 1].statement.id)) {
        return join(i, prev, 'concept-in-article');
      }
      // 3a'. The same speaker naming the same specific event again, about the same entities (local ones too), with no
      // group of theirs about it (`announced his resignation` … `the resignation takes effect on Friday`): one point, a
      // group of its own. Another entity on either side is another event of the kind (`resign the party's leadership`).
      // Not a broad concept (two arrests told by one police chief are often two). Session 9: dev4 0.755 → 0.757, no
      // other set moved.
      if (isBroad(f.concept.id, lex)) return;
      const own = same.filter((x) => x.members.some((m) => m.rule === 'concept-speaker' && m.speakerKey === f.speakerKey));
      const alike = (o: Frame) => o.concept?.id === f.concept!.id && o.speakerKey === f.speakerKey && o.about.join() === f.about.join();
      const mine = frames.filter((o, k) => k !== i && open[k] && !o.detail && alike(o) && !keyOfFrame(o).ok);
      if (own.length === 1 && own[0].members.some((m) => alike(frames[indexOf.get(m.statementId)!]))) return join(i, own[0], 'concept-speaker');
      if (own.length || !mine.length) return;
      const g: Building = { concept: f.concept.id, counts: new Map(), roles: noRoles(), members: [] };
      groups.push(g);
      count(g, entitiesOfFrame(f));
      addFrame(g.roles, f);
      join(i, g, 'concept-speaker');
      return;
    }
    if (f.position !== 'for') {
      // 3b. A short denial or doubt of "these allegations": the article's main group.
      if (f.reference) {
        const g = focusOf(groups, title);
        if (g) join(i, g, 'anaphora');
        return;
      }
      // 3c. A denial or doubt with no topic of its own right after the same speaker's, in the same position.
      const prev = groupOf.get(i - 1);
      if (prev && frames[i - 1].speakerKey === f.speakerKey && frames[i - 1].position === f.position) return join(i, prev, 'continuation');
    }
    // 3d. The title's statement, restating the lead: the lead's group. Not an evaluation anywhere in it (thanks, a
    // pledge, a characterisation: R3), which shares the event's words without stating it.
    const evaluates = evaluativeKind(f.statement.content.text, src.lang) !== undefined;
    const lead = f.statement.content.start < src.titleEnd ? leadOf(src, open) : undefined;
    const leads = lead === undefined ? undefined : groupOf.get(lead);
    if (leads && !evaluates && restatesLead(predicateOf(i), predicateOf(lead!))) return join(i, leads, 'restatement');
    // 3e. No event phrase, but the words of a group's statement: a restatement of it.
    const g = restated(src, f, groups);
    if (g) return join(i, g, 'restatement');
    // 3f. The same speaker's point, said in other words right before or after a grouped statement (not added to it); a
    // piece of another statement or an evaluation restates nothing.
    if (isPiece(src, f.statement) || evaluates) return;
    const next = groupOf.get(i + 1), prev = groupOf.get(i - 1);
    if (next && neighbours(i, i + 1)) return join(i, next, 'continuation');
    if (prev && neighbours(i - 1, i)) return join(i, prev, 'continuation');
    // 3g. The same speaker carrying on about the event of their grouped statement right before (speaker-run.ts).
    if (prev && carriesOn(src, frames, i, predicateOf)) return join(i, prev, 'continuation');
  });
  return groups.filter((g) => g.members.length).map((g) => {
    if (title.concept === g.concept && title.entities.some((e) => g.counts.has(e))) count(g, title.entities);
    const actor = actorOf(g.members);
    return { concept: g.concept, keyEntities: keyEntities(g.counts), ...(actor ? { actor } : {}), entities: [...g.counts.keys()].sort(), members: g.members };
  });
}

/** Of the groups a broad statement may join, the one sharing the most marks with it (ties: the first). */
function closest(f: Frame, fits: Building[], lang: Lang): Building | undefined {
  if (fits.length < 2) return fits[0];
  const mine = sideOfFrame(f, lang);
  let best: { g: Building; n: number } | undefined;
  for (const g of fits) {
    const n = sharedMarks(mine, sideOfMembers(g.members));
    if (!best || n > best.n) best = { g, n };
  }
  return best?.g;
}
