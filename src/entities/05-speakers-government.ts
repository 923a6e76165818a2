import type { Entity, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import type { Tok } from './keys.js';
import { governmentNouns } from './05-speakers-en.js';
import { HOME_COUNTRY_LEAD, MIN_HOME_COUNTRY_MENTIONS } from './constants.js';
import { AR_ARTICLE } from './05-speakers-state.js';

/** A country's government as a whole (حكومة, سلطات), as match keys without the article; not its embassy. */
const AR_WHOLE_GOVERNMENT = new Set(['حكومه', 'سلطات']);

// `the government` or `authorities` alone as a speaker (05-speakers.ts, pass 3): in English, the country whose government
// the article names in full (`Samoan government`, `the government of Burundi`), when it names one only; in Arabic
// (`وقالت الحكومة`), the country the article is about.

/** Words a bare government phrase may end with: what it issued (`The government statement`). */
const ISSUED = new Set(['statement']);

/**
 * For an unlinked English speaker that is a government noun alone, after `the` or not (`The government`,
 * `authorities`, `The government statement`): the one country the article writes right before or after a government
 * noun (`Samoan government`, `government of Burundi`); undefined when it writes none or several.
 */
export function governmentOf(toks: readonly Tok[], entities: Iterable<Entity>, s: Statement): string | undefined {
  const { start, end, entity } = s.speaker;
  if (start === undefined || end === undefined || entity) return undefined;
  const ws: Tok[] = [];
  for (let i = firstWordAt(toks, start); i < toks.length && toks[i].end <= end; i++) ws.push(toks[i]);
  const rest = ws[0]?.key === 'the' ? ws.slice(1) : ws;
  const last = rest.length > 1 && ISSUED.has(rest[rest.length - 1].key) ? rest.length - 1 : rest.length;
  if (last !== 1 || !governmentNouns().has(rest[0].key)) return undefined;
  const countries = [...entities].filter((e) => e.type === 'country');
  const countryAt = (t: Tok | undefined) => t && countries.find((e) => e.mentions.some((m) => m.start < t.end && t.start < m.end));
  const found = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (!governmentNouns().has(toks[i].key) || toks[i].start === rest[0].start) continue;
    const before = i > 0 && toks[i].gap === 'tight' ? countryAt(toks[i - 1]) : undefined;
    const after = toks[i + 1]?.key === 'of' && toks[i + 1].gap === 'tight' && toks[i + 2]?.gap === 'tight' ? countryAt(toks[i + 2]) : undefined;
    for (const e of [before, after]) if (e) found.add(e.id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * For an unlinked Arabic speaker that is a government noun alone with the article (`وقالت الحكومة`, `السلطات`): the
 * country the article is about, as far as the speaker (the one it names most before it, at least
 * MIN_HOME_COUNTRY_MENTIONS times and more than twice as often as any other), as an Arabic report names a country's
 * government by the noun alone once it has said where it is. Undefined when no country stands out.
 */
export function homeGovernmentOf(toks: readonly Tok[], entities: Iterable<Entity>, s: Statement): string | undefined {
  const { start, end, entity } = s.speaker;
  if (start === undefined || end === undefined || entity) return undefined;
  const i = firstWordAt(toks, start);
  const w = toks[i];
  if (!w || w.end !== end || !w.key.startsWith(AR_ARTICLE) || !AR_WHOLE_GOVERNMENT.has(w.key.slice(AR_ARTICLE.length))) return undefined;
  const counts = [...entities].filter((e) => e.type === 'country')
    .map((e) => ({ id: e.id, n: e.mentions.filter((m) => m.end <= start).length })).sort((a, b) => b.n - a.n);
  const [top, next] = counts;
  if (!top || top.n < MIN_HOME_COUNTRY_MENTIONS || (next && top.n <= HOME_COUNTRY_LEAD * next.n)) return undefined;
  return top.id;
}
