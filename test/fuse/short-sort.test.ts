import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byCodeUnits, sortShort } from '../../src/fuse/short-sort.js';

/** Lists of every length up to well past the short ones, with repeated keys so that stability shows. */
function lists(): { key: number; tag: string }[][] {
  const out: { key: number; tag: string }[][] = [];
  for (let length = 0; length <= 40; length++) {
    out.push(Array.from({ length }, (_, i) => ({ key: (i * 7 + length) % 5, tag: `item ${i}` })));
  }
  return out;
}

test('a list is put in the order Array.prototype.sort gives, equal keys keeping their order, whatever its length', () => {
  for (const list of lists()) {
    const expected = [...list].sort((a, b) => a.key - b.key);
    assert.deepEqual(sortShort([...list], (a, b) => a.key - b.key), expected);
  }
});

test('the list is sorted in place and returned', () => {
  const list = ['drone', 'rocket', 'air_strike'];
  const sorted = sortShort(list, byCodeUnits);
  assert.equal(sorted, list);
  assert.deepEqual(list, ['air_strike', 'drone', 'rocket']);
});

test('texts are compared as a sort without a comparison function compares them', () => {
  const texts = ['b', 'B', 'a', 'ä', 'A', 'aa', '', 'Z'];
  assert.deepEqual(sortShort([...texts], byCodeUnits), [...texts].sort());
});
