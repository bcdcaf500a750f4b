import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../src/fuse/cluster.js';
import { WeaponKin } from '../../src/fuse/evidence.js';
import { PlaceIndex } from '../../src/fuse/places.js';
import { buildProfile } from '../../src/fuse/profile.js';
import type { StoredMention } from '../../src/model.js';
import { mention, testPack } from './fixtures.js';

const places = new PlaceIndex(testPack);
const kin = new WeaponKin(testPack);

function cluster(...mentions: StoredMention[]): Cluster {
  const [first, ...rest] = mentions.map((m) => buildProfile(m, places, kin));
  const c = new Cluster(first!);
  for (const p of rest) c.add(p);
  return c;
}

test('two incidents join only when every day their reports name can fall in the dates of the other', () => {
  const midJuly = cluster(mention('b', { site: 'Camp Heron', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range' }));
  const monday = (dayOfYear: string) => cluster(mention('a', { site: 'Camp Heron', day_label: 'w1' }), mention('c', { site: 'Camp Heron', day_label: dayOfYear }));
  assert.equal(midJuly.canJoin(monday('07-15')), true);
  assert.equal(midJuly.canJoin(monday('11-20')), false, 'its Monday may fall in mid-July, but not its November 20');
  assert.equal(monday('11-20').canJoin(midJuly), false);
  assert.equal(cluster(mention('d', { site: 'Camp Heron', day_label: 'w2' })).canJoin(monday('07-15')), false, 'a Tuesday is no Monday');
});
