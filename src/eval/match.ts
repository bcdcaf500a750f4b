/** One-to-one matching of an article's system mentions to its gold mentions (GUIDELINES "Scoring"). */
import { maxWeightMatching } from './assignment.js';
import { dateAgreement, type DateAgreement } from './dates.js';
import type { SystemMention } from './fields.js';
import type { GoldMention } from './gold.js';
import type { NameIndex } from './names.js';
import { placeAgreement, type PlaceAgreement } from './places.js';
import { quoteOverlap } from './quotes.js';

export interface MatchSettings {
  names: NameIndex;
  /** Two sites this close (km) count as one place. */
  nearKm: number;
  /** The article's text, when known: quote overlap is then measured by offsets. */
  text?: string;
}

export interface Candidate {
  goldIndex: number;
  systemIndex: number;
  date: DateAgreement;
  place: PlaceAgreement;
  quoteOverlap: number;
}

// Priority is lexicographic: a dated pair beats an undated one, an exact day or overlap beats ±1 day,
// an exact place beats a nearby site, and only then does quote overlap (0..1) break the tie.
const DATE_RANK: Record<DateAgreement, number> = { overlap: 2, adjacent: 1, undated: 0 };
const PLACE_RANK: Record<PlaceAgreement, number> = { same_site: 1, described_site: 1, same_country: 1, near_site: 0 };

export function candidatePriority(candidate: Candidate): number {
  return DATE_RANK[candidate.date] * 4 + PLACE_RANK[candidate.place] * 2 + candidate.quoteOverlap;
}

/** The pair as a candidate, or null when kinds, places or dates disagree. */
export function candidate(
  settings: MatchSettings,
  gold: GoldMention,
  goldIndex: number,
  system: SystemMention,
  systemIndex: number,
): Candidate | null {
  if (gold.kind !== system.kind) return null;
  const place = placeAgreement(settings.names, gold, system, settings.nearKm);
  if (place === null) return null;
  const date = dateAgreement(gold, system);
  if (date === null) return null;
  return { goldIndex, systemIndex, date, place, quoteOverlap: quoteOverlap(gold.quote, system, settings.text) };
}

/** The matching with the most pairs and, among those, the highest total priority. */
export function matchMentions(
  settings: MatchSettings,
  gold: readonly GoldMention[],
  system: readonly SystemMention[],
): Candidate[] {
  const candidates = gold.map((goldMention, goldIndex) =>
    system.map((systemMention, systemIndex) => candidate(settings, goldMention, goldIndex, systemMention, systemIndex)),
  );
  const weights = candidates.map((row) => row.map((pair) => (pair === null ? null : candidatePriority(pair))));
  return maxWeightMatching(weights).flatMap(([goldIndex, systemIndex]) => {
    const pair = candidates[goldIndex]?.[systemIndex];
    return pair ? [pair] : [];
  });
}
