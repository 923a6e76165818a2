import { sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { isBiPhrase } from './speaker-words.js';
import { isPluralNoun } from './number.js';
import { subjectBefore } from './cue-subject-before.js';

// A ف-cue's written subject after the topic particle أما (أما الوزير، فقد أكد): the phrase right after the particle.

/** قد with the ف that answers أما, as a match key. */
const FA_QAD = 'فقد';

/** True when the cue follows فقد (أما X فقد V): its subject may be the topic after أما (topicSubject). */
export function afterTopicQad(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  return !hit.prefixed && hit.start > 0 && doc.keys[hit.start - 1] === FA_QAD;
}

/**
 * أما المزارعون، فقد حمّلوا: a plural verb's topic may be a plural noun of people with no title (subjectBefore reads
 * only title- or name-headed phrases); أما, checked by topicSubject, must stand right before it.
 */
function pluralTopic(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, at: number, floor: number): [number, number] | null {
  if (hit.cue.gender !== 'pl') return null;
  const s = arabicSubjectBefore(doc, at, floor);
  return s < at && isPluralNoun(doc, s) ? [s, at] : null;
}

/** Prepositions that open a topic after أما (أما بخصوص …، أما بشأن …), as match keys. */
const TOPIC_PREPOSITIONS = new Set(['بخصوص', 'بشان', 'حول', 'عن', 'في']);

/**
 * أما سامي العلي، عضو الهيئة العليا للحزب، فقال: after the topic particle أما, a ف-cue's subject is the phrase right
 * after the particle (a name, with a title in apposition, or a title-headed phrase); أما الاستثمارات … فقال has none.
 */
export function topicSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  // أما الوزير، فقد أكد: ف is written on قد, which then stands where the ف-cue would.
  const at = afterTopicQad(doc, hit) ? hit.start - 1 : hit.start;
  if (!doc.tokens[at].text.startsWith('ف')) return null;
  const floor = sentenceStart(doc, at);
  const s = subjectBefore(doc, at) ?? pluralTopic(doc, hit, at, floor);
  // أما بخصوص الخطة فأفاد: a topic opened by a preposition names no speaker.
  return s && s[0] > floor && doc.keys[s[0] - 1] === 'اما' && doc.tokens[s[0] - 1].text.replace(/^و/, '') === 'أما'
    && !isBiPhrase(doc.keys[s[0]]) && !TOPIC_PREPOSITIONS.has(doc.keys[s[0]]) ? s : null;
}
