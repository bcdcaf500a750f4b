/** The fuse stage: mentions of many articles in, one event per incident out. Pure: no I/O. */
import type { DomainPack } from '../domain/pack.js';
import type { SitrepEvent, StoredMention } from '../model.js';
import { fuseFields } from './consensus.js';
import { ActorRelations } from './evidence.js';
import { countSources, gradeEvent, wordsPattern } from './grade.js';
import { groupMentions, publishedBefore, type GroupingOptions } from './group.js';
import { assignIds, type PreviousEvent } from './ids.js';
import { PlaceIndex } from './places.js';

export interface FuseOptions extends GroupingOptions {
  /**
   * Leave out the events `previous` already holds as they are (same id, same mentions): an event
   * is fused from its mentions alone, so a store that has it need not have it again.
   */
  changedOnly?: boolean;
}

export interface FuseResult {
  events: SitrepEvent[];
  /** Stored event ids no event carries any more (merged into another, or left without mentions). */
  removedIds: string[];
  /** Stored events merged into another: `from` now reads as `to`. */
  aliases: { from: string; to: string }[];
}

/** The mention published earliest (undated last, ties by id): the event is named after it. */
function firstReport(group: readonly StoredMention[]): string {
  let first = group[0] as StoredMention;
  for (const m of group) if (publishedBefore(m, first)) first = m;
  return first.id;
}

/** The groups that `previous` does not already hold under the id they now get. */
function changedGroups(groups: readonly StoredMention[][], ids: readonly string[], previous: readonly PreviousEvent[]): boolean[] {
  const stored = new Map(previous.map((e) => [e.id, e.mentionIds]));
  return groups.map((group, g) => {
    const before = stored.get(ids[g] as string);
    if (before === undefined || before.length !== group.length) return true;
    const members = new Set(before);
    return group.some((m) => !members.has(m.id));
  });
}

/**
 * Groups mentions into events and fuses each event's fields. `previous` are the stored events of
 * the same blocks, so that ids survive re-fusion and merges are recorded. The result does not
 * depend on the order of `mentions`.
 */
export function fuse(
  mentions: readonly StoredMention[],
  pack: DomainPack,
  previous: readonly PreviousEvent[] = [],
  options: FuseOptions = {},
): FuseResult {
  const { groups, datedAs } = groupMentions(mentions, pack, options);
  const { ids, mergedFrom, aliases, removedIds } = assignIds(
    groups.map((g) => g.map((m) => m.id)),
    groups.map(firstReport),
    previous,
  );
  const places = new PlaceIndex(pack);
  const actors = new ActorRelations(pack);
  const official = wordsPattern(pack.lexicon.cues.official);
  const changed = options.changedOnly ? changedGroups(groups, ids, previous) : null;
  const events: SitrepEvent[] = [];
  groups.forEach((group, g) => {
    if (changed !== null && !changed[g]) return;
    const fields = fuseFields(group, places, actors, datedAs);
    const { articles, outlets } = countSources(group, options.syndicationGroup);
    events.push({
      id: ids[g] as string,
      kind: (group[0] as StoredMention).kind,
      date: fields.date,
      date_end: fields.date_end,
      date_precision: fields.date_precision,
      site: fields.site,
      place: fields.place,
      lat: fields.lat,
      lon: fields.lon,
      place_precision: fields.place_precision,
      country: fields.country,
      attacker: fields.attacker,
      attribution: fields.attribution,
      target: fields.target,
      weapons: fields.weapons,
      killed: fields.killed,
      killed_high: fields.killed_high,
      injured: fields.injured,
      injured_high: fields.injured_high,
      outcome: fields.outcome,
      support: fields.support,
      conflicts: fields.conflicts,
      articles,
      outlets,
      grade: gradeEvent(group, fields.conflicts, outlets, actors, official),
      merged_from: mergedFrom[g] ?? [],
      mentions: group,
    });
  });
  return { events, removedIds, aliases };
}
