import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import type { StoredMention } from '../../src/model.js';
import { mention, testPack } from './fixtures.js';

function corpus(): StoredMention[] {
  return [
    mention('a', { site: 'Camp Heron', date: '2024-01-05', injured: 5 }),
    mention('b', { site: 'Camp Heron', date: '2024-01-06', injured: 7 }),
    mention('c', { site: 'Camp Heron', published: '2024-01-08' }),
    mention('d', { site: 'Fort Lark', date: '2024-01-05' }),
    mention('d', { site: 'Outpost Wren', date: '2024-01-05' }),
    mention('e', { place: 'a base in Syria', country: 'SY', date: '2024-01-05' }),
    mention('f', { place: 'north province', country: 'SY', date: '2024-01-06' }),
    mention('g', { kind: 'strike', place: 'Syria', country: 'SY', date: '2024-01-07', attacker: 'United States', attribution: 'claimed' }),
    mention('h', { kind: 'strike', place: 'Syria', country: 'SY', date: '2024-01-08' }),
    mention('i'),
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

test('the events and their ids do not depend on the order of the input', () => {
  const input = corpus();
  const expected = JSON.stringify(fuse(input, testPack).events);
  for (let seed = 1; seed <= 60; seed++) {
    assert.equal(JSON.stringify(fuse(shuffled(input, seed), testPack).events), expected, `order ${seed}`);
  }
});

test('an event is named after its first report, whatever the order of the others', () => {
  const early = mention('b', { id: 'm9', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-05' });
  const late = mention('a', { id: 'm1', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-07' });
  const { events } = fuse([late, early], testPack);
  assert.match(events[0]?.id ?? '', /^ev_[0-9a-f]{12}$/);
  assert.equal(events[0]?.id, fuse([early], testPack).events[0]?.id);
});

test('an event keeps its stored id when later reports join it', () => {
  const first = mention('a', { id: 'm5', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-05' });
  const later = mention('b', { id: 'm1', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-06' });
  const stored = fuse([first], testPack).events[0]!;
  const result = fuse([first, later], testPack, [{ id: stored.id, mentionIds: ['m5'] }]);
  assert.equal(result.events[0]?.id, stored.id);
  assert.deepEqual(result.aliases, []);
  assert.deepEqual(result.removedIds, []);
});

test('when an article joins two stored events, the one reported first keeps its id and the other becomes its alias', () => {
  const dayOne = mention('a', { id: 'm1', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-05' });
  const undated = mention('b', { id: 'm2', site: 'Fort Lark', published: '2024-01-06' });
  const bridge = mention('c', { id: 'm3', site: 'Fort Lark', date: '2024-01-05', published: '2024-01-07' });
  const a = fuse([dayOne], testPack).events[0]!.id;
  const b = fuse([undated], testPack).events[0]!.id;
  const result = fuse([dayOne, undated, bridge], testPack, [
    { id: b, mentionIds: ['m2'] },
    { id: a, mentionIds: ['m1'] },
  ]);
  assert.equal(result.events.length, 1);
  assert.equal(result.events[0]?.id, a);
  assert.deepEqual(result.events[0]?.merged_from, [b]);
  assert.deepEqual(result.aliases, [{ from: b, to: a }]);
  assert.deepEqual(result.removedIds, [b]);
});

test('a stored event whose mentions are gone is reported removed', () => {
  const result = fuse([mention('a', { id: 'm1', site: 'Fort Lark', date: '2024-01-05' })], testPack, [{ id: 'ev_gone', mentionIds: ['m9'] }]);
  assert.deepEqual(result.removedIds, ['ev_gone']);
  assert.deepEqual(result.aliases, []);
  assert.notEqual(result.events[0]?.id, 'ev_gone');
});

test('asked for changes only, fusion leaves out the stored events that kept their id and their mentions', () => {
  const input = corpus();
  const all = fuse(input, testPack).events;
  const stored = all.map((e) => ({ id: e.id, mentionIds: e.mentions.map((m) => m.id) }));
  const joining = mention('j', { site: 'Fort Lark', date: '2024-01-05' });
  const { events } = fuse([...input, joining], testPack, stored, { changedOnly: true });
  const fortLark = all.find((e) => e.site === 'Fort Lark');
  assert.deepEqual(
    events.map((e) => e.id),
    [fortLark?.id],
    'only the event the new report joined',
  );
  assert.deepEqual(events[0]?.mentions.map((m) => m.id).sort(), [...(fortLark?.mentions ?? []), joining].map((m) => m.id).sort());
  assert.deepEqual(fuse(input, testPack, stored, { changedOnly: true }).events, []);
});
