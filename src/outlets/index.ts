/**
 * The outlets registry (data/outlets/outlets.tsv + a user's file): who an outlet is, where it
 * publishes, who owns it; and the chain of each statement (speaker → outlet → republishing site).
 */
export { statementChain, ownershipLabel, displayName, type StatementChain, type ChainStatement, type ChainLang } from './chain.js';
export { loadOutlets, shippedOutletsPath } from './load.js';
export { parseOutlets, OUTLET_COLUMNS } from './parse.js';
export { buildRegistry, mergeOutlets, nameKey } from './registry.js';
export { resolveOutlet, isRecord, type ResolvedOutlet, type ArticleOrigin } from './resolve.js';
export { OWNERSHIPS, OutletsFileError, type OutletRecord, type OutletRegistry, type Ownership, type UnlistedSite } from './types.js';
