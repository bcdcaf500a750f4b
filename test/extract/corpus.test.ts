import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/cli/eval.js';
import { loadPack } from '../../src/domain/load.js';
import { CORPUS, corpusAvailable } from '../shared-corpus.js';

/**
 * A regression guard on real articles: extraction scored exactly as `sitrep eval` scores it.
 * The floors sit a little under the figures measured when they were set; raise them as quality improves.
 */
test('extraction on the shared corpus does not fall below its measured quality', { skip: corpusAvailable ? false : 'shared corpus absent' }, async () => {
  const { mentions } = await evaluate(`${CORPUS}/gold.jsonl`, [`${CORPUS}/articles.jsonl`], loadPack());
  assert.ok((mentions.mentions.f1 ?? 0) >= 0.915, `mention F1 ${mentions.mentions.f1}`);
  assert.ok((mentions.fields.date.accuracy ?? 0) >= 0.895, `date accuracy ${mentions.fields.date.accuracy}`);
  assert.ok((mentions.fields.attacker.accuracy ?? 0) >= 0.91, `attacker accuracy ${mentions.fields.attacker.accuracy}`);
  assert.ok((mentions.fields.weapons.accuracy ?? 0) >= 0.895, `weapons accuracy ${mentions.fields.weapons.accuracy}`);
  assert.ok((mentions.fields.target.accuracy ?? 0) >= 0.87, `target accuracy ${mentions.fields.target.accuracy}`);
  assert.ok((mentions.fields.killed.accuracy ?? 0) >= 0.89, `killed accuracy ${mentions.fields.killed.accuracy}`);
  assert.ok((mentions.fields.injured.accuracy ?? 0) >= 0.885, `injured accuracy ${mentions.fields.injured.accuracy}`);
  assert.ok((mentions.fields.outcome.accuracy ?? 0) >= 0.845, `outcome accuracy ${mentions.fields.outcome.accuracy}`);
});

test('tallies on the shared corpus do not fall below their measured quality', { skip: corpusAvailable ? false : 'shared corpus absent' }, async () => {
  const { mentions } = await evaluate(`${CORPUS}/gold.jsonl`, [`${CORPUS}/articles.jsonl`], loadPack());
  assert.ok((mentions.tallies.exact.f1 ?? 0) >= 0.965, `tally F1 ${mentions.tallies.exact.f1}`);
});
