import type { IsoDate } from '../../model.js';
import { MONTH_NAMES, monthSpellings } from '../../language/month-names.js';

/** Years a news article can plausibly carry; guards digit runs in URLs that only look like dates. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

const DAY_MS = 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO date for year/month/day, or null when it is not a real calendar day. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "YYYY-MM" for a plausible year and month, else null. */
export function isoMonth(year: number, month: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  return `${year}-${pad(month)}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The months' usual abbreviations in the languages of the news we read, January first, read beside their names
 * (language/month-names.ts). Keys are lowercase without a trailing dot.
 */
const MONTH_ABBREVIATIONS: ReadonlyArray<readonly string[]> = [
  ['jan', 'janv', 'ene', 'gen'],
  ['feb', 'febr', 'févr', 'fevr', 'fev'],
  ['mar'],
  ['apr', 'avr', 'abr'],
  ['mag'],
  ['jun', 'giu'],
  ['jul', 'juil', 'lug'],
  ['aug', 'ago', 'agu'],
  ['sep', 'sept', 'set'],
  ['oct', 'okt', 'ott', 'out'],
  ['nov'],
  ['dec', 'déc', 'dez', 'dic', 'des'],
];

const MONTH_BY_WORD = new Map<string, number>();
MONTH_ABBREVIATIONS.forEach((abbreviations, index) => {
  for (const word of [...monthSpellings(index + 1, Object.keys(MONTH_NAMES)), ...abbreviations]) MONTH_BY_WORD.set(word.toLowerCase(), index + 1);
});

/** 1–12 for a month name or abbreviation ("Aug.", "août", "Dezember"), else null. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** A regex alternation of every month word, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...MONTH_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Weekday names and abbreviations (same languages); only recognised, never used to compute. */
export const WEEKDAY_PATTERN = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
].sort((a, b) => b.length - a.length).join('|');
