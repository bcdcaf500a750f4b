/** How well an event is sourced: its articles, its independent outlets, and its grade. */
import type { Conflict, Grade, StoredMention } from '../model.js';
import { dayNumber } from './days.js';
import type { ActorRelations } from './evidence.js';

/** Syndicated and near-identical copies count once: same text hash, same outlet, or same syndication group. */
export function countSources(
  mentions: readonly StoredMention[],
  syndicationGroup?: (m: StoredMention) => string,
): { articles: number; outlets: number } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const m of mentions) {
    const article = `article:${m.article}`;
    union(article, `hash:${m.articleHash}`);
    if (m.outlet !== null) union(article, `outlet:${m.outlet.toLowerCase()}`);
    if (syndicationGroup) union(article, `group:${syndicationGroup(m)}`);
  }
  const articles = new Set(mentions.map((m) => `article:${m.article}`));
  return { articles: articles.size, outlets: new Set([...articles].map(find)).size };
}

/** Finds the pack's official-speaker words (whole words, any case; a trailing * matches any ending). */
export function officialSpeakerPattern(words: readonly string[] | undefined): RegExp | null {
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
