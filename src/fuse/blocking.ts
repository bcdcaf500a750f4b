/**
 * Blocks: the store files each fused mention under a few keys so that a later fusion reads only what
 * new mentions can meet: a dated mention under its kind, country and weeks; an undated one under the
 * week its article was published, or written on when only its text tells that day (a dated incident
 * arriving later looks there for the reports of the days after it); and a long sentence under its
 * hash (copies of one story meet there, whatever their dates). What a mention with no date of its own
 * may join under a quiet key is read by key, not by block (busy.ts).
 */
import { createHash } from 'node:crypto';
import type { StoredMention } from '../model.js';
import { copiedSentence } from './copies.js';
import { dayNumber, lastDayOfMonth } from './days.js';
import { publicationDay } from './profile.js';

const DAYS_PER_BUCKET = 7;
/** A range longer than this is filed as undated: it says too little about the week. */
export const LONGEST_BLOCKED_RANGE_DAYS = 35;

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

function weeksBetween(first: number, last: number): number[] {
  const weeks: number[] = [];
  for (let w = Math.floor(first / DAYS_PER_BUCKET); w <= Math.floor(last / DAYS_PER_BUCKET); w++) weeks.push(w);
  return weeks;
}

function copyBlock(m: StoredMention): string[] {
  const sentence = copiedSentence(m);
  return sentence === null ? [] : [`copy|${createHash('sha1').update(sentence).digest('base64url')}`];
}

/**
 * The blocks a mention is filed under: kind | country | week of each day its date covers, or
 * kind | country | undated | week of its publication (none without one); and its long sentence.
 */
export function blockKeys(m: StoredMention): string[] {
  const days = coveredDays(m);
  const prefix = blockPrefix(m);
  const published = publicationDay(m);
  const own = days
    ? weeksBetween(days[0], days[1]).map((w) => `${prefix}w${w}`)
    : published === null
      ? []
      : [`${prefix}undated|w${Math.floor(published / DAYS_PER_BUCKET)}`];
  return [...own, ...copyBlock(m)];
}

/**
 * The blocks to read for a mention being fused: the weeks next to its dates (or, with no date, to
 * the days before its publication that it is first placed in); for a mention dated to a day, the
 * undated reports published in the `recentDays` after it, which may be reports of it; and its copies.
 */
export function comparedBlockKeys(m: StoredMention, recentDays: number): string[] {
  const prefix = blockPrefix(m);
  const days = coveredDays(m);
  const keys = copyBlock(m);
  const published = publicationDay(m);
  if (days) {
    for (const w of weeksBetween(days[0] - DAYS_PER_BUCKET, days[1] + DAYS_PER_BUCKET)) keys.push(`${prefix}w${w}`);
    if (m.date_precision === 'day') for (const w of weeksBetween(days[0] - 1, days[1] + recentDays + 1)) keys.push(`${prefix}undated|w${w}`);
  } else if (published !== null) {
    for (const w of weeksBetween(published - recentDays - 1, published + 1)) keys.push(`${prefix}w${w}`);
  }
  return keys;
}

/**
 * The blocks of the reports a mention dated to days is clustered with: of its kind and country, the weeks of its days
 * and of the day either side (atoms a day apart join; a report without a site joins the one site of its day that fits).
 */
export function clusteredBlockKeys(m: StoredMention): string[] {
  const days = coveredDays(m);
  return days === null ? [] : weeksBetween(days[0] - 1, days[1] + 1).map((w) => `${blockPrefix(m)}w${w}`);
}
