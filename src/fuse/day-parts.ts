/**
 * The part of the day a report's date names ("on Monday morning", "Monday evening"), as a span of
 * hours of that day. At one site, a morning and an evening or a night of the same day are two
 * incidents: "a site has one incident a day" holds unless the reports say when in the day.
 */
import type { DomainPack } from '../domain/pack.js';
import type { StoredMention } from '../model.js';
import { wordsPattern } from './grade.js';

/** Hours of the day, [from, to): generous, so that only a morning and an evening or a night of one day are apart. */
const PARTS: readonly [cue: string, from: number, to: number][] = [
  ['part_morning', 3, 13],
  ['part_afternoon', 11, 20],
  ['part_evening', 16, 25],
  ['part_night', 19, 31],
];

/** A day and the hours of it a report names. */
export interface DayPart {
  day: number;
  from: number;
  to: number;
}

export class DayParts {
  private readonly patterns: [RegExp, number, number][];

  constructor(pack: DomainPack) {
    this.patterns = [];
    for (const [cue, from, to] of PARTS) {
      const pattern = wordsPattern(pack.lexicon.cues[cue]);
      if (pattern !== null) this.patterns.push([pattern, from, to]);
    }
  }

  /** The hours of `day` that the words stating the mention's date name, or null when they name no part or several. */
  of(m: StoredMention, day: number | null): DayPart | null {
    const told = m.evidence.date;
    if (day === null || told === undefined || this.patterns.length === 0) return null;
    if (told.start < m.start || told.end > m.start + m.quote.length) return null;
    const words = m.quote.slice(told.start - m.start, told.end - m.start);
    const named = this.patterns.filter(([pattern]) => pattern.test(words));
    if (named.length !== 1) return null;
    const [, from, to] = named[0] as [RegExp, number, number];
    return { day, from, to };
  }
}

/** Two reports' parts of one day that cannot be one moment; parts of different days say nothing. */
export function partsApart(a: DayPart, b: DayPart): boolean {
  return a.day === b.day && (a.to <= b.from || b.to <= a.from);
}
