/**
 * How well mentions were grouped into incidents, against gold incident keys.
 * Only mentions present in both maps are scored.
 */

export interface GroupingScore {
  mentions: number;
  goldIncidents: number;
  /** Gold incidents that are the main incident (most mentions) of at least one system event. */
  goldIncidentsFound: number;
  systemEvents: number;
  /** System events that are extra pieces of a gold incident already found, over system events. */
  duplicateRate: number;
  /** System events holding mentions of two or more gold incidents, over system events. */
  mergeRate: number;
  precision: number;
  recall: number;
  f1: number;
}

function groupBy(keys: ReadonlyMap<string, string>, ids: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = keys.get(id) as string;
    const list = groups.get(key);
    if (list) list.push(id);
    else groups.set(key, [id]);
  }
  return groups;
}

/** The gold key most of an event's mentions carry (the smallest key on a tie). */
function mainKey(members: readonly string[], gold: ReadonlyMap<string, string>): string {
  const counts = new Map<string, number>();
  for (const id of members) {
    const key = gold.get(id) as string;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] as string;
}

export function scoreGrouping(goldKeyByMentionId: ReadonlyMap<string, string>, eventIdByMentionId: ReadonlyMap<string, string>): GroupingScore {
  const ids = [...goldKeyByMentionId.keys()].filter((id) => eventIdByMentionId.has(id));
  const gold = groupBy(goldKeyByMentionId, ids);
  const system = groupBy(eventIdByMentionId, ids);
  const pieces = new Map<string, number>();
  let merged = 0;
  for (const members of system.values()) {
    const main = mainKey(members, goldKeyByMentionId);
    pieces.set(main, (pieces.get(main) ?? 0) + 1);
    if (new Set(members.map((id) => goldKeyByMentionId.get(id))).size > 1) merged++;
  }
  const extra = [...pieces.values()].reduce((sum, n) => sum + n - 1, 0);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const mine = system.get(eventIdByMentionId.get(id) as string) as string[];
    const truth = gold.get(goldKeyByMentionId.get(id) as string) as string[];
    const both = mine.filter((other) => goldKeyByMentionId.get(other) === goldKeyByMentionId.get(id)).length;
    precision += both / mine.length;
    recall += both / truth.length;
  }
  const n = ids.length;
  const p = n === 0 ? 1 : precision / n;
  const r = n === 0 ? 1 : recall / n;
  return {
    mentions: n,
    goldIncidents: gold.size,
    goldIncidentsFound: pieces.size,
    systemEvents: system.size,
    duplicateRate: system.size === 0 ? 0 : extra / system.size,
    mergeRate: system.size === 0 ? 0 : merged / system.size,
    precision: p,
    recall: r,
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
  };
}
