/** A mention as fusion compares it: its place resolved against the pack, its date as an interval. */
import type { StoredMention } from '../model.js';
import type { DayPart, DayParts } from './day-parts.js';
import { dayNumber, daysInterval, lastDayOfMonth, type HalfDayInterval } from './days.js';
import type { WeaponKin } from './evidence.js';
import type { PlaceIndex, PlacedSite, PlaceText } from './places.js';

export interface Profile {
  mention: StoredMention;
  site: PlacedSite | null;
  /** The place text resolved, for a mention without a site. */
  place: PlaceText;
  /** The day, for a `day` mention. */
  day: number | null;
  /** Where the incident's date can lie according to this mention alone; null when nothing fixes it. */
  interval: HalfDayInterval | null;
  /** The mention's weapon classes as fusion compares them (kin classes are one). */
  weapons: readonly string[];
  /** Those classes and the ones a vague class among them may stand for. */
  possibleWeapons: readonly string[];
  /** With no date: the day the text names all the same ("w2", "10-18"), else null. */
  dayLabel: string | null;
  /** The part of its day the report names ("on Monday morning"), or null. */
  dayPart: DayPart | null;
}

/** Intervals already computed, shared by every report of the same dates (intervals are never changed in place). */
const intervals = new Map<string, HalfDayInterval | null>();
const MAX_REMEMBERED_INTERVALS = 100_000;

function dateInterval(m: StoredMention): HalfDayInterval | null {
  if (m.date === null) return null;
  // A day is the commonest date there is: its key is the date itself, with no key to make.
  const key = m.date_precision === 'day' && m.date_end === null ? m.date : `${m.date}|${m.date_end ?? ''}|${m.date_precision}`;
  let interval = intervals.get(key);
  if (interval === undefined) {
    interval = computeInterval(m);
    if (intervals.size >= MAX_REMEMBERED_INTERVALS) intervals.clear();
    intervals.set(key, interval);
  }
  return interval;
}

function computeInterval(m: StoredMention): HalfDayInterval | null {
  if (m.date === null) return null;
  const first = dayNumber(m.date);
  switch (m.date_precision) {
    case 'day':
      return daysInterval(first, first);
    case 'range':
      return daysInterval(first, m.date_end ? dayNumber(m.date_end) : first);
    case 'month':
      return daysInterval(first, m.date_end ? dayNumber(m.date_end) : lastDayOfMonth(m.date));
    case 'unknown':
      return null;
  }
}

export function buildProfile(m: StoredMention, places: PlaceIndex, kin: WeaponKin, parts: DayParts | null = null): Profile {
  const interval = dateInterval(m);
  const day = m.date !== null && m.date_precision === 'day' ? dayNumber(m.date) : null;
  const weapons = kin.compared(m.weapons);
  return {
    mention: m,
    site: m.site === null ? null : places.site(m.site, m, m.place),
    place: places.placeText(m.site === null ? m.place : null, m.country),
    day,
    interval,
    weapons,
    possibleWeapons: kin.possibleOf(weapons),
    dayLabel: interval === null ? (m.day_label ?? null) : null,
    dayPart: parts === null ? null : parts.of(m, day),
  };
}

/** A mention that anchors an event: dated to a day, in a known country. */
export function isAnchor(p: Profile): boolean {
  return p.day !== null && p.mention.country !== null;
}

/** The day the mention's article came out, or was written on when only its text tells (StoredMention.writtenOn). */
export function publicationDay(m: StoredMention): number | null {
  const day = m.published ?? m.writtenOn ?? null;
  return day === null ? null : dayNumber(day);
}

/**
 * Where a mention that is not an anchor may lie: its own range, or, with no date, the days
 * before its article's publication back to the pack's history limit. Null when nothing bounds it.
 */
export function searchWindow(p: Profile, historyDays: number, recentDays?: number): HalfDayInterval | null {
  if (p.interval) return p.interval;
  const published = p.mention.published;
  if (published === null) return null;
  const last = dayNumber(published);
  return daysInterval(last - (recentDays ?? historyDays), last);
}
