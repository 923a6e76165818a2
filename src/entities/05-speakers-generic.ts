import { lazyKeySet } from '../attribution/lexicon/index.js';
import type { Entity, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import type { Tok } from './keys.js';

// English speaker phrases of many unnamed people of a place, or of someone's relative (05-speakers.ts, before pass 1):
// `Hong Kong protesters`, `Critics from across Britain's political spectrum`, `The wife of a jailed Saudi blogger`. The
// entity stage linked the phrase to the country its place or nationality names; they do not speak for the state, so the
// phrase stays unlinked.

/** Match keys of nouns of people who speak for no state (crowds, relatives), from data/lexicons/en/non-state-people.tsv. */
const nonStatePeople = lazyKeySet('en', 'non-state-people.tsv');
/** Words after the head of a speaker phrase that open what it is qualified by (`Critics from across Britain's …`). */
const QUALIFIERS = new Set(['of', 'from', 'in', 'across', 'within', 'including', 'at']);

/**
 * For an English speaker linked to a country, the statement unlinked when the phrase's head (its last word before
 * `of`, `from`, `in`, `including` …, else its last word) is a plural noun of people who speak for no state; undefined
 * otherwise.
 */
export function unlinkedPeople(toks: readonly Tok[], entities: Iterable<Entity>, s: Statement): Statement | undefined {
  const { start, end, entity } = s.speaker;
  if (start === undefined || end === undefined || !entity) return undefined;
  let linked: Entity | undefined;
  for (const e of entities) if (e.id === entity) linked = e;
  if (linked?.type !== 'country') return undefined;
  const ws: Tok[] = [];
  for (let i = firstWordAt(toks, start); i < toks.length && toks[i].end <= end; i++) ws.push(toks[i]);
  const q = ws.findIndex((w, k) => k > 0 && QUALIFIERS.has(w.key));
  const head = ws[(q > 0 ? q : ws.length) - 1];
  if (!head || !nonStatePeople().has(head.key)) return undefined;
  const speaker = { ...s.speaker };
  delete speaker.entity;
  return { ...s, speaker };
}
