import { commaBefore } from '../clause.js';
import type { Stance } from '../../model/index.js';
import type { Doc } from '../types.js';
import { condemnedParty, doerInConstruct, genitiveName, objectOwner } from './target-owners.js';
import { nameAt } from './target-parties.js';
import { actAt, actDoer } from './target-acts.js';
import { ASKED_AFTER, objectParty } from './object-party.js';
import { MAX_ACT_TOKENS } from './target-doers.js';

// The accused, the one asked or the one warned as a cue's object (GUIDELINES `targets`), read by the verb rule as it
// finds the object and by target-objects.ts for rules that read none: the object party (object-party.ts) or the
// party the object names (its owner, the doer of its act, the name its verbal noun governs).

/** The name علي as written (its match key is the preposition على's). */
const NAME_ALI = 'علي';

/** True when token k is إلى or على (not the name علي, which shares على's match key). */
function askedAfter(doc: Doc, k: number): boolean {
  return ASKED_AFTER.has(doc.keys[k]) && doc.tokens[k].text !== NAME_ALI;
}

/** What the rule knows of a statement when its object is asked for a target. */
export interface TargetFrame {
  /** The cue's own stance (before the content shifts it). */
  stance: Stance;
  /** The content as found: its token start, whether it opens with a particle (أن، إن). */
  content: { from: number; complement: boolean };
  /** Token right after the cue, its subject and its adjuncts, where an object would start. */
  object: number;
  /** The frame preposition passed before the content (إلى in دعا إلى), or -1. */
  preposition: number;
  /** Sentence end (exclusive token). */
  end: number;
}

/**
 * The accused, the one asked or the one warned as the cue's object (GUIDELINES `targets`): the object party after the
 * cue (اتهم X بـ، دعا X إلى، طالب X بـ، حذر X من، طلب من X) or a listed name the verbal noun after it governs; else null,
 * and arabicContentTargets reads the content once the stance is shifted.
 */
export function arabicObjectTarget(doc: Doc, f: TargetFrame): [number, number] | null {
  const own = f.stance === 'accuse' || f.stance === 'demand' || f.stance === 'warn';
  // طلب من X أن: the one asked follows من; any other frame preposition (دعا إلى، حذر من، أشار إلى) opens what is
  // asked or warned of, not who.
  const objectAt = f.preposition < 0 ? f.object : f.stance === 'demand' && doc.keys[f.preposition] === 'من' ? f.preposition + 1 : -1;
  // داعين إلى سرعة إيصال المساعدات على …: after the cue's إلى or على comes what is asked, not who.
  const asksThing = f.stance === 'demand' && objectAt > 0 && askedAfter(doc, objectAt - 1) && !nameAt(doc, objectAt);
  if (own && !asksThing && !f.content.complement && objectAt >= 0 && objectAt === f.content.from) {
    // انتقد خطة تركيا: the accused is the name the object is about. طلب من X، يتمنى من X: after من the object is
    // the one asked.
    // (أدان التفجير، قصف المتمردين: an act names its doer in construct, or no one, ar/target-acts.ts.)
    if (f.stance === 'accuse' && actAt(doc, objectAt) && !objectOwner(doc, objectAt, f.end)) return actDoer(doc, objectAt, f.end);
    const t = (f.stance === 'accuse' ? condemnedParty(doc, objectAt, f.end) ?? objectOwner(doc, objectAt, f.end) ?? genitiveName(doc, objectAt, f.end) : null)
      // أدان بشدة الهجمات من قبل X: an act done by an agent is no party; the agent is read from the content.
      ?? (f.stance === 'accuse' && doneBy(doc, objectAt, f.end) ? null : objectParty(doc, f.stance, objectAt, f.end, doc.keys[objectAt - 1] === 'من' && f.stance === 'demand'));
    if (t) return t;
  }
  // حذر من تحرك بيونغ يانغ، طالب برحيل الأسد، انتقد خطة تركيا: a listed name in construct after the verbal noun the
  // cue (or its frame preposition) governs.
  if ((own || f.stance === 'deny' || f.stance === 'doubt') && !f.content.complement && f.content.from === (f.preposition < 0 ? f.object : f.preposition + 1)) {
    const t = (f.stance === 'accuse' ? condemnedParty(doc, f.content.from, f.end) : null)
      ?? (f.stance === 'deny' || f.stance === 'accuse' ? objectOwner(doc, f.content.from, f.end) : null) ?? genitiveName(doc, f.content.from, f.end)
      // استبعد إجراء الرئيس أي تعديل: a doubted act names its doer, a title or body phrase in construct, too.
      ?? (f.stance === 'doubt' ? doerInConstruct(doc, f.content.from, f.end) : null);
    if (t) return t;
  }
  return null;
}

/** True when من قبل ("by") follows the object at token `from` within a few words, with no comma: an act and its doer. */
function doneBy(doc: Doc, from: number, end: number): boolean {
  for (let i = from + 1; i + 1 < end && i < from + MAX_ACT_TOKENS; i++) {
    if (commaBefore(doc, i)) return false;
    if (doc.keys[i] === 'من' && doc.keys[i + 1] === 'قبل') return true;
  }
  return false;
}
