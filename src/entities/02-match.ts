import type { Alias, Gazetteer } from './01-gazetteer.js';
import { caseOk, type Tok } from './keys.js';
import type { GazMatch } from './types.js';
import { DIACRITICS_CLASS, TATWEEL, FORMAT_CONTROLS_CLASS } from '../text/chars.js';

const POSSESSIVE = /['’]s$/;
const NOT_A_LETTER = new RegExp(`[${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]`);

/**
 * Start offset of a word without the proclitics its matched form dropped (بالكرملين → الكرملين, وبيونغ → بيونغ),
 * so that a mention shows the name only. لل is left whole: its article letter is elided (للأمم).
 */
export function startWithoutClitics(tok: Tok, form: string): number {
  if (form === tok.key || !tok.key.endsWith(form)) return tok.start;
  let drop = tok.key.length - form.length;
  // Keep the article on display (الكوري, not كوري): only conjunctions and prepositions are cut.
  if (tok.key.slice(0, drop).endsWith('ال')) drop -= 2;
  if (drop <= 0) return tok.start;
  let i = 0;
  while (i < tok.text.length && drop > 0) {
    if (!NOT_A_LETTER.test(tok.text[i])) drop--;
    i++;
  }
  return tok.start + i;
}

/**
 * Every gazetteer alias in the words, longest first, left to right, not overlapping. An alias marked prior-only
 * (الشمال) counts only after its entity was matched earlier in the text.
 */
export function matchGazetteer(toks: readonly Tok[], g: Gazetteer): GazMatch[] {
  const out: GazMatch[] = [];
  const seen = new Set<string>();
  const accept = (a: Alias, from: number, to: number): boolean => {
    if (a.cases.length !== to - from || (a.priorOnly && !seen.has(a.entity))) return false;
    for (let k = 0; k < a.cases.length; k++) if (!caseOk(a.cases[k], toks[from + k])) return false;
    return true;
  };
  for (let i = 0; i < toks.length; ) {
    const hit = g.aliases.longestAt(toks, i, accept);
    if (!hit) {
      i++;
      continue;
    }
    const alias = hit.values[0];
    const entity = g.entities.get(alias.entity);
    if (entity) {
      seen.add(entity.id);
      const last = toks[hit.to - 1];
      out.push({
        from: hit.from, to: hit.to, start: startWithoutClitics(toks[hit.from], hit.firstForm),
        end: POSSESSIVE.test(last.key) ? last.end - 2 : last.end,
        entity: entity.id, type: entity.type, via: alias.via, priorOnly: alias.priorOnly,
      });
    }
    i = hit.to;
  }
  return out;
}
