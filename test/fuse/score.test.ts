import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreGrouping } from '../../src/fuse/score.js';

test('a perfect grouping scores 1 and has no duplicates or merges', () => {
  const gold = new Map([['m1', 'A'], ['m2', 'A'], ['m3', 'B']]);
  const system = new Map([['m1', 'e1'], ['m2', 'e1'], ['m3', 'e2']]);
  const s = scoreGrouping(gold, system);
  assert.deepEqual([s.f1, s.duplicateRate, s.mergeRate, s.goldIncidentsFound], [1, 0, 0, 2]);
});

test('a split incident is a duplicate; a joined pair is a merge; B-cubed follows', () => {
  const gold = new Map([['m1', 'A'], ['m2', 'A'], ['m3', 'B'], ['m4', 'B']]);
  const system = new Map([['m1', 'e1'], ['m2', 'e2'], ['m3', 'e3'], ['m4', 'e3']]);
  const split = scoreGrouping(gold, system);
  assert.equal(split.duplicateRate, 1 / 3);
  assert.equal(split.precision, 1);
  assert.equal(split.recall, 0.75);
  const merged = scoreGrouping(gold, new Map([['m1', 'e1'], ['m2', 'e1'], ['m3', 'e1'], ['m4', 'e1']]));
  assert.equal(merged.mergeRate, 1);
  assert.equal(merged.precision, 0.5);
  assert.equal(merged.recall, 1);
  assert.equal(merged.goldIncidentsFound, 1);
});

test('mentions missing from either side are not scored', () => {
  const s = scoreGrouping(new Map([['m1', 'A'], ['m2', 'A']]), new Map([['m1', 'e1'], ['m9', 'e1']]));
  assert.equal(s.mentions, 1);
});
