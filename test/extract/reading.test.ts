import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2024-01-10', lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('a country inside a group name places nothing', () => {
  const mentions = mentionsOf('The Islamic Resistance in Iraq said it launched a rocket attack on US forces in Syria on Monday.');
  assert.deepEqual(mentions.map((m) => m.country), ['SY']);
});

test('a dateline says where the story was filed, not where the incident was', () => {
  const mentions = mentionsOf('AMMAN, Jordan (Example Wire) – US forces struck a militia weapons depot in Iraq on Monday, the Pentagon said.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
});

test('a pattern of attacks is not an incident, even at a named base', () => {
  assert.equal(mentionsOf('The Harir base has faced multiple drone attacks claimed by the militias.').length, 0);
  assert.equal(mentionsOf('Al-Tanf is a frequent target of rocket and drone attacks.').length, 0);
  assert.equal(mentionsOf('Militias have launched a series of attacks on US bases in Syria.').length, 0);
  // Several weapons in one attack are still one attack.
  assert.equal(mentionsOf('US forces were attacked at a base in eastern Syria with multiple rockets on Monday.').length, 1);
});

test('a long line without closing punctuation ends its sentence', () => {
  const first = 'According to a defence official, US forces were attacked at a base in eastern Syria with several rockets and a drone';
  const text = `${first}\nIn Iraq, drones were launched at the Ain al-Asad air base in the western province of Anbar on Monday.`;
  assert.equal(splitSentences(text, 'en').length, 2);
  assert.deepEqual(mentionsOf(text).map((m) => m.country).sort(), ['IQ', 'SY']);
});

test('an ellipsis before a capital ends a sentence', () => {
  const text = 'The statement read: "In response to many attacks, US forces struck depots in Iraq… Earlier, militants attacked coalition forces at Erbil air base."';
  assert.equal(splitSentences(text, 'en').length, 2);
});

test('a strike that killed the defender\'s troops is an attack on them', () => {
  const mentions = mentionsOf('Three U.S. soldiers were killed in a drone strike near the Jordan-Syria border last month.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.killed]), [['attack', 'JO', 3]]);
});

test('US troops who kill militants in a strike are the ones striking', () => {
  const mentions = mentionsOf('U.S. and coalition troops killed five militia fighters in a drone strike near Kirkuk on Sunday.');
  assert.deepEqual(mentions.map((m) => m.kind), ['strike']);
});

test('the defender named as what was hit is not the one striking', () => {
  assert.deepEqual(mentionsOf('US Military Forces in Syria Targeted in a Drone Attack on Monday').map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('Two U.S. bases in Syria were targeted in drone attacks on Monday.').map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('The United States attacked militia groups in Iraq on Monday.').map((m) => m.kind), ['strike']);
});

test('a strike a militia or another state made is not a US strike', () => {
  assert.equal(mentionsOf("The Revolutionary Guard's (IRGC) missile strike on civilian areas in Erbil killed four people on Monday.").length, 0);
});

test('a country named only as a border the place is near does not place it', () => {
  assert.equal(mentionsOf('A drone hit a base near the Syrian border on Monday.').length, 0);
  const landmark = mentionsOf('Two drones attacked a coalition base near the border, east of al-Rukban camp, on Monday.');
  assert.deepEqual(landmark.map((m) => m.site), ['Rukban']);
});
