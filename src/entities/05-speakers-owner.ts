import type { Lexicon } from '../attribution/lexicon/index.js';
import type { Entity, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { OWNER_RUN_ON_MAX_WORDS } from './constants.js';
import type { Tok } from './keys.js';

// English speaker phrases that name a person only as whose someone is (05-speakers.ts, before pass 1): `Former Trump
// adviser`, `Biden spokesman`, `Johnson's critics`. The entity stage linked the phrase to the person it names; the
// speaker is the adviser, not Trump.

/** What the reading needs of the article and the speakers pass. */
export interface OwnerContext {
  toks: readonly Tok[];
  lex: Lexicon;
  /** The article's entities, those the speakers pass added included. */
  entities(): Iterable<Entity>;
}

/** Title-word kinds that name someone of a person (adviser, spokesman, critics), not a body of theirs (campaign, office). */
const OF_PERSON = new Set(['title', 'role', 'unnamed']);

/**
 * For an English speaker linked to a person whose last mention in the phrase is followed there by a lower-case title,
 * role or unnamed-source word and nothing capitalised after it (`Former Trump adviser`, `Johnson's critics`): the
 * relinked speaker, to the person the sentence names right after the phrase, past `and` or a comma and lower-case or
 * title words (`… adviser and retired general Michael Flynn`), else to none. Undefined: the phrase is no such one.
 */
export function ownerOnly(c: OwnerContext, s: Statement): Statement | undefined {
  const { start, end, entity } = s.speaker;
  if (start === undefined || end === undefined || !entity) return undefined;
  const all = [...c.entities()];
  const linked = all.find((e) => e.id === entity);
  const inside = linked?.type === 'person' ? linked.mentions.filter((m) => m.start >= start && m.end <= end) : [];
  if (!inside.length) return undefined;
  const { toks } = c;
  const j = firstWordAt(toks, inside[inside.length - 1].end) - 1;
  const next = toks[j + 1];
  if (j < 0 || !next || next.end > end || next.gap !== 'tight' || next.cap || !OF_PERSON.has(c.lex.titleWords.get(next.key)?.kind ?? '')) return undefined;
  for (let k = j + 2; k < toks.length && toks[k].end <= end; k++) if (toks[k].cap) return undefined;
  const unlinked: Statement = { ...s, speaker: { ...s.speaker, entity: undefined } };
  delete unlinked.speaker.entity;
  const from = firstWordAt(toks, end);
  const personAt = (t: Tok | undefined) => t && all.find((e) => e.type === 'person' && e.mentions.some((m) => m.start === t.start && m.via !== 'title' && m.via !== 'role'));
  // In apposition after a comma (`Another former Trump adviser, Sebastian Gorka`).
  if (toks[from]?.gap === 'comma') {
    const named = personAt(toks[from]);
    return named ? { ...s, speaker: { ...s.speaker, entity: named.id } } : unlinked;
  }
  if (toks[from]?.key !== 'and' || toks[from].gap !== 'tight') return unlinked;
  // After `and`, lower-case words that are no function words, then a title right before the name (`retired general`).
  for (let k = from + 1; k < toks.length && k - from <= OWNER_RUN_ON_MAX_WORDS; k++) {
    const t = toks[k];
    if (t.gap !== 'tight') break;
    const named = k > from + 1 && c.lex.titleWords.has(toks[k - 1].key) ? personAt(t) : undefined;
    if (named) return { ...s, speaker: { ...s.speaker, entity: named.id } };
    if (t.cap && !c.lex.titleWords.has(t.key) || c.lex.words.has(t.key)) break;
  }
  return unlinked;
}
