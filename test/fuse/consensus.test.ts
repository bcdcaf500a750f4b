import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import type { SitrepEvent, StoredMention } from '../../src/model.js';
import { mention, testPack } from './fixtures.js';

function oneEvent(...mentions: StoredMention[]): SitrepEvent {
  const { events } = fuse(mentions, testPack);
  assert.equal(events.length, 1, 'expected one event');
  return events[0] as SitrepEvent;
}

const at = { site: 'Camp Heron', date: '2024-01-05' } as const;

test('the date is the most reported day, earliest on a tie, and the other day is a conflict', () => {
  const most = oneEvent(mention('a', at), mention('b', at), mention('c', { ...at, date: '2024-01-06' }));
  assert.equal(most.date, '2024-01-05');
  assert.equal(most.date_precision, 'day');
  const conflict = most.conflicts.find((c) => c.field === 'date');
  assert.deepEqual(conflict?.values.map((v) => [v.value, v.citations.map((c) => c.article)]), [
    ['2024-01-05', ['a', 'b']],
    ['2024-01-06', ['c']],
  ]);
  assert.notEqual(most.grade, 'contested', 'a day apart is within tolerance');
  const tie = oneEvent(mention('a', { ...at, date: '2024-01-06' }), mention('b', at));
  assert.equal(tie.date, '2024-01-05');
});

test('casualties are a low–high range with a conflict and every citation', () => {
  const e = oneEvent(mention('a', { ...at, injured: 5 }), mention('b', { ...at, injured: 7 }), mention('c', at));
  assert.deepEqual([e.injured, e.injured_high, e.killed, e.killed_high], [5, 7, null, null]);
  assert.deepEqual(e.support.injured?.length, 2);
  assert.deepEqual(
    e.conflicts.find((c) => c.field === 'injured')?.values.map((v) => v.value),
    [5, 7],
  );
});

test('a claim beats an attribution, and an umbrella does not conflict with its member group', () => {
  const e = oneEvent(
    mention('a', { ...at, attacker: 'Front of Fronts', attribution: 'claimed' }),
    mention('b', { ...at, attacker: 'Brigade One', attribution: 'attributed' }),
  );
  assert.equal(e.attacker, 'Front of Fronts');
  assert.equal(e.attribution, 'claimed');
  assert.equal(e.conflicts.some((c) => c.field === 'attacker'), false);
});

test('a specific group beats its umbrella within one tier; two groups are a conflict', () => {
  const specific = oneEvent(
    mention('a', { ...at, attacker: 'Front of Fronts', attribution: 'attributed' }),
    mention('b', { ...at, attacker: 'Front of Fronts', attribution: 'attributed' }),
    mention('c', { ...at, attacker: 'Brigade One', attribution: 'attributed' }),
  );
  assert.equal(specific.attacker, 'Brigade One');
  const clash = oneEvent(
    mention('a', { ...at, attacker: 'Brigade One', attribution: 'attributed' }),
    mention('b', { ...at, attacker: 'Brigade Two', attribution: 'attributed' }),
  );
  assert.ok(clash.conflicts.some((c) => c.field === 'attacker'));
});

test('weapons are the union, with a conflict when reports disagree', () => {
  const e = oneEvent(mention('a', { ...at, weapons: ['drone'] }), mention('b', { ...at, weapons: ['rocket'] }));
  assert.deepEqual(e.weapons, ['drone', 'rocket']);
  assert.deepEqual(
    e.conflicts.find((c) => c.field === 'weapons')?.values.map((v) => v.value),
    [['drone'], ['rocket']],
  );
});

test('impact beats intercepted, and the disagreement is recorded', () => {
  const e = oneEvent(mention('a', { ...at, outcome: 'intercepted' }), mention('b', { ...at, outcome: 'impact' }));
  assert.equal(e.outcome, 'impact');
  assert.ok(e.conflicts.some((c) => c.field === 'outcome'));
});

test('conflict citations point at the span that states the value', () => {
  const e = oneEvent(
    mention('a', { ...at, injured: 5, evidence: { injured: { start: 40, end: 49 } } }),
    mention('b', { ...at, injured: 7 }),
  );
  const five = e.conflicts.find((c) => c.field === 'injured')?.values.find((v) => v.value === 5);
  assert.deepEqual([five?.citations[0]?.start, five?.citations[0]?.end], [40, 49]);
});

test('articles and independent outlets: syndicated copies and one outlet count once', () => {
  const e = oneEvent(
    mention('a', { ...at, outlet: 'wire.example', articleHash: 'h1' }),
    mention('b', { ...at, outlet: 'paper.example', articleHash: 'h1' }),
    mention('c', { ...at, outlet: 'wire.example', articleHash: 'h3' }),
    mention('d', { ...at, outlet: 'other.example', articleHash: 'h4' }),
  );
  assert.equal(e.articles, 4);
  assert.equal(e.outlets, 2);
  assert.equal(e.grade, 'corroborated');
  const grouped = fuse([mention('a', at), mention('b', at)], testPack, [], { syndicationGroup: () => 'one-story' }).events[0];
  assert.equal(grouped?.outlets, 1);
  assert.equal(grouped?.grade, 'single_source');
});

test('grades: an official speaker confirms, a militia claim alone is a claim', () => {
  assert.equal(oneEvent(mention('a', { ...at, quote: 'The Pentagon said the base was hit.' })).grade, 'confirmed');
  assert.equal(
    oneEvent(mention('a', { ...at, kind: 'strike', attacker: 'United States', attribution: 'claimed' })).grade,
    'confirmed',
  );
  assert.equal(
    oneEvent(
      mention('a', { ...at, attacker: 'Brigade One', attribution: 'claimed' }),
      mention('b', { ...at, attacker: 'Brigade One', attribution: 'claimed' }),
    ).grade,
    'claim_only',
  );
  const noCues = { ...testPack, lexicon: { weapons: {}, weaponKin: [], cues: {} } };
  assert.equal(fuse([mention('a', { ...at, quote: 'The Pentagon said so.' })], noCues).events[0]?.grade, 'single_source');
});

test('every fused field says which mentions support it', () => {
  const e = oneEvent(mention('a', { ...at, weapons: ['drone'] }), mention('b', at));
  assert.equal(e.support.date?.length, 2);
  assert.equal(e.support.site?.length, 2);
  assert.deepEqual(e.support.weapons, [e.mentions.find((m) => m.article === 'a')?.id]);
  assert.equal(e.lat, 33.0);
  assert.equal(e.place_precision, 'site');
});

test('an incident the whole press reported counts its outlets as a small one does: syndicated copies and one outlet once', () => {
  // 60 articles from 12 outlets; the articles of outlets 10 and 11 are one syndicated story (one text hash).
  const reports = Array.from({ length: 60 }, (_, i) => {
    const outlet = i % 12;
    return mention(`p${i}`, { ...at, outlet: `outlet-${outlet}.example`, articleHash: outlet >= 10 ? 'wire-story' : `h${i}` });
  });
  const e = oneEvent(...reports);
  assert.equal(e.articles, 60);
  assert.equal(e.outlets, 11);
  const few = oneEvent(...reports.filter((_, i) => i % 12 === 0 || i % 12 >= 10));
  assert.deepEqual([few.articles, few.outlets], [15, 2]);
});
