import type { Cue } from '../lexicon/index.js';

// Verbs that report only with their speaker named in their own clause (after them, or before them), never handed to
// the last speaker by a pro-drop reading (cues.tsv, the cue-gaps block):
// - عبّر عن, masculine perfect: in news it mostly heads a plural subject that the subject reader leaves out of reach
//   (وعبّر الوزراء عن قلقهم، وعبّر الطالب فلان، عن سعادته), so a pro-drop reading gives the statement to the wrong source;
// - استنكر "denounced": its subject, when unread (استنكرت الأمانة العامة لمنظمة …، التصريحات), is taken into the content,
//   which then swallows the statement it denounces (… التي ادعى فيها بأن …) and takes its place in claims (dev2).

/** Cue forms (as written in cues.tsv) and lemmas of verbs that need a named speaker. */
const NAMED_FORMS = new Set(['عبر']);
const NAMED_LEMMAS = new Set(['استنكر']);

/** True when the cue reports nothing unless its speaker is named in its own clause (participles go on with the last one). */
export function needsNamedSpeaker(cue: Cue): boolean {
  return cue.kind === 'verb' && (NAMED_FORMS.has(cue.form) || NAMED_LEMMAS.has(cue.lemma));
}
