/**
 * Event ids that survive re-fusion and do not depend on the order in which articles arrived.
 * An event is named after its first report: the mention published earliest (undated last, ties by
 * mention id). Later reports that join it leave the id as it is. When an article joins two stored
 * events, the one reported first keeps its id; the other id becomes an alias of it, so that
 * nothing that cited it breaks. A stored id that no event carries any more is reported removed.
 */
import { createHash } from 'node:crypto';

export interface PreviousEvent {
  id: string;
  mentionIds: string[];
}

export interface IdAssignment {
  /** One id per group, in the order of the groups. */
  ids: string[];
  mergedFrom: string[][];
  aliases: { from: string; to: string }[];
  /** Stored ids that no event carries any more: merged into another, or left without mentions. */
  removedIds: string[];
}

export function eventIdOf(firstReport: string): string {
  return `ev_${createHash('sha1').update(firstReport).digest('hex').slice(0, 12)}`;
}

/** The group that holds most of a stored event's mentions (the earlier group on a tie), or -1. */
function heir(previous: PreviousEvent, groupOf: ReadonlyMap<string, number>): number {
  const overlap = new Map<number, number>();
  for (const id of new Set(previous.mentionIds)) {
    const group = groupOf.get(id);
    if (group !== undefined) overlap.set(group, (overlap.get(group) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [group, count] of overlap) {
    if (count > bestCount || (count === bestCount && group < best)) [best, bestCount] = [group, count];
  }
  return best;
}

/** `groups` hold mention ids; `firstReports` the id of each group's first report. */
export function assignIds(groups: readonly (readonly string[])[], firstReports: readonly string[], previous: readonly PreviousEvent[] = []): IdAssignment {
  const ids = firstReports.map(eventIdOf);
  const kept = new Set(ids);
  // Which group holds each mention: needed only for a stored event that lost its id, so made only then.
  let groupOf: Map<string, number> | null = null;
  const groupsOf = (): Map<string, number> => {
    if (groupOf === null) {
      groupOf = new Map();
      for (let g = 0; g < groups.length; g++) for (const id of groups[g]!) groupOf.set(id, g);
    }
    return groupOf;
  };
  const mergedFrom = groups.map((): string[] => []);
  const aliases: { from: string; to: string }[] = [];
  const removedIds: string[] = [];
  for (const event of [...previous].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (kept.has(event.id)) continue;
    removedIds.push(event.id);
    const g = heir(event, groupsOf());
    if (g < 0) continue;
    mergedFrom[g]!.push(event.id);
    aliases.push({ from: event.id, to: ids[g]! });
  }
  return { ids, mergedFrom, aliases, removedIds };
}
