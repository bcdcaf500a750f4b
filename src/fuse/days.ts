/**
 * Calendar arithmetic for fusion. Dates become whole day numbers (days since 1970-01-01, UTC);
 * compatibility uses closed intervals in half-day units, so that a `day` mention covers
 * [2d-1, 2d+1] and two days one apart still touch (the ±1-day tolerance for midnight
 * attacks and US vs local time) while two days apart do not.
 */
import type { IsoDate } from '../model.js';

const MS_PER_DAY = 86_400_000;

export type HalfDayInterval = readonly [lo: number, hi: number];

/** Day numbers already computed: a fusion reads the same few hundred dates over and over. */
const dayNumbers = new Map<string, number>();
const MAX_REMEMBERED_DATES = 100_000;

export function dayNumber(date: IsoDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
    if (dayNumbers.size >= MAX_REMEMBERED_DATES) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

export function lastDayOfMonth(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return Math.floor(Date.UTC(year, month, 0) / MS_PER_DAY);
}

/** The half-day interval covering the whole days first..last, with half a day of slack at each end. */
export function daysInterval(first: number, last: number): HalfDayInterval {
  return [2 * Math.min(first, last) - 1, 2 * Math.max(first, last) + 1];
}

/** The days both intervals allow; one of the two itself when it lies within the other (intervals are never changed in place). */
export function intersect(a: HalfDayInterval, b: HalfDayInterval): HalfDayInterval | null {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  if (lo > hi) return null;
  if (lo === a[0] && hi === a[1]) return a;
  if (lo === b[0] && hi === b[1]) return b;
  return [lo, hi];
}

/** The intervals share some point (intersect is not null), asked without making their intersection. */
export function meets(a: HalfDayInterval, b: HalfDayInterval): boolean {
  return Math.max(a[0], b[0]) <= Math.min(a[1], b[1]);
}

/**
 * The days an interval stands for: those whose middle it covers, or, for an interval that is only the
 * midnight between two days (what a report of one day and a report of the next leave), both days.
 * Null when there are more than `max`.
 */
export function daysIn(interval: HalfDayInterval, max: number): number[] | null {
  let first = Math.ceil(interval[0] / 2);
  let last = Math.floor(interval[1] / 2);
  if (first > last) [first, last] = [last, first];
  if (last - first + 1 > max) return null;
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  return days;
}

/** A day label that names a weekday ("w2"), not a day of the year ("10-18") or a month ("m02"). */
export function isWeekday(label: string): boolean {
  return label.startsWith('w');
}

/** A day label that names only a month of some year ("m02", February), which leaves some thirty days. */
export function isMonth(label: string): boolean {
  return label.startsWith('m');
}

/** A day label that names a day of the year without its year ("10-18"), not a weekday or a month. */
export function isDayOfYear(label: string): boolean {
  return !isWeekday(label) && !isMonth(label);
}

/** Labels of one sort can be compared: two weekdays, two days of the year, two months. */
export function sameSort(a: string, b: string): boolean {
  const sortOf = (label: string) => (isDayOfYear(label) ? 'd' : label[0]);
  return sortOf(a) === sortOf(b);
}

/** The weekdays (0 Sunday to 6) a weekday label names: "w2" Tuesday; "w2+", late on Tuesday, Tuesday or Wednesday; "w2-", early on Tuesday, Monday or Tuesday. */
function weekdaysOf(label: string): number[] {
  const weekday = Number.parseInt(label.slice(1), 10);
  if (label.endsWith('+')) return [weekday, (weekday + 1) % 7];
  return label.endsWith('-') ? [(weekday + 6) % 7, weekday] : [weekday];
}

/** The day is one a label names: "w2" any Tuesday, "w2+" any Tuesday or Wednesday, "w2-" any Monday or Tuesday, "10-18" an 18 October of any year, "m02" a day of any February. */
export function dayHasLabel(day: number, label: string): boolean {
  if (isWeekday(label)) return weekdaysOf(label).includes((day + 4) % 7); // 1970-01-01 was a Thursday
  const monthDay = new Date(day * MS_PER_DAY).toISOString().slice(5, 10);
  return isMonth(label) ? monthDay.slice(0, 2) === label.slice(1) : monthDay === label;
}

/** Two labels of the same sort can name one day: the same day of the year or month, or weekdays in common ("w2+" and "w3"). */
export function labelsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (!isWeekday(a) || !isWeekday(b)) return false;
  const days = weekdaysOf(a);
  return weekdaysOf(b).some((d) => days.includes(d));
}

/**
 * One of these days has the label, or, for a day of the year or a month, a day either side does (a date without its
 * year, one day either way as dates are); a weekday is only itself, since one day either way would be three days in seven.
 */
export function someDayHasLabel(days: readonly number[], label: string): boolean {
  const slack = isWeekday(label) ? 0 : 1;
  return days.some((d) => {
    for (let k = -slack; k <= slack; k++) if (dayHasLabel(d + k, label)) return true;
    return false;
  });
}

/**
 * Dates of any length can fall on the day a label names (someDayHasLabel): a weekday, when they span a week or
 * hold it; a day of the year or a month, when it lies within them or a day either side, in any of their years.
 */
export function mayHoldLabel(interval: HalfDayInterval, label: string): boolean {
  if (isWeekday(label)) {
    const days = daysIn(interval, 7);
    return days === null || someDayHasLabel(days, label);
  }
  if (interval[1] - interval[0] >= 2 * 366) return true;
  const month = Number(isMonth(label) ? label.slice(1) : label.slice(0, 2));
  const day = isMonth(label) ? 1 : Number(label.slice(3, 5));
  // The years of the days either side too: "12-31" may be the eve of dates that start on January 1.
  const firstYear = new Date((Math.floor(interval[0] / 2) - 1) * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date((Math.ceil(interval[1] / 2) + 1) * MS_PER_DAY).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const first = new Date(Date.UTC(year, month - 1, day));
    // "02-29" names no day of a common year.
    if (first.getUTCMonth() !== month - 1) continue;
    const last = isMonth(label) ? Date.UTC(year, month, 0) : first.getTime();
    if (meets(daysInterval(Math.floor(first.getTime() / MS_PER_DAY), Math.floor(last / MS_PER_DAY)), interval)) return true;
  }
  return false;
}
