/** One-to-one matching of tallies: equal count and qualifier (strict) or equal count alone (lenient). */
import type { IsoDate, Qualifier } from '../model.js';

export interface TallyLike {
  count: number;
  qualifier: Qualifier;
  since: IsoDate | null;
  quote: string;
}

export interface TallySummary {
  count: number;
  qualifier: Qualifier;
  quote: string;
}

/** A matched tally whose period starts on another day than the gold's. */
export interface SinceMismatch extends TallySummary {
  gold: IsoDate | null;
  system: IsoDate | null;
}

export interface TallyMatch {
  matched: number;
  falsePositives: TallySummary[];
  falseNegatives: TallySummary[];
  /** Matched pairs that disagree on the day the count runs from. */
  sinceMismatches: SinceMismatch[];
}

/**
 * Matching by an equality key is an equivalence, so pairing each system tally with the first unused
 * gold tally of the same key is a maximum matching.
 */
export function matchTallies(
  gold: readonly TallyLike[],
  system: readonly TallyLike[],
  key: (tally: TallyLike) => string,
): TallyMatch {
  const unmatchedGold = gold.map((tally) => ({ tally, used: false }));
  const falsePositives: TallySummary[] = [];
  const sinceMismatches: SinceMismatch[] = [];
  let matched = 0;
  for (const tally of system) {
    // Of equal candidates, one that agrees on the period too, so that a mismatch listed is one no pairing avoids.
    const candidates = unmatchedGold.filter((entry) => !entry.used && key(entry.tally) === key(tally));
    const partner = candidates.find((entry) => entry.tally.since === tally.since) ?? candidates[0];
    if (partner) {
      partner.used = true;
      matched++;
      if (partner.tally.since !== tally.since) sinceMismatches.push({ ...summarize(tally), gold: partner.tally.since, system: tally.since });
    } else {
      falsePositives.push(summarize(tally));
    }
  }
  const falseNegatives = unmatchedGold.filter((entry) => !entry.used).map((entry) => summarize(entry.tally));
  return { matched, falsePositives, falseNegatives, sinceMismatches };
}

export const countAndQualifier = (tally: TallyLike): string => `${tally.count}|${tally.qualifier}`;
export const countOnly = (tally: TallyLike): string => String(tally.count);
/** The count with the day it runs from: whether the period was read as well. */
export const countQualifierAndSince = (tally: TallyLike): string => `${tally.count}|${tally.qualifier}|${tally.since ?? ''}`;

function summarize(tally: TallyLike): TallySummary {
  return { count: tally.count, qualifier: tally.qualifier, quote: tally.quote };
}
