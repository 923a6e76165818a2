import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { CLAIM_REFERENCE, findConcepts, type EventLexicon, eventLexicon } from './lexicon.js';
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
  /** The speaker's entity (lifted), when linked. */
  speakerEntity?: string;
  /** Distinct-source key: the speaker entity, else the normalised speaker text. */
  speakerKey: string;
  /** The content holds another statement of the article (nested attribution): that one carries the claim. */
  carrier: boolean;
  /** The content only refers back to the claim under discussion. */
  reference: boolean;
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

function isCarrier(s: SourceStatement, all: SourceStatement[]): boolean {
  return all.some((t) => t !== s && t.content.start >= s.content.start && t.content.end <= s.content.end
    && t.content.end - t.content.start < s.content.end - s.content.start && Boolean(t.speaker.text) && s.content.text.includes(t.speaker.text));
}

/** The frame of the i-th statement of a source. */
export function frameOf(src: ClaimSource, i: number, lex: EventLexicon = eventLexicon()): Frame {
  const s = src.statements[i];
  const byId = new Map(src.entities.map((e) => [e.id, e]));
  const matches = findConcepts(src.text, s.content.start, s.content.end, lex);
  const event = matches.find((m) => m.concept !== CLAIM_REFERENCE);
  const words = tokenize(s.content.text).length;
  const about = new Set(entitiesIn(src, s.content.start, s.content.end));
  for (const t of s.targets) if (t.entity) about.add(lift(byId.get(t.entity), t.entity));
  const speakerEntity = s.speaker.entity ? lift(byId.get(s.speaker.entity), s.speaker.entity) : undefined;
  return {
    statement: s,
    position: POSITION_OF[s.stance],
    ...(event ? { concept: { id: event.concept, phrase: event.phrase } } : {}),
    about: [...about].sort(),
    ...(speakerEntity ? { speakerEntity } : {}),
    speakerKey: speakerEntity ?? matchKey(s.speaker.text).replace(/\s+/g, ' ').trim(),
    carrier: isCarrier(s, src.statements),
    reference: !event && words <= MAX_REFERENCE_WORDS && matches.some((m) => m.concept === CLAIM_REFERENCE),
  };
}

/** The claim key of one statement on its own: its concept and the canonical entities it is about. */
export function keyOfFrame(f: Frame): KeyResult {
  if (f.carrier) return { ok: false, reason: 'carrier' };
  if (!f.concept) return { ok: false, reason: 'no-concept' };
  const entities = [...new Set([...f.about, ...(f.speakerEntity ? [f.speakerEntity] : [])])].filter(isCanonical).sort();
  if (!entities.length) return { ok: false, reason: 'no-entities' };
  const key: ClaimKey = { concept: f.concept.id, entities, phrase: f.concept.phrase };
  return { ok: true, key };
}

/** Gazetteer entities are shared across articles; `local:` ones exist in one article only. */
export const isCanonical = (id: string) => !id.startsWith('local:');
