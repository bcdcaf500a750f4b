/** The fuse stage's public face. */
export { fuse, type FuseOptions, type FuseResult } from './fuse.js';
export type { PreviousEvent } from './ids.js';
export { blockKeys, comparedBlockKeys, ANY_BUCKET } from './blocking.js';
export { countEventsInPeriod, type PeriodCount } from './tallies.js';
export { scoreGrouping, type GroupingScore } from './score.js';
