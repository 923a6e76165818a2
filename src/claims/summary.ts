import type { Lang } from '../model/index.js';
import { TITLE_MAX_CHARS } from './constants.js';
import { conceptOf } from './lexicon.js';
import { attributedTitle, openingPronoun } from './title-speaker.js';
import type { Member, Position } from './types.js';

// What a claim's statements add up to: its title, its dates, its status.

/** How many distinct sources (speaker entity, else speaker text) hold each position. */
export function tally(members: Member[]): Record<Position, number> {
  const seen: Record<Position, Set<string>> = { for: new Set(), against: new Set(), unsure: new Set() };
  for (const m of members) seen[m.position].add(m.speakerKey);
  return { for: seen.for.size, against: seen.against.size, unsure: seen.unsure.size };
}

/** "asserted by 2 sources, denied by 3, unconfirmed by 1" (zero counts left out). */
export function statusOf(members: Member[]): string {
  const t = tally(members);
  const parts = ([['asserted', t.for], ['denied', t.against], ['unconfirmed', t.unsure]] as const)
    .filter(([, n]) => n > 0)
    .map(([verb, n], i) => `${verb} by ${n}${i === 0 ? (n === 1 ? ' source' : ' sources') : ''}`);
  return parts.length ? parts.join(', ') : 'no sources';
}

/** Members in time order (then as placed): the timeline. */
export function timeline(members: Member[]): Member[] {
  return members.map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i).map(({ m }) => m);
}

export interface Dated {
  firstSeen: string;
  lastSeen: string;
  /** The language of the first statement seen. */
  lang: Lang;
}

export function datesOf(members: Member[]): Dated {
  const t = timeline(members);
  return { firstSeen: t[0].date, lastSeen: t[t.length - 1].date, lang: t[0].lang };
}

/**
 * The claim's most complete formulation, in the language it was first seen in: the content naming the most
 * of its key entities, then one that does not open with a pronoun, then one that carries the proposition (for), then the
 * most entities, then the longest. A pronoun left at its start is preceded by the speaker's name (title-speaker.ts).
 */
export function titleOf(members: Member[], keyEntities: string[]): string {
  const { lang } = datesOf(members);
  // Never a content of another language than the one the claim is shown in (its `lang`: the page's dir and lang).
  const own = members.filter((m) => m.lang === lang);
  const pool = own.filter((m) => m.rule === 'concept-entities' || m.rule === 'concept-in-article' || m.rule === 'concept-speaker');
  const from = pool.length ? pool : own;
  const score = (m: Member) => [m.entities.filter((e) => keyEntities.includes(e)).length, openingPronoun(m.content, m.lang) ? 0 : 1, m.position === 'for' ? 1 : 0, m.entities.length, m.content.length];
  const best = [...from].sort((a, b) => {
    const sa = score(a), sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return 0;
  })[0];
  return shorten(attributedTitle(formulation(best.content), best.speaker.text, best.lang));
}

/** A clause break: a comma or semicolon (Arabic or Latin). */
const CLAUSE_BREAK = /[,،;؛]/u;

/** Fewest words a title cut at a clause break keeps: `After elections,` alone names the event but says nothing of it. */
const MIN_TITLE_WORDS = 6;

/**
 * The content up to the end of the clause that names the event (`…لقوات إلى منطقة الصراع، واستدعت…` stops at the comma):
 * the first clause break after the event word that leaves MIN_TITLE_WORDS words or more, else the whole content.
 */
export function formulation(content: string): string {
  const text = content.trim();
  const at = conceptOf(text)?.end;
  let end = text.length;
  if (at !== undefined) {
    for (let i = at; i < text.length; i++) {
      if (!CLAUSE_BREAK.test(text[i])) continue;
      if (text.slice(0, i).trim().split(/\s+/).length >= MIN_TITLE_WORDS) { end = i; break; }
    }
  }
  return text.slice(0, end).trim().replace(/[.،,؛;:]+$/u, '');
}

function shorten(text: string): string {
  if (text.length <= TITLE_MAX_CHARS) return text;
  const cut = text.slice(0, TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > TITLE_MAX_CHARS / 2 ? cut.slice(0, space) : cut) + '…';
}
