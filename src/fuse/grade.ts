/** How well an event is sourced: its articles, its independent outlets, and its grade. */
import type { Conflict, Grade, StoredMention } from '../model.js';
import { dayNumber } from './days.js';
import type { ActorRelations } from './evidence.js';

/** Syndicated and near-identical copies count once: same text hash, same outlet, or same syndication group. */
export function countSources(
  mentions: readonly StoredMention[],
  syndicationGroup?: (m: StoredMention) => string,
): { articles: number; outlets: number } {
  if (mentions.length === 1) return { articles: 1, outlets: 1 };
  // Union–find over the event's articles: two articles are one source when they share a hash, an outlet or a group.
  const articleIndex = new Map<string, number>();
  const parent: number[] = [];
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    parent[x] = r;
    return r;
  };
  const byHash = new Map<string, number>();
  const byOutlet = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const join = (seen: Map<string, number>, key: string, article: number): void => {
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, article);
      return;
    }
    const [a, b] = [find(article), find(other)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (const m of mentions) {
    let article = articleIndex.get(m.article);
    if (article === undefined) {
      article = parent.length;
      articleIndex.set(m.article, article);
      parent.push(article);
    }
    join(byHash, m.articleHash, article);
    if (m.outlet !== null) join(byOutlet, m.outlet.toLowerCase(), article);
    if (syndicationGroup) join(byGroup, syndicationGroup(m), article);
  }
  let outlets = 0;
  for (let i = 0; i < parent.length; i++) if (find(i) === i) outlets++;
  return { articles: parent.length, outlets };
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
  const [first, last] = value.split('/');
  return first ? [dayNumber(first), dayNumber(last ?? first)] : null;
}

/** Sources disagree on what makes the incident this incident: its site, or its date beyond a day's tolerance. */
export function isContested(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((c) => {
    if (c.field === 'site') return true;
    if (c.field !== 'date') return false;
    const spans = c.values.map((v) => conflictSpanDays(v.value)).filter((s): s is [number, number] => s !== null);
    return Math.max(...spans.map(([first]) => first)) - Math.min(...spans.map(([, last]) => last)) > 1;
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
