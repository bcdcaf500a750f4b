/**
 * Fusion scored on random parts of the corpus. A part leaves out some of an incident's reports, as a set of articles
 * Sitrep has not seen does: a rule that joins an undated report to "the only incident that fits" is tried where the
 * incident meant may be missing. The figures are pooled over the parts (extra events over scored events, summed).
 */
import { seededRandom } from '../random.js';
import type { EventReport } from './events.js';

export interface SubsetOptions {
  /** How many parts. */
  runs: number;
  /** The share of the articles each part keeps, each article drawn on its own. */
  keep: number;
  seed: number;
}

export interface SubsetReport extends SubsetOptions {
  /** Articles in the smallest and the largest part. */
  articles: { min: number; max: number };
  splitRate: Spread;
  mergeRate: Spread;
  bcubedF1: Spread;
  /** Each pair (or more) of gold incidents some part merged, with how many parts merged it, most often first. */
  merges: { keys: string[]; runs: number }[];
  /** Each gold incident some part split, with how many parts split it and the extra events they made, most often first. */
  splits: { key: string; runs: number; extra: number }[];
}

/** Pooled over the parts (mean of the F1s for B-cubed), with the lowest and highest part. */
export interface Spread {
  pooled: number | null;
  min: number | null;
  max: number | null;
}

/** The article ids each part keeps, in the order given. */
export function drawSubsets(ids: readonly string[], options: SubsetOptions): string[][] {
  const next = seededRandom(options.seed);
  return Array.from({ length: options.runs }, () => ids.filter(() => next() < options.keep));
}

function spread(values: readonly (number | null)[], pooled: number | null): Spread {
  const known = values.filter((v): v is number => v !== null);
  return { pooled, min: known.length ? Math.min(...known) : null, max: known.length ? Math.max(...known) : null };
}

/** The parts' event reports summed up. */
export function summarizeSubsets(parts: readonly { articles: number; report: EventReport }[], options: SubsetOptions): SubsetReport {
  const scored = parts.reduce((sum, p) => sum + p.report.scoredEvents, 0);
  const pooled = (count: (r: EventReport) => number) => (scored === 0 ? null : parts.reduce((sum, p) => sum + count(p.report), 0) / scored);
  const f1s = parts.map((p) => p.report.bcubed.f1);
  const knownF1 = f1s.filter((v): v is number => v !== null);
  const merges = new Map<string, { keys: string[]; runs: number }>();
  for (const { report } of parts) {
    for (const merge of report.merges) {
      const id = JSON.stringify(merge.keys);
      const seen = merges.get(id) ?? { keys: merge.keys, runs: 0 };
      seen.runs++;
      merges.set(id, seen);
    }
  }
  const splits = new Map<string, { key: string; runs: number; extra: number }>();
  for (const { report } of parts) {
    for (const split of report.splits) {
      const seen = splits.get(split.key) ?? { key: split.key, runs: 0, extra: 0 };
      seen.runs++;
      seen.extra += split.events.length - 1;
      splits.set(split.key, seen);
    }
  }
  const sizes = parts.map((p) => p.articles);
  return {
    ...options,
    articles: { min: sizes.length ? Math.min(...sizes) : 0, max: sizes.length ? Math.max(...sizes) : 0 },
    splitRate: spread(parts.map((p) => p.report.splitRate), pooled((r) => r.extraEvents)),
    mergeRate: spread(parts.map((p) => p.report.mergeRate), pooled((r) => r.mergedEvents)),
    bcubedF1: spread(f1s, knownF1.length ? knownF1.reduce((a, b) => a + b, 0) / knownF1.length : null),
    merges: [...merges.values()].sort((a, b) => b.runs - a.runs || a.keys.join().localeCompare(b.keys.join())),
    splits: [...splits.values()].sort((a, b) => b.runs - a.runs || b.extra - a.extra || a.key.localeCompare(b.key)),
  };
}
