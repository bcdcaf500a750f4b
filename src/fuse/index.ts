/** The fuse stage's public face. */
export { fuse, type FuseOptions, type FuseResult } from './fuse.js';
export type { PreviousEvent } from './ids.js';
export { blockKeys, clusteredBlockKeys, comparedBlockKeys } from './blocking.js';
export { BUSY_DAYS, mentionKeys, type BusyKeys } from './busy.js';
export { DEFAULT_RECENT_DAYS, publishedBefore } from './group.js';
export { scoreGrouping, type GroupingScore } from './score.js';
