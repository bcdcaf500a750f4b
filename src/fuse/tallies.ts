/** Counting events over a period, to set beside an official tally ("55 attacks since October 17"). */
import type { EventKind, IsoDate, SitrepEvent } from '../model.js';
import { dayNumber, lastDayOfMonth } from './days.js';

export interface PeriodCount {
  /** Events whose date certainly lies in the period. */
  within: number;
  /** Events whose range or month overlaps the period without lying wholly inside it. */
  uncertain: number;
  /** Events of the kind with no date at all. */
  undated: number;
}

/** Counts events of `kind` dated within since..until (inclusive; `until` null means open-ended). */
export function countEventsInPeriod(
  events: readonly SitrepEvent[],
  since: IsoDate,
  until: IsoDate | null,
  kind: EventKind = 'attack',
): PeriodCount {
  const from = dayNumber(since);
  const to = until === null ? Number.POSITIVE_INFINITY : dayNumber(until);
  const count: PeriodCount = { within: 0, uncertain: 0, undated: 0 };
  for (const e of events) {
    if (e.kind !== kind) continue;
    if (e.date === null) {
      count.undated++;
      continue;
    }
    const first = dayNumber(e.date);
    const last = e.date_end ? dayNumber(e.date_end) : e.date_precision === 'month' ? lastDayOfMonth(e.date) : first;
    if (first >= from && last <= to) count.within++;
    else if (first <= to && last >= from) count.uncertain++;
  }
  return count;
}
