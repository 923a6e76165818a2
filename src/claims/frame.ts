import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { CLAIM_REFERENCE, DETAIL_REFERENCE, findConcepts, isBroad, keysOf, kindOf, type ConceptMatch, type EventLexicon, eventLexicon } from './lexicon.js';
import { ACTOR_MAX_WORDS_AFTER_EVENT } from './constants.js';
import { evaluativeCue, evaluativeOffset, type EvaluativeKind } from './evaluative.js';
import { fragmentOf, type FragmentReason } from './fragment.js';
import { isJudgement } from './judgement.js';
import { isManner, isSetting } from './setting.js';
import { befalls } from './target.js';
import { isCeased } from './cessation.js';
import { isCarrier, isInner } from './nesting.js';
import { POSITION_OF, type ClaimKey, type ClaimSource, type KeyResult, type Position, type SourceEntity, type SourceStatement } from './types.js';

// What one statement is about: its event concept, the entities named in it, its position, and whether it
// merely refers back to the claim under discussion ("denied these allegations").

/** Words: a content this short that is a claim reference is only a reference, not a proposition. */
export const MAX_REFERENCE_WORDS = 4;

export interface Frame {
  statement: SourceStatement;
  position: Position;
  /** The concept and the phrase that named it, when the content names an event. */
  concept?: { id: string; phrase: string };
  /** Entities named in the content or the targets, bodies lifted to their country; `local:` ones included. */
  about: string[];
  /**
   * Who acts in the event, as far as word order tells (`actorIn`): the first canonical entity (lifted) before the
   * event phrase, else right after it — `Iran attacked Israel`, `هاجمت إيران إسرائيل`, `هجوم تركيا على …`. Role-aware
   * joins of broad concepts compare it (place.ts).
   */
  actor?: string;
  /**
   * What the event befell, when a preposition of target leads to the first canonical entity after the event phrase
   * (target.ts `befalls`: `غارات على مواقع الحوثيين`). Role-aware joins of broad concepts compare it (group.ts).
   */
  target?: string;
  /** The speaker's entity (lifted), when linked. */
  speakerEntity?: string;
  /** Distinct-source key: the speaker entity, else the normalised speaker text. */
  speakerKey: string;
  /**
   * The canonical entity an unlinked or `local:` speaker speaks for (`speakerSideOf`: `وزير الخارجية الأردني` → Jordan),
   * when the speaker entity is not canonical itself.
   */
  speakerSide?: string;
  /** The content holds another statement of the article (nested attribution): that one carries the claim. */
  carrier: boolean;
  /**
   * Its speaker and content lie inside another statement's content without opening a reported clause
   * (`رفض الكونجرس للاتفاق مع إيران يعني الحرب` read as Congress denying "Iran means war"): a piece of that
   * statement's proposition, not a statement of its own.
   */
  inner: boolean;
  /** The content only refers back to the claim under discussion. */
  reference: boolean;
  /** The content opens with a reference to allegations (`هذه الادعاءات تنافي الواقع`): an answer to one (allegation.ts). */
  answers: boolean;
  /**
   * Why the content is a fragment rather than a proposition of its own (fragment.ts, R4): it echoes nothing (echo.ts)
   * and joins no group (group.ts).
   */
  fragment?: FragmentReason;
  /**
   * The content reports a detail of an event rather than an event of its own: it refers to one anaphorically
   * (`this move`, anywhere), or leads with a confession, casualties or the event's participants (before any event
   * phrase). Such a statement joins the article's headline event (group.ts, rule `detail`).
   */
  detail?: { concept: string; phrase: string };
  /**
   * The content names an act only as something to stop or extend (cessation.ts: `رفض الاستجابة للنداءات بالتوقف عن
   * القصف`): a call to stop it, a refusal of one, a plan; another point than an account of the act (speaker-detail.ts).
   */
  ceases?: true;
  /**
   * The content leads with praise, pride or satisfaction (before any event or detail phrase), an evaluation qualifies
   * its event phrase (`الهجمات غير المشروعة`), or its cue praises, welcomes or condoles (`أشاد بـ`): it joins no claim.
   */
  evaluation: boolean;
}

/** A body (the Kremlin, the Pentagon) stands for its country; people and countries stand for themselves. */
function lift(e: SourceEntity | undefined, id: string): string {
  return e && e.type === 'org' && e.country ? e.country : id;
}

/** Entities with a mention inside [start, end), lifted, in id order. */
export function entitiesIn(src: ClaimSource, start: number, end: number): string[] {
  const ids = new Set<string>();
  for (const e of src.entities) if (e.mentions.some((m) => m.start >= start && m.end <= end)) ids.add(lift(e, e.id));
  return [...ids].sort();
}

/** The canonical entity (lifted) whose first mention inside [start, end) comes first, with that mention's start. */
function firstMentionIn(src: ClaimSource, start: number, end: number): { id: string; at: number } | undefined {
  let best: { id: string; at: number } | undefined;
  for (const e of src.entities) {
    if (!isCanonical(e.id)) continue;
    for (const m of e.mentions) if (m.start >= start && m.end <= end && (!best || m.start < best.at)) best = { id: lift(e, e.id), at: m.start };
  }
  return best;
}

/**
 * The actor of a content's event: one the event phrase names (`الدعم الإيراني`); in Arabic, the definite adjective right
 * after a definite event noun (`للهجوم الإسرائيلي`: whoever the subject before it); else the first canonical entity named
 * before the event phrase (`Russia attacked`, `الولايات المتحدة نفذت غارة`), else one at most ACTOR_MAX_WORDS_AFTER_EVENT
 * words after it (verb first: `هاجمت إيران إسرائيل`, `هجوم تركيا على`) — not a later one (`المساعدات الإنسانية للشعب
 * العراقي` names the recipient).
 */
export function actorIn(src: ClaimSource, start: number, end: number, event: { start: number; end: number } | undefined): string | undefined {
  if (!event) return firstMentionIn(src, start, end)?.id;
  // An entity the phrase itself names is its actor (`الدعم الإيراني`, `تحرك بيونغ يانغ المزعوم لقوات`).
  const inside = firstMentionIn(src, event.start, event.end);
  if (inside) return inside.id;
  const after = firstMentionIn(src, event.end, end);
  const adjacent = after && tokenize(src.text, event.end, after.at).length <= ACTOR_MAX_WORDS_AFTER_EVENT;
  if (adjacent && src.lang === 'ar' && ownerAdjective(src, event, after)) return after.id;
  const before = firstMentionIn(src, start, event.start);
  if (before) return before.id;
  return adjacent ? after.id : undefined;
}

/** The entity the event befell (Frame.target): the first canonical one after the event phrase, led to by a preposition of target. */
function targetIn(src: ClaimSource, end: number, event: { start: number; end: number } | undefined): string | undefined {
  if (!event) return undefined;
  const after = firstMentionIn(src, event.end, end);
  return after && befalls(src.text, src.lang, event.end, after.at) ? after.id : undefined;
}

/** Starts with the definite article, clitics aside (`الدعم`, `بالدعم`, `الإيراني`). */
const definite = (word: string | undefined) => Boolean(word) && keysOf(word!).some((k) => k.startsWith(ARABIC_ARTICLE));
const ARABIC_ARTICLE = 'ال';

/**
 * Does a definite event noun take the definite mention right after it as its adjective (`الدعم الإيراني`, Iranian
 * support; `الهجوم الإسرائيلي`)? That adjective names whose event it is, whoever the sentence's subject before it is
 * (`الحزب يثق … بالدعم الإيراني`: the party trusts Iran's support).
 */
function ownerAdjective(src: ClaimSource, event: { start: number; end: number }, mention: { at: number }): boolean {
  const last = tokenize(src.text, event.start, event.end).at(-1)?.text;
  const next = tokenize(src.text, mention.at, Math.min(src.text.length, mention.at + ADJECTIVE_LOOKAHEAD_CHARS))[0]?.text;
  return definite(last) && definite(next);
}

/** Characters read after a mention's start for its first word. */
const ADJECTIVE_LOOKAHEAD_CHARS = 40;

/** Evaluative kinds that make an evaluation wherever they stand, and those that do before the event phrase. */
const LABEL_KINDS: ReadonlySet<EvaluativeKind> = new Set(['label']);
const ATTITUDE_KINDS: ReadonlySet<EvaluativeKind> = new Set(['attitude']);

/**
 * Does the content judge an event its subject names with an indefinite predicate (`هذا الهجوم هو عمل انتقامي`:
 * judgement.ts, R3)? The earliest event or detail phrase is the subject's.
 */
function judges(src: ClaimSource, s: SourceStatement, matches: readonly ConceptMatch[]): boolean {
  const named = matches.filter((m) => kindOf(m.concept) === 'event' || kindOf(m.concept) === 'detail');
  if (!named.length) return false;
  const first = named.reduce((a, b) => (b.start < a.start ? b : a));
  return isJudgement(src.text, src.lang, s.content.start, s.content.end, first.end);
}

/**
 * The broad acts (event concepts) whose first phrase in a statement's content a word of cessation or extension governs
 * (cessation.ts `isCeased`): a call to stop them (or a plan to extend them), whatever the content says of them after it.
 */
function ceasedConcepts(src: ClaimSource, s: SourceStatement, matches: readonly ConceptMatch[], lex: EventLexicon): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (seen.has(m.concept)) continue;
    seen.add(m.concept);
    if (kindOf(m.concept) === 'event' && isBroad(m.concept, lex) && isCeased(src.text, src.lang, s.content.start, m.start)) out.add(m.concept);
  }
  return out;
}

/** The frame of the i-th statement of a source. */
export function frameOf(src: ClaimSource, i: number, lex: EventLexicon = eventLexicon()): Frame {
  const s = src.statements[i];
  const byId = new Map(src.entities.map((e) => [e.id, e]));
  // An event phrase after a word of sequence (`بعد الهجوم`) only dates the statement (setting.ts): no event of it.
  // Nor an evaluation phrase after a noun of manner (`بشكل غير قانوني`: setting.ts `isManner`), an adverb of the act.
  const found = findConcepts(src.text, s.content.start, s.content.end, lex)
    .filter((m) => kindOf(m.concept) !== 'event' || !isSetting(src.text, src.lang, s.content.start, m.start, s.content.end));
  // Nor an act (a broad concept: an attack, aid, sanctions) a word of cessation governs (`بالتوقف عن الهجمات`:
  // cessation.ts), an act to be stopped; nor that act named again later in the content (`… عن الهجمات … في مواقع
  // الهجمات`): the call to stop it is the point, the rest its grounds. Ending a state (`إنهاء الهدنة`) still tells of it.
  const ceased = ceasedConcepts(src, s, found, lex);
  const matches = found
    .filter((m) => !ceased.has(m.concept))
    .filter((m) => kindOf(m.concept) !== 'evaluation' || !isManner(src.text, src.lang, s.content.start, m.start, m.end));
  const event = matches.find((m) => kindOf(m.concept) === 'event');
  const firstEvent = Math.min(...matches.filter((m) => kindOf(m.concept) === 'event').map((m) => m.start));
  const leading = (m: ConceptMatch) => m.start < firstEvent;
  const detail = matches.find((m) => m.concept === DETAIL_REFERENCE) ?? matches.find((m) => kindOf(m.concept) === 'detail' && leading(m));
  const firstDetail = Math.min(...matches.filter((m) => kindOf(m.concept) === 'detail').map((m) => m.start));
  // An evaluation leads the content, or qualifies its event phrase itself (`مثل هذه الهجمات غير المشروعة`, `unlawful
  // attacks`): a characterisation of the event, not a proposition about it (R3).
  const blank = (from: number, to: number) => from <= to && /^\s*$/u.test(src.text.slice(from, to));
  const qualifies = (m: ConceptMatch) => Boolean(event) && (blank(event!.end, m.start) || blank(m.end, event!.start));
  // A cue of praise, welcome or condolence (`أشاد بـ`, `welcomed`) makes its content what is evaluated (evaluative.ts).
  // A label for someone anywhere (`a cannibal`), or an attitude before the event phrase (`is troubled by the support`),
  // makes the statement what the speaker thinks or feels, not the event (evaluative.ts).
  const label = evaluativeOffset(s.content.text, src.lang, LABEL_KINDS) !== undefined;
  const attitude = evaluativeOffset(s.content.text, src.lang, ATTITUDE_KINDS);
  const evaluation = matches.some((m) => kindOf(m.concept) === 'evaluation' && ((leading(m) && m.start < firstDetail) || qualifies(m)))
    || (s.cue !== undefined && evaluativeCue(s.cue, src.lang)) || label || (attitude !== undefined && s.content.start + attitude < firstEvent)
    || judges(src, s, matches);
  const toks = tokenize(s.content.text);
  const words = toks.length;
  const about = new Set(entitiesIn(src, s.content.start, s.content.end));
  for (const t of s.targets) if (t.entity) about.add(lift(byId.get(t.entity), t.entity));
  const actor = actorIn(src, s.content.start, s.content.end, event);
  const target = targetIn(src, s.content.end, event);
  const speakerEntity = s.speaker.entity ? lift(byId.get(s.speaker.entity), s.speaker.entity) : undefined;
  const speakerSide = speakerEntity && isCanonical(speakerEntity) ? undefined : speakerSideOf(src, s);
  return {
    statement: s,
    position: POSITION_OF[s.stance],
    ...(event ? { concept: { id: event.concept, phrase: event.phrase } } : {}),
    about: [...about].sort(),
    ...(actor ? { actor } : {}),
    ...(target ? { target } : {}),
    ...(speakerEntity ? { speakerEntity } : {}),
    speakerKey: speakerEntity ?? matchKey(s.speaker.text).replace(/\s+/g, ' ').trim(),
    ...(speakerSide ? { speakerSide } : {}),
    carrier: isCarrier(src, s),
    inner: isInner(src, s),
    reference: !event && words <= MAX_REFERENCE_WORDS && matches.some((m) => m.concept === CLAIM_REFERENCE),
    answers: words > 0 && matches.some((m) => m.concept === CLAIM_REFERENCE && m.start === s.content.start + toks[0].start),
    ...fragmentField(src, s),
    ...(detail ? { detail: { concept: detail.concept, phrase: detail.phrase } } : {}),
    ...(ceased.size && !event ? { ceases: true as const } : {}),
    evaluation,
  };
}

/**
 * The canonical entity (lifted) an unlinked or `local:` speaker speaks for: the first named inside its speaker text
 * (`وزير الخارجية الأردني`, the Jordanian foreign minister → Jordan), or inside the speaker text of another statement of
 * the article by the same `local:` entity (`سمير`, introduced as `وزير الخارجية الأردني سمير`).
 */
export function speakerSideOf(src: ClaimSource, s: SourceStatement): string | undefined {
  const own = s.speaker.entity;
  const spans = (own ? src.statements.filter((t) => t.speaker.entity === own) : [s]).map((t) => t.speaker);
  for (const sp of spans) {
    if (sp.start === undefined || sp.end === undefined) continue;
    const first = firstMentionIn(src, sp.start, sp.end);
    if (first && first.id !== own) return first.id;
  }
  return undefined;
}

function fragmentField(src: ClaimSource, s: SourceStatement): { fragment?: FragmentReason } {
  const fragment = fragmentOf(src, s);
  return fragment ? { fragment } : {};
}

/** The claim key of one statement on its own: its concept and the canonical entities it is about. */
export function keyOfFrame(f: Frame): KeyResult {
  if (f.carrier) return { ok: false, reason: 'carrier' };
  if (f.inner) return { ok: false, reason: 'inner' };
  if (!f.concept) return { ok: false, reason: 'no-concept' };
  const entities = [...new Set([...f.about, ...(f.speakerEntity ? [f.speakerEntity] : [])])].filter(isCanonical).sort();
  if (!entities.length) return { ok: false, reason: 'no-entities' };
  const key: ClaimKey = { concept: f.concept.id, entities, phrase: f.concept.phrase };
  return { ok: true, key };
}

/** Gazetteer entities are shared across articles; `local:` ones exist in one article only. */
export const isCanonical = (id: string) => !id.startsWith('local:');
