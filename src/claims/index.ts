import type { Analysis, Statement } from '../model/index.js';
import { frameOf, keyOfFrame } from './frame.js';
import { sourceFromAnalysis } from './source.js';
import type { KeyResult } from './types.js';

// Claims: statements about one proposition, with their positions, across articles and languages.
// Pure grouping here; src/store/claims.ts stores them; placeClaims hooks them into ingest.

export { CLAIM_WINDOW_DAYS, MAX_KEY_ENTITIES, REQUIRED_SHARED_ENTITIES } from './constants.js';
export { ECHO_CONCEPT } from './echo.js';
export { groupArticle } from './group.js';
export { conceptOf, eventLexicon, findConcepts, isBroad, kindOf, parseEventLexicon, EventLexiconError, type ConceptKind, type ConceptMatch, type EventLexicon } from './lexicon.js';
export { chooseClaim, groupClaims, newClaimId, placeArticle, recordOf, redirect, type PlaceOptions } from './place.js';
export { sourceFromAnalysis, sourceFromStored, statementId } from './source.js';
export { statusOf, tally, timeline, titleOf } from './summary.js';
export { claimReview, type ClaimReview } from './jsonld.js';
export { placeClaims, mergeClaims, moveIn, moveOut, type CorrectionResult } from './store.js';
export * from './types.js';

/** The claim key of one statement of an analysis on its own (concept + canonical entities), or why it has none. */
export function claimKeyOf(statement: Statement, analysis: Analysis): KeyResult {
  const i = analysis.statements.indexOf(statement);
  if (i < 0) throw new Error('claimKeyOf: the statement is not one of the analysis');
  return keyOfFrame(frameOf(sourceFromAnalysis(analysis), i));
}
