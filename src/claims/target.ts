import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { TARGET_MAX_WORDS_AFTER_EVENT } from './constants.js';
import { hasRole } from './frame-words.js';
import type { Frame } from './frame.js';

// What an event befell, as word order tells: the entity a preposition of target leads to right after the event phrase
// (`غارات جوية على مواقع الحوثيين`, `strikes on Houthi positions`). Read beside the actor (frame.ts `actorIn`) to keep
// apart two events of a broad concept in one article where one's actor is what the other befell (group.ts).

/**
 * Is the entity first named `at` what the event phrase ending `eventEnd` befell? A word of role `target` (frame-words.tsv)
 * stands between them, at most TARGET_MAX_WORDS_AFTER_EVENT words in all.
 */
export function befalls(text: string, lang: Lang, eventEnd: number, at: number): boolean {
  const between = tokenize(text, eventEnd, at);
  return between.length <= TARGET_MAX_WORDS_AFTER_EVENT && between.some((t) => hasRole(t.text, lang, 'target'));
}

/**
 * Do two statements of a broad concept cross roles: one names no actor, and what its event befell is the other's actor
 * (`قوات التحالف شنت غارات على مواقع الحوثيين` beside `الحوثيون شنوا هجوما على مواقع المقاومة`)? Two events, whatever
 * else they share.
 */
export const crossRoles = (a: Pick<Frame, 'actor' | 'target'>, b: Pick<Frame, 'actor' | 'target'>) =>
  (!a.actor && a.target !== undefined && a.target === b.actor) || (!b.actor && b.target !== undefined && b.target === a.actor);
