import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const read = (text: string, published: string | null = '2024-08-01') =>
  extract(article(text, published), pack).mentions.map((m) => [m.country, m.date, m.date_precision, m.day_label ?? null]);

test('"the first strike since February, when U.S. forces struck 85 sites": the when-clause tells an incident of that day, not of the main clause\'s', () => {
  assert.deepEqual(read('The July 30 airstrike is the first known U.S. strike in Iraq since February, when U.S. forces targeted over 85 sites in both Iraq and Syria.'), [
    ['IQ', '2024-07-30', 'day', null],
    ['IQ', '2024-02-01', 'month', null],
    ['SY', '2024-02-01', 'month', null],
  ]);
  assert.deepEqual(read('The July 30 airstrike is the first U.S. strike in Iraq since Feb. 2, when U.S. forces struck sites in Syria.'), [
    ['IQ', '2024-07-30', 'day', null],
    ['SY', '2024-02-02', 'day', null],
  ]);
  // Undated: the main clause's day is no label of the strikes in Syria; their month, without its year, is.
  assert.deepEqual(read('The July 30 airstrike is the first U.S. strike in Iraq since February, when U.S. forces struck sites in Syria.', null), [
    ['IQ', null, 'unknown', '07-30'],
    ['SY', null, 'unknown', 'm02'],
  ]);
});

test('a period since a when-clause that tells no incident is still a pattern', () => {
  assert.deepEqual(read('Attacks on US forces have continued since October, when the war in Gaza began.'), []);
  assert.deepEqual(read('The lull has lasted since early February, when the groups announced they would stop their attacks.'), []);
});
