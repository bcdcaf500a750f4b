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
