import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire copy (AP, Reuters, AFP, dpa, EFE) of claims denied, rockets that came down and planes that bombed, as an analyst reads it.
const pack = loadPack();
const mentionsOf = (text: string, lang = 'en', published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;
const actor = (text: string, lang = 'en') => mentionsOf(text, lang).map((m) => [m.attacker, m.attribution]);

test('a claim denied in English, French or Spanish is no claim: "did not claim", "n\'a pas revendiqué", "no reivindicó"', () => {
  const none = [[null, 'unknown']];
  assert.deepEqual(actor('A drone struck the Tower 22 outpost on Monday. Kataib Hezbollah did not claim the attack.'), none);
  assert.deepEqual(actor('A drone attacked al-Tanf garrison on Monday. The Islamic Resistance in Iraq has not claimed responsibility.'), none);
  assert.deepEqual(actor('Rockets hit Ain al-Asad air base on Monday. Kataib Hezbollah did not immediately claim the attack.'), none);
  assert.deepEqual(actor('Un drone a visé lundi la base d\'Al-Tanf. Les Kataeb Hezbollah n\'ont pas revendiqué l\'attaque.', 'fr'), none);
  assert.deepEqual(actor('Un drone a visé lundi la base d\'Al-Tanf. La Résistance islamique en Irak n\'a pas encore revendiqué l\'attaque.', 'fr'), none);
  assert.deepEqual(actor('Un dron atacó el lunes la base de Al Tanf. La Resistencia Islámica en Irak no ha reivindicado el ataque.', 'es'), none);
  // A claim made is still one.
  assert.deepEqual(actor('A drone struck the Tower 22 outpost on Monday. Kataib Hezbollah claimed the attack.'), [["Kata'ib Hezbollah", 'claimed']]);
  assert.deepEqual(actor('Un drone a visé lundi la base d\'Al-Tanf. Les Kataeb Hezbollah ont revendiqué l\'attaque.', 'fr'), [["Kata'ib Hezbollah", 'claimed']]);
  // A denial of something else than the claim: "not only claimed", "n'a pas tardé à revendiquer" (was quick to claim).
  assert.deepEqual(actor('A drone struck the Tower 22 outpost on Monday. Kataib Hezbollah not only claimed the attack but threatened more.'), [["Kata'ib Hezbollah", 'claimed']]);
  assert.deepEqual(actor('Un drone a visé lundi la base d\'Al-Tanf. Les Kataeb Hezbollah n\'ont pas tardé à revendiquer l\'attaque.', 'fr'), [["Kata'ib Hezbollah", 'claimed']]);
});

test('no claim, and officials blame a group: the group is the one blamed ("though officials blamed", "Washington accuse", "culpó")', () => {
  const blamed = [["Kata'ib Hezbollah", 'attributed']];
  assert.deepEqual(actor('Rockets hit Ain al-Asad air base on Monday. No group has claimed the attack, though officials blamed Kataib Hezbollah.'), blamed);
  assert.deepEqual(actor('A drone struck the Tower 22 outpost on Monday. Kataib Hezbollah did not claim the attack, but U.S. officials blamed the group.'), blamed);
  assert.deepEqual(actor('Un drone a visé lundi la base d\'Al-Tanf. Aucune revendication n\'a été faite, mais Washington accuse les Kataeb Hezbollah.', 'fr'), blamed);
  assert.deepEqual(actor('Un dron atacó el lunes la base de Al Tanf. Nadie reivindicó el ataque, pero Washington culpó a Kataib Hezbolá.', 'es'), blamed);
});

test('French rockets that "s\'abattent sur" a base hit it; drones "abattus" are shot down', () => {
  const outcome = (text: string) => mentionsOf(text, 'fr').map((m) => m.outcome);
  assert.deepEqual(outcome('Lundi, des roquettes se sont abattues sur la base d\'Ain al-Asad.'), ['impact']);
  assert.deepEqual(outcome('Trois drones se sont abattus lundi sur la base de Harir.'), ['impact']);
  assert.deepEqual(outcome('Deux roquettes se sont abattues lundi à l\'intérieur de la base de Harir, sans faire de victimes.'), ['impact']);
  assert.deepEqual(outcome('Une roquette s\'est abattue lundi sur la base d\'Ain al-Asad.'), ['impact']);
  // Shot down, as before.
  assert.deepEqual(outcome('Deux drones ont été abattus par la défense aérienne lundi près de la base de Harir.'), ['intercepted']);
  assert.deepEqual(outcome('Lundi, les drones lancés contre la base de Harir ont été abattus.'), ['intercepted']);
});

test('German "schlugen … ein" (hit) is an impact, as "eingeschlagen" is', () => {
  const outcome = (text: string) => mentionsOf(text, 'de').map((m) => m.outcome);
  assert.deepEqual(outcome('Am Montag schlugen drei Raketen auf dem Stützpunkt Ain al-Asad ein.'), ['impact']);
  assert.deepEqual(outcome('Zwei Drohnen schlugen am Montag auf dem Stützpunkt Harir ein, verletzt wurde niemand.'), ['impact']);
  assert.deepEqual(outcome('Eine Rakete schlug am Montag auf dem Gelände des Stützpunkts Ain al-Asad ein.'), ['impact']);
  assert.deepEqual(outcome('Am Montag sind drei Raketen auf dem Stützpunkt Ain al-Asad eingeschlagen.'), ['impact']);
  // "schlugen … vor" (proposed) is no hit.
  assert.deepEqual(outcome('Eine Drohne wurde am Montag über dem Stützpunkt Harir abgeschossen. Die Behörden schlugen Gespräche vor.'), ['intercepted']);
});

test('Spanish US planes that bomb ("Aviones estadounidenses bombardearon") strike from the air', () => {
  const weapons = (text: string) => mentionsOf(text, 'es').map((m) => [m.kind, m.weapons]);
  const air = [['strike', ['air_strike']]];
  assert.deepEqual(weapons('Aviones estadounidenses bombardearon el viernes posiciones de milicias en Al Qaim.'), air);
  assert.deepEqual(weapons('Aviones de guerra estadounidenses atacaron el viernes posiciones de milicias en Al Qaim.'), air);
  assert.deepEqual(weapons('Aviones militares de Estados Unidos bombardearon el viernes posiciones de milicias en Al Qaim.'), air);
  assert.deepEqual(weapons('La aviación estadounidense bombardeó el viernes posiciones de milicias en Al Qaim.'), air);
  assert.deepEqual(weapons('Bombarderos estadounidenses atacaron el viernes instalaciones de milicias en Al Qaim.'), air);
});

test('a hit the group claims, then an interception others report: intercepted, as the later word of those who saw it', () => {
  const outcome = (text: string, lang = 'en') => mentionsOf(text, lang).map((m) => [m.site, m.attribution, m.outcome]);
  const claim = 'The Islamic Resistance in Iraq said on Tuesday it had attacked a U.S. base at the Conoco gas field in Syria with drones, saying the drones had hit their targets.';
  assert.deepEqual(outcome(`${claim} A source in the Syrian Democratic Forces said coalition air defenses intercepted both drones.`), [['Conoco gas field', 'claimed', 'intercepted']]);
  assert.deepEqual(
    outcome(
      'La Resistenza islamica in Iraq ha rivendicato martedì un attacco con droni contro la base statunitense di Conoco, affermando di aver "colpito direttamente" l\'obiettivo. Secondo fonti curde, i droni sono stati abbattuti prima di raggiungere la base.',
      'it',
    ),
    [['Conoco gas field', 'claimed', 'intercepted']],
  );
  // A hit others saw stands: a second drone downed does not undo it.
  assert.deepEqual(outcome('Drones hit a U.S. base at the Conoco gas field in Syria on Tuesday, damaging a building. Coalition air defenses intercepted a second drone.'), [['Conoco gas field', 'unknown', 'impact']]);
});

test('"US-led base in Syria hit": the headline names whose base, strikes nothing, and its loose "hit" gives way to rockets that fell near', () => {
  const read = (text: string) => mentionsOf(text, 'en', null).map((m) => [m.kind, m.site, m.outcome]);
  assert.deepEqual(read('US-led base in Syria hit\n\nSeveral rockets fell near the base at the Conoco gas field on Tuesday.'), [['attack', 'Conoco gas field', 'intercepted']]);
  // What the story tells struck stands, whatever else was stopped.
  assert.deepEqual(
    read('Rockets hit US base in Syria\n\nSeveral rockets struck the base at the Conoco gas field on Tuesday, damaging a building. Another rocket was intercepted.'),
    [['attack', 'Conoco gas field', 'impact']],
  );
});

test('"There were no U.S. or Coalition casualties" denies a hit as "no casualties" does; "both were destroyed" names the drones again', () => {
  const read = (text: string) => mentionsOf(text).map((m) => [m.killed, m.injured, m.outcome]);
  assert.deepEqual(read('On Monday, militias launched rockets at U.S. forces at Mission Support Site Euphrates. There were no U.S. or Coalition casualties.'), [[0, 0, 'unknown']]);
  assert.deepEqual(read('Two drones were launched toward Ain al-Asad base on Monday; officials said both were destroyed.').map((r) => r[2]), ['intercepted']);
  assert.deepEqual(read('Two drones were launched toward Ain al-Asad base on Monday. Both were destroyed, officials said.').map((r) => r[2]), ['intercepted']);
});
