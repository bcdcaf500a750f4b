/** How well an event is sourced: its articles, its independent outlets, and its grade. */
import type { Conflict, Grade, StoredMention } from '../model.js';
import { dayNumber } from './days.js';
import type { ActorRelations } from './evidence.js';

/**
 * Which of an event's mentions are one source, as disjoint sets over their positions (union–find): `join` makes two
 * one, `count` says how many sources there are.
 */
class OneSource {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  private find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    this.parent[x] = r;
    return r;
  }

  join(i: number, j: number): void {
    const [a, b] = [this.find(i), this.find(j)];
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }

  count(): number {
    let sources = 0;
    for (let i = 0; i < this.parent.length; i++) if (this.find(i) === i) sources++;
    return sources;
  }
}

/** Syndicated and near-identical copies count once: same text hash, same outlet, or same syndication group. */
export function countSources(
  mentions: readonly StoredMention[],
  syndicationGroup?: (m: StoredMention) => string,
): { articles: number; outlets: number } {
  if (mentions.length === 1) return { articles: 1, outlets: 1 };
  // Two mentions are one source when they share an article, a hash, an outlet or a group. Most events have a handful
  // of mentions, and a large fusion counts the sources of every event: each pair is compared, and no index of keys is
  // built. An incident the whole press reported is counted by its keys.
  if (mentions.length > PAIRWISE_MENTIONS) return countSourcesByKey(mentions, syndicationGroup);
  const sources = new OneSource(mentions.length);
  const outletNames = mentions.map((m) => (m.outlet === null ? null : m.outlet.toLowerCase()));
  const groups = syndicationGroup ? mentions.map(syndicationGroup) : null;
  let articles = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as StoredMention;
    let firstOfArticle = true;
    for (let j = 0; j < i; j++) {
      const o = mentions[j] as StoredMention;
      const sameArticle = o.article === m.article;
      if (sameArticle) firstOfArticle = false;
      const oneSource =
        sameArticle ||
        o.articleHash === m.articleHash ||
        (outletNames[i] !== null && outletNames[i] === outletNames[j]) ||
        (groups !== null && groups[i] === groups[j]);
      if (oneSource) sources.join(i, j);
    }
    if (firstOfArticle) articles++;
  }
  return { articles, outlets: sources.count() };
}

/** Up to this many mentions, an event's sources are counted pair by pair; beyond, by an index of their keys. */
const PAIRWISE_MENTIONS = 32;

/** countSources by an index of each key to the first mention holding it: linear in the event's mentions. */
function countSourcesByKey(mentions: readonly StoredMention[], syndicationGroup?: (m: StoredMention) => string): { articles: number; outlets: number } {
  const sources = new OneSource(mentions.length);
  const firstWith = new Map<string, number>();
  const join = (key: string, i: number): void => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else sources.join(i, first);
  };
  const articles = new Set<string>();
  mentions.forEach((m, i) => {
    articles.add(m.article);
    join(`a\u0000${m.article}`, i);
    join(`h\u0000${m.articleHash}`, i);
    if (m.outlet !== null) join(`o\u0000${m.outlet.toLowerCase()}`, i);
    if (syndicationGroup) join(`g\u0000${syndicationGroup(m)}`, i);
  });
  return { articles: articles.size, outlets: sources.count() };
}

/** A list of the pack's words as one pattern: whole words, any case; a trailing * matches any ending. Null for no words. */
export function wordsPattern(words: readonly string[] | undefined): RegExp | null {
  if (!words || words.length === 0) return null;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const prefix = w.endsWith('*');
      const body = (prefix ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function isOfficial(m: StoredMention, actors: ActorRelations, official: RegExp | null): boolean {
  const announcedStrike = m.kind === 'strike' && m.attribution === 'claimed' && m.attacker !== null && actors.officialSide.has(m.attacker);
  return announcedStrike || (official !== null && official.test(m.quote));
}

function militiaClaim(m: StoredMention, actors: ActorRelations): boolean {
  return m.attribution === 'claimed' && m.attacker !== null && !actors.officialSide.has(m.attacker);
}

function conflictSpanDays(value: unknown): [number, number] | null {
  if (typeof value !== 'string') return null;
  // A day, the commonest value, has nothing to split.
  if (!value.includes('/')) return value ? [dayNumber(value), dayNumber(value)] : null;
  const [first, last] = value.split('/');
  return first ? [dayNumber(first), dayNumber(last ?? first)] : null;
}

/** Sources disagree on what makes the incident this incident: its site, or its date beyond a day's tolerance. */
export function isContested(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((c) => {
    if (c.field === 'site') return true;
    if (c.field !== 'date') return false;
    let latestFirst = Number.NEGATIVE_INFINITY;
    let earliestLast = Number.POSITIVE_INFINITY;
    for (const v of c.values) {
      const span = conflictSpanDays(v.value);
      if (span === null) continue;
      latestFirst = Math.max(latestFirst, span[0]);
      earliestLast = Math.min(earliestLast, span[1]);
    }
    return latestFirst - earliestLast > 1;
  });
}

/**
 * contested (sources disagree on site or date) before confirmed (an official source: the
 * defender announcing its strike, or a quote naming an official speaker) before claim_only
 * (nothing but the attacker's own claim) before corroborated (two or more independent outlets)
 * before single_source.
 */
export function gradeEvent(
  mentions: readonly StoredMention[],
  conflicts: readonly Conflict[],
  outlets: number,
  actors: ActorRelations,
  official: RegExp | null,
): Grade {
  if (isContested(conflicts)) return 'contested';
  if (mentions.some((m) => isOfficial(m, actors, official))) return 'confirmed';
  if (mentions.every((m) => militiaClaim(m, actors))) return 'claim_only';
  return outlets >= 2 ? 'corroborated' : 'single_source';
}
