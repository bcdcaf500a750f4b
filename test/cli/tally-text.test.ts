import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimText, sitrepCountText, type TallyComparison } from '../../src/cli/tallies.js';

const comparison = (fields: Partial<TallyComparison>): TallyComparison => ({ count: 40, qualifier: 'at_least', sitrep: null, sitrep_undated: 0, ...fields }) as TallyComparison;

test("a tally's claim and Sitrep's count read as a user says them", () => {
  assert.equal(claimText(comparison({ count: 40, qualifier: 'at_least' })), 'at least 40');
  assert.equal(claimText(comparison({ count: 12, qualifier: 'exact' })), '12');
  assert.equal(sitrepCountText(comparison({ sitrep: 11, sitrep_undated: 37 })), '11 events (+37 undated)');
  assert.equal(sitrepCountText(comparison({ sitrep: 1, sitrep_undated: 0 })), '1 event');
  assert.equal(sitrepCountText(comparison({ sitrep: 0, sitrep_undated: 2 })), '0 events (+2 undated)');
  assert.equal(sitrepCountText(comparison({ sitrep: null })), '', 'no period stated: no count');
});
