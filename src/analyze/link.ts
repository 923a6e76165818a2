import type { Entity, Party, Statement } from '../model/index.js';

/** The entity with a mention overlapping [start, end), preferring the longest overlap. */
function entityAt(entities: Entity[], start: number, end: number): string | undefined {
  let best: { id: string; overlap: number } | undefined;
  for (const e of entities) for (const m of e.mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: e.id, overlap };
  }
  return best?.id;
}

const linkParty = (entities: Entity[], p: Party): Party => {
  if (p.start === undefined || p.end === undefined) return p;
  const entity = entityAt(entities, p.start, p.end);
  return entity ? { ...p, entity } : p;
};

/** Links each statement's speaker and targets to an entity by an overlapping mention. */
export function linkStatements(statements: Statement[], entities: Entity[]): Statement[] {
  if (!entities.length) return statements;
  return statements.map((s) => ({ ...s, speaker: linkParty(entities, s.speaker), targets: s.targets.map((t) => linkParty(entities, t)) }));
}
