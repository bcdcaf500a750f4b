/**
 * Blocks: fusion only compares mentions of one kind and country in nearby weeks, so a store can
 * re-fuse after an ingest by loading only the blocks the new mentions touch.
 */
import type { StoredMention } from '../model.js';
import { dayNumber, lastDayOfMonth } from './days.js';

const DAYS_PER_BUCKET = 7;
/** A range longer than this is blocked with the undated mentions: it says too little about the week. */
const LONGEST_BLOCKED_RANGE_DAYS = 35;
/** Matches every block of one kind and country. */
export const ANY_BUCKET = '*';
const UNDATED = 'undated';

function blockPrefix(m: StoredMention): string {
  return `${m.kind}|${m.country ?? '?'}|`;
}

/** The days a mention's date covers, or null when it fixes none closely enough to block on. */
function coveredDays(m: StoredMention): [number, number] | null {
  if (m.date === null || m.date_precision === 'unknown') return null;
  const first = dayNumber(m.date);
  const last = m.date_end ? dayNumber(m.date_end) : m.date_precision === 'month' ? lastDayOfMonth(m.date) : first;
  return last - first + 1 > LONGEST_BLOCKED_RANGE_DAYS ? null : [first, last];
}

function bucketsBetween(first: number, last: number): string[] {
  const keys: string[] = [];
  for (let w = Math.floor(first / DAYS_PER_BUCKET); w <= Math.floor(last / DAYS_PER_BUCKET); w++) keys.push(`w${w}`);
  return keys;
}

/** The blocks a mention belongs to: kind | country | week of each day its date covers (or `undated`). */
export function blockKeys(m: StoredMention): string[] {
  const days = coveredDays(m);
  const prefix = blockPrefix(m);
  return days ? bucketsBetween(days[0], days[1]).map((b) => prefix + b) : [prefix + UNDATED];
}

/**
 * The blocks whose mentions fusion may compare this one with: its own weeks and the weeks next to
 * them, the undated mentions of its kind and country, and for an undated mention every week from
 * its publication back to `historyDays` before (`ANY_BUCKET` when it has no publication date).
 */
export function comparedBlockKeys(m: StoredMention, historyDays: number): string[] {
  const prefix = blockPrefix(m);
  const days = coveredDays(m);
  if (days) return [...bucketsBetween(days[0] - DAYS_PER_BUCKET, days[1] + DAYS_PER_BUCKET), UNDATED].map((b) => prefix + b);
  if (m.date !== null && m.date_precision !== 'unknown') {
    const first = dayNumber(m.date);
    const last = m.date_end ? dayNumber(m.date_end) : lastDayOfMonth(m.date);
    return [...bucketsBetween(first - 1, last + 1), UNDATED].map((b) => prefix + b);
  }
  if (m.published === null) return [prefix + ANY_BUCKET];
  const published = dayNumber(m.published);
  return [...bucketsBetween(published - historyDays - 1, published + 1), UNDATED].map((b) => prefix + b);
}
