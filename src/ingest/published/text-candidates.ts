import type { IsoDate } from '../../model.js';
import { isoDate, isoMonth, WEEKDAY_PATTERN } from './calendar.js';
import { allDates, fullDates, type DateExpression, type SlashOrder } from './date-expressions.js';

/** The leading " date 2024-08-05" (or " date 2024-08") line some stored articles carry. */
export interface DateLine {
  date: IsoDate | null;
  month: string;
}

const DATE_LINE = /^\s*date\s+((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)/;

export function readDateLine(text: string): DateLine | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const month = isoMonth(Number(m[1]), Number(m[2]));
  if (!month) return null;
  if (m[3] === undefined) return { date: null, month };
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? { date, month } : null;
}

/** A date standing in a byline position: a short line that is little more than a date. */
export interface BylineDate {
  date: IsoDate;
  offset: number;
  /** The line also gives a time of day ("18:40", "10:55 PM"): a publishing stamp, not a calendar widget. */
  withTime: boolean;
  /** The stamp says it is an update ("Updated:", "Last Updated"), so the article is older. */
  update: boolean;
  /** A dateline opening a paragraph ("BAGHDAD, Aug 5 (Reuters) –"). */
  dateline: boolean;
}

/** Bylines sit near the top or at the end; dates in between are the story's own. */
const TOP_CHARS = 1200;
const BOTTOM_CHARS = 500;
const MAX_LINE = 90;
const MAX_OTHER_WORDS = 4;

/** The footer of an embedded social post ("— CBS News (@CBSNews) January 20, 2024") dates the post, not the page. */
const EMBEDDED_POST = /^[—–]|@\w{2,}/u;
const TIME = /\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?\b|T\d\d:\d\d/i;
const UPDATE_WORD = /\b(?:updated?|modified|last\s+updated|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato|atualizado)\b/i;
const FILLER = new RegExp(
  `(?<![\\p{L}])(?:${WEEKDAY_PATTERN}|published|posted|on|at|am|pm|a\\.m|p\\.m|gmt|utc|est|edt|ast|cet|local|time|by|par|von|por|em|da|le|publié|veröffentlicht|publicado|pubblicato)(?![\\p{L}])\\.?`,
  'giu',
);

function otherWords(line: string, date: DateExpression): number {
  const rest = (line.slice(0, date.start) + ' ' + line.slice(date.end))
    .replace(/T?\d{1,2}:\d\d(?::\d\d)?(?:[+-]\d\d:?\d\d|Z)?/g, ' ')
    .replace(FILLER, ' ');
  return rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/^\d+$/.test(w)).length;
}

interface Line {
  text: string;
  offset: number;
}

function linesIn(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let offset = from === 0 ? 0 : text.lastIndexOf('\n', from) + 1;
  while (offset < to && offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(offset, end), offset });
    offset = end + 1;
  }
  return lines;
}

/** Short lines in the top and bottom of the text that carry a full date and little else. */
function stampLines(text: string, order: SlashOrder): BylineDate[] {
  const top = linesIn(text, 0, Math.min(text.length, TOP_CHARS));
  const bottomStart = Math.max(TOP_CHARS, text.length - BOTTOM_CHARS);
  const bottom = bottomStart < text.length ? linesIn(text, bottomStart, text.length) : [];
  const lines = [...top, ...bottom.filter((l) => l.offset >= (top.at(-1)?.offset ?? -1) + 1)];
  const found: BylineDate[] = [];
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_LINE) return;
    if (/^\s*date\s+\d{4}-/.test(line.text)) return;
    if (EMBEDDED_POST.test(trimmed)) return;
    const dates = fullDates(line.text, order);
    const [first, second] = dates;
    if (!first?.date) return;
    // "25.03.2024 - Update : 25.03.2024": the day the page came out, then the day it was updated.
    const thenUpdated = dates.length === 2 && second!.date !== null && UPDATE_WORD.test(line.text.slice(first.end, second!.start)) && !UPDATE_WORD.test(line.text.slice(0, first.start));
    if (dates.length !== 1 && !thenUpdated) return;
    // "Dec. 4, 2023 | Sabrina Singh, Deputy Pentagon Press Secretary": after a bar, the byline's names and titles.
    const bar = line.text.indexOf('|', first.end);
    const stamp = thenUpdated ? line.text.slice(0, second!.start) : bar >= 0 ? line.text.slice(0, bar) : line.text;
    if (otherWords(stamp, first) > MAX_OTHER_WORDS) return;
    const previous = lines[index - 1]?.text ?? '';
    const update = !thenUpdated && (UPDATE_WORD.test(line.text) || (UPDATE_WORD.test(previous) && previous.trim().length < 25));
    found.push({ date: first.date, offset: line.offset + first.start, withTime: TIME.test(line.text), update, dateline: false });
  });
  return found;
}

/**
 * Wire datelines that open a paragraph: "WASHINGTON, Feb 2 (Reuters) –", "ERBIL, November 7 —",
 * "Washington, January 21, 2024, The Europe Today:", "3-2-2024 (WASHINGTON)".
 */
const PLACE = "[\\p{Lu}][\\p{L}.'’ /-]{1,40}?(?:,\\s*[\\p{Lu}][\\p{L}.'’ -]{1,30}?)?";
const AFTER_DATE = /^\s*(?:[:—–]|--|-\s|\(|,\s*[\p{Lu}]|\)\s*[-—–])/u;
/** Arabic writes its city uncased, then its own comma: "عمّان، 29 كانون الثاني 2024:". */
const ARABIC_PLACE = '(?!(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)[\\s،,]|في\\s|و)\\p{Script=Arabic}[\\p{Script=Arabic}\\p{M} ]{1,30}?';
// "WASHINGTON (Nov 13) —": the day in brackets after the city.
const DATELINE_START = new RegExp(`(?:^|\\n|\\)\\s)(?:${PLACE},|${PLACE}\\s*\\(|${ARABIC_PLACE}\\s*[،,])\\s*$`, 'u');

function datelines(text: string, yearFor: (d: DateExpression) => number | null, order: SlashOrder): BylineDate[] {
  const head = text.slice(0, TOP_CHARS);
  const found: BylineDate[] = [];
  for (const expression of allDates(head, order)) {
    const before = head.slice(Math.max(0, expression.start - 60), expression.start);
    const after = head.slice(expression.end, expression.end + 30);
    const placeFirst = DATELINE_START.test(before) && AFTER_DATE.test(after);
    const dateFirst = expression.year !== null && /(?:^|\n)\s*$/.test(before) && /^\s*\(\p{Lu}+\)/u.test(after);
    if (!placeFirst && !dateFirst) continue;
    const year = expression.year ?? yearFor(expression);
    const date = year === null ? null : isoDate(year, expression.month, expression.day);
    if (date) found.push({ date, offset: expression.start, withTime: false, update: false, dateline: true });
  }
  return found;
}

/**
 * The year of a yearless dateline ("ERBIL, November 7 —"): the year of a full date in the text on
 * the same day, else of the latest full date in the text when the dateline falls within a year after it.
 */
function yearFromText(text: string): (d: DateExpression) => number | null {
  return (d) => {
    const full = fullDates(text);
    const sameDay = full.find((f) => f.month === d.month && f.day === d.day);
    if (sameDay) return sameDay.year;
    const latest = full.map((f) => f.date ?? '').sort().at(-1);
    if (!latest) return null;
    const year = Number(latest.slice(0, 4));
    for (const y of [year, year + 1]) {
      const date = isoDate(y, d.month, d.day);
      if (date && date >= latest) return y;
    }
    return null;
  };
}

/** Every dated byline, stamp and dateline in the text's top and bottom. */
export function bylineDates(text: string, order: SlashOrder = 'month-first'): BylineDate[] {
  const stamps = stampLines(text, order);
  const lines = datelines(text, yearFromText(text), order).filter((d) => !stamps.some((s) => s.offset === d.offset));
  return [...stamps, ...lines].sort((a, b) => a.offset - b.offset);
}
