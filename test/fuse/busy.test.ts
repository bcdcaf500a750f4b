import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import { groupsByArticle, mention, testPack } from './fixtures.js';

function groups(mentions: Parameters<typeof fuse>[0], busyDays: number): string[][] {
  return groupsByArticle(fuse(mentions, testPack, [], { busyDays }).events);
}

/** Incidents at Fort Lark on three days, the last with two dead. */
const incidents = [
  mention('a', { site: 'Fort Lark', date: '2024-01-10' }),
  mention('b', { site: 'Fort Lark', date: '2024-01-20' }),
  mention('c', { site: 'Fort Lark', date: '2024-02-01', killed: 2 }),
];

test('a report with no date joins the one incident sharing its toll while its base is quiet, and stays alone at a busy base', () => {
  const undated = mention('d', { site: 'Fort Lark', killed: 2, published: null });
  assert.deepEqual(groups([...incidents, undated], 3), [['a'], ['b'], ['c', 'd']]);
  assert.deepEqual(groups([...incidents, undated], 2), [['a'], ['b'], ['c'], ['d']], 'three days reported at Fort Lark: busy beyond two');
});

test('at a busy base a report still joins the incident of the days before its publication', () => {
  const recent = mention('d', { site: 'Fort Lark', published: '2024-02-02' });
  assert.deepEqual(groups([...incidents, recent], 2), [['a'], ['b'], ['c', 'd']]);
});

test('days are counted, not reports: one incident reported many times leaves its base quiet', () => {
  const reports = ['a', 'b', 'c', 'd', 'e'].map((article) => mention(article, { site: 'Fort Lark', date: '2024-02-01', killed: 2 }));
  const undated = mention('f', { site: 'Fort Lark', killed: 2, published: null });
  assert.deepEqual(groups([...reports, undated], 1), [['a', 'b', 'c', 'd', 'e', 'f']]);
});
