import type { Statement } from '../model/index.js';
import { findStatements, RULES_EXTRACTOR_ID, type FindStatementsInput } from '../attribution/index.js';

/** A pluggable statement finder: the rule-based one is the default; a model-based one can replace it. */
export interface StatementExtractor {
  /** Recorded in Analysis.extractor (`rules@1`). */
  id: string;
  find(input: FindStatementsInput): Statement[];
}

export const rulesExtractor: StatementExtractor = { id: RULES_EXTRACTOR_ID, find: findStatements };
