// Republication: copies, near-copies and translations of one article by another, and which came first.
export { compareCopies, type CopyComparison, type CopyEvidence, type CopyKind } from './copies.js';
export { anchorsOf, fingerprint, type Fingerprint, type FingerprintInput } from './fingerprint.js';
export { bandKeys, estimateJaccard, minhash, shingles, signature } from './minhash.js';
export { isEarlier, placeRepublication, republicationIndex, type PlaceRepublicationResult } from './place.js';
export { RepublicationIndex, type CopyCandidate, type IndexEntry, type TranslationCandidate, type TranslationQuery } from './republication-index.js';
export { isTranslation, paragraphsAgree, translationEvidence, type Signal, type TranslationEvidence, type TranslationResult } from './translation.js';
