import type { Block, Entity, Lang, Sentence, TimeRef } from '../model/index.js';
import { findEntities, type ArticleHome } from '../entities/index.js';
import { findTimes } from '../time/index.js';
import type { Word } from '../text/words.js';
import { rulesExtractor, type StatementExtractor } from './extractor.js';

/** `words`, when given, are the words of the whole text (scanned once by analyze); `home`, the outlet's country (analyze/home.ts). */
export interface EntityInput { text: string; blocks: Block[]; sentences: Sentence[]; lang: Lang; words?: readonly Word[]; home?: ArticleHome; publishedAt?: string }
/** `words`, when given, are the shared words of the whole text (the time stage may take their keys). */
export interface TimeInput { text: string; sentences: Sentence[]; lang: Lang; publishedAt?: string; words?: readonly Word[] }

/** The replaceable stages of analysis, injected so that each can be tested or swapped alone. */
export interface AnalyzeStages {
  findEntities(input: EntityInput): Entity[];
  findTimes(input: TimeInput): TimeRef[];
  extractor: StatementExtractor;
}

/** An entity stage that finds nothing: for tests of later stages that must not depend on the gazetteer. */
export const noEntities = (_input: EntityInput): Entity[] => [];

/** Times without the rule id the time stage adds for tracing. */
const times = (input: TimeInput): TimeRef[] => findTimes(input).map(({ rule: _rule, ...t }) => t);

export const DEFAULT_STAGES: AnalyzeStages = Object.freeze({ findEntities, findTimes: times, extractor: rulesExtractor });
