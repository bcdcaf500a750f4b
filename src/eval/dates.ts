/** Dates as day intervals: how two mentions' dates agree (for matching) and whether a system date is right. */
import type { DatePrecision } from '../model.js';

const MS_PER_DAY = 86_400_000;
/** A span longer than this many days is "longer than a month" (GUIDELINES "Scoring"). */
const MONTH_DAYS = 31;

export interface DatedMention {
  date: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
}

/** Inclusive interval of day numbers (days since 1970-01-01). */
export interface DayInterval {
  first: number;
  last: number;
}

/** Day number of YYYY-MM-DD, or null when the string is not such a date. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

function monthInterval(iso: string): DayInterval | null {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return {
    first: Date.UTC(year, month, 1) / MS_PER_DAY,
    last: Date.UTC(year, month + 1, 1) / MS_PER_DAY - 1,
  };
}

/** The days a mention's date covers, or null when it has no date. */
export function dateInterval(mention: DatedMention): DayInterval | null {
  if (mention.date === null) return null;
  if (mention.date_precision === 'month') return monthInterval(mention.date);
  const first = dayNumber(mention.date);
  if (first === null) return monthInterval(mention.date);
  const end = mention.date_precision === 'day' || mention.date_end === null ? null : dayNumber(mention.date_end);
  return { first, last: end !== null && end >= first ? end : first };
}

/** How two dates agree for matching: 'overlap' (same day or overlapping spans), 'adjacent' (±1 day), 'undated' (one side has no date). */
export type DateAgreement = 'overlap' | 'adjacent' | 'undated';

export function dateAgreement(a: DatedMention, b: DatedMention): DateAgreement | null {
  const left = dateInterval(a);
  const right = dateInterval(b);
  if (left === null || right === null) return 'undated';
  const gap = Math.max(0, right.first - left.last, left.first - right.last);
  if (gap === 0) return 'overlap';
  const eitherIsDay = a.date_precision === 'day' || b.date_precision === 'day';
  return gap === 1 && eitherIsDay ? 'adjacent' : null;
}

/**
 * The date rule of GUIDELINES "Scoring": gold `day` — the same day; gold `month` or `range` —
 * the system's date lies inside it (or is unknown when the span is longer than a month);
 * gold `unknown` — the system says unknown too.
 */
export function isDateRight(gold: DatedMention, system: DatedMention): boolean {
  const goldSpan = dateInterval(gold);
  const systemSpan = dateInterval(system);
  if (goldSpan === null) return systemSpan === null;
  if (gold.date_precision === 'day') {
    return systemSpan !== null && systemSpan.first === goldSpan.first && systemSpan.last === goldSpan.first;
  }
  if (systemSpan === null) return goldSpan.last - goldSpan.first + 1 > MONTH_DAYS;
  return systemSpan.first >= goldSpan.first && systemSpan.last <= goldSpan.last;
}

/** Whether two YYYY-MM-DD dates are at most `tolerance` days apart. */
export function withinDays(a: string, b: string, tolerance: number): boolean {
  const left = dayNumber(a);
  const right = dayNumber(b);
  return left !== null && right !== null && Math.abs(left - right) <= tolerance;
}

/** Human form of a mention's date: "2024-01-05", "2024-01-05..2024-01-07", "2024-01 (month)", "unknown". */
export function describeDate(mention: DatedMention): string {
  if (mention.date === null) return 'unknown';
  if (mention.date_precision === 'month') return `${mention.date.slice(0, 7)} (month)`;
  if (mention.date_precision === 'range' && mention.date_end !== null) return `${mention.date}..${mention.date_end}`;
  return mention.date;
}
