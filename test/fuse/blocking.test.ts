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

test('a month covers each of its weeks; an undated mention is filed by its week of publication, or nowhere without one', () => {
  assert.ok(blockKeys(mention('a', { country: 'IQ', date: '2024-02-01', date_precision: 'month' })).length >= 4);
  const undated = blockKeys(mention('b', { country: 'IQ', published: '2024-02-01' }));
  assert.equal(undated.length, 1);
  assert.match(undated[0] ?? '', /^attack\|IQ\|undated\|w\d+$/);
  assert.deepEqual(blockKeys(mention('c', { country: 'IQ', published: null })), []);
  assert.deepEqual(blockKeys(mention('d', { country: 'IQ', published: null, writtenOn: '2024-02-01' })), undated, 'or, with none, the week its text shows it was written in');
});

test('a long sentence files a mention under its hash, so that copies of one story meet whatever their dates', () => {
  const sentence = 'The Front of Fronts claimed on Tuesday a drone attack on US troops near the airport of Heronville, among other operations.';
  const copy = (article: string, fields: Parameters<typeof mention>[1]) => blockKeys(mention(article, { quote: sentence, ...fields })).filter((k) => k.startsWith('copy|'));
  assert.equal(copy('a', { published: null }).length, 1);
  assert.deepEqual(copy('a', { published: null }), copy('b', { date: '2024-02-01', quote: `  ${sentence.replace(/ /g, '  ')}` }));
  assert.deepEqual(blockKeys(mention('c', { quote: 'US troops came under attack.', published: null })), []);
});

test('the blocks compared with a mention include its own, its neighbours and the undated reports of the days after it', () => {
  const m = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const compared = comparedBlockKeys(m, 3);
  for (const key of blockKeys(m)) assert.ok(compared.includes(key));
  const neighbour = mention('b', { site: 'Fort Lark', date: '2024-02-08' });
  for (const key of blockKeys(neighbour)) assert.ok(compared.includes(key));
  for (const published of ['2024-02-01', '2024-02-04']) {
    for (const key of blockKeys(mention('c', { site: 'Fort Lark', published }))) assert.ok(compared.includes(key), published);
  }
  const undated = mention('d', { site: 'Fort Lark', published: '2024-02-03' });
  for (const key of blockKeys(m)) assert.ok(comparedBlockKeys(undated, 3).includes(key), 'an undated report reads the incidents of the days before its publication');
  const written = mention('d', { site: 'Fort Lark', published: null, writtenOn: '2024-02-03' });
  for (const key of blockKeys(m)) assert.ok(comparedBlockKeys(written, 3).includes(key), 'or before the day its text shows it was written on');
  assert.deepEqual(comparedBlockKeys(mention('e', { country: 'SY', published: null }), 3), [], 'with no date at all, it is read by key (busy.ts)');
});
