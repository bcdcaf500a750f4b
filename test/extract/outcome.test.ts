import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const outcomesOf = (text: string) => extract(article(text, '2024-03-12'), pack).mentions.map((m) => m.outcome);

test('damage or casualties denied are no impact; damage stated, or a hit, is', () => {
  assert.deepEqual(outcomesOf('Two rockets were fired at Ain al-Asad air base on Monday, resulting in no injuries or damage.'), ['unknown']);
  assert.deepEqual(outcomesOf('A drone attacked the Harir base on Monday without causing casualties, officials said.'), ['unknown']);
  assert.deepEqual(outcomesOf('A drone attack on the Harir base on Monday caused minor damage, officials said.'), ['impact']);
  assert.deepEqual(outcomesOf('A rocket hit the Harir base on Monday, causing no injuries, officials said.'), ['impact']);
});

test('a negator denies only the damage named right after it, or listed with it', () => {
  assert.deepEqual(outcomesOf('No sooner had the rockets hit Ain al-Asad air base on Monday than the sirens sounded.'), ['impact']);
  assert.deepEqual(outcomesOf('Rockets were fired at Ain al-Asad air base on Monday, causing no damage, casualties or injuries.'), ['unknown']);
});

test('some shot down and the rest through: what got through hit', () => {
  assert.deepEqual(outcomesOf('Three drones targeted the Harir base on Monday; two were shot down, while the third struck the base.'), ['impact']);
  assert.deepEqual(outcomesOf('Air defenses at Ain al-Asad air base intercepted most of the missiles on Monday, with some impacting the base.'), ['impact']);
  assert.deepEqual(outcomesOf('Three drones targeted the Harir base on Monday and all were shot down.'), ['intercepted']);
  assert.deepEqual(outcomesOf('A drone targeting the Harir base on Monday was engaged and destroyed.'), ['intercepted']);
});

test('the attack\'s own weapon destroyed was stopped; what the attack destroyed was hit', () => {
  assert.deepEqual(outcomesOf('A drone was destroyed near Erbil air base on Monday, officials said.'), ['intercepted']);
  assert.deepEqual(outcomesOf('Coalition forces destroyed a one-way attack drone approaching the Harir base on Monday.'), ['intercepted']);
  assert.deepEqual(outcomesOf('Un dron fue destruido cerca de la base de Harir el lunes.'), ['intercepted']);
  assert.deepEqual(outcomesOf('A drone attack destroyed a hangar at Ain al-Asad air base on Monday.'), ['impact']);
  assert.deepEqual(outcomesOf('The rocket attack on Ain al-Asad air base on Monday destroyed a vehicle.'), ['impact']);
});

test('a deadly attack hit', () => {
  assert.deepEqual(outcomesOf('Kataib Hezbollah is suspected to have been behind Sunday’s deadly drone attack against the Tower 22 outpost in Jordan.'), ['impact']);
});

test('someone killed or wounded, in any language read, is a hit', () => {
  assert.deepEqual(extract(article('Pemimpin milisi Harakat Nujaba, Mushtaq Jawad Kazim al-Jawari, tewas dalam serangan udara Amerika Serikat (AS) di Baghdad, Irak. Serangan pada Kamis (4/1/2024), merupakan balasan AS.', null, 'id'), pack).mentions.map((m) => m.outcome), ['impact']);
});

test('what got past the defences hit; what landed on the outskirts missed', () => {
  assert.deepEqual(outcomesOf('A drone attack on the barracks at the Erbil base on Monday penetrated US air defenses but failed to detonate.'), ['impact']);
  assert.deepEqual(outcomesOf('A drone attack on the Erbil base on Monday was stopped by US air defenses.'), ['intercepted']);
  assert.deepEqual(outcomesOf("Three rockets targeting the US embassy in Baghdad were fired on Monday, landing on the outskirts of the Green Zone."), ['intercepted']);
});

test('a strike that assassinated its target hit it', () => {
  assert.deepEqual(outcomesOf('A militia commander was assassinated in a US drone strike near Baghdad on Monday.'), ['impact']);
});

test('a phrase saying nobody was hurt is no hit, in any of the languages read', () => {
  assert.deepEqual(outcomesOf('Rockets were fired at Ain al-Asad air base on Monday. No one was hurt, officials said.'), ['unknown']);
  assert.deepEqual(outcomesOf('The attack on the al-Tanf base on Monday injured no one.'), ['unknown']);
  const german = extract(article('Am Montag wurde der Stützpunkt al-Tanf angegriffen, niemand wurde verletzt.', '2024-03-12', 'de'), pack).mentions;
  assert.deepEqual(german.map((m) => [m.site, m.injured, m.outcome]), [['Al-Tanf Garrison', 0, 'unknown']]);
  const french = extract(article("L'attaque contre la base d'al-Tanf lundi n'a pas fait de blessés.", '2024-03-12', 'fr'), pack).mentions;
  assert.deepEqual(french.map((m) => [m.injured, m.outcome]), [[0, 'unknown']]);
});

test('"no one was killed" says nothing of the wounded; "no one was hurt" nothing of the dead', () => {
  const counts = (text: string) => extract(article(text, '2024-03-12'), pack).mentions.map((m) => [m.killed, m.injured, m.outcome]);
  assert.deepEqual(counts('Rockets hit Ain al-Asad air base on Monday. No one was killed, officials said.'), [[0, null, 'impact']]);
  assert.deepEqual(counts('Rockets were fired at Ain al-Asad air base on Monday. No one was hurt, officials said.'), [[null, 0, 'unknown']]);
  assert.deepEqual(counts('Rockets were fired at Ain al-Asad air base on Monday, causing no casualties.'), [[0, 0, 'unknown']]);
});

test('what came down outside the base missed it, unless some of it hit', () => {
  assert.deepEqual(outcomesOf('A rocket landed near the coalition base at the Conoco field in eastern Syria on Monday.'), ['intercepted']);
  assert.deepEqual(outcomesOf('Three rockets hit near the Ain al-Asad airbase on Monday, causing no injuries.'), ['intercepted']);
  assert.deepEqual(outcomesOf('Several rockets were fired at the Ain al-Asad air base on Monday; most landed near the base, but two hit its runway.'), ['impact']);
  // Near the defender's forces is not outside a base: nothing says they missed.
  assert.deepEqual(outcomesOf('A rocket fell near American troops at the Ain al-Asad air base on Monday.'), ['unknown']);
});

test('a strike engages what it hits: nothing it does is stopped', () => {
  assert.deepEqual(outcomesOf('US warplanes struck IRGC positions near al-Bukamal in Syria on Monday and engaged Iranian forces.'), ['impact']);
});

test('troops "engaged in" a fight take part in it: no interception', () => {
  assert.deepEqual(outcomesOf('Rockets were fired at the Conoco gas field on Monday. U.S. troops in Syria are primarily engaged in the fight against ISIS.'), ['unknown']);
  assert.deepEqual(outcomesOf('Rockets were fired at the Conoco gas field on Monday. U.S. troops engaged the rockets over the base.'), ['intercepted']);
});
