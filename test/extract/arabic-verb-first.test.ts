import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const kinds = (text: string) => extract(article(text, '2024-01-08', 'ar'), pack).mentions.map((m) => [m.kind, m.country, m.attacker]);

test('Arabic puts the verb first: the defender named just after a strike verb is the one that strikes', () => {
  // "US forces shelled Kataib Hezbollah positions in Iraq on Sunday."
  assert.deepEqual(kinds('قصفت القوات الأمريكية مواقع لكتائب حزب الله في العراق يوم الأحد.'), [['strike', 'IQ', 'United States']]);
  // "American aircraft shelled positions in Syria."
  assert.deepEqual(kinds('قصفت الطائرات الأمريكية مواقع في سوريا.'), [['strike', 'SY', 'United States']]);
});

test('Arabic: the defender after the verb with a base or a drone after it is what was hit', () => {
  // "US forces at Harir base were shelled with a drone."
  assert.deepEqual(kinds('قصفت القوات الأمريكية في قاعدة حرير بطائرة مسيرة.'), [['attack', 'IQ', null]]);
  // "US forces in Syria were targeted with a drone on Sunday."
  assert.deepEqual(kinds('استهدفت القوات الأمريكية في سوريا بطائرة مسيرة يوم الأحد.'), [['attack', 'SY', null]]);
});

test('Arabic attack verbs in the past tense: "قصفت" (shelled) and "هاجمت" (attacked) a base is an attack on it', () => {
  // "Resistance factions shelled Ain al-Asad base."
  assert.deepEqual(kinds('قصفت فصائل المقاومة قاعدة عين الأسد.'), [['attack', 'IQ', null]]);
  // "Armed factions attacked US forces at Ain al-Asad base."
  assert.deepEqual(kinds('هاجمت فصائل مسلحة القوات الأمريكية في قاعدة عين الأسد.'), [['attack', 'IQ', null]]);
});
