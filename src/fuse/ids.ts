/**
 * Event ids that survive re-fusion. A new event is named from its smallest mention id; an event
 * that holds the mentions of a stored event keeps that event's id; when one event holds the
 * mentions of several stored events, the smallest of their ids survives and the others become
 * aliases of it.
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

function hashId(text: string): string {
  return `ev_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
}

/** A fresh id from the group's smallest mention ids, avoiding ids already in use. */
function freshId(mentionIds: readonly string[], taken: ReadonlySet<string>): string {
  for (let n = 1; n <= mentionIds.length; n++) {
    const id = hashId(mentionIds.slice(0, n).join('\n'));
    if (!taken.has(id)) return id;
  }
  for (let salt = 1; ; salt++) {
    const id = hashId(`${mentionIds.join('\n')}\n#${salt}`);
    if (!taken.has(id)) return id;
  }
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

/** `groups` hold sorted mention ids and are sorted by their first id. */
export function assignIds(groups: readonly (readonly string[])[], previous: readonly PreviousEvent[] = []): IdAssignment {
  const groupOf = new Map<string, number>();
  groups.forEach((ids, g) => ids.forEach((id) => groupOf.set(id, g)));
  const claims = groups.map((): string[] => []);
  for (const event of [...previous].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const g = heir(event, groupOf);
    if (g >= 0) claims[g]?.push(event.id);
  }
  const taken = new Set(previous.map((e) => e.id));
  const ids = claims.map((claimed) => claimed[0] ?? '');
  const mergedFrom = claims.map((claimed) => claimed.slice(1));
  groups.forEach((mentionIds, g) => {
    if (ids[g] !== '') return;
    ids[g] = freshId(mentionIds, taken);
    taken.add(ids[g] as string);
  });
  const aliases = claims.flatMap((claimed) => claimed.slice(1).map((from) => ({ from, to: claimed[0] as string })));
  const kept = new Set(ids);
  const removedIds = [...new Set(previous.map((e) => e.id))].filter((id) => !kept.has(id)).sort();
  return { ids, mergedFrom, aliases, removedIds };
}
