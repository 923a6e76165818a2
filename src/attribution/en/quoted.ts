import type { Doc, Draft } from '../types.js';

/** Rules whose speaker is written out before the cue inside the sentence. */
const EXPLICIT = new Set(['en-said-that']);
/** Pronouns that may report a third party inside a quotation ("He just announced that …"). */
const THIRD = new Set(['he', 'she']);
/** First and second person: the quoted speaker's own words, never a third party. */
const OWN = new Set(['i', 'we', 'you', 'me', 'us', 'they', 's']);

/**
 * A cue inside a quotation is the quoted speaker's own words, except a report of a third party
 * ("…the pro-Beijing camp have always claimed they have public support…", "He just announced that this
 * resignation will not be effective today"): a nested statement whose content stays inside the quotation.
 * Its speaker is not remembered as an antecedent (secondary).
 */
export function enReportsThirdParty(doc: Doc, d: Draft, quote: { start: number; end: number }): boolean {
  if (!EXPLICIT.has(d.rule) || d.direct || d.content[1] > quote.end || d.speaker.kind === 'inherit' || d.speaker.start < quote.start) return false;
  const words = doc.text.slice(d.speaker.start, d.speaker.end).toLowerCase().split(/[\s'’]+/);
  if (d.speaker.kind === 'pronoun' ? !THIRD.has(words[0]) : words.some((w) => OWN.has(w))) return false;
  // a named or determined party (the pro-Beijing camp, President Trump), not a bare common noun
  if (d.speaker.kind === 'span' && !/\p{Lu}/u.test(doc.text.slice(d.speaker.start, d.speaker.end)) && !/^(the|a|an)\s/i.test(doc.text.slice(d.speaker.start, d.speaker.end))) return false;
  if (doc.text.slice(d.content[0], d.content[1]).trim().split(/\s+/).length < 3) return false;
  d.secondary = true;
  return true;
}
