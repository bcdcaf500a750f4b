import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maxWeightMatching } from '../../src/eval/assignment.js';

/** Every one-to-one matching, for checking the Hungarian result on small matrices. */
function bestByBruteForce(weights: (number | null)[][]): { pairs: number; weight: number } {
  const cols = weights[0]?.length ?? 0;
  let best = { pairs: 0, weight: 0 };
  const walk = (row: number, used: Set<number>, pairs: number, weight: number): void => {
    if (row === weights.length) {
      if (pairs > best.pairs || (pairs === best.pairs && weight > best.weight + 1e-9)) best = { pairs, weight };
      return;
    }
    walk(row + 1, used, pairs, weight);
    for (let col = 0; col < cols; col++) {
      const w = weights[row]?.[col];
      if (w === null || w === undefined || used.has(col)) continue;
      used.add(col);
      walk(row + 1, used, pairs + 1, weight + w);
      used.delete(col);
    }
  };
  walk(0, new Set(), 0, 0);
  return best;
}

/** A small deterministic pseudo-random generator, so failures reproduce. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('maximum-weight matching', () => {
  it('prefers more pairs over heavier pairs', () => {
    // Row 0 could take the heavy column 0, but then row 1 would be left without a partner.
    const pairs = maxWeightMatching([
      [9, 1],
      [5, null],
    ]);
    assert.deepEqual(pairs, [
      [0, 1],
      [1, 0],
    ]);
  });

  it('agrees with brute force on random rectangular matrices', () => {
    const random = generator(7);
    for (let trial = 0; trial < 300; trial++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 6);
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.4 ? null : Math.floor(random() * 5) + random())),
      );
      const pairs = maxWeightMatching(weights);
      const expected = bestByBruteForce(weights);
      const weight = pairs.reduce((sum, [r, c]) => sum + (weights[r]?.[c] ?? 0), 0);
      assert.equal(pairs.length, expected.pairs, JSON.stringify(weights));
      assert.ok(Math.abs(weight - expected.weight) < 1e-9, JSON.stringify(weights));
      assert.equal(new Set(pairs.map(([, c]) => c)).size, pairs.length);
    }
  });
});
