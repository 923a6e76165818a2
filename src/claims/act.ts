import type { Stance } from '../model/index.js';

// A call for an act (stance `demand`: `urged the parties to stop the shelling`, `دعا إلى وقف القصف`) and an account of
// what is, was or will be (assert, accuse, warn, deny, doubt: `the shelling went on for a week`) are two propositions
// (R1), however many words they share. The rules that join statements of one article as details or halves of one point
// by their shared words (speaker-detail.ts, event-details.ts, continuation.ts for one speaker's halves) join an account
// to an account and a call to a call. Across articles the echo rules do not ask: another outlet reprints the same
// sentence read with another stance as often as not.
// Session 17 (precision), the three together: dev9 P 0.636 → 0.700 (continuation.ts and speaker-detail.ts both needed:
// either alone leaves the call joined through the other), dev10 0.451 → 0.482 (speaker-detail.ts), dev8 0.684 → 0.765
// (event-details.ts, on top of continuation.ts's entities rule); no set lost a right pair but dev10 (R 0.198 → 0.196).

/** Do two statements make the same kind of act: both calls for one (`demand`), or both accounts? */
export const sameAct = (a: Stance, b: Stance): boolean => (a === 'demand') === (b === 'demand');
