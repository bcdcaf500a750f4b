import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockKeys, comparedBlockKeys } from '../../src/fuse/index.js';
import { mention } from './fixtures.js';

test('a dated mention belongs to the block of its kind, country and week', () => {
  const keys = blockKeys(mention('a', { site: 'Fort Lark', date: '2024-02-01' }));
  assert.equal(keys.length, 1);
  assert.match(keys[0] ?? '', /^attack\|SY\|w\d+$/);
  assert.deepEqual(blockKeys(mention('b', { site: 'Fort Lark', date: '2024-02-01' })), keys);
  assert.notDeepEqual(blockKeys(mention('c', { kind: 'strike', site: 'Fort Lark', date: '2024-02-01' })), keys);
});

test('a month covers each of its weeks; an undated mention has the undated block', () => {
  assert.ok(blockKeys(mention('a', { country: 'IQ', date: '2024-02-01', date_precision: 'month' })).length >= 4);
  assert.deepEqual(blockKeys(mention('b', { country: 'IQ' })), ['attack|IQ|undated']);
});

test('the blocks compared with a mention include its own and its neighbours', () => {
  const m = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const compared = comparedBlockKeys(m, 365);
  for (const key of blockKeys(m)) assert.ok(compared.includes(key));
  assert.ok(compared.includes('attack|SY|undated'));
  const neighbour = mention('b', { site: 'Fort Lark', date: '2024-02-08' });
  for (const key of blockKeys(neighbour)) assert.ok(compared.includes(key));
  assert.deepEqual(comparedBlockKeys(mention('c', { country: 'SY' }), 365), ['attack|SY|*']);
});
