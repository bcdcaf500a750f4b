/** Clustering, start to end: mentions in, groups of mentions (one per incident) out. Independent of input order. */
import type { DomainPack } from '../domain/pack.js';
import type { StoredMention } from '../model.js';
import { clusterAnchors } from './anchors.js';
import { attachLoose, WEEKDAY_REPORTS } from './attach.js';
import { BUSY_DAYS, busyKeysOf, countryKey, siteKey, type BusyKeys } from './busy.js';
import { alignArticles } from './context.js';
import { copiedSentence } from './copies.js';
import { Cluster } from './cluster.js';
import { ActorRelations, severalHurt, WeaponKin } from './evidence.js';
import { daysIn, daysInterval, intersect, isDayOfYear, isWeekday, someDayHasLabel, type HalfDayInterval } from './days.js';
import { DayParts } from './day-parts.js';
import { PlaceIndex, type PlacedSite } from './places.js';
import { buildProfile, isAnchor, publicationDay, type Profile } from './profile.js';
import { sortShort } from './short-sort.js';

export interface GroupingOptions {
  /** Near-duplicate text clusters computed by ingest: copies of one story share a key. */
  syndicationGroup?: (m: StoredMention) => string;
  /**
   * How far back from publication an undated mention is first looked for (default 3 days: news
   * reports what just happened, and a story a week on usually dates what it recalls).
   */
  recentDays?: number;
  /**
   * Which keys are busy (busy.ts). By default counted from the mentions fused, which is right when
   * they are all there are; a store fusing part of its mentions passes its own counts.
   */
  busy?: BusyKeys;
  /** Days with dated reports under one key beyond which it is busy, when `busy` is not given (default BUSY_DAYS). */
  busyDays?: number;
}

/** How far back from publication an undated mention is first looked for, unless told (GroupingOptions). */
export const DEFAULT_RECENT_DAYS = 3;

/** Mentions in a fixed order that depends only on their content. */
export function canonicalOrder(mentions: readonly StoredMention[]): StoredMention[] {
  return [...mentions].sort((a, b) => compare(a.id, b.id) || compare(a.article, b.article));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sentence key of a mention whose long sentence itself tells its day, or null: what a reprint of it shares. */
function dayTellingCopyKey(m: StoredMention): string | null {
  const told = m.evidence.date;
  if (told === undefined || told.start < m.start || told.end > m.end) return null;
  const sentence = copiedSentence(m);
  if (sentence === null) return null;
  return [sentence, m.kind, m.country, m.site, m.place].join('\u0000');
}

/** `a` came out before `b`: published earlier, undated last, ties by id (of two mentions, or of two articles). */
export function publishedBefore(a: Pick<StoredMention, 'id' | 'published'>, b: Pick<StoredMention, 'id' | 'published'>): boolean {
  const [first, second] = [a.published ?? UNDATED, b.published ?? UNDATED];
  return first < second || (first === second && a.id < b.id);
}
const UNDATED = '9999-12-31';

/**
 * A story reprinted days later tells "on Saturday" word for word, and read at its new publication that is
 * another Saturday: each later or undated copy of a sentence that tells its own day is read at the day
 * its first published copy tells.
 */
function datedAsFirstCopy(profiles: readonly Profile[], datedAs: Map<string, StoredMention>): Profile[] {
  const keys = profiles.map((p) => dayTellingCopyKey(p.mention));
  const first = new Map<string, Profile>();
  profiles.forEach((p, i) => {
    const key = keys[i] ?? null;
    if (key === null) return;
    const known = first.get(key);
    if (!known || publishedBefore(p.mention, known.mention)) first.set(key, p);
  });
  return profiles.map((p, i) => {
    const key = keys[i] ?? null;
    const original = key === null ? undefined : first.get(key);
    if (!original || original === p || original.day === null || original.mention.published === null || original.day === p.day) return p;
    // "on the 9th and 11th of November": one sentence of one article telling two days is no copy of itself.
    if (original.mention.article === p.mention.article) return p;
    // An outlet that words a new incident as it worded the last one writes from a template: its day is its own.
    if (original.mention.outlet !== null && original.mention.outlet === p.mention.outlet) return p;
    datedAs.set(p.mention.id, original.mention);
    const dayPart = p.dayPart === null ? null : { ...p.dayPart, day: original.day };
    return { ...p, day: original.day, interval: original.interval, dayLabel: null, dayPart };
  });
}

/** The keys under which copies of one report meet: their story's copy group, and a long sentence they share word for word. */
function copyKeys(m: StoredMention, syndicationKey: (m: StoredMention) => string): string[] {
  const says = [m.kind, m.country, m.site, m.place, m.date, m.date_end, m.date_precision, m.day_label].join('\u0000');
  const sentence = copiedSentence(m);
  const keys = [`story\u0000${syndicationKey(m)}\u0000${says}`];
  if (sentence !== null) keys.push(`sentence\u0000${sentence}\u0000${says}`);
  return keys;
}

/**
 * Mentions left alone that are copies of one report (same text hash or syndication group, or the
 * same long sentence word for word) and say the same thing are still one event.
 */
function groupCopies(unplaced: readonly Profile[], syndicationKey: (m: StoredMention) => string): Cluster[] {
  const byKey = new Map<string, Cluster[]>();
  const clusters: Cluster[] = [];
  for (const p of unplaced) {
    const keys = copyKeys(p.mention, syndicationKey);
    const candidates = keys.flatMap((key) => byKey.get(key) ?? []);
    let cluster = candidates.find((c) => !c.articles.has(p.mention.article));
    if (cluster) cluster.add(p);
    else clusters.push((cluster = new Cluster(p)));
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      if (!list.includes(cluster)) list.push(cluster);
      byKey.set(key, list);
    }
  }
  return clusters;
}

/** The clusters can be one incident together: each in turn can join all those before it. */
function oneIncident(clusters: readonly Cluster[], joins: (keep: Cluster, other: Cluster) => boolean): boolean {
  const [first, ...rest] = clusters as [Cluster, ...Cluster[]];
  const [head, ...tail] = first.members as [Profile, ...Profile[]];
  const trial = new Cluster(head);
  for (const p of tail) trial.add(p);
  for (const other of rest) {
    if (!joins(trial, other)) return false;
    trial.absorb(other);
  }
  return true;
}

/** More lone reports than this sharing one detail under one key (loneKey): the detail is too common to tell. */
const MAX_SHARING = 32;

/** The strong details of a cluster's members, as keys under its key (`at`, loneKey): the same key is the same detail at the same place. */
function strongDetailKeys(c: Cluster, at: string): string[] {
  const keys = new Set<string>();
  for (const { mention: m } of c.members) {
    if (m.killed !== null && m.killed > 0) keys.add(`${at}|killed:${m.killed}`);
    if (severalHurt(m.injured)) keys.add(`${at}|injured:${m.injured}`);
  }
  for (const p of c.members) if (p.dayLabel !== null && isDayOfYear(p.dayLabel)) keys.add(`${at}|day:${p.dayLabel}`);
  return [...keys];
}

/** The weekdays a cluster's members name, as keys under its key (`at`, loneKey). */
function weekdayKeys(c: Cluster, at: string): string[] {
  return [...c.dayLabels].filter(isWeekday).map((label) => `${at}|weekday:${label}`);
}

/**
 * The key under which lone reports are told by a shared detail: their one site's, or, for reports that name no site,
 * the one region all their place texts name ("Deir ez-Zor"), or else the one quarter of the country ("northeastern
 * Syria"), under their country's key. Null without any, or where the key (for a region or quarter, its country's) is busy.
 */
function loneKey(c: Cluster, busy: BusyKeys): string | null {
  if (c.country === null) return null;
  if (c.sites.length === 1) {
    const at = siteKey(c.kind, c.country, (c.sites[0] as PlacedSite).name);
    return busy(at) ? null : at;
  }
  if (c.sites.length > 0 || c.places.length === 0) return null;
  const region = c.places[0]?.region ?? null;
  const quarter = c.places[0]?.quarter ?? null;
  let area: string;
  if (region !== null && c.places.every((place) => place.region === region)) area = `region\u0000${region.name}`;
  else if (quarter !== null && c.places.every((place) => place.quarter === quarter)) area = `quarter\u0000${quarter}`;
  else return null;
  return busy(countryKey(c.kind, c.country)) ? null : siteKey(c.kind, c.country, area);
}

/** Dates this short, or shorter, tell a lone report's days ("mid-July", an article's last days). */
const SHORT_DATES_DAYS = 10;

/**
 * The days a lone cluster that names no day can be of, when each of its reports dates it to a short range or, undated
 * itself, came out in an article whose day is known (its last days: that day and the `recentDays` before); null
 * otherwise. A report tells what happened by the day its article came out.
 */
function shortDates(c: Cluster, recentDays: number): number[] | null {
  if (c.dayLabels.size > 0) return null;
  let window: HalfDayInterval | null = null;
  for (const p of c.members) {
    const out = publicationDay(p.mention);
    let own: HalfDayInterval | null = out === null ? null : daysInterval(out - recentDays, out);
    if (p.interval) own = out === null ? p.interval : intersect(p.interval, [p.interval[0], 2 * out + 1]);
    window = own === null ? null : window === null ? own : intersect(window, own);
    if (window === null) return null;
  }
  return window === null ? null : daysIn(window, SHORT_DATES_DAYS);
}

function push<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/**
 * "On July 30" in an undated story, and a story out on July 31 that tells the strike with no day; "July 16" and "in
 * mid-July": under each key, which lone clusters naming a day of the year (`named`) and which with short dates
 * (`short`) could be one incident, the day either side counting as for any day of the year (someDayHasLabel). Both
 * ways: each cluster with the others it matches.
 */
function namedDayMatches(
  named: ReadonlyMap<string, readonly { cluster: Cluster; label: string }[]>,
  short: ReadonlyMap<string, readonly { cluster: Cluster; days: number[] }[]>,
  root: (c: Cluster) => Cluster,
): Map<Cluster, Set<Cluster>> {
  const matches = new Map<Cluster, Set<Cluster>>();
  const match = (a: Cluster, b: Cluster): void => {
    const found = matches.get(a);
    if (found) found.add(b);
    else matches.set(a, new Set([b]));
  };
  for (const [at, list] of short) {
    for (const { cluster, days } of list) {
      for (const { cluster: other, label } of named.get(at) ?? []) {
        const [a, b] = [root(cluster), root(other)];
        if (a === b || !someDayHasLabel(days, label)) continue;
        match(a, b);
        match(b, a);
      }
    }
  }
  return matches;
}

/** Two reports or more, each naming a weapon, one weapon named by all. */
function namesOneWeapon(reports: readonly Cluster[]): boolean {
  if (reports.length < 2) return false;
  const [first, ...rest] = reports as [Cluster, ...Cluster[]];
  return first.weapons.some((w) => rest.every((c) => c.weapons.includes(w)));
}

/**
 * Lone reports of one site (or, naming none, of one region or quarter: loneKey), of one kind, that share a
 * strong detail (the same death toll, the same number of wounded, the same day of the year named
 * without its year) and agree on everything else are one incident even with no date to tell: two undated reports of "five wounded in a rocket
 * attack" on one base are one attack. A weekday is weaker: it takes three such reports, none a
 * copy of another, naming it (as for joining a dated incident by its weekday), or two that also
 * name one weapon ("a drone on Monday" twice: a report that names none may recall another day's
 * attack in passing). So are a report naming its day of the year and one whose short dates hold that
 * day (shortDates), when each matches only the other. Not under a busy key (busy.ts), where reports
 * sharing such a detail may well be of different incidents.
 */
function groupByStrongDetail(clusters: readonly Cluster[], actors: ActorRelations, busy: BusyKeys, recentDays: number): Cluster[] {
  const sharing = new Map<string, Cluster[]>();
  const sameWeekday = new Map<string, Cluster[]>();
  const named = new Map<string, { cluster: Cluster; label: string }[]>();
  const short = new Map<string, { cluster: Cluster; days: number[] }[]>();
  for (const c of clusters) {
    const at = loneKey(c, busy);
    if (at === null) continue;
    for (const key of strongDetailKeys(c, at)) push(sharing, key, c);
    for (const key of weekdayKeys(c, at)) push(sameWeekday, key, c);
    for (const label of c.dayLabels) if (isDayOfYear(label)) push(named, at, { cluster: c, label });
    const days = shortDates(c, recentDays);
    if (days) push(short, at, { cluster: c, days });
  }
  const merged = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => {
    let r = c;
    while (merged.has(r)) r = merged.get(r) as Cluster;
    return r;
  };
  const joins = (keep: Cluster, other: Cluster): boolean =>
    keep !== other && keep.canJoin(other) && other.members.every((p) => keep.agreesWith(p, actors));
  for (const list of sharing.values()) {
    if (list.length < 2 || list.length > MAX_SHARING) continue;
    for (let i = 1; i < list.length; i++) {
      const other = root(list[i] as Cluster);
      const keep = list.slice(0, i).map(root).find((c) => joins(c, other));
      if (!keep) continue;
      keep.absorb(other);
      merged.set(other, keep);
    }
  }
  // A report naming its day of the year and one whose short dates hold it are one incident, when each matches only the other.
  const matches = namedDayMatches(named, short, root);
  for (const [a, partners] of matches) {
    const [b, another] = [...partners];
    if (!b || another || matches.get(b)?.size !== 1 || merged.has(a) || merged.has(b) || !joins(b, a)) continue;
    b.absorb(a);
    merged.set(a, b);
  }
  // A weekday names one day in seven: lone reports naming it are one incident only when enough of
  // them, none a copy of another, agree on it and on everything else, or two name one weapon as well.
  for (const list of sameWeekday.values()) {
    const reports = [...new Set(list.map(root))];
    if (reports.length > MAX_SHARING || (reports.length < WEEKDAY_REPORTS && !namesOneWeapon(reports))) continue;
    if (!oneIncident(reports, joins)) continue;
    const [keep, ...others] = reports as [Cluster, ...Cluster[]];
    for (const other of others) {
      keep.absorb(other);
      merged.set(other, keep);
    }
  }
  return clusters.filter((c) => !merged.has(c));
}

export interface Grouping {
  /** One group per incident; each group sorted by mention id, groups by their first id. */
  groups: StoredMention[][];
  /** Reprints read at the day their first published copy tells (datedAsFirstCopy): the first copy, by the reprint's mention id. */
  datedAs: ReadonlyMap<string, StoredMention>;
}

/** Groups mentions into incidents. */
export function groupMentions(mentions: readonly StoredMention[], pack: DomainPack, options: GroupingOptions = {}): Grouping {
  const places = new PlaceIndex(pack);
  const kin = new WeaponKin(pack);
  const parts = new DayParts(pack);
  const datedAs = new Map<string, StoredMention>();
  const profiles = datedAsFirstCopy(
    canonicalOrder(mentions).map((m) => buildProfile(m, places, kin, parts)),
    datedAs,
  );
  const anchored = clusterAnchors(profiles.filter(isAnchor), places);
  const attachOptions = {
    actors: new ActorRelations(pack),
    historyDays: pack.settings.historyDays,
    announcedKinds: new Set(pack.settings.announcedKinds ?? []),
    rareWeapons: new Set(pack.lexicon.weaponRare ?? []),
    recentDays: options.recentDays ?? DEFAULT_RECENT_DAYS,
    busy: options.busy ?? busyKeysOf(mentions, options.busyDays ?? BUSY_DAYS),
  };
  const unplaced = attachLoose(
    anchored,
    profiles.filter((p) => !isAnchor(p)),
    attachOptions,
  );
  const syndicationKey = options.syndicationGroup ?? ((m: StoredMention) => m.articleHash);
  const lone = groupByStrongDetail(groupCopies(unplaced, syndicationKey), attachOptions.actors, attachOptions.busy, attachOptions.recentDays);
  const clusters = alignArticles(anchored, lone, attachOptions);
  const groups = clusters
    .map((c) => sortShort(c.members.map((p) => p.mention), (a, b) => compare(a.id, b.id) || compare(a.article, b.article)))
    .sort((a, b) => compare((a[0] as StoredMention).id, (b[0] as StoredMention).id));
  return { groups, datedAs };
}
