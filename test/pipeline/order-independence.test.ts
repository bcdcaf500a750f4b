import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPack } from '../../src/domain/load.js';
import { fuse } from '../../src/fuse/index.js';
import { CORPUS, corpusAvailable } from '../shared-corpus.js';
import { groupsOf, ingestAtOnce, ingestOneByOne, storedGroups } from './grow-store.js';

/**
 * Issue 4 on real articles: however the store grows, its events are those of one fusion of every
 * article: the same mentions together, under the same ids.
 */
const skip = corpusAvailable ? false : 'shared corpus absent';
const pack = loadPack();

function corpusRows(): object[] {
  return readFileSync(`${CORPUS}/articles.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as object);
}

/** The same rows in an order fixed by `seed` (Fisher–Yates with a small linear congruential generator). */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function differences(expected: readonly string[], actual: readonly string[]): string[] {
  const want = new Set(expected);
  const got = new Set(actual);
  return [...expected.filter((g) => !got.has(g)).map((g) => `missing ${g}`), ...actual.filter((g) => !want.has(g)).map((g) => `extra ${g}`)];
}

test('the shared corpus ingested one article at a time gives the events of one ingest', { skip }, async (t) => {
  const rows = corpusRows();
  const store = await ingestAtOnce(t, rows, pack);
  const whole = await storedGroups(store);
  assert.ok(whole.length > 50, `only ${whole.length} events`);
  assert.deepEqual(differences(groupsOf(fuse(await store.mentionsForFusion(), pack).events), whole), []);
  const oneByOne = await storedGroups(await ingestOneByOne(t, rows, pack));
  assert.deepEqual(differences(whole, oneByOne), []);
});

test('the shared corpus ingested one article at a time in a shuffled order gives the events of one ingest', { skip }, async (t) => {
  const rows = corpusRows();
  const whole = await storedGroups(await ingestAtOnce(t, shuffled(rows, 7).reverse(), pack));
  const oneByOne = await storedGroups(await ingestOneByOne(t, shuffled(rows, 7), pack));
  assert.deepEqual(differences(whole, oneByOne), []);
});

for (const busyDays of [1, 3, 5, 8, 12, 20]) {
  test(`with keys busy beyond ${busyDays} reported days, the corpus ingested one article at a time gives the events of one fusion of all`, { skip }, async (t) => {
    const rows = shuffled(corpusRows(), 11);
    const store = await ingestOneByOne(t, rows, pack, { busyDays });
    const whole = groupsOf(fuse(await store.mentionsForFusion(), pack, [], { busyDays }).events);
    assert.notDeepEqual(whole, groupsOf(fuse(await store.mentionsForFusion(), pack).events), 'busy keys change some events');
    assert.deepEqual(differences(whole, await storedGroups(store)), []);
  });
}
