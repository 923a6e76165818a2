/** Bodies not in the gazetteer: an English capitalised run ending in a head noun, an Arabic head noun and a nisba. */
import type { Gazetteer } from './01-gazetteer.js';
import { startWithoutClitics } from './02-match.js';
import { type Ctx, textOf } from './03-chunks-words.js';
import type { Tok } from './keys.js';
import type { OrgChunk } from './types.js';

/** Lower-case words inside the name of a body (Cinema for Peace Foundation). */
const EN_ORG_LINKS = new Set(['of', 'for', 'and']);

/** org-heads.tsv's `between` for the first form of the word that is a head noun (وزارة، الجيش), if any. */
function orgHeadGap(c: Ctx, t: Tok): number | undefined {
  const v = c.tables.orgHeadGap.get(t);
  return v === 0 ? undefined : v - 1;
}

/** The first form of a word that is a body's head noun. */
function orgHeadForm(t: Tok, g: Gazetteer): string | undefined {
  return t.forms.find((f) => g.orgHeads.has(f));
}

/** A word of an English body's capitalised run: capitalised, or a link word before a capitalised one. */
function inOrgRun(toks: readonly Tok[], n: number): boolean {
  return toks[n].cap || (EN_ORG_LINKS.has(toks[n].key) && !!toks[n + 1]?.cap);
}

// No closures in orgChunk (and titleChunk): they run at every word, and the context of what a closure captures is
// allocated on every entry to the function, whether the closure is made or not.

/** A body not in the gazetteer: English capitalised run ending in a head noun; Arabic head noun + nisba. */
export function orgChunk(c: Ctx, i: number, out: OrgChunk[]): number | undefined {
  const { toks, g } = c;
  const t = toks[i];
  if (c.cover[i]) return undefined;
  if (!t.arabic) {
    if (!t.cap || g.stop.has(t.key)) return undefined;
    let k = i;
    while (k < toks.length && (k === i || toks[k].gap === 'tight') && inOrgRun(toks, k) && !c.cover[k]) k++;
    let head = -1;
    for (let h = i + 1; h < k; h++) if (g.orgHeads.has(toks[h].key)) head = h;
    if (head < 0) return undefined;
    const chunk: OrgChunk = { start: t.start, end: toks[head].end, text: textOf(toks, i, head + 1) };
    const after = toks[head + 1]?.key === 'of' && toks[head + 2]?.gap === 'tight' ? c.at[head + 2] : undefined;
    if (after?.type === 'country') {
      chunk.country = after.entity;
      chunk.end = after.end;
    }
    out.push(chunk);
    return head + 1;
  }
  const between = orgHeadGap(c, t);
  if (between === undefined) return undefined;
  for (let k = i + 1; k <= i + 1 + between && k < toks.length; k++) {
    if (toks[k].gap !== 'tight') return undefined;
    const m = c.at[k];
    if (m?.via === 'nisba') {
      const head = orgHeadForm(t, g)!;
      out.push({ start: startWithoutClitics(t, head), end: m.end, text: [head, textOf(toks, i + 1, m.to)].join(' '), country: m.entity });
      return m.to;
    }
    if (c.cover[k]) return undefined;
  }
  return undefined;
}
