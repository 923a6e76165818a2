import { speakersAgree } from './copy.js';
import type { Member } from './types.js';

// One named source telling one event to two outlets: a broad claim's `pair` (place.ts `broadBlock`) asks for two shared
// key entities, but a report's author is often linked in one outlet only (`منظمة هيومن رايتس ووتش` linked, `تقرير أصدرته
// منظمة هيومان رايتس ووتش` not), so the two keys share the event's one party and not the source. The same named person
// or body speaking on both sides stands in for the second entity; the window, actor, numbers, place and day checks still
// apply. Countries and unnamed sources (`مصادر يمنية`, every official keyed to `country:YE`) speak for too many to count.

/** Speaker keys of named people and bodies. */
const NAMED = /^(person|org):/u;

/** Does a named person or body (linked on at least one side) speak in both the group and the claim? */
export function sharesNamedSource(group: readonly Member[], claim: readonly Member[]): boolean {
  return group.some((m) => claim.some((n) => (NAMED.test(m.speakerKey) || NAMED.test(n.speakerKey)) && speakersAgree(m, n)));
}
