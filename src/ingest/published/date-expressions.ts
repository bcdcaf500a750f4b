import type { IsoDate } from '../../model.js';
import { isoDate, monthNumber, MONTH_PATTERN, WEEKDAY_PATTERN } from './calendar.js';

/** A calendar date written in a text: a full date, or a day and month without a year. */
export interface DateExpression {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** The ISO date when the year is written. */
  date: IsoDate | null;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';
/** Checked in code, not in the pattern: under the `i` flag \p{Ll} would match capitals too. */
const YEAR_END = '(?!\\d)';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
const MONTH = `(${MONTH_PATTERN})\\.?`;
const WEEKDAY = `(?:(?:${WEEKDAY_PATTERN})\\.?,?\\s+)`;

/**
 * How a page writes "04/03/2024": US pages put the month first, as English pages are read by default; pages in
 * other languages put the day first ("12/03/2024" is 12 March on a French page).
 */
export type SlashOrder = 'month-first' | 'day-first';

type Reader = (m: RegExpExecArray, order: SlashOrder) => { year: number | null; month: number; day: number } | null;

function numeric(first: number, second: number, separator: string, year: number, order: SlashOrder): { year: number; month: number; day: number } | null {
  // US pages write 04/22/2024; most others write 22/04/2024 or 3-2-2024. Impossible readings settle it.
  const monthFirst = separator === '/' && order === 'month-first';
  if (first > 12 && second <= 12) return { year, month: second, day: first };
  if (second > 12 && first <= 12) return { year, month: first, day: second };
  return monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
}

const FULL_FORMS: ReadonlyArray<{ pattern: RegExp; read: Reader }> = [
  { pattern: /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  {
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/g,
    read: (m, order) => numeric(Number(m[1]), Number(m[3]), m[2] ?? '/', Number(m[4]), order),
  },
  // January 21, 2024 · Jan. 30 2024 · Jul 16th, 2024 · September, Thursday 19, 2024
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}${MONTH},?\\s+${WEEKDAY}?${DAY},?\\s+${YEAR}${YEAR_END}`, 'giu'),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1] ?? '') ?? 0, day: Number(m[2]) }),
  },
  // 29th January 2024 · 1 November 2023 · 5. August 2024 · 16 de julio de 2024 · 6 December 2023 · 14 تشرين الثاني/نوفمبر 2023
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}${DAY}\\s+(?:de\\s+|of\\s+)?${MONTH}(?:\\s*\\/\\s*(?:${MONTH_PATTERN}))?,?\\s+(?:de\\s+)?${YEAR}${YEAR_END}`, 'giu'),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2] ?? '') ?? 0, day: Number(m[1]) }),
  },
];

const YEARLESS_FORMS: ReadonlyArray<{ pattern: RegExp; read: Reader }> = [
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])`, 'giu'),
    read: (m) => ({ year: null, month: monthNumber(m[1] ?? '') ?? 0, day: Number(m[2]) }),
  },
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+|of\\s+)?${MONTH}${NOT_LETTER_AFTER}`, 'giu'),
    read: (m) => ({ year: null, month: monthNumber(m[2] ?? '') ?? 0, day: Number(m[1]) }),
  },
];

/** Pages glue a stamp to the next word ("December 4, 2023Middle East"); only a lowercase letter continues one. */
function gluedToWord(text: string, end: number): boolean {
  const next = text[end];
  return next !== undefined && next !== next.toUpperCase();
}

/** Every form holds a run of digits, and no date written runs further than this from one. */
const REACH = 48;
const DIGITS = /\d+/g;

function isSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0;
}

/**
 * The stretches of the text that can hold a date: around each run of digits, widened to whitespace so the
 * forms' lookarounds see there what they see in the whole text. Most of an article lies far from any digit,
 * and the forms, with their long lists of month names, cost most where they cannot match.
 */
function digitStretches(text: string): [number, number][] {
  const stretches: [number, number][] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let from = Math.max(0, m.index - REACH);
    let to = Math.min(text.length, m.index + m[0].length + REACH);
    while (from > 0 && !isSpace(text.charCodeAt(from))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to - 1))) to++;
    const last = stretches[stretches.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  return stretches;
}

/** Arabic-Indic and Persian digits as ASCII ones, one for one, so every offset stays where it was. */
function asciiDigits(text: string): string {
  return /[٠-٩۰-۹]/.test(text) ? text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)) : text;
}

function collect(original: string, forms: ReadonlyArray<{ pattern: RegExp; read: Reader }>, taken: readonly DateExpression[], order: SlashOrder): DateExpression[] {
  const text = asciiDigits(original);
  const found: DateExpression[] = [];
  // Each stretch is cut out once and read by every form.
  const parts = digitStretches(text).map(([from, to]) => [from, text.slice(from, to)] as const);
  for (const { pattern, read } of forms) {
    for (const [from, part] of parts) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (taken.some((e) => start < e.end && end > e.start) || found.some((e) => start < e.end && end > e.start)) continue;
        if (gluedToWord(text, end)) continue;
        const parts = read(m, order);
        if (!parts || parts.month < 1) continue;
        if (parts.year === null) {
          if (isoDate(2000, parts.month, parts.day) === null) continue; // 2000 is a leap year: Feb 29 passes
          found.push({ start, end, ...parts, date: null });
          continue;
        }
        const date = isoDate(parts.year, parts.month, parts.day);
        if (date) found.push({ start, end, ...parts, date });
      }
    }
  }
  return found;
}

/** The chooser asks about one text several times in a row; the last answers are kept. */
const lastFull = { text: '', order: 'month-first' as SlashOrder, dates: [] as DateExpression[] };
const lastAll = { text: '', order: 'month-first' as SlashOrder, dates: [] as DateExpression[] };

/** Full dates (with a year) written in the text, in text order. */
export function fullDates(text: string, order: SlashOrder = 'month-first'): readonly DateExpression[] {
  if (lastFull.text !== text || lastFull.order !== order) {
    lastFull.dates = collect(text, FULL_FORMS, [], order).sort((a, b) => a.start - b.start);
    Object.assign(lastFull, { text, order });
  }
  return lastFull.dates;
}

/** Full dates and, where no full date is written, day-and-month dates without a year, in text order. */
export function allDates(text: string, order: SlashOrder = 'month-first'): readonly DateExpression[] {
  if (lastAll.text !== text || lastAll.order !== order) {
    const full = fullDates(text, order);
    lastAll.dates = [...full, ...collect(text, YEARLESS_FORMS, full, order)].sort((a, b) => a.start - b.start);
    Object.assign(lastAll, { text, order });
  }
  return lastAll.dates;
}
