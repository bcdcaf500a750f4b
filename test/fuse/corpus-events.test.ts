import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/cli/eval.js';
import { loadPack } from '../../src/domain/load.js';
import { CORPUS, corpusAvailable } from '../shared-corpus.js';

/**
 * A regression guard on real articles: events as `sitrep eval` scores them, after extraction and
 * fusion. The floors sit a little under the figures measured when they were set; the goal is
 * duplicates ≤ 5%, merges ≤ 2% and B-cubed F1 ≥ 0.9.
 */
test('events of the shared corpus do not fall below their measured quality', { skip: corpusAvailable ? false : 'shared corpus absent' }, async () => {
  const { events } = await evaluate(`${CORPUS}/gold.jsonl`, [`${CORPUS}/articles.jsonl`], loadPack());
  assert.ok((events.mergeRate ?? 1) <= 0.02, `merge rate ${events.mergeRate}`);
  assert.ok((events.bcubed.precision ?? 0) >= 0.98, `B-cubed precision ${events.bcubed.precision}`);
  assert.ok((events.bcubed.f1 ?? 0) >= 0.91, `B-cubed F1 ${events.bcubed.f1}`);
  assert.ok((events.splitRate ?? 1) <= 0.25, `split rate ${events.splitRate}`);
});
