import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentions = (text: string, published: string | null = null) => extract(article(text, published), pack).mentions;
const read = (text: string, published: string | null = null) => mentions(text, published).map((m) => [m.kind, m.site ?? m.place, m.country, m.date]);

test('the incident a "since ..., when" clause tells is not the one the sentence counts to it', () => {
  const text = 'US forces carried out an airstrike on a militia truck in Jurf al-Sakhar on June 3. The June 3 airstrike is the first American strike in Iraq since March, when US jets hit 40 targets in Iraq and Syria.';
  assert.deepEqual(read(text), [
    ['strike', 'Jurf al-Sakhar (US strike area)', 'IQ', null],
    ['strike', 'Iraq', 'IQ', null],
    ['strike', 'Syria', 'SY', null],
  ]);
  // What the when-clause says of its own strikes (they hit their targets) is not the Jurf al-Sakhar strike's.
  assert.equal(mentions(text)[0]?.outcome, 'unknown');
});

test('strikes told in two waves are two incidents, and a toll of both is of neither', () => {
  const text = 'Earlier this week, six Kataib Hezbollah fighters were killed in two waves of American airstrikes on Iraq.';
  const found = mentions(text, '2024-03-13');
  assert.deepEqual(
    found.map((m) => [m.kind, m.place, m.date, m.date_end, m.killed, m.target]),
    [
      ['strike', 'Iraq', '2024-03-11', '2024-03-13', null, "Kata'ib Hezbollah"],
      ['strike', 'Iraq', '2024-03-11', '2024-03-13', null, "Kata'ib Hezbollah"],
    ],
  );
  assert.equal(mentions('The militia said its members died in three separate waves of US strikes on Syria.').length, 3);
  // Waves on one named day at one place are one incident there.
  assert.equal(mentions('On Monday, US jets hit militia depots in Iraq in two waves of strikes.', '2024-03-13').length, 1);
  // A count of waves of something else splits nothing.
  assert.equal(mentions('US jets struck militia depots in Iraq, where two waves of protests followed.').length, 1);
});

test('the latest of the attacks the sentence before counted on the defender is an attack on it', () => {
  const text =
    'The Islamic Resistance in Iraq said on Friday it had targeted the Harir air base with a drone. Officials said the militias have attacked American forces ten times in Iraq this month. The most recent attack, on Thursday, hit a site in Anbar province, causing no casualties.';
  const found = mentions(text, '2023-11-04');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site ?? m.place, m.date, m.killed, m.injured]),
    [
      ['attack', 'Harir Air Base', '2023-11-03', null, null],
      ['attack', 'Anbar province', '2023-11-02', 0, 0],
    ],
  );
  // Attacks on others' troops are none of the defender's, however recent.
  assert.deepEqual(mentions('Islamic State fighters have attacked Iraqi soldiers in Anbar for months. The latest attack, on Sunday, took place in Anbar province.', '2023-11-04'), []);
});
