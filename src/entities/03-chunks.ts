/** Title chunks (people named or described by a title), people named without a title, and unlisted bodies. */
import type { Lang } from '../model/index.js';
import type { Gazetteer } from './01-gazetteer.js';
import { givenNameChunk } from './03-chunks-names.js';
import { orgChunk } from './03-chunks-orgs.js';
import { titleChunk } from './03-chunks-titles.js';
import { type Ctx, wordTables } from './03-chunks-words.js';
import type { Tok } from './keys.js';
import type { GazMatch, OrgChunk, PersonChunk } from './types.js';

// The readers' exports, reachable from here as before the split.
export { feminineNisba } from './03-chunks-names.js';
export { dinNameIn, honouredNameIn, isTrailingName, speakerNameIn } from './03-chunks-speaker-names.js';
export { isGiven, isGivenWord } from './03-chunks-words.js';

/** Title chunks (people named or described by a title), people named without a title, and unlisted bodies. */
export function findChunks(toks: readonly Tok[], matches: readonly GazMatch[], g: Gazetteer, lang: Lang): { persons: PersonChunk[]; orgs: OrgChunk[] } {
  const at: (GazMatch | undefined)[] = new Array(toks.length);
  const cover: (GazMatch | undefined)[] = new Array(toks.length);
  for (const m of matches) {
    at[m.from] = m;
    for (let k = m.from; k < m.to; k++) cover[k] = m;
  }
  const c: Ctx = { toks, g, tables: wordTables(g), lang, at, cover };
  const persons: PersonChunk[] = [];
  const orgs: OrgChunk[] = [];
  for (let i = 0; i < toks.length; ) {
    // Most words start no chunk (a gazetteer match covers them, or chunkStart says so): passed over on one look-up.
    if (cover[i] || c.tables.chunkStart.get(toks[i]) === 0) {
      i++;
      continue;
    }
    const next = titleChunk(c, i, persons) ?? givenNameChunk(c, i, persons) ?? orgChunk(c, i, orgs);
    i = next ?? i + 1;
  }
  return { persons, orgs };
}
