import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventReport } from '../../src/eval/events.js';
import { drawSubsets, summarizeSubsets } from '../../src/eval/subsets.js';

const ids = Array.from({ length: 1000 }, (_, i) => `a${i}`);

/** An event report with only what the summary reads. */
function report(scored: number, extra: number, merges: string[][], f1: number, splits: { key: string; events: number }[] = []): EventReport {
  return {
    scoredEvents: scored,
    extraEvents: extra,
    splitRate: extra / scored,
    mergedEvents: merges.length,
    mergeRate: merges.length / scored,
    merges: merges.map((keys, i) => ({ event: `ev_${i}`, keys })),
    splits: splits.map(({ key, events }) => ({ key, events: Array.from({ length: events }, (_, i) => `ev_${key}_${i}`), parts: [] })),
    bcubed: { precision: null, recall: null, f1 },
  } as unknown as EventReport;
}

describe('random parts of the corpus', () => {
  it('draws the same parts from the same seed, other parts from another, each keeping about its share', () => {
    const options = { runs: 3, keep: 0.7, seed: 4 };
    const parts = drawSubsets(ids, options);
    assert.deepEqual(drawSubsets(ids, options), parts);
    assert.notDeepEqual(drawSubsets(ids, { ...options, seed: 5 }), parts);
    assert.equal(parts.length, 3);
    for (const part of parts) assert.ok(part.length > 640 && part.length < 760, `${part.length} of 1000 kept`);
    assert.notDeepEqual(parts[0], parts[1], 'each part is drawn anew');
  });

  it('pools the rates over the parts, keeps the lowest and highest, and counts the parts that merged each pair or split each incident', () => {
    const erbil = ['2024-01-02|Erbil', '2023-11-07|Erbil'];
    const tanf = { key: '2023-10-18|Al-Tanf', events: 2 };
    const summary = summarizeSubsets(
      [
        { articles: 70, report: report(40, 2, [erbil], 0.96, [tanf, { key: '2023-12-11|Harir', events: 2 }]) },
        { articles: 72, report: report(60, 8, [erbil, ['2024-11-11|Syria', '2024-11-12|Syria']], 0.9, [{ ...tanf, events: 3 }]) },
      ],
      { runs: 2, keep: 0.7, seed: 1 },
    );
    assert.deepEqual([summary.splitRate.pooled, summary.splitRate.min, summary.splitRate.max], [0.1, 0.05, 8 / 60]);
    assert.equal(summary.mergeRate.pooled, 3 / 100);
    assert.ok(Math.abs((summary.bcubedF1.pooled ?? 0) - 0.93) < 1e-9);
    assert.deepEqual(summary.articles, { min: 70, max: 72 });
    assert.deepEqual(summary.merges.map((m) => m.runs), [2, 1]);
    assert.deepEqual(summary.merges[0]?.keys, erbil);
    assert.deepEqual(summary.splits, [
      { key: tanf.key, runs: 2, extra: 3 },
      { key: '2023-12-11|Harir', runs: 1, extra: 1 },
    ]);
  });
});
