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
export { formatReport, formatEventReport, type FormatOptions } from './format.js';
export { SCORED_FIELDS, type ScoredField, type FieldMismatch } from './fields.js';
