/** The scorer behind `sitrep eval`. */
export { readGold, parseGold, GoldFormatError, type GoldArticle, type GoldMention, type GoldTally } from './gold.js';
export {
  scoreMentions,
  matchedPairs,
  DEFAULT_NEAR_KM,
  type EvalReport,
  type ArticleReport,
  type MatchedPair,
  type ScoreOptions,
  type SystemArticle,
} from './score.js';
export { scoreEvents, type EventReport, type SystemEventRef, type EventMentionRef } from './events.js';
export { formatReport, formatEventReport, formatSubsetReport, type FormatOptions } from './format.js';
export { drawSubsets, summarizeSubsets, type SubsetOptions, type SubsetReport } from './subsets.js';
export { SCORED_FIELDS, type ScoredField, type FieldMismatch } from './fields.js';
