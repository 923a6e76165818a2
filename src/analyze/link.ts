import type { Entity, Party, Statement } from '../model/index.js';

/** Every mention of the entities, flat, in entity order then mention order (the order ties are broken in). */
interface Mentions { start: Int32Array; end: Int32Array; entity: string[] }

function flatMentions(entities: Entity[]): Mentions {
  const n = entities.reduce((k, e) => k + e.mentions.length, 0);
  const out: Mentions = { start: new Int32Array(n), end: new Int32Array(n), entity: new Array<string>(n) };
  let k = 0;
  for (const e of entities) for (const m of e.mentions) {
    out.start[k] = m.start;
    out.end[k] = m.end;
    out.entity[k++] = e.id;
  }
  return out;
}

/** The entity with a mention overlapping [start, end), preferring the longest overlap (the first one on a tie). */
function entityAt(mentions: Mentions, start: number, end: number): string | undefined {
  let best = -1, bestOverlap = 0;
  for (let k = 0; k < mentions.start.length; k++) {
    const overlap = Math.min(end, mentions.end[k]) - Math.max(start, mentions.start[k]);
    if (overlap > bestOverlap) {
      best = k;
      bestOverlap = overlap;
    }
  }
  return best < 0 ? undefined : mentions.entity[best];
}

const linkParty = (mentions: Mentions, p: Party): Party => {
  if (p.start === undefined || p.end === undefined) return p;
  const entity = entityAt(mentions, p.start, p.end);
  return entity ? { ...p, entity } : p;
};

/** Links each statement's speaker and targets to an entity by an overlapping mention. */
export function linkStatements(statements: Statement[], entities: Entity[]): Statement[] {
  if (!entities.length) return statements;
  const mentions = flatMentions(entities);
  return statements.map((s) => ({ ...s, speaker: linkParty(mentions, s.speaker), targets: s.targets.map((t) => linkParty(mentions, t)) }));
}
