// Marks over a text (statements, entity mentions) nested into a tree that renders as elements.

export interface Mark {
  /** Half-open [start, end) in the same coordinates as the text's `offset`. */
  start: number;
  end: number;
  kind: 'statement' | 'entity';
  /** Index into the caller's list of statements or entities. */
  ref: number;
}

export type Piece = string | { mark: Mark; children: Piece[] };

const order = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? a.ref - b.ref : a.kind === 'statement' ? -1 : 1);

/**
 * Nests the marks that fall inside `text` (which starts at `offset`) into pieces. A mark that
 * crosses the end of an earlier one is split in two, so every piece is well nested; an entity
 * inside an entity is dropped (a link cannot hold a link).
 */
export function nestMarks(text: string, offset: number, marks: readonly Mark[]): Piece[] {
  const end = offset + text.length;
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(m.start, offset), end: Math.min(m.end, end) }))
    .filter((m) => m.start < m.end)
    .sort(order);
  const build = (lo: number, hi: number, list: Mark[], inEntity: boolean): Piece[] => {
    const out: Piece[] = [];
    let pos = lo;
    let rest = list;
    while (rest.length) {
      let m = rest[0];
      rest = rest.slice(1);
      if (m.end <= pos) continue;
      if (m.start < pos) m = { ...m, start: pos };
      if (inEntity && m.kind === 'entity') continue;
      if (m.start > pos) out.push(text.slice(pos - offset, m.start - offset));
      const inner: Mark[] = [];
      const after: Mark[] = [];
      for (const n of rest) {
        if (n.start >= m.end) after.push(n);
        else if (n.end <= m.end) inner.push(n);
        else {
          inner.push({ ...n, end: m.end });
          after.push({ ...n, start: m.end });
        }
      }
      out.push({ mark: m, children: build(m.start, m.end, inner, inEntity || m.kind === 'entity') });
      pos = m.end;
      rest = after.sort(order);
    }
    if (pos < hi) out.push(text.slice(pos - offset, hi - offset));
    return out;
  };
  return build(offset, end, inside, false);
}
