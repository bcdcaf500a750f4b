/**
 * Every schema change, in order. Version N is the schema after migration N;
 * a database records its version in PRAGMA user_version. Never edit a
 * migration that has shipped: add the next one.
 */
import { initialSchema } from './001-initial.js';
import { fusionBlocksSchema } from './002-fusion-blocks.js';
import { eventKindCountsSchema } from './003-event-kind-counts.js';
import { mentionDayLabelSchema } from './004-mention-day-label.js';
import { mentionKeysSchema } from './005-mention-keys.js';
import { tallyCountrySchema } from './006-tally-country.js';
import { articlePublishedMonthSchema } from './007-article-published-month.js';
import { articleWrittenOnSchema } from './008-article-written-on.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'fusion blocks', sql: fusionBlocksSchema },
  { version: 3, name: 'event counts by kind', sql: eventKindCountsSchema },
  { version: 4, name: 'mention day label', sql: mentionDayLabelSchema },
  { version: 5, name: 'mentions by key; blocks by publication week and sentence', sql: mentionKeysSchema },
  { version: 6, name: 'tally country', sql: tallyCountrySchema },
  { version: 7, name: 'article publication month', sql: articlePublishedMonthSchema },
  { version: 8, name: 'article written on, or after', sql: articleWrittenOnSchema },
];
