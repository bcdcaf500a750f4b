import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const read = (text: string) => extract(article(text, '2024-01-08'), pack).mentions.map((m) => [m.kind, m.site ?? m.place]);

test('a strike on the launch site rockets were fired from is placed there; an attack is placed at the base it hit, not where it came from', () => {
  assert.deepEqual(read('US aircraft struck a launch truck near Zummar after rockets were fired at a US base in Syria.'), [
    ['strike', 'Zummar (launch site)'],
    ['attack', 'Syria'],
  ]);
  assert.deepEqual(read('US forces carried out airstrikes on Zumar in Iraq on Monday.'), [['strike', 'Zummar (launch site)']]);
  assert.deepEqual(read('Rockets launched from Zummar targeted a base in Syria.'), [['attack', 'Syria']]);
});

test('a province joined by "and" to a site outside it is one more place struck; a province that holds the site only locates it', () => {
  assert.deepEqual(read('US jets struck a command post in Anbar and a depot at Jurf al-Sakhar on Sunday.'), [
    ['strike', 'Jurf al-Sakhar (US strike area)'],
    ['strike', 'Anbar'],
  ]);
  assert.deepEqual(read('US jets struck two facilities near Al Anbar and Jurf al-Sakhar on Sunday.'), [
    ['strike', 'Jurf al-Sakhar (US strike area)'],
    ['strike', 'Al Anbar'],
  ]);
  assert.deepEqual(read('Rockets hit Ain al-Asad air base in Anbar and wounded two soldiers on Sunday.'), [['attack', 'Ain al-Asad Air Base']]);
});

test('a strike told first in a country and then named at a base lies in its province: one told after it in another province is another strike', () => {
  const text = 'US launches airstrikes on militants in Iraq\n\nThe strikes hit a depot at Jurf al-Sakhar, officials said. Another official said US jets also struck a command post in Anbar.';
  const mentions = extract(article(text, '2024-01-08'), pack).mentions;
  assert.deepEqual(
    mentions.map((m) => [m.kind, m.site, m.place]),
    [
      ['strike', 'Jurf al-Sakhar (US strike area)', null],
      ['strike', null, 'Anbar'],
    ],
  );
});

test('a strike in a town or province of Iraq or Syria the pack names is placed there, on the map, in its country', () => {
  const placed = (text: string) => extract(article(text, '2024-03-08'), pack).mentions.map((m) => [m.kind, m.place, m.country, m.lat !== null]);
  assert.deepEqual(placed('A US drone strike hit a car carrying Kataib Hezbollah members near Hilla on Tuesday, killing two.'), [['strike', 'Hilla', 'IQ', true]]);
  assert.deepEqual(placed('US jets struck a militia depot in Diyala province on Monday.'), [['strike', 'Diyala province', 'IQ', true]]);
  assert.deepEqual(placed('A rocket attack targeted a base hosting US troops near Qamishli on Sunday.'), [['attack', 'Qamishli', 'SY', true]]);
});

test('the place of a funeral or a protest held after a strike is not where the strike was', () => {
  const placed = (text: string) => extract(article(text, '2024-03-08'), pack).mentions.map((m) => [m.kind, m.place]);
  assert.deepEqual(placed('Iraqis attend the funeral of the Kataib Hezbollah fighters in Najaf after US air strikes in Iraq.'), [['strike', 'Iraq']]);
  assert.deepEqual(placed('Protesters gathered in Basra after a drone attack on a US base in Syria.'), [['attack', 'Syria']]);
  assert.deepEqual(placed('A US air strike on Wednesday killed three Kataib Hezbollah fighters near Karbala, the group said.'), [['strike', 'Karbala']]);
});
