import type { IsoDate, PublishedSource } from '../../model.js';
import { daysBetween, isoDate } from './calendar.js';
import { allDates, fullDates } from './date-expressions.js';
import { bylineDates, readDateLine, type BylineDate } from './text-candidates.js';
import { datesInUrl } from './url-dates.js';

/** One piece of evidence for the publication date. */
export interface PublishedCandidate {
  /** The day, or null when the evidence fixes only a month. */
  date: IsoDate | null;
  month: string | null;
  source: PublishedSource;
  /** What was seen: "date line", "url y/m/d", "byline with time", "update stamp", "dateline", … */
  evidence: string;
  /** How much the evidence counts when candidates disagree; 0 when it was distrusted. */
  weight: number;
  /** Why the candidate was distrusted, when it was. */
  rejected?: string;
}

export interface PublishedResult {
  published: IsoDate | null;
  source: PublishedSource;
  /** "YYYY-MM" when only the month is known (or the month of `published`). */
  month: string | null;
  candidates: PublishedCandidate[];
}

/** Dates the caller or the page's markup already states. */
export interface PublishedHints {
  /** From the caller: JSONL `published`, a feed item's date. */
  given?: string | null;
  /** From HTML meta tags or JSON-LD. */
  htmlMeta?: string | null;
  /** The article's language: outside English a byline's "12/03/2024" puts the day first. */
  lang?: string | null;
}

/** Source order, most trusted first (as in PublishedSource). */
const TRUST: readonly PublishedSource[] = ['input', 'html-meta', 'date-line', 'byline', 'url', 'none'];

/** A page date this many years after every date its text writes is a re-publication or a crawl stamp. */
const STALE_YEARS = 2;

/** "2024-08-05", "2024-08-05T23:10:00-05:00", "Mon, 05 Aug 2024 10:00:00 GMT", "August 5, 2024" → the written day. */
export function toIsoDate(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const written = fullDates(value)[0]?.date;
  if (written) return written;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function textCandidates(text: string, bylines: readonly BylineDate[]): PublishedCandidate[] {
  const candidates: PublishedCandidate[] = [];
  const line = readDateLine(text);
  if (line) candidates.push({ date: line.date, month: line.month, source: 'date-line', evidence: 'date line', weight: line.date ? 3 : 0 });
  for (const byline of bylines) {
    const evidence = byline.update ? 'update stamp' : byline.dateline ? 'dateline' : byline.withTime ? 'byline with time' : 'byline';
    const weight = byline.update ? 0 : byline.dateline ? 2.5 : byline.withTime ? 3 : 2;
    const candidate: PublishedCandidate = { date: byline.date, month: byline.date.slice(0, 7), source: 'byline', evidence, weight };
    if (byline.update) candidate.rejected = 'an update stamp, later than publication';
    candidates.push(candidate);
  }
  return candidates;
}

function urlCandidates(url: string | null): PublishedCandidate[] {
  return datesInUrl(url).map((d) => ({ date: d.date, month: d.month, source: 'url' as const, evidence: `url ${d.shape}`, weight: d.date ? 3 : 0 }));
}

/** A photo caption's credit line: stock photos carry their own, often old, dates. */
const PHOTO_CREDIT = /\b(?:getty|afp|reuters|ap photo|photo|images|epa|file)\b|\/[A-Z]{2,}/i;

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The latest year the text writes in a full date, not counting the date line, byline stamps and photo captions. */
function latestWrittenYear(text: string, stampOffsets: Set<number>): number | null {
  const dateLineEnd = /^\s*date\s+\S+/.exec(text)?.[0].length ?? 0;
  const years = fullDates(text)
    .filter((d) => d.start >= dateLineEnd && !stampOffsets.has(d.start) && !PHOTO_CREDIT.test(lineAround(text, d.start)))
    .map((d) => d.year ?? 0);
  return years.length > 0 ? Math.max(...years) : null;
}

const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** Whether the text writes a year before `year` (a number that may be one, at least). */
function writesYearBefore(text: string, year: number): boolean {
  for (const [written] of text.matchAll(WRITTEN_YEAR)) if (Number(written) < year) return true;
  return false;
}

/** Days before publication within which a day the text names shows the story is current. */
const RECENT_DAYS = 31;
/** A page date this many days after the latest day the story names is a banner or crawl date, not the byline. */
const STALE_DAYS = 62;
/** "since October 7": an anchor for a count, not a day the story reports. */
const SINCE_BEFORE = /\b(?:since|from|depuis|seit|desde|dal|dall'|sejak)\s+(?:the\s+)?$/i;

/** Day-and-month dates the text writes without a year, as days up to `date` (the year before when later). */
function yearlessDaysBefore(text: string, date: IsoDate): IsoDate[] {
  const year = Number(date.slice(0, 4));
  const days: IsoDate[] = [];
  for (const d of allDates(text)) {
    if (d.year !== null || SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    const sameYear = isoDate(year, d.month, d.day);
    const day = sameYear !== null && daysBetween(sameYear, date) >= -1 ? sameYear : isoDate(year - 1, d.month, d.day);
    if (day) days.push(day);
  }
  return days;
}

/** How the days the story names without a year fit a candidate page date. */
function storyFit(text: string, date: IsoDate): 'recent' | 'stale' | 'unknown' {
  const days = yearlessDaysBefore(text, date).map((day) => daysBetween(day, date));
  if (days.length === 0) return 'unknown';
  if (days.some((gap) => gap >= -1 && gap <= RECENT_DAYS)) return 'recent';
  // One old day is often the background anchor of the whole story; two or more, none recent, are its subject.
  const distinct = new Set(days);
  return distinct.size >= 2 && Math.min(...days) > STALE_DAYS ? 'stale' : 'unknown';
}

/** Days after publication within which an update stamp still vouches for the page's date. */
const UPDATE_WINDOW_DAYS = 3;

/** Another kind of evidence names the same day, or an update stamp follows it closely. */
function isCorroborated(candidate: PublishedCandidate, candidates: PublishedCandidate[]): boolean {
  const date = candidate.date;
  if (!date) return false;
  return candidates.some((other) => {
    if (other === candidate || !other.date) return false;
    if (other.evidence === 'update stamp') return other.date >= date && daysBetween(date, other.date) <= UPDATE_WINDOW_DAYS;
    return other.weight > 0 && other.source !== candidate.source && other.date === date;
  });
}

/** Evidence that may be the day a page was viewed rather than written. */
const WEAK_EVIDENCE = new Set(['date line', 'byline']);

/** Distrust day candidates the rest of the evidence contradicts. */
function distrust(candidates: PublishedCandidate[], text: string, bylines: readonly BylineDate[]): void {
  const days = candidates.filter((c) => c.date && c.weight > 0);
  // Reading every date of the text is the costly part: done only for a candidate nothing corroborates.
  let latestYear: number | null | undefined;
  const latestYearOfText = (): number | null => {
    if (latestYear === undefined) latestYear = latestWrittenYear(text, new Set(bylines.map((b) => b.offset)));
    return latestYear;
  };
  for (const candidate of days) {
    const date = candidate.date ?? '';
    if (isCorroborated(candidate, candidates)) continue;
    const fit = storyFit(text, date);
    if (fit === 'recent') continue;
    if (fit === 'stale' && WEAK_EVIDENCE.has(candidate.evidence)) {
      candidate.weight = 0;
      candidate.rejected = `the days the story names are over ${STALE_DAYS} days older`;
      continue;
    }
    const year = Number(date.slice(0, 4));
    const textYear = latestYearOfText();
    if (textYear !== null && year >= textYear + STALE_YEARS) {
      candidate.weight = 0;
      candidate.rejected = `dated ${year} over a text whose dates end in ${textYear}`;
    }
  }
  // A calendar widget or crawl stamp shows the day the page was seen: later than the real byline.
  const plainStamps = days.filter((c) => c.weight > 0 && c.evidence === 'byline');
  const earliestStamp = days
    .filter((c) => c.weight > 0 && c.source === 'byline')
    .map((c) => c.date ?? '')
    .sort()[0];
  for (const stamp of plainStamps) {
    const corroborated = days.some((other) => other !== stamp && other.weight > 0 && other.source !== 'byline' && other.date === stamp.date);
    if (earliestStamp && (stamp.date ?? '') > earliestStamp && !corroborated) {
      stamp.weight = 0;
      stamp.rejected = `later than an earlier byline (${earliestStamp}): a page widget`;
    }
  }
}

function bestSource(sources: PublishedSource[]): PublishedSource {
  return TRUST.find((s) => sources.includes(s)) ?? 'none';
}

/**
 * The publication date of an article, from everything that may state it: the caller's date,
 * HTML meta, a leading date line, dated bylines and datelines, the URL. Every candidate is kept
 * as evidence; agreeing candidates add up, and when they tie the earliest wins (page widgets,
 * update stamps and crawl dates are always later than publication). When nothing fixes a day
 * the result is null, with the month when one is known. A caller's date the text cannot contradict is taken
 * without reading the text for other evidence.
 */
export function findPublished(text: string, url: string | null, hints: PublishedHints = {}): PublishedResult {
  const candidates: PublishedCandidate[] = [];
  const given = toIsoDate(hints.given);
  if (given) candidates.push({ date: given, month: given.slice(0, 7), source: 'input', evidence: 'given', weight: 100 });
  // The caller's date outweighs the rest of the evidence; only a text whose dates all end years before it can
  // overturn it, and without a year that old in the text, reading the text's dates would change nothing.
  if (given && !writesYearBefore(text, Number(given.slice(0, 4)) - STALE_YEARS + 1)) return { published: given, source: 'input', month: given.slice(0, 7), candidates };
  const meta = toIsoDate(hints.htmlMeta);
  if (meta) candidates.push({ date: meta, month: meta.slice(0, 7), source: 'html-meta', evidence: 'html meta', weight: 50 });
  const bylines = bylineDates(text, hints.lang && hints.lang !== 'en' ? 'day-first' : 'month-first');
  candidates.push(...textCandidates(text, bylines), ...urlCandidates(url));
  distrust(candidates, text, bylines);

  const scores = new Map<IsoDate, { score: number; sources: PublishedSource[] }>();
  for (const c of candidates) {
    if (!c.date || c.weight <= 0) continue;
    const entry = scores.get(c.date) ?? { score: 0, sources: [] };
    entry.score += c.weight;
    entry.sources.push(c.source);
    scores.set(c.date, entry);
  }
  const ranked = [...scores.entries()].sort(([dateA, a], [dateB, b]) => b.score - a.score || dateA.localeCompare(dateB));
  const winner = ranked[0];
  if (winner) {
    const [published, { sources }] = winner;
    return { published, source: bestSource(sources), month: published.slice(0, 7), candidates };
  }
  const month = candidates.find((c) => c.month && c.weight === 0 && !c.rejected)?.month ?? null;
  return { published: null, source: 'none', month, candidates };
}
