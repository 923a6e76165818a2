export type { Document } from './document.js';
export type { Article, Removed, RemovedReason, Repair, RepairKind, EncodingInfo } from './article.js';
export { LANGS, RTL_LANGS, dirOf } from './lang.js';
export type { Lang } from './lang.js';
export { STANCES, ENTITY_TYPES } from './analysis.js';
export type { Analysis, Block, Entity, EntityType, Mention, Party, Sentence, Span, Stance, Statement, TimeRef } from './analysis.js';
