/** Values the store derives from a record so that it can index and filter it. */
import type { DatePrecision, IsoDate } from '../model.js';

/** Sorts after every real date, so that undated records come last in date order. */
export const UNDATED_SORT_DATE = '9999-12-31';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The form of a canonical name used for case-insensitive matching (Unicode-aware, unlike SQL NOCASE). */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

function daysBetween(first: IsoDate, last: IsoDate): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
}

function lastDayOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export interface DateSpan {
  /** The first day, or UNDATED_SORT_DATE. */
  sortDate: string;
  /** The last day the record may refer to; null when undated. */
  lastDate: IsoDate | null;
  /** lastDate − first day, in days (0 when unknown). */
  spanDays: number;
}

/** The days a record's date covers: a range to its end, a month to the month's last day, else one day. */
export function dateSpan(date: IsoDate | null, dateEnd: IsoDate | null, precision: DatePrecision): DateSpan {
  if (date === null) return { sortDate: UNDATED_SORT_DATE, lastDate: null, spanDays: 0 };
  if (!isIsoDate(date)) return { sortDate: date, lastDate: dateEnd ?? date, spanDays: 0 };
  let lastDate = date;
  if (dateEnd !== null && isIsoDate(dateEnd) && dateEnd > date) lastDate = dateEnd;
  else if (dateEnd === null && precision === 'month') lastDate = lastDayOfMonth(date);
  return { sortDate: date, lastDate, spanDays: daysBetween(date, lastDate) };
}
