import * as chrono from 'chrono-node';
import { foldTerm } from './terms.js';
import { findNumbers } from './numbers.js';
import type { DatePrecision, IsoDate } from '../model.js';
import { MONTH_NAMES, monthNamePattern, monthSpellings } from '../language/month-names.js';

/** A date expression found in the text, resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  date: IsoDate | null;
  dateEnd: IsoDate | null;
  precision: DatePrecision;
  /** Explicit day and month ("October 29"), relative ("on Saturday", "today"), or a period ("last week"). */
  form: 'absolute' | 'relative' | 'period';
  /** "10-26" for "Oct. 26": the month and day an absolute date names, resolved or not. */
  monthDay?: string;
  /** 0 (Sunday) to 6 for a named weekday, resolved or not. */
  weekday?: number;
  /** "late Tuesday", "Tuesday night": so late in the day that reports may give the next day instead. */
  late?: boolean;
  /** "early Tuesday", "فجر الثلاثاء" (Tuesday's dawn): so early that reports may give the night before instead. */
  early?: boolean;
  /** "within hours", "hours ago": a span of hours up to publication, which also dates the clause it runs into ("within hours after ..."). */
  hours?: boolean;
  /** "02" for "in February" where no year can be given it (an undated article): the month named, without its year. */
  month?: string;
  /** "11-07" for the last day of "Oct. 17-Nov. 7" where no year can be given it; `monthDay` is the first. */
  monthDayEnd?: string;
}

/** Words that open a period ("since October 7", "seit dem 17. Oktober", "منذ"), as an alternation; Arabic apart, since `\b` knows no Arabic letters. */
export const LATIN_PERIOD_WORDS = 'since|seit|depuis|desde|sejak';
export const PERIOD_WORDS = `${LATIN_PERIOD_WORDS}|منذ`;

/** What tells two days apart even when neither resolves: "10-26", "w2" (a Tuesday); null when nothing does. */
export function dayLabel(d: DateMention): string | null {
  return d.monthDay ?? (d.weekday === undefined ? null : `w${d.weekday}${d.late ? '+' : d.early ? '-' : ''}`);
}

/** "m02" for a month named without its year ("in February" in an undated article), which fusion places in that month of any year. */
export function monthLabel(d: DateMention): string | null {
  return d.month === undefined ? null : `m${d.month}`;
}

/** The day a label names, late or early in it or not: "w2+" (late Tuesday), "w2-" (early Tuesday) and "w2" are one Tuesday. */
export function labelledDay(label: string): string {
  return label.endsWith('+') || label.endsWith('-') ? label.slice(0, -1) : label;
}

/** A day the text names, even one it does not let us resolve ("on Oct. 26" in an undated article); not a period. */
export function namesDay(d: DateMention): boolean {
  return d.precision === 'day' || (d.precision === 'unknown' && d.form !== 'period');
}

/** "late Tuesday", "late on Tuesday", "Tuesday night", "mardi soir", "la noche del martes", "Dienstagabend": late in the day named. */
const LATE_BEFORE = /(?:\blate\s+(?:on\s+)?|\bnoche\s+del\s+|\bnuit\s+de\s+|(?<![\p{L}])[وف]?(?:مساء|ليل)\s+(?:يوم\s+|اليوم\s+)?)$/iu;
const LATE_WITHIN_OR_AFTER = /^[^.;,]{0,12}?(?<![\p{L}])(?:night|evening|overnight|soir|nuit|noche|abend|nacht)(?![\p{L}])/iu;

/**
 * "early Tuesday", "in the early hours of Tuesday", "before dawn on Tuesday", "فجر (اليوم) الثلاثاء", "tôt mardi", "la madrugada del
 * martes"; "ليلة الثلاثاء", the night Arabic counts to the day after it (the eve of Tuesday), is that night or that day's.
 */
const EARLY_BEFORE = /(?:(?<![\p{L}])early\s+(?:on\s+)?|(?<![\p{L}])in\s+the\s+early\s+hours\s+of\s+|(?<![\p{L}])(?:before|at)\s+dawn\s+(?:on\s+)?|(?<![\p{L}])(?<!plus\s)tôt\s+(?:ce\s+)?|(?<![\p{L}])madrugada\s+(?:del|de\s+este)\s+|(?<![\p{L}])[وف]?(?:فجر|ليلة)\s+(?:يوم\s+|اليوم\s+)?)$/iu;

function markLate(text: string, d: DateMention): DateMention {
  if (d.weekday === undefined) return d;
  const own = text.slice(d.start, d.end);
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  const late = LATE_BEFORE.test(before.slice(-12)) || LATE_WITHIN_OR_AFTER.test(text.slice(d.start, d.end + 12).replace(/^\S+/u, '')) || /(?:abend|nacht)$/iu.test(own);
  if (late) return { ...d, late };
  return EARLY_BEFORE.test(before) ? { ...d, early: true } : d;
}

/**
 * A night told by the morning it runs into: "in der Nacht zum Dienstag", "в ночь на вторник" (the night to Tuesday), "la
 * noche del 8 al 9 de enero". The pack dates a night by its evening, late in the day, as "dans la nuit de lundi à mardi",
 * "overnight Monday into Tuesday" and "between 8 and 9 January" are.
 */
const NIGHT_TO = /(?:(?<![\p{L}])Nacht\s+(?:zum|zur|zu|auf(?:\s+den)?)|(?<![\p{L}])ночь\s+на|(?:nuit\s+du|noche\s+del|Nacht\s+vom)\s+\d{1,2}\.?\s+(?:au|al|zum|auf\s+den))\s+$/iu;
/** "dans la nuit du 8 au 9 janvier", read as the two days: the first, the evening. */
const NIGHT_OF = /(?<![\p{L}])(?:nuit|noche|night|Nacht)\s+$/iu;

function nightOf(text: string, d: DateMention): DateMention {
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  if (d.precision === 'range' && d.date && d.dateEnd === addDays(d.date, 1) && NIGHT_OF.test(before.replace(/\s*(?:du|del|of|vom)\s*$/iu, ' '))) {
    return { ...d, dateEnd: null, precision: 'day', monthDay: d.date.slice(5), late: true };
  }
  if (!NIGHT_TO.test(before) || (d.precision !== 'day' && d.precision !== 'unknown')) return d;
  if (d.weekday === undefined && d.monthDay === undefined) return d;
  const date = d.date && addDays(d.date, -1);
  // Without a year, the day before is counted in a leap year: "1 March" stays a day after February's last.
  const monthDay = d.monthDay && (date ?? addDays(`2000-${d.monthDay}`, -1)).slice(5);
  const weekday = d.weekday === undefined ? undefined : (d.weekday + 6) % 7;
  return { ...d, date, ...(monthDay === undefined ? {} : { monthDay }), ...(weekday === undefined ? {} : { weekday }), late: true };
}

/** "early", "mid-", "late" October, "the end of last month", "fin octobre", "a mediados de", "Anfang": a third of the month. */
const MONTH_PART = /(?:\b(early|mid|late)[-\s]+|\b(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+month\s+of\s+)?|(?<![\p{L}])(début|mi|fin)[-\s]+(?:d[e'’]\s*)?|(?<![\p{L}])(?:a\s+)?(principios|mediados|finales)\s+de\s+|(?<![\p{L}])(Anfang|Mitte|Ende)\s+)$/iu;
const PART_DAYS: Record<string, [number, number | null]> = {
  early: [1, 10], beginning: [1, 10], start: [1, 10], début: [1, 10], principios: [1, 10], anfang: [1, 10],
  mid: [11, 20], middle: [11, 20], mi: [11, 20], mediados: [11, 20], mitte: [11, 20],
  late: [21, null], end: [21, null], fin: [21, null], finales: [21, null], ende: [21, null],
};

/** Chrono reads "the end of August" as its last day. */
const OWN_MONTH_PART = /^(?:the\s+)?(beginning|start|middle|end)\s+of\s+\D+$/i;

/** A month told in part ("late last month", "the end of August") is that third of it, a range. */
function narrowMonth(text: string, d: DateMention): DateMention {
  const month = d.date?.slice(0, 8);
  if (month === undefined) return d;
  const own = d.precision === 'day' ? OWN_MONTH_PART.exec(text.slice(d.start, d.end)) : null;
  const before = d.precision === 'month' ? MONTH_PART.exec(text.slice(Math.max(0, d.start - 24), d.start)) : null;
  const word = (own ?? before)?.slice(1).find((w) => w !== undefined)?.toLowerCase();
  const days = word === undefined ? undefined : PART_DAYS[word];
  if (days === undefined) return d;
  const day = (n: number) => `${month}${String(n).padStart(2, '0')}`;
  const start = d.start - (before?.[0].length ?? 0);
  return { start, end: d.end, date: day(days[0]), dateEnd: days[1] === null ? monthEnd(day(1)) : day(days[1]), precision: 'range', form: 'period' };
}

type Parser = (text: string, ref: chrono.ParsingReference | Date, option?: chrono.ParsingOption) => chrono.ParsedResult[];

/**
 * Each language as chrono reads it casually, without the readers of times of day ("at 6:30 p.m."), of spans to come
 * ("within 3 days") and of days counted after the reference ("a day after"): none dates an incident, and the first,
 * which tries every number, was the costliest reader of all.
 */
const TIME_READER = /(?:TimeExpression|TimeUnitWithinFormat|TimeUnitLaterFormat)Parser$/;
function withoutTimes(configuration: { parsers: chrono.Parser[]; refiners: chrono.Refiner[] }, needs: ReaderNeeds = {}): Parser {
  return selectiveReader(
    configuration.parsers.filter((parser) => !TIME_READER.test(parser.constructor.name)).map(withPatternBuiltOnce),
    configuration.refiners,
    needs,
  );
}

/**
 * Some of chrono's readers (French and German counts of days, Spanish times of day) build their pattern anew for every
 * text, and chrono then builds its own around it anew too. A reader whose pattern takes nothing from the text's context
 * (`innerPattern()` declares no parameter) keeps its first, as the others do.
 */
export function withPatternBuiltOnce(parser: chrono.Parser): chrono.Parser {
  const reader = parser as chrono.Parser & { innerPattern?: () => RegExp };
  const build = reader.innerPattern;
  if (typeof build !== 'function' || build.length > 0) return parser;
  const pattern = build.call(parser);
  if (build.call(parser) !== pattern) reader.innerPattern = () => pattern;
  return parser;
}

/** For a reader of chrono's, by its class name: what a text must hold for its pattern to match at all (a looser pattern). */
export type ReaderNeeds = Record<string, RegExp>;

/** Not after a letter, digit or underscore: where chrono's readers start a match ("(\W|^)"). */
const OPENS = '(?:^|[^a-z0-9_])';
/** Not before one: where they end it ("(?=\W|$)"). */
const CLOSES = '(?![a-z0-9_])';
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt';
/** A month's name or abbreviation, after a day ("10th", "1st", "the 9th of") or "in", before a day or year, as the month readers take it. */
const ENGLISH_MONTH = new RegExp(
  `(?:^|[^a-z]|of|st|nd|rd|th|in)(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?=[^a-z]|$|of|${ORDINAL_WORDS})`,
  'i',
);
const TIME_UNITS = 'quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins?|secs?|hrs?|days?|mos?|qtr|yr|[smhdwy]';
/** Each English reader's pattern, loosened to what it cannot match without (readers not named here always read). */
export const ENGLISH_NEEDS: ReaderNeeds = {
  ENYearMonthDayParser: /\d{4}[-./\s](?:\d|[a-z]{3})/i,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENMonthNameLittleEndianParser: ENGLISH_MONTH,
  ENMonthNameMiddleEndianParser: ENGLISH_MONTH,
  ENMonthNameParser: ENGLISH_MONTH,
  ENYearMonthNameParser: ENGLISH_MONTH,
  ENWeekdayParser: new RegExp(`(?:^|[^a-z0-9_]|on|this|last|past|next)(?:wednesday|thursday|saturday|tuesday|sunday|monday|friday|thurs|thur|thu|tue|wed|fri|sat|sun|mon|weekend|weekday)${CLOSES}`, 'i'),
  ENTimeUnitAgoFormatParser: new RegExp(`(?:ago|before|earlier)${CLOSES}`, 'i'),
  ENCasualDateParser: new RegExp(`${OPENS}(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)${CLOSES}`, 'i'),
  ENCasualTimeParser: new RegExp(`(?:^|[^a-z0-9_]|this)(?:morning|afternoon|evening|night|midnight|midday|noon)${CLOSES}`, 'i'),
  ENEndOfCurrentMonthParser: /(?:last\s+day|end)\s+of\s+(?:the\s+)?month/i,
  ENRelativeDateFormatParser: new RegExp(`${OPENS}(?:this|last|past|next|after\\s*this)\\s*(?:${TIME_UNITS})${CLOSES}`, 'i'),
  ENTimeUnitCasualRelativeFormatParser: new RegExp(`${OPENS}(?:this|last|past|next|after|[+-])\\s*(?:\\S+\\s*){0,3}?(?<![a-z])(?:${TIME_UNITS})${CLOSES}`, 'i'),
};

/**
 * chrono tries every reader's pattern on every text, and most clauses can feed one or two of them: each text is read
 * by the readers whose needs it meets (and those without stated needs), with all the refiners, so the dates found are
 * the same as all the readers would find. One chrono per set of readers, made when first needed.
 */
export function selectiveReader(parsers: chrono.Parser[], refiners: chrono.Refiner[], needs: ReaderNeeds): Parser {
  // The readers (as bits of a set) by what they need: readers of one need are tested for once.
  const byNeed = new Map<RegExp | null, number>();
  parsers.forEach((parser, i) => {
    const need = needs[parser.constructor.name] ?? null;
    byNeed.set(need, (byNeed.get(need) ?? 0) | (1 << i));
  });
  const tests = [...byNeed];
  const readers = new Map<number, chrono.Chrono>();
  return (text, ref, option) => {
    let set = 0;
    for (const [need, readersOfIt] of tests) if (need === null || need.test(text)) set |= readersOfIt;
    // No reader can match: chrono would only run its refiners over no dates.
    if (set === 0) return [];
    let reader = readers.get(set);
    if (!reader) readers.set(set, (reader = new chrono.Chrono({ parsers: parsers.filter((_, i) => set & (1 << i)), refiners })));
    return reader.parse(text, ref, option);
  };
}
const parseEnglish = withoutTimes(chrono.en.configuration.createCasualConfiguration(false), ENGLISH_NEEDS);

const PARSERS: Record<string, Parser> = {
  en: parseEnglish,
  de: withoutTimes(chrono.de.createCasualConfiguration()),
  fr: withoutTimes(chrono.fr.createCasualConfiguration()),
  es: withoutTimes(chrono.es.createCasualConfiguration()),
  pt: withoutTimes(chrono.pt.createCasualConfiguration()),
  it: chrono.it?.parse ?? chrono.en.parse,
  nl: withoutTimes(chrono.nl.createCasualConfiguration()),
  ru: withoutTimes(chrono.ru.createCasualConfiguration()),
};

const DAY_MS = 86_400_000;

/**
 * Every match of a global pattern in text, as `text.matchAll(pattern)` yields them, without the copy of the pattern
 * that matchAll makes on each call. The matches are all read before any is used, so a pattern is never read twice at once.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}

function iso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return iso(new Date(Date.parse(day) + days * DAY_MS));
}

/** The most recent given weekday on or before `day` (news is written in the past tense). */
function weekdayOnOrBefore(day: IsoDate, weekday: number): IsoDate {
  const date = new Date(`${day}T12:00:00Z`);
  const back = (date.getUTCDay() - weekday + 7) % 7;
  return addDays(day, -back);
}

/** "last week": Monday to Sunday of the week before the one of `day`. */
function weekBefore(day: IsoDate): [IsoDate, IsoDate] {
  const monday = weekdayOnOrBefore(addDays(day, -7), 1);
  return [monday, addDays(monday, 6)];
}

/** The last day of the month `day` is in. */
export function monthEnd(day: IsoDate): IsoDate {
  const d = new Date(`${day}T12:00:00Z`);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 12)));
}

/** A year as a date with its year writes it: four digits, or two at the end of a numeric date ("1/28/24"). */
const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/g;
/** A date with its year starts at most this far before the year ("Wednesday, the twenty-eighth of September, 2023") and ends soon after. */
const BEFORE_YEAR = 80;
const AFTER_YEAR = 16;
/**
 * Weekday names and stems in the languages chrono reads: those in Latin letters read at the start of a word, the
 * Cyrillic ones anywhere (see mayHoldDate), and the Cyrillic month stems likewise.
 */
const WEEKDAY_STEMS =
  'mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const CYRILLIC_WEEKDAYS = 'понедельник|вторник|сред|четверг|пятниц|суббот|воскресень';
const CYRILLIC_MONTHS = 'январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр';
/** A weekday beside a day of the month fixes the year too ("Sunday, Dec. 3": the first such Sunday of the era). */
const WEEKDAY_WORD = new RegExp(`(?:\\b(?:${WEEKDAY_STEMS})|${CYRILLIC_WEEKDAYS})`, 'gi');
const AROUND_WEEKDAY = 40;
/** A day of the month in digits, or a month's name, in the languages chrono reads. */
const DAY_OR_MONTH = new RegExp(`\\d|\\b(?:jan|feb|m[aä]r|apr|avr|abr|ma[iy]|jun|juin|jul|juil|aug|ao[uû]t|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic|ene|gen|fev|févr|giu|lug)|${CYRILLIC_MONTHS}`, 'i');

/**
 * The latest date with its year that a text writes: an undated article's anchor for years. Only the stretches
 * around a written year or a weekday can hold one: chrono, the costliest reader, reads those alone.
 */
export function latestFullDate(text: string, lang: string | null, era: IsoDate | null = null): IsoDate | null {
  let latest: IsoDate | null = null;
  const read = (from: number, to: number): void => {
    for (const d of findDates(text, from, to, lang, null, { latest: () => null, era })) {
      if (d.precision === 'day' && d.date && (latest === null || d.date > latest)) latest = d.date;
    }
  };
  if (lang !== null && CALENDARS[lang]) {
    read(0, text.length);
    return latest;
  }
  const stretches: [number, number][] = [];
  for (const year of matchesOf(WRITTEN_YEAR, text)) stretches.push([year.index - BEFORE_YEAR, year.index + year[0].length + AFTER_YEAR]);
  for (const day of matchesOf(WEEKDAY_WORD, text)) {
    const stretch: [number, number] = [day.index - AROUND_WEEKDAY, day.index + day[0].length + AROUND_WEEKDAY];
    // A weekday with no day or month near it ("on Tuesday") fixes no year.
    if (DAY_OR_MONTH.test(text.slice(Math.max(0, stretch[0]), stretch[1]))) stretches.push(stretch);
  }
  stretches.sort((a, b) => a[0] - b[0]);
  let [from, to] = [0, 0];
  for (const [start, end] of stretches) {
    if (start > to) {
      if (to > from) read(from, to);
      from = Math.max(0, start);
    }
    to = Math.max(to, Math.min(text.length, end));
  }
  if (to > from) read(from, to);
  return latest;
}

/** English months as written short ("Nov.", "Sept"), and the start of their full names. */
const MONTH_ABBREVIATIONS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

/** "the 9th and 11th of November", "November 9 and 11": two days chrono reads as one. */
const DAY_PAIR = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)|\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;

/**
 * The dash between two days of a month: after a month's name and a day ("Nov. 21–22"), or between days before the month
 * ("21–22 November"); not a timeline's dash before a count ("Nov. 20 – 22 rockets hit …"), nor a dash before a number no day
 * can be ("since Oct. 17 — 46 in Iraq and 46 in Syria").
 */
const DASHED_DAYS = new RegExp(
  `(?<=\\b(?:${MONTH_ABBREVIATIONS})[a-z]*\\.?\\s+\\d{1,2}\\s?)[–—](?=\\s?(?:3[01]|[12]\\d|0?[1-9])(?!\\d)(?!\\s+(?!(?:and|in|at|on|of|when|as)\\b)[a-z]))|(?<=\\b\\d{1,2}\\s?)[–—](?=\\s?\\d{1,2}\\s+(?:${MONTH_ABBREVIATIONS}))`,
  'gi',
);

/** " to" between a month's day and a number no day can be (32 or more, or 0): "since October 17 to 63". */
const TO_A_COUNT = new RegExp(`(?<=\\b(?:${MONTH_ABBREVIATIONS})[a-z]*\\.?\\s+\\d{1,2})\\s+to(?=\\s+(?:[4-9]\\d|3[2-9]|\\d{3,}|0)(?!\\d))`, 'gi');

/**
 * English words that are also the name of a month or weekday, as chrono reads them in any case: in small letters and
 * with no number ("joined a march", "sat in the car", "under the sun") they are the words, not a date.
 */
const ENGLISH_WORD_NOT_DATE = /(?<![\p{L}])(?:march|mar|sat|sun|wed)(?![\p{L}])/u;

/** The hyphen of "Oct. 17-Nov. 17", which chrono reads as a day of 2017 ("17-Nov. 17"), and reads as the range it is with a dash. */
/** What MONTHS_HYPHEN cannot match without: a day, the hyphen, and a letter. */
const HYPHEN_AFTER_DAY = /\d\s?-\s?[a-z]/i;
const MONTHS_HYPHEN = new RegExp(`\\b((?:${MONTH_ABBREVIATIONS})[a-z]*\\.?\\s+\\d{1,2}\\s?)-(?=\\s?(?:${MONTH_ABBREVIATIONS})[a-z]*\\.?\\s+\\d)`, 'gi');

/**
 * "on the 22nd", "early on the 21st": a day of the month, its month left to the reader. Not "the 82nd Airborne", "the
 * 22nd Marine Expeditionary Unit", "the 3rd-floor", nor a day whose month follows ("the 22nd of November", read by chrono).
 */
const DAY_OF_MONTH_ALONE = /\b[Oo]n\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*[-–]\s*\p{L}|\s+(?:of\s+)?\p{Lu}|\s+of\s+(?:the\s+)?month)/gu;

/** The days of the month told alone in slice: the latest such day on or before publication (news is about the past). */
function dayOfMonthAlone(slice: string, from: number, published: IsoDate): DateMention[] {
  const found: DateMention[] = [];
  for (const m of matchesOf(DAY_OF_MONTH_ALONE, slice)) {
    const day = Number(m[1]);
    let year = Number(published.slice(0, 4));
    let month = Number(published.slice(5, 7));
    if (day > Number(published.slice(8, 10))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // "on the 31st" of a month of thirty days is none.
    if (monthEnd(`${date.slice(0, 8)}01`) < date) continue;
    const start = from + m.index + m[0].length - m[0].replace(/^[Oo]n\s+the\s+/, '').length;
    found.push({ start, end: from + m.index + m[0].length, date, dateEnd: null, precision: 'day', form: 'relative' });
  }
  return found;
}

/** "Jan. 18, 19 and 20", "November 3, 5, and 9", "Jan. 18, 19 and 20, 2024": a month and three or more of its days, and their year. */
const MONTH_DAY_LIST = /\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?(?!\d))+)\s*,?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*(\d{4}))?(?![\d])/g;

/** Feasts that name a day of the year. */
const FEAST_DAYS: Record<string, string> = { 'christmas day': 'December 25', 'christmas eve': 'December 24', "new year's day": 'January 1', "new year's eve": 'December 31' };
const FEASTS = /\b(Christmas Day|Christmas Eve|New Year[’']s Day|New Year[’']s Eve)\b/gi;

/**
 * Words without which no date expression can be present, in the languages chrono reads: numeric dates ("1/28",
 * "28.01.2024"), a count of days or years ("3 days ago", "il y a 3 jours"), and month and weekday stems, relative day
 * words and parts of a day ("this morning") at the start of a word ("Pentagon" holds no "ago"). A count alone ("40
 * soldiers") is no date. Most clauses have none, and chrono is the costliest reader. Without the `u` flag (three
 * times faster here), `\b` knows only ASCII word characters: the Cyrillic stems go without it. Words, numbers and
 * Cyrillic stems are three patterns, which together find sooner than one alternation of all.
 */
const DATE_WORD = new RegExp(
  '\\b(?:' +
    [
      WEEKDAY_STEMS,
      MONTH_ABBREVIATIONS,
      'today|yesterday|tonight|overnight|morning|afternoon|evening|noon|midnight|week|month|earlier|ago\\b|christmas|new year|hours',
      'matin|soir|après-midi|morgen|mañana|manhã|tarde|mattina|sera\\b|pomeriggio|nuit|noche|noite|nacht|madrugada',
      'stunden|heures|horas|heute|gestern|woche|monat|mai|okt|dez|märz|juni|juli',
      'aujourd|hier|semaine|mois|janv|févr|avr|juin|juil|août|sept|déc',
      'hoy|ayer|anoche|semana|mes|hoje|ontem|oggi|ieri|settimana',
      monthNamePattern(['es', 'pt', 'it']),
    ].join('|') +
    ')|night',
  'i',
);
const DATE_NUMBER = /\d[/.-]\d|\d\s*(?:day|year|jour|an|tag|jahr|d[ií]a|año|ano|giorn|ann|дн|ден|год|лет)/i;
const CYRILLIC_DATE_WORD = new RegExp(`сегодня|вчера|недел|${CYRILLIC_WEEKDAYS}|${CYRILLIC_MONTHS}`, 'i');
/** The letters the Cyrillic stems start with, matched as the stems are (`i`): most text has none, and is spared the stems. */
const CYRILLIC_DATE_INITIAL = new RegExp(`[${[...new Set(CYRILLIC_DATE_WORD.source.split('|').map((stem) => stem.charAt(0)))].join('')}]`, 'i');

function mayHoldDate(text: string): boolean {
  return DATE_WORD.test(text) || DATE_NUMBER.test(text) || (CYRILLIC_DATE_INITIAL.test(text) && CYRILLIC_DATE_WORD.test(text));
}

/**
 * Every date expression in text[from, to), resolved against the publication date.
 * Without a publication date only expressions that carry their own year fix a day.
 */
/**
 * What gives an undated article's "October 29" its year: `latest`, the latest full date the article writes (computed only
 * if some date needs it), and `era`, the earliest day the article can be about ("Sunday, Dec. 3" is the first such Sunday after it).
 */
export interface YearAnchor {
  latest: () => IsoDate | null;
  era: IsoDate | null;
}
const NO_ANCHOR: YearAnchor = { latest: () => null, era: null };

/** chrono's reference: noon UTC of the publication day (of 2000-01-01 for an undated article), read once for an article's many clauses. */
let referenceDay: string | undefined;
let referenceTime = NaN;
function referenceDate(published: IsoDate | null): Date {
  const day = published ?? '2000-01-01';
  if (day !== referenceDay) {
    referenceDay = day;
    referenceTime = Date.parse(`${day}T12:00:00Z`);
  }
  return new Date(referenceTime);
}

/**
 * The dates of text[from, to), read once per article: the tally and the mention readers ask for the same sentences. The
 * year anchor counts only for an undated article, whose dates are shared only among the callers that give the same anchor.
 * The mentions returned are shared: callers filter them, never change them.
 */
export function findDates(text: string, from: number, to: number, lang: string | null, published: IsoDate | null, yearAnchor: YearAnchor = NO_ANCHOR): DateMention[] {
  if (to >= SPAN_KEY_BASE) return readDates(text, from, to, lang, published, yearAnchor);
  if (text !== datesOf.text || lang !== datesOf.lang || published !== datesOf.published) datesOf = { text, lang, published, read: new Map() };
  const { read } = datesOf;
  const key = from * SPAN_KEY_BASE + to;
  const known = read.get(key);
  if (known && (published !== null || known.yearAnchor === yearAnchor)) return known.dates;
  const dates = readDates(text, from, to, lang, published, yearAnchor);
  read.set(key, { yearAnchor, dates });
  return dates;
}
/** A span's start and end in one number, for spans that end before it (any article's). */
const SPAN_KEY_BASE = 2 ** 26;
let datesOf: { text: string; lang: string | null; published: IsoDate | null; read: Map<number, { yearAnchor: YearAnchor; dates: DateMention[] }> } = {
  text: '',
  lang: null,
  published: null,
  read: new Map(),
};

/** "last Sunday", "letzten Sonntag" / "dimanche dernier", "el domingo pasado", "الأحد الماضي": a weekday said to be past. */
const PAST_BEFORE = /(?<![\p{L}])(?:last|past|letzten|vergangenen)\s+$/iu;
const PAST_AFTER = /^\s*(?:dernier|passé|pasado|passado|scorso|الماضي|الفائت)(?![\p{L}])/iu;
const PAST_IN = /^(?:last|past|letzten|vergangenen)\s|\s(?:dernier|passé|pasado|passado|scorso)$/iu;

/** A weekday said to be past, written on that weekday, is the one a week before, not the day of writing. */
function pastWeekdays(text: string, dates: DateMention[], published: IsoDate | null): DateMention[] {
  if (!published) return dates;
  return dates.map((d) => {
    if (d.weekday === undefined || d.form !== 'relative' || d.date !== published) return d;
    const own = text.slice(d.start, d.end);
    const said = PAST_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) || PAST_IN.test(own) || PAST_AFTER.test(text.slice(d.end, d.end + 12));
    return said ? { ...d, date: addDays(published, -7) } : d;
  });
}

function readDates(text: string, from: number, to: number, lang: string | null, published: IsoDate | null, yearAnchor: YearAnchor): DateMention[] {
  return pastWeekdays(text, datesIn(text, from, to, lang, published, yearAnchor), published);
}

function datesIn(text: string, from: number, to: number, lang: string | null, published: IsoDate | null, yearAnchor: YearAnchor): DateMention[] {
  const calendar = lang === null ? undefined : CALENDARS[lang];
  if (calendar) return calendarDates(calendar, text, from, to, published);
  const parse = PARSERS[lang ?? 'en'] ?? parseEnglish;
  const slice = text.slice(from, to);
  // "on the 22nd": a day of the month alone, which chrono does not read.
  const dayAlone = (lang === null || lang === 'en') && published !== null && /\d(?:st|nd|rd|th)\b/.test(slice) ? dayOfMonthAlone(slice, from, published) : [];
  // "il y a deux jours", "vorgestern": read before the gate below, whose words "jours" and "Tagen" are not (they would let chrono
  // read "in den vergangenen Tagen", in recent days, as one day).
  const ownFirst = [...dayAlone, ...daysAgoDates(slice, from, lang, published)];
  if (!mayHoldDate(slice)) return ownFirst;
  const ref = referenceDate(published);
  const found: DateMention[] = ownFirst;

  // Both the lists and the pairs of days below join their last day with "and".
  const joinsDays = slice.includes('and');
  // "Jan. 18, 19 and 20": chrono reads "Jan. 18, 19" as a day of 2019.
  if (joinsDays && slice.includes(',')) {
    for (const list of matchesOf(MONTH_DAY_LIST, slice)) {
      const [whole, month, first, middle, last, year] = list;
      for (const day of [first, ...middle!.split(',').map((d) => d.trim()).filter(Boolean), last]) {
        const r = parseEnglish(`${month} ${day}${year ? `, ${year}` : ''}`, ref, { forwardDate: false })[0];
        if (!r || !r.start.isCertain('month')) continue;
        found.push({ start: from + list.index, end: from + list.index + whole.length, ...resolveAbsolute(r.start, published, yearAnchor), dateEnd: null, form: 'absolute' });
      }
    }
  }
  for (const pair of joinsDays ? matchesOf(DAY_PAIR, slice) : []) {
    if (found.some((f) => from + pair.index >= f.start && from + pair.index < f.end)) continue;
    const [whole, d1, d2, m1, m2, d3, d4] = pair;
    const month = m1 ?? m2;
    // "between 2 and 3 February" is one night, not two days.
    const between = /between\s+(?:the\s+)?$/i.test(slice.slice(Math.max(0, pair.index - 12), pair.index));
    const days = (m1 ? [d1, d2] : [d3, d4]).slice(0, between ? 1 : 2);
    for (const day of days) {
      const results = parseEnglish(`${month} ${day}`, ref, { forwardDate: false });
      const r = results[0];
      if (!r || !r.start.isCertain('month')) continue;
      const resolved = resolveAbsolute(r.start, published, yearAnchor);
      found.push({ start: from + pair.index, end: from + pair.index + whole.length, ...resolved, dateEnd: null, form: 'absolute' });
    }
  }
  // "on Christmas Day": a feast that names its day of the year, which chrono does not know.
  if (lang === null || lang === 'en') {
    for (const feast of matchesOf(FEASTS, slice)) {
      const r = parseEnglish(FEAST_DAYS[feast[1]!.toLowerCase().replace(/[’']/g, "'")]!, ref, { forwardDate: false })[0];
      if (!r) continue;
      found.push({ start: from + feast.index, end: from + feast.index + feast[0].length, ...resolveAbsolute(r.start, published, yearAnchor), dateEnd: null, form: 'absolute' });
    }
  }
  const covered = (at: number): boolean => found.some((f) => at >= f.start && at < f.end);

  // "within hours", "hours ago": the day before publication or publication day, a span chrono does not read.
  const withinHours = WITHIN_HOURS[lang ?? 'en'];
  if (withinHours) {
    for (const m of matchesOf(withinHours, slice)) {
      const at = { start: from + m.index, end: from + m.index + m[0].length };
      found.push({ ...at, date: published && addDays(published, -1), dateEnd: published, precision: published ? 'range' : 'unknown', form: 'relative', hours: true });
    }
  }
  // "la semana pasada", "na semana passada": the week before the one of publication, which chrono does not read in these languages.
  const lastWeek = LAST_WEEK[lang ?? 'en'];
  if (lastWeek) {
    for (const m of matchesOf(lastWeek, slice)) {
      const week = published ? weekBefore(published) : null;
      found.push({ start: from + m.index, end: from + m.index + m[0].length, date: week?.[0] ?? null, dateEnd: week?.[1] ?? null, precision: week ? 'range' : 'unknown', form: 'period' });
    }
  }
  // "anoche": the night before publication, one word chrono does not read.
  const lastNight = LAST_NIGHT[lang ?? 'en'];
  if (lastNight) {
    for (const m of matchesOf(lastNight, slice)) {
      const date = published && addDays(published, -1);
      found.push({ start: from + m.index, end: from + m.index + m[0].length, date, dateEnd: null, precision: date ? 'day' : 'unknown', form: 'relative' });
    }
  }
  // "am Montagabend", "Sonntagnacht": German joins the weekday to the time of day, and chrono reads neither.
  if (lang === 'de') {
    for (const m of matchesOf(GERMAN_WEEKDAY_PART, slice)) {
      const weekday = GERMAN_WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const date = published ? weekdayOnOrBefore(published, weekday) : null;
      found.push({ start: from + m.index, end: from + m.index + m[0].length, date, dateEnd: null, precision: date ? 'day' : 'unknown', form: 'relative', weekday });
    }
  }

  // "Nov. 21–22", "21–22 November": chrono reads a range of days only with a hyphen; a dash of the same length stands in.
  let read = /[–—]/.test(slice) ? slice.replace(DASHED_DAYS, '-') : slice;
  // "the number of its operations since October 17 to 63": a count no day can be, after "to", which chrono takes for the
  // end of a range and, failing, reads nothing; a semicolon and spaces of the same length end the day instead.
  if (/\sto\s+\d/.test(read)) read = read.replace(TO_A_COUNT, (to) => `;${' '.repeat(to.length - 1)}`);
  if (HYPHEN_AFTER_DAY.test(read)) read = read.replace(MONTHS_HYPHEN, '$1–');
  for (const parsed of parse(read, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const r = withoutTimeOfDay(parsed, parse, ref);
    if ((lang === null || lang === 'en') && ENGLISH_WORD_NOT_DATE.test(r.text) && !/\d/.test(r.text)) continue;
    const start = from + r.index;
    if (covered(start)) continue;
    const shortYear = SHORT_YEAR_AFTER.exec(r.text);
    const day = shortYear ? withoutYear(r, shortYear.index) : r;
    const end = start + day.text.length;
    const mention = resolve(day, published, yearAnchor, start, end);
    if (mention) found.push(ofLastYear(mention, text, published));
  }
  // "en décembre", "im Dezember 2023", "em dezembro de 2023": a month alone, which chrono reads in these languages only with its day.
  const monthAlone = MONTH_ALONE[lang ?? 'en'];
  if (monthAlone) {
    for (const m of matchesOf(monthAlone.pattern, slice)) {
      const [start, end] = m.indices![1]!.map((at) => from + at) as [number, number];
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const month = monthAlone.months.get(foldTerm(m[1]!))!;
      let year = m[2] ? Number(m[2]) : published ? Number(published.slice(0, 4)) : null;
      if (year === null) {
        found.push({ start, end: from + m.index + m[0].length, date: null, dateEnd: null, precision: 'unknown', form: 'period', month: String(month).padStart(2, '0') });
        continue;
      }
      if (!m[2] && published && `${year}-${String(month).padStart(2, '0')}-01` > published) year -= 1;
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      found.push({ start, end: from + m.index + m[0].length, date: first, dateEnd: monthEnd(first), precision: 'month', form: 'period' });
    }
  }
  const sorted = nightsBetween(text, found.map((d) => narrowMonth(text, markLate(text, nightOf(text, d)))).sort((a, b) => a.start - b.start));
  return joinsDays ? betweenDays(text, sorted) : sorted;
}

/** "nella notte tra lunedì e martedì", "la nuit entre lundi et mardi": one night, which the pack dates by its evening. */
const NIGHT_BETWEEN = /(?<![\p{L}])(?:notte|noite|nuit|noche|night|Nacht)\s+(?:tra|fra|entre|between|zwischen)\s+$/iu;
/** Between the two days of such a night. */
const NIGHT_BETWEEN_JOIN = /^\s*(?:e|et|y|and|und)\s+$/iu;

function nightsBetween(text: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const kept: DateMention[] = [];
  for (const d of dates) {
    const evening = kept.at(-1);
    if (evening?.precision === 'day' && d.precision === 'day' && NIGHT_BETWEEN.test(text.slice(Math.max(0, evening.start - 24), evening.start)) && NIGHT_BETWEEN_JOIN.test(text.slice(evening.end, d.start))) {
      kept[kept.length - 1] = { ...evening, late: true };
      continue;
    }
    kept.push(d);
  }
  return kept;
}

/** "between": before the first of two days joined by "and". */
const BETWEEN_BEFORE = /(?<![\p{L}])between\s+(?:the\s+)?$/iu;
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/i;

/**
 * "between March 2 and March 4" is one span of days, not two days; "between March 2 and March 3", one night, dated by its
 * evening as "between 2 and 3 February" is.
 */
function betweenDays(text: string, dates: DateMention[]): DateMention[] {
  for (let k = 0; k + 1 < dates.length; k++) {
    const [a, b] = [dates[k]!, dates[k + 1]!];
    if (a.precision !== 'day' || b.precision !== 'day' || !a.date || !b.date || b.date <= a.date) continue;
    if (!AND_BETWEEN.test(text.slice(a.end, b.start)) || !BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 14), a.start))) continue;
    const night = addDays(a.date, 1) === b.date;
    const joined: DateMention = night ? { ...a, end: b.end, late: true } : { start: a.start, end: b.end, date: a.date, dateEnd: b.date, precision: 'range', form: 'absolute' };
    dates.splice(k, 2, joined);
  }
  return dates;
}

const WITHIN_HOURS: Record<string, RegExp> = {
  // "overnight": the night before the story, the day before publication or publication day as "hours ago" is.
  en: /\b(?:within hours|hours (?:earlier|ago)|overnight)\b/gi,
  // "dans la nuit", "in der Nacht", "durante la noche": overnight, unless the night is named ("dans la nuit de dimanche à lundi").
  fr: /(?<![\p{L}])(?:il y a quelques heures|quelques heures plus tôt|dans la nuit(?!\s+(?:de|du|d['’]|suivante|précédente|où))|cette nuit)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:hace (?:unas|pocas) horas|horas antes|durante la noche(?!\s+(?:de|del|anterior|siguiente))|esta madrugada)(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:há (?:algumas|poucas) horas|horas antes|durante a noite(?!\s+(?:de|do|anterior|seguinte))|esta madrugada)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:vor (?:wenigen|einigen) Stunden|Stunden zuvor|in der Nacht(?!\s+(?:zu|zum|zur|auf|von|vom|davor|danach))|über Nacht)(?![\p{L}])/giu,
};

const LAST_WEEK: Record<string, RegExp> = {
  es: /(?<![\p{L}])(?:la\s+)?semana\s+pasada(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:na\s+)?semana\s+passada(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:(?:la|nella)\s+)?settimana\s+(?:scorsa|passata)(?![\p{L}])/giu,
  ru: /(?<![\p{L}])на\s+прошлой\s+неделе(?![\p{L}])/giu,
};

/** A month told alone, after a word that leads to it ("en", "im", "em", "début", "Anfang"), with its year when written. */
function monthAloneReader(leads: string, lang: string, yearLead: string): { pattern: RegExp; months: Map<string, number> } {
  const months = new Map((MONTH_NAMES[lang] ?? []).flatMap((names, index) => names.map((name) => [foldTerm(name), index + 1] as const)));
  return {
    pattern: new RegExp(`(?<![\\p{L}])(?:${leads})\\s+(?:(?:le\\s+)?mois\\s+(?:de\\s+|d['’])|Monat\\s+|mês\\s+de\\s+)?(${monthNamePattern([lang])})(?:\\s+${yearLead}((?:19|20)\\d{2}))?(?![\\p{L}\\d]|\\s+\\d)`, 'giud'),
    months,
  };
}

const MONTH_ALONE: Record<string, { pattern: RegExp; months: Map<string, number> }> = {
  fr: monthAloneReader('en|au|début|mi|fin|courant|depuis|de', 'fr', ''),
  de: monthAloneReader('im|seit|Anfang|Mitte|Ende|vom', 'de', ''),
  pt: monthAloneReader('em|no|desde|início de|meados de|final de|fim de|de', 'pt', '(?:de\\s+)?'),
};

const LAST_NIGHT: Record<string, RegExp> = {
  es: /(?<![\p{L}])anoche(?![\p{L}])/giu,
};

/** "N days ago" (the count in group 1) and "the day before yesterday" (no group): chrono misreads "avant-hier" as "hier". */
const DAYS_AGO: Record<string, RegExp> = {
  fr: /(?<![\p{L}])(?:il\s+y\s+a\s+(\p{L}+|\d{1,2})\s+jours|avant-hier)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:hace\s+(\p{L}+|\d{1,2})\s+d[ií]as|anteayer|antier|antes\s+de\s+ayer)(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:há\s+(\p{L}+|\d{1,2})\s+dias|anteontem)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:vor\s+(\p{L}+|\d{1,2})\s+Tagen|vorgestern)(?![\p{L}])/giu,
};

/** Days counted back from publication: "il y a deux jours", "hace 2 días", "anteayer", "vorgestern". */
function daysAgoDates(slice: string, from: number, lang: string | null, published: IsoDate | null): DateMention[] {
  const pattern = DAYS_AGO[lang ?? 'en'];
  if (!pattern) return [];
  const found: DateMention[] = [];
  for (const m of matchesOf(pattern, slice)) {
    const count = m[1] === undefined ? 2 : findNumbers(m[1], 0, m[1].length)[0]?.value;
    if (count === undefined) continue;
    const date = published && addDays(published, -count);
    found.push({ start: from + m.index, end: from + m.index + m[0].length, date, dateEnd: null, precision: date ? 'day' : 'unknown', form: 'relative' });
  }
  return found;
}

const GERMAN_WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const GERMAN_WEEKDAY_PART = /(?<![\p{L}])(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?:abend|morgen|nachmittag|vormittag|nacht|früh)(?![\p{L}])/giu;

const TIME_OF_DAY = /^(?:(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours)\s+of\s+|(?:ранним\s+|поздним\s+|поздно\s+)?(?:утром|вечером|ночью|днем|днём)\s+)/iu;

/** chrono reads "morning of Tuesday, January 16, 2024", "утром 23 октября" as a time alone: read it again without the time of day. */
function withoutTimeOfDay(r: chrono.ParsedResult, parse: Parser, ref: Date): chrono.ParsedResult {
  const lead = TIME_OF_DAY.exec(r.text);
  if (!lead || r.start.isCertain('day') || r.start.isCertain('weekday')) return r;
  const again = parse(r.text.slice(lead[0].length), { instant: ref, timezone: 0 }, { forwardDate: false })[0];
  if (!again) return r;
  return Object.assign(Object.create(Object.getPrototypeOf(again) as object) as chrono.ParsedResult, again, { index: r.index + lead[0].length + again.index });
}

/**
 * A day and month, with the year the text gives or else the one that fits: before publication
 * (news is about the past), or nearest to an undated article's latest full date.
 */
function resolveAbsolute(c: chrono.ParsedComponents, published: IsoDate | null, yearAnchor: YearAnchor = NO_ANCHOR): { date: IsoDate | null; precision: DatePrecision; monthDay?: string } {
  const year = c.isCertain('year') ? c.get('year') : null;
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return { date: null, precision: 'unknown' };
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const on = (y: number) => `${y}-${monthDay}`;
  if (year !== null) return { date: on(year), precision: 'day', monthDay };
  // "Sunday, Dec. 3": the weekday fixes the year, the first that fits from the era on.
  if (!published && yearAnchor.era && c.isCertain('weekday')) {
    const from = Number(yearAnchor.era.slice(0, 4));
    for (let y = from; y < from + 7; y++) {
      if (on(y) >= yearAnchor.era && new Date(`${on(y)}T12:00:00Z`).getUTCDay() === c.get('weekday')) return { date: on(y), precision: 'day', monthDay };
    }
  }
  if (published) {
    const y = Number(published.slice(0, 4));
    return { date: on(y) > addDays(published, 1) ? on(y - 1) : on(y), precision: 'day', monthDay };
  }
  const anchor = yearAnchor.latest();
  if (anchor) {
    const y = Number(anchor.slice(0, 4));
    const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(anchor));
    return { date: [on(y - 1), on(y), on(y + 1)].reduce((a, b) => (distance(b) < distance(a) ? b : a)), precision: 'day', monthDay };
  }
  return { date: null, precision: 'unknown', monthDay };
}

/** A week or weeks, in the languages chrono reads: "last week" is the week before publication. */
const WEEK = /week|semaine|semana|woche|settimana|недел/i;
const WEEKS = /weeks|semaines|semanas|wochen|settimane|недел[ьи]/i;

const NAMES_MONTH = new RegExp(MONTH_ABBREVIATIONS);

/** The word "month" in the languages chrono reads: "last month", "le mois dernier", "el mes pasado" count months from publication. */
const MONTH_WORD = /month|mois|(?<![\p{L}])m[eê]s(?![\p{L}])|monat|mese|maand|месяц/iu;

const TODAY_PART = /^(?:this\s+(?:morning|afternoon|evening)|tonight|ce\s+matin|heute\s+(?:morgen|früh))$/i;

/** "since Oct. 17 last year", "le 17 octobre de l'année dernière": the day in the year before publication's. */
const LAST_YEAR_AFTER = /^\s*(?:of\s+)?last\s+year\b|^\s*(?:de\s+)?l['’]année\s+dernière|^\s*del\s+año\s+pasado|^\s*(?:des\s+)?(?:letzten|vergangenen)\s+Jahres|^\s*(?:dello\s+)?scorso\s+anno|^\s*(?:do\s+)?ano\s+passado|^\s*прошлого\s+года|^\s*tahun\s+lalu|^\s*(?:من\s+)?العام\s+الماضي/iu;

function ofLastYear(d: DateMention, text: string, published: IsoDate | null): DateMention {
  if (!published || d.monthDay === undefined || d.precision !== 'day' || d.form !== 'absolute') return d;
  if (/\d{4}/.test(text.slice(d.start, d.end)) || !LAST_YEAR_AFTER.test(text.slice(d.end, d.end + 30))) return d;
  return { ...d, date: `${Number(published.slice(0, 4)) - 1}-${d.monthDay}` };
}

/** "since Oct. 17, 46 of them in Iraq": a count after the day, which chrono takes for its year (2046). */
const SHORT_YEAR_AFTER = /,\s*\d{1,2}$/;

/** The result read as its first `length` characters, without the year they leave out. */
function withoutYear(r: chrono.ParsedResult, length: number): chrono.ParsedResult {
  const start: chrono.ParsedComponents = Object.assign(Object.create(r.start) as chrono.ParsedComponents, {
    isCertain: (component: chrono.Component) => component !== 'year' && r.start.isCertain(component),
  });
  return Object.assign(Object.create(r) as chrono.ParsedResult, { start, text: r.text.slice(0, length) });
}

/** A numeric date of day and month both under 13, with its year: "06/01/2024". */
const AMBIGUOUS_NUMERIC = /^(?:on\s+)?(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(\d{4})$/;

/**
 * "06/01/2024" in a story published on 2024-01-08: read month first it is a day months after publication, which news does
 * not tell; read day first, as most of the world writes it, it is January 6. The day-first reading, when only it is past.
 */
function dayFirstIfFuture<T extends { date: IsoDate | null; monthDay?: string }>(text: string, read: T, published: IsoDate | null): T {
  if (!published || !read.date || read.date <= addDays(published, 1)) return read;
  const m = AMBIGUOUS_NUMERIC.exec(text.trim());
  if (!m) return read;
  const monthDay = `${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const date = `${m[4]}-${monthDay}`;
  return date <= addDays(published, 1) ? { ...read, date, monthDay } : read;
}

/**
 * `yearAnchor` stands in for the publication date of an undated article, for one purpose only: giving
 * "October 29" its year from the latest full date the article writes. Relative days stay unknown.
 */
function resolve(r: chrono.ParsedResult, published: IsoDate | null, yearAnchor: YearAnchor, start: number, end: number): DateMention | null {
  const s = r.start;
  const text = r.text.toLowerCase();
  // "in the past 96 days" spans a period; it dates no incident.
  if (/\b(?:past|last|previous|next)\s+\S+\s+(?:days|weeks|months)\b/.test(text)) return null;
  // "this week", "earlier this week": from the week's Monday to publication.
  if (/\bthis week\b/.test(text)) {
    if (!published) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'period' };
    const monday = weekdayOnOrBefore(published, 1);
    return monday === published ? { start, end, date: published, dateEnd: null, precision: 'day', form: 'period' } : { start, end, date: monday, dateEnd: published, precision: 'range', form: 'period' };
  }
  // "last weekend", "the weekend attack": the Saturday and Sunday before publication; "last weekend" said on a
  // weekend, the one before it.
  if (/weekend/.test(text)) {
    if (!published) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'period' };
    const onWeekend = [0, 6].includes(new Date(`${published}T12:00:00Z`).getUTCDay());
    const saturday = weekdayOnOrBefore(addDays(published, /\blast\b/.test(text) && onWeekend ? -7 : -1), 6);
    return { start, end, date: saturday, dateEnd: addDays(saturday, 1), precision: 'range', form: 'period' };
  }
  // A bare weekday: the most recent such day on or before publication.
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    const weekday = s.get('weekday')!;
    if (!published) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'relative', weekday };
    return { start, end, date: weekdayOnOrBefore(published, weekday), dateEnd: null, precision: 'day', form: 'relative', weekday };
  }
  if (s.isCertain('day') && s.isCertain('month')) {
    const relative = !/\d/.test(text) && !NAMES_MONTH.test(text);
    if (relative) {
      // "today", "yesterday", "last night": relative to publication, unknown without it.
      if (!published) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'relative' };
      // "in den vergangenen Wochen", "ces dernières semaines": a span of weeks dates no incident.
      if (WEEKS.test(text)) return null;
      if (WEEK.test(text)) {
        const startDay = weekdayOnOrBefore(iso(s.date()), 1);
        return { start, end, date: startDay, dateEnd: addDays(startDay, 6), precision: 'range', form: 'period' };
      }
      // "the next day", "tomorrow": a day after publication is no incident's; one counted from an incident is read elsewhere.
      if (iso(s.date()) > published) return null;
      return { start, end, date: iso(s.date()), dateEnd: null, precision: 'day', form: 'relative' };
    }
    const first = dayFirstIfFuture(text, resolveAbsolute(s, published, yearAnchor), published);
    if (r.end && r.end.isCertain('day') && first.date) {
      const last = resolveAbsolute(r.end, published, yearAnchor);
      if (last.date && last.date > first.date) return { start, end, date: first.date, dateEnd: last.date, precision: 'range', form: 'absolute' };
    }
    // "Oct. 17-Nov. 7" where neither day has a year: both days kept by name; longer than a night, it is a period, not a day.
    if (r.end && r.end.isCertain('day') && first.date === null && first.monthDay) {
      const last = resolveAbsolute(r.end, published, yearAnchor).monthDay;
      if (last && last !== first.monthDay) {
        const night = addDays(`2000-${first.monthDay}`, 1) === `2000-${last}`;
        return { start, end, ...first, dateEnd: null, form: night ? 'absolute' : 'period', monthDayEnd: last };
      }
    }
    // Built whole, not spread: the day comes in shapes with and without its monthDay, which spread slowly.
    const { date, precision, monthDay } = first;
    return monthDay === undefined ? { start, end, date, precision, dateEnd: null, form: 'absolute' } : { start, end, date, precision, monthDay, dateEnd: null, form: 'absolute' };
  }
  // "this morning", "tonight": the publication day, though chrono leaves the day implied.
  if (TODAY_PART.test(text.trim())) {
    if (!published) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'relative' };
    return { start, end, date: published, dateEnd: null, precision: 'day', form: 'relative' };
  }
  if (s.isCertain('month') && !s.isCertain('day')) {
    // "in November", "this month", "earlier this month"
    const relative = MONTH_WORD.test(text);
    const year = s.isCertain('year') && (published || !relative) ? s.get('year') : published ? Number(published.slice(0, 4)) : null;
    // "in February" in an undated article names its month still; "last month" names none.
    if (year === null) return { start, end, date: null, dateEnd: null, precision: 'unknown', form: 'period', ...(relative ? {} : { month: String(s.get('month')).padStart(2, '0') }) };
    let first = `${year}-${String(s.get('month')).padStart(2, '0')}-01`;
    if (!s.isCertain('year') && published && first > published) first = `${year - 1}${first.slice(4)}`;
    return { start, end, date: first, dateEnd: monthEnd(first), precision: 'month', form: 'period' };
  }
  return null;
}

/**
 * Languages chrono does not read, by their calendar words: months, weekdays, today, yesterday, last
 * week, and the "5 August 2024" form (day before month, as both write it).
 */
interface WordCalendar {
  months: [RegExp, number][];
  weekdays: [string, number][];
  pattern: RegExp;
}

interface CalendarWords {
  dayMonth: (months: string) => string;
  today: string;
  yesterday: string;
  lastWeek: string;
  /** "within hours", "hours ago": the day before publication or publication day. */
  withinHours: string;
  /** "two days ago", "the day before yesterday": as many days before publication as the number it holds (two when none). */
  daysAgo: string;
  /** Whether a word must stand alone; Arabic joins "and", "by" and "to" to the word that follows. */
  wholeWords: boolean;
  /** A month told with its year and no day ("في يناير 2020"): the month. */
  monthYear?: (months: string) => string;
}

function wordCalendar(months: [RegExp, number][], weekdays: [string, number][], words: CalendarWords, flags: string): WordCalendar {
  const monthWords = months.map(([re]) => re.source).join('|');
  const edge = (body: string) => (words.wholeWords ? `(?<![\\p{L}])(?:${body})(?![\\p{L}])` : `(?:${body})`);
  const pattern = new RegExp(
    [
      words.dayMonth(monthWords),
      ...(words.monthYear ? [words.monthYear(monthWords)] : []),
      // "Kamis (4/1/2024)": both languages write the day first.
      '(?<![\\d/.])(?<numDay>\\d{1,2})[/.-](?<numMonth>\\d{1,2})[/.-](?<numYear>20\\d{2})(?![\\d/]|\\.\\d)',
      `(?<lastWeek>${edge(words.lastWeek)})`,
      `(?<weekday>${edge(weekdays.map(([w]) => w).join('|'))})`,
      `(?<today>${edge(words.today)})`,
      `(?<daysAgo>${edge(words.daysAgo)})`,
      `(?<yesterday>${edge(words.yesterday)})`,
      `(?<withinHours>${edge(words.withinHours)})`,
    ].join('|'),
    flags,
  );
  return { months: months.map(([re, n]) => [new RegExp(`^(?:${re.source})$`, flags.replace('g', '')), n]), weekdays, pattern };
}

/** A calendar's months, each as the alternation of its names in one language. */
function wordMonths(lang: string): [RegExp, number][] {
  return (MONTH_NAMES[lang] ?? []).map((_, index) => [new RegExp(monthSpellings(index + 1, [lang]).join('|')), index + 1]);
}

const CALENDARS: Record<string, WordCalendar> = {
  ar: wordCalendar(
    wordMonths('ar'),
    [['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6]],
    {
      // "5 آب/أغسطس 2024", "5 من أغسطس عام 2024": both calendars' names, "of" and "year" words.
      dayMonth: (months) => `(?<day>\\d{1,2})\\s*(?:من\\s+)?(?<month>${months})(?:\\s*/\\s*[^\\s\\d]+(?:\\s+[^\\s\\d]+)?)?(?:\\s+(?:عام\\s+)?(?<year>\\d{4}))?`,
      today: 'اليوم',
      // "الليلة الماضية" (last night): the night before publication, as English "last night".
      yesterday: 'أمس|الأمس|البارحة|الليلة الماضية',
      lastWeek: 'الأسبوع الماضي|الأسبوع الفائت',
      withinHours: 'خلال ساعات|قبل ساعات',
      // "قبل يومين" (two days ago, the dual), "قبل ثلاثة أيام", "أول أمس" (the day before yesterday).
      daysAgo: 'قبل\\s+(?:يومين|(?:\\d{1,2}|ثلاثة|أربعة|خمسة|ستة|سبعة)\\s+أيام)|أول\\s+(?:من\\s+)?أمس|أمس\\s+الأول',
      wholeWords: false,
      monthYear: (months) => `(?<monthAlone>${months})(?:\\s*/\\s*[^\\s\\d]+(?:\\s+[^\\s\\d]+)?)?\\s+(?:عام\\s+)?(?<monthYear>\\d{4})`,
    },
    'gu',
  ),
  id: wordCalendar(
    wordMonths('id'),
    // "Minggu" is also "week" ("dua minggu", two weeks): Sunday only as "hari Minggu", or "pada Minggu" (on Sunday) where no word
    // after it makes it a week ("pada minggu lalu", last week; "pada minggu pertama", in the first week).
    [['hari minggu|pada minggu(?!\\s+(?:lalu|ini|depan|kemarin|pertama|kedua|ketiga|keempat|terakhir|sebelumnya|berikutnya|yang|ke-?\\d))', 0], ['senin', 1], ['selasa', 2], ['rabu', 3], ['kamis', 4], ["jumat|jum'at", 5], ['sabtu', 6]],
    {
      dayMonth: (months) => `(?<![\\p{L}\\d])(?<day>\\d{1,2})\\s+(?<month>${months})(?![\\p{L}])(?:\\s+(?<year>\\d{4}))?`,
      today: 'hari ini',
      yesterday: 'kemarin',
      lastWeek: 'pekan lalu|minggu lalu',
      withinHours: 'beberapa jam (?:lalu|sebelumnya)',
      daysAgo: '(?:\\d{1,2}|dua|tiga|empat|lima|enam|tujuh) hari (?:yang )?lalu|kemarin lusa',
      wholeWords: true,
      // "sejak Oktober 2023": a month with its year.
      monthYear: (months) => `(?<![\\p{L}\\d])(?<monthAlone>${months})\\s+(?<monthYear>\\d{4})(?![\\p{L}\\d])`,
    },
    'giu',
  ),
};

/** The weekday just before a date ("Kamis (4/1/2024)", "يوم الخميس، 7 مارس", "hari Rabu, 1 November") names the same day: the date alone is kept. */
function dropWeekdayBefore(found: DateMention[], text: string, dateStart: number): void {
  const previous = found.at(-1);
  if (previous?.weekday !== undefined && previous.form === 'relative' && /^\s*[(,،]?\s*$/.test(text.slice(previous.end, dateStart))) found.pop();
}

function calendarDates(calendar: WordCalendar, text: string, from: number, to: number, published: IsoDate | null): DateMention[] {
  const found: DateMention[] = [];
  for (const m of matchesOf(calendar.pattern, text.slice(from, to))) {
    const at = { start: from + m.index, end: from + m.index + m[0].length };
    const g = m.groups!;
    const relative = (date: IsoDate | null, dateEnd: IsoDate | null = null, form: DateMention['form'] = 'relative'): DateMention => ({
      ...at, date: published ? date : null, dateEnd: published ? dateEnd : null, precision: published ? (dateEnd ? 'range' : 'day') : 'unknown', form,
    });
    if (g.numDay && g.numMonth && g.numYear) {
      const [day, month] = [Number(g.numDay), Number(g.numMonth)];
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const date = `${g.numYear}-${monthDay}`;
      dropWeekdayBefore(found, text, at.start);
      found.push({ ...at, date, dateEnd: null, precision: 'day', form: 'absolute', monthDay });
    } else if (g.day && g.month) {
      const month = calendar.months.find(([re]) => re.test(g.month!))![1];
      dropWeekdayBefore(found, text, at.start);
      const monthDay = `${String(month).padStart(2, '0')}-${g.day.padStart(2, '0')}`;
      let year = g.year ? Number(g.year) : published ? Number(published.slice(0, 4)) : null;
      if (year !== null && !g.year && published && `${year}-${monthDay}` > addDays(published, 1)) year -= 1;
      found.push({ ...at, date: year === null ? null : `${year}-${monthDay}`, dateEnd: null, precision: year === null ? 'unknown' : 'day', form: 'absolute', monthDay });
    } else if (g.monthAlone && g.monthYear) {
      const month = calendar.months.find(([re]) => re.test(g.monthAlone!))![1];
      const first = `${g.monthYear}-${String(month).padStart(2, '0')}-01`;
      found.push({ ...at, date: first, dateEnd: monthEnd(first), precision: 'month', form: 'period' });
    } else if (g.weekday) {
      const weekday = calendar.weekdays.find(([w]) => new RegExp(`^(?:${w})$`, 'iu').test(g.weekday!))![1];
      // "اليوم الاثنين" (today, Monday), "أمس الاثنين" (yesterday, Monday): one day, already read, that names its weekday.
      const previous = found.at(-1);
      if (previous?.end === at.start - 1) {
        previous.weekday ??= weekday;
        previous.end = at.end;
        continue;
      }
      found.push({ ...relative(published && weekdayOnOrBefore(published, weekday)), weekday });
    } else if (g.today) found.push(relative(published));
    else if (g.yesterday) found.push(relative(published && addDays(published, -1)));
    else if (g.daysAgo) found.push(relative(published && addDays(published, -(findNumbers(g.daysAgo, 0, g.daysAgo.length)[0]?.value ?? 2))));
    else if (g.withinHours) found.push({ ...relative(published && addDays(published, -1), published), hours: true });
    else if (g.lastWeek && published) {
      found.push(relative(...weekBefore(published), 'period'));
    }
  }
  return found.map((d) => markLate(text, d));
}
