import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../src/fuse/cluster.js';
import { ActorRelations, WeaponKin } from '../../src/fuse/evidence.js';
import { PlaceIndex } from '../../src/fuse/places.js';
import { buildProfile } from '../../src/fuse/profile.js';
import type { StoredMention } from '../../src/model.js';
import { mention, testPack } from './fixtures.js';

const places = new PlaceIndex(testPack);
const kin = new WeaponKin(testPack);
const actors = new ActorRelations(testPack);

function cluster(...mentions: StoredMention[]): Cluster {
  const [first, ...rest] = mentions.map((m) => buildProfile(m, places, kin));
  const c = new Cluster(first!);
  for (const p of rest) c.add(p);
  return c;
}

test('two incidents join only when every day of the year their reports name can fall in the dates of the other', () => {
  const midJuly = cluster(mention('b', { site: 'Camp Heron', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range' }));
  const monday = (dayOfYear: string) => cluster(mention('a', { site: 'Camp Heron', day_label: 'w1' }), mention('c', { site: 'Camp Heron', day_label: dayOfYear }));
  assert.equal(midJuly.canJoin(monday('07-15')), true);
  assert.equal(midJuly.canJoin(monday('11-20')), false, 'its Monday may fall in mid-July, but not its November 20');
  assert.equal(monday('11-20').canJoin(midJuly), false);
});

test('two incidents whose reports name two weekdays are two incidents', () => {
  const monday = cluster(mention('a', { site: 'Camp Heron', day_label: 'w1' }));
  assert.equal(cluster(mention('d', { site: 'Camp Heron', day_label: 'w2' })).canJoin(monday), false);
  assert.equal(cluster(mention('d', { site: 'Camp Heron', day_label: 'w1' })).canJoin(monday), true);
});

test('a dated report leaves an incident dates on which the days its reports name must still fall', () => {
  const november = cluster(mention('a', { site: 'Camp Heron', day_label: '11-20' }));
  const dated = (date: string) => buildProfile(mention('b', { site: 'Camp Heron', date }), places, kin);
  assert.equal(november.agreesWith(dated('2023-11-20'), actors), true);
  assert.equal(november.agreesWith(dated('2023-11-21'), actors), true, 'a day either way');
  assert.equal(november.agreesWith(dated('2024-07-16'), actors), false);
});
