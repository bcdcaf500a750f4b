import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentions = (text: string, published: string | null = null, lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('a strike that names no place is where the group it hit is from, by the country adjective of the group', () => {
  const found = mentions('Overnight, the Iraqi Popular Mobilization Forces’ offices were targeted by American drones, and two members died.');
  assert.deepEqual(
    found.map((m) => [m.kind, m.place, m.country, m.attacker, m.target, m.weapons]),
    [['strike', 'Iraq', 'IQ', 'United States', 'Popular Mobilization Forces', ['drone']]],
  );
  assert.deepEqual(
    mentions('A US drone hit a car carrying commanders of a Syrian militia loyal to Tehran.').map((m) => [m.kind, m.country]),
    [['strike', 'SY']],
  );
  // An attack by such a group is not placed where the group comes from, and a strike placed in the text keeps that place.
  assert.deepEqual(mentions('Iraqi militants attacked American forces with drones.'), []);
  assert.deepEqual(
    mentions('US jets struck Iraqi militia depots near Albu Kamal in Syria.').map((m) => m.country),
    ['SY'],
  );
  // A group named from another country's adjective, outside the places the pack knows, places nothing.
  assert.deepEqual(mentions('A US drone hit a car carrying commanders of a Lebanese militia.'), []);
  // Languages that put the adjective after the noun.
  assert.deepEqual(
    mentions('Mardi soir, des avions américains ont bombardé un dépôt des milices syriennes.', null, 'fr').map((m) => [m.kind, m.country, m.attacker]),
    [['strike', 'SY', 'United States']],
  );
  assert.deepEqual(
    mentions('Un dron estadounidense atacó el martes un vehículo de las milicias iraquíes.', null, 'es').map((m) => [m.kind, m.country]),
    [['strike', 'IQ']],
  );
  // A capitalized word after the group is no adjective of it ("the militia Iraqi officials blamed").
  assert.deepEqual(mentions('US jets struck the militia Iraqi officials blamed for the attack.'), []);
});

test('an incident a title places in its country alone is placed where the story says', () => {
  const text = 'Militia leader dies in American drone strike in Iraq\n\nA senior militia leader died on Tuesday night in an American drone strike in Babil province, two officials said.';
  const found = mentions(text);
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.kind, found[0]!.country, found[0]!.attacker], ['strike', 'IQ', 'United States']);
  assert.match(found[0]!.place ?? '', /Babil/);
  assert.ok(found[0]!.lat !== null && found[0]!.lon !== null);
  const portuguese = 'Líder de milícia morre em ataque de drone dos EUA no Iraque\n\nO líder morreu na terça-feira num ataque com drones dos EUA em Bagdade, segundo fontes locais.';
  const read = mentions(portuguese, null, 'pt');
  assert.equal(read.length, 1);
  assert.deepEqual([read[0]!.kind, read[0]!.place, read[0]!.country], ['strike', 'Bagdade', 'IQ']);
  // Strikes a title tells in two countries are not narrowed to one town the story names in one of them.
  const two = mentions('US strikes militias in Iraq and Syria\n\nThe strikes in Iraq hit a depot in Baghdad, officials said.');
  assert.deepEqual(two.map((m) => m.country).sort(), ['IQ', 'SY']);
});

test('a militia object told as hit by an air strike, in the passive, is a strike on it', () => {
  const found = mentions('On Monday night the rocket launcher left in Zummar was hit by an airstrike, local police said.', '2024-04-23');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site, m.country, m.date, m.weapons, m.outcome]),
    [['strike', 'Zummar (launch site)', 'IQ', '2024-04-22', ['air_strike'], 'impact']],
  );
  // Another state's air strike is not the defender's, and a base of the defender hit by a drone strike is an attack on it.
  assert.deepEqual(mentions('The launcher left in Zummar was hit by a Turkish airstrike.'), []);
  assert.deepEqual(mentions('A US base in Syria was hit by a drone strike.').map((m) => m.kind), ['attack']);
});

test('a drone the defender is named after as its owner is the weapon of its strike', () => {
  const weaponsOf = (text: string, lang: string) => mentions(text, null, lang).map((m) => [m.kind, m.weapons]);
  assert.deepEqual(weaponsOf('Um ataque com drones dos EUA matou dois milicianos em Bagdade na terça-feira.', 'pt'), [['strike', ['drone']]]);
  assert.deepEqual(weaponsOf('Un drone américain a visé mardi un véhicule de la milice près de Bagdad.', 'fr'), [['strike', ['drone']]]);
  // The militia's drones, named in the strike's sentence, are not the strike's.
  assert.deepEqual(
    mentions('US forces struck back in Syria after drones of the militia hit the base there.').map((m) => [m.kind, m.weapons]),
    [
      ['strike', []],
      ['attack', ['drone']],
    ],
  );
});

test('militants told as killed by the defender, in the passive, were killed in its strike', () => {
  const found = mentions('On Friday two Nujaba fighters were killed by an American drone near Albu Kamal.', '2024-02-12');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site, m.country, m.date, m.attacker, m.target, m.weapons, m.killed]),
    [['strike', 'Abu Kamal (US strike area)', 'SY', '2024-02-09', 'United States', 'Harakat Hezbollah al-Nujaba', ['drone'], 2]],
  );
  // The defender's own dead, killed by a drone, are those of an attack on it.
  assert.deepEqual(
    mentions('Two American soldiers were killed by a drone in Jordan.').map((m) => [m.kind, m.target, m.killed]),
    [['attack', 'United States', 2]],
  );
});

test('a strike or attack "by US forces" is the defender’s strike: the forces of the by-phrase are not its casualties', () => {
  const read = (text: string) => mentions(text).map((m) => [m.kind, m.place, m.attacker, m.target]);
  assert.deepEqual(read('A militia commander died in a strike by US forces in Baghdad on Wednesday.'), [['strike', 'Baghdad', 'United States', null]]);
  assert.deepEqual(read('Two Kataib Hezbollah fighters were killed in an attack carried out by American forces in Syria.'), [['strike', 'Syria', 'United States', "Kata'ib Hezbollah"]]);
  // The militants' attack on the forces still hurt them.
  assert.deepEqual(read('Two soldiers were killed in an attack by militants on US forces in Syria.'), [['attack', 'Syria', null, 'United States']]);
});
