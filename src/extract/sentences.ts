import { sentenceEnds } from './sentence-breaks.js';
import { monthNamePattern } from '../language/month-names.js';

/** A sentence of an article, with its paragraph, as offsets into the text. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null): Intl.Segmenter {
  const key = lang ?? 'en';
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, s);
  }
  return s;
}

/** Abbreviations after which the sentence goes on ("U.S. Central Command", "Brig. Gen. Ryder", a timeline's "OCT. 18 –"). */
const NO_BREAK_AFTER = /(?:\b(?:U\.S|U\.K|U\.N|Gen|Brig|Lt|Col|Maj|Sgt|Capt|Adm|Sen|Rep|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)\.)\s*$/;

/** White space as regular expressions read it (\s). */
function isSpace(unit: number): boolean {
  if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  return /\s/.test(String.fromCharCode(unit));
}

/**
 * Every reading that lets a sentence go on past its end (an abbreviation, an ordinal day, a time of day) needs a full
 * stop before its trailing spaces; most sentences end otherwise, and need none of them.
 */
function mayGoOn(text: string, start: number, end: number): boolean {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end === start || text.charCodeAt(end - 1) === 0x2e;
}

/** NO_BREAK_AFTER read on the last characters of text[start, end) before its trailing spaces: an abbreviation and the one before it. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const next = end;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (NO_BREAK_AFTER.test(text.slice(Math.max(start, end - 7), end))) return true;
  // A middle initial is a capital before the stop: most sentences end with a small letter or a digit there.
  const beforeStop = text.charCodeAt(end - 2);
  if (end - start < 2 || (beforeStop < 0x80 && !(beforeStop >= 0x41 && beforeStop <= 0x5a))) return false;
  return MIDDLE_INITIAL.test(text.slice(Math.max(start, end - 24), end)) && !SENTENCE_OPENER.test(text.slice(next, next + 8));
}

/** "Patrick S. Ryder": a given name and a middle initial, before a family name rather than a word that opens a sentence ("Area B. They …"). */
const MIDDLE_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;
const SENTENCE_OPENER = /^(?:The|They|It|Its|He|She|We|In|On|At|A|An|This|That|These|Those|There|But|And|No|One|Two|US|U\.S\.)(?![\p{L}])/u;

/**
 * "At 9:30 p.m. US forces struck …": a time of day that opens a sentence, cut off by its abbreviation. Elsewhere
 * "a.m." may well end a sentence ("The drone hit at 3 a.m. No one was hurt.").
 */
const OPENING_TIME = /^(?:at|around|about|by|shortly (?:after|before)|just (?:after|before)|before|after|until)\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.\s*$/i;

/**
 * "at 2:30 a.m. Wednesday", "at 11 p.m. Nov. 21": a time of day before the day it fell on, as wires write it, ends no
 * sentence; before anything else "a.m." may ("The drone hit at 3 a.m. No one was hurt.", "at 3 a.m. Sunday's attack …").
 */
const TIME_END = /\d\s*[ap]\.\s?m\.\s*$/i;
const DAY_OF_TIME = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}'’])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d))/u;

function splitsTimeFromDay(text: string, end: number, next: number): boolean {
  return TIME_END.test(text.slice(Math.max(0, end - 12), end)) && DAY_OF_TIME.test(text.slice(next, next + 16));
}

/** "am 28. Januar": a day written as an ordinal before its month's name, as German writes it, ends no sentence. */
const DAY_ORDINAL_END = /(?<!\d)\d{1,2}\.\s*$/;
const MONTH_START = new RegExp(`^(?:${monthNamePattern(['de'])})\\b`);

function splitsDayFromMonth(text: string, end: number, next: number): boolean {
  return DAY_ORDINAL_END.test(text.slice(Math.max(0, end - 6), end)) && MONTH_START.test(text.slice(next, next + 10));
}

/** Abbreviated months as timelines write them ("Oct. 18"). */
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** A day that heads a line of a timeline: "Oct. 18:", "October 18, 2023 –", "18 October:", "18 octobre :". */
const HEADING_MONTHS = monthNamePattern(['en', 'fr', 'de', 'es', 'it', 'pt']);
const DAY_HEADING = `[ \\t]*(?:[-–—•*▪●◦][ \\t]+)?(?:(?:${HEADING_MONTHS}|(?:${MONTH_ABBREVIATIONS})\\.?)\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+(?:${HEADING_MONTHS})(?:\\s+\\d{4})?)\\s*[:–—]`;

const HEADING_AT = new RegExp(DAY_HEADING, 'uy');

/** Whether the text at `at` opens with a day as a timeline's heading ("Oct. 18: Two drones …"). */
export function opensWithDayHeading(text: string, at: number): boolean {
  HEADING_AT.lastIndex = at;
  return HEADING_AT.test(text);
}

/** A paragraph: lines up to a blank one. A line that opens with a bullet, or with a day as a timeline's heading ("Oct. 18: …"), is an item of a list, a paragraph of its own. */
const PARAGRAPH = new RegExp(`[^\\n]+(?:\\n(?!\\s*\\n)(?![ \\t]*[-–—•*▪●◦][ \\t])(?!${DAY_HEADING})[^\\n]*)*`, 'gu');

/** A leading " date 2024-08-05" line, often run into the first sentence. */
const DATE_LINE = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?(?=\s)/;

/**
 * A lone line break is a hard wrap inside a sentence, except after a short line with no closing
 * punctuation: that is a heading, a byline or a date line, a sentence of its own.
 */
function unwrap(paragraph: string): string {
  if (!paragraph.includes('\n')) return paragraph;
  const lines = paragraph.split('\n');
  // A line longer than any hard wrap ends where its writer pressed return: a sentence of its own, punctuated or not.
  const ownLine = (line: string) => (line.trim().length < 80 || line.length > HARD_WRAP_MAX) && !/[.!?:;,"”’)]\s*$/.test(line);
  return lines.map((line, i) => (i === lines.length - 1 ? line : line + (ownLine(line) ? '\n' : ' '))).join('');
}

/** Hard-wrapped text breaks its lines at no more than this many characters. */
const HARD_WRAP_MAX = 110;

/**
 * Breaks the platform's rules run on: "… Earlier in the day, …", an ellipsis before a capital; "warned of more attacks. –
 * In the rocket attack on …", a dash that opens a sentence after a full stop (a dash continues a sentence in those rules).
 */
const MISSED_BREAK = /…\s+(?=\p{Lu})|(?<=[.!?]["”’)]?)\s+(?=[–—]\s+\p{Lu})/gu;

/**
 * Splits text into sentences with the platform's Unicode sentence rules (Intl.Segmenter),
 * never across a paragraph break, and mends breaks after common abbreviations.
 */
export function splitSentences(text: string, lang: string | null): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) push({ start: 0, end: dateLine[0].length });
  PARAGRAPH.lastIndex = dateLine ? dateLine[0].length : 0;
  for (let para = PARAGRAPH.exec(text); para; para = PARAGRAPH.exec(text)) {
    const base = para.index;
    let pending: { start: number; end: number } | null = null;
    for (const [from, to] of segmentsOf(unwrap(para[0]), lang)) {
      const start = base + from;
      const end = base + to;
      if (pending && mayGoOn(text, pending.start, pending.end) && (endsWithAbbreviation(text, pending.start, pending.end) || splitsDayFromMonth(text, pending.end, start) || splitsTimeFromDay(text, pending.end, start) || OPENING_TIME.test(text.slice(pending.start, pending.end).trimStart()))) {
        pending.end = end;
        continue;
      }
      if (pending) push(pending);
      pending = { start, end };
    }
    if (pending) push(pending);
    paragraph += 1;
  }
  return sentences;

  function push(span: { start: number; end: number }): void {
    let { start, end } = span;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ index: sentences.length, paragraph, start, end });
  }
}

/** The sentences of one unwrapped paragraph, as [start, end) offsets into it. */
function segmentsOf(paragraph: string, lang: string | null): [number, number][] {
  const spans: [number, number][] = [];
  // Most paragraphs hold no ellipsis or dash: their segments need no second look.
  const marked = /[…–—]/.test(paragraph);
  const ends = READ_LIKE_ROOT.has(lang ?? 'en') ? sentenceEnds(paragraph) : null;
  if (ends) {
    let start = 0;
    for (const end of ends) {
      cutAtMissedBreaks(paragraph, start, end, spans, marked);
      start = end;
    }
    return spans;
  }
  for (const seg of segmenter(lang).segment(paragraph)) cutAtMissedBreaks(paragraph, seg.index, seg.index + seg.segment.length, spans, marked);
  return spans;
}

/** Languages for which Intl.Segmenter keeps the root locale's sentence rules (Greek, for one, does not: ";" ends its questions). */
const READ_LIKE_ROOT = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'ar', 'fa', 'tr', 'id', 'ms', 'pl', 'ro', 'sv', 'ku', 'ur']);

function cutAtMissedBreaks(paragraph: string, start: number, end: number, spans: [number, number][], marked: boolean): void {
  const segment = marked ? paragraph.slice(start, end) : '';
  if (!marked || !/[…–—]/.test(segment)) {
    spans.push([start, end]);
    return;
  }
  let from = 0;
  for (const cut of segment.matchAll(MISSED_BREAK)) {
    const to = cut.index + cut[0].length;
    spans.push([start + from, start + to]);
    from = to;
  }
  spans.push([start + from, end]);
}
