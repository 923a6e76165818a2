import type { Frame } from './frame.js';
import type { Position } from './types.js';

// How one article's concept group (group.ts) names each entity: inside its statements' contents (or the title), or as
// their speaker. A statement joins such a group by an entity shared in the same role — both name it, or both are said by
// it. Across roles (one said by X, the other about X) only an answer meets an assertion: `Iran denied the attack` beside
// `the US accused Iran of the attack` is one claim, but `Trump said he won the election` beside `Schwarzman said the
// president should accept the election outcome` are two propositions that only share their subject.

/** A position a group's statement took towards its content, or `title` for the headline's entities. */
type RolePosition = Position | 'title';

export interface EntityRoles {
  /** Entity → the positions of the statements (or the title) that name it in their content. */
  named: Map<string, Set<RolePosition>>;
  /** Entity → the positions of the statements it speaks. */
  spoken: Map<string, Set<RolePosition>>;
}

export const noRoles = (): EntityRoles => ({ named: new Map(), spoken: new Map() });

function add(m: Map<string, Set<RolePosition>>, id: string, p: RolePosition): void {
  let s = m.get(id);
  if (!s) m.set(id, (s = new Set()));
  s.add(p);
}

/** Records the entities of a statement joining the group. */
export function addFrame(r: EntityRoles, f: Pick<Frame, 'about' | 'speakerEntity' | 'position'>): void {
  for (const e of f.about) add(r.named, e, f.position);
  if (f.speakerEntity) add(r.spoken, f.speakerEntity, f.position);
}

/** Records the headline's entities of a group made from the title (group.ts `headlineGroupFor`). */
export function addTitle(r: EntityRoles, ids: readonly string[]): void {
  for (const e of ids) add(r.named, e, 'title');
}

/** Does a position set hold one other than `p` (an answer across roles)? The title takes no position: always other. */
const answers = (ps: Set<RolePosition> | undefined, p: Position) => Boolean(ps) && [...ps!].some((q) => q !== p);

/** Does the statement share an entity with the group in one role, or across roles as an answer? */
export function sharesEntity(r: EntityRoles, f: Pick<Frame, 'about' | 'speakerEntity' | 'position'>): boolean {
  if (f.about.some((e) => r.named.has(e) || answers(r.spoken.get(e), f.position))) return true;
  const sp = f.speakerEntity;
  return sp !== undefined && (r.spoken.has(sp) || answers(r.named.get(sp), f.position));
}
