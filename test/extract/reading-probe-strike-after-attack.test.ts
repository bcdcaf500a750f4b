import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentions = (text: string, published: string | null = '2024-01-10') => extract(article(text, published), pack).mentions;
const read = (text: string, published: string | null = '2024-01-10') => mentions(text, published).map((m) => [m.kind, m.site ?? m.place, m.country]);

test('a strike told in the main clause and the attack it answers after "after" are two incidents', () => {
  const [strike, attack] = mentions('American warplanes carried out airstrikes on militia targets after several rockets were fired at US troops in Syria on Monday.');
  assert.equal(strike?.kind, 'strike');
  assert.equal(strike.attacker, 'United States');
  assert.deepEqual(strike.weapons, ['air_strike']);
  assert.equal(strike.country, 'SY');
  assert.equal(strike.site, null);
  // The attack is read as before: its own place, weapons and day.
  assert.deepEqual([attack?.kind, attack?.country, attack?.weapons, attack?.date], ['attack', 'SY', ['rocket'], '2024-01-08']);
});

test('a headline that names the attack only by its country gives the strike there too', () => {
  assert.deepEqual(read('US hits Iran-backed militias with airstrikes after attack in Syria', null), [
    ['strike', 'Syria', 'SY'],
    ['attack', 'Syria', 'SY'],
  ]);
});

test('the strike on those who fired a missile at a base is in the base’s country, not at the base', () => {
  const found = mentions('A US gunship engaged a militia cell after the cell fired a ballistic missile at coalition troops on Erbil Air Base, Iraq, the spokesman said.');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site, m.country]),
    [
      ['strike', null, 'IQ'],
      ['attack', 'Erbil Air Base', 'IQ'],
    ],
  );
  assert.deepEqual(found[1]!.weapons, ['ballistic_missile']);
});

test('a gunship that engaged the group that had just fired rockets at a base struck near the base, that day', () => {
  const [strike] = mentions('A US gunship engaged an Iran-backed militia after the group fired rockets at al-Tanf on Tuesday.');
  assert.deepEqual([strike?.kind, strike?.site, strike?.date, strike?.date_precision], ['strike', 'Al-Tanf Garrison', '2024-01-09', 'day']);
  // A drone's crew may be anywhere in the country.
  const [far] = mentions('A US gunship engaged an Iran-backed militia after the group flew a drone at al-Tanf on Tuesday.');
  assert.deepEqual([far?.kind, far?.site, far?.country], ['strike', null, 'SY']);
});

test('a strike after an attack on a day came that day or after, up to the day of the story', () => {
  const [strike] = mentions('US jets struck militia positions after a drone attack on the Mission Support Site Conoco in Syria on Monday.');
  assert.equal(strike?.kind, 'strike');
  assert.deepEqual([strike.date, strike.date_end, strike.date_precision], ['2024-01-08', '2024-01-10', 'range']);
  // "hours after" keeps the attack's day.
  const [soon] = mentions('US aircraft struck a militia depot hours after drones targeted Erbil Air Base on Sunday.');
  assert.deepEqual([soon?.kind, soon?.country, soon?.date], ['strike', 'IQ', '2024-01-07']);
});

test('an attack named at a launch site places the strike that answered it there', () => {
  const found = mentions('US aircraft hit militia positions after rockets were fired from Zummar toward a base in Syria on Monday.');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site ?? m.place]),
    [
      ['strike', 'Zummar (launch site)'],
      ['attack', 'Syria'],
    ],
  );
});

test('the kind of each clause stays its own when the strike is the background', () => {
  assert.deepEqual(
    read('US troops came under rocket fire in Syria after they struck militia sites on Sunday.').map((m) => m[0]),
    ['attack'],
  );
  assert.deepEqual(
    mentions('After US strikes in Iraq on Sunday, militants attacked Ain al-Asad with rockets.').map((m) => [m.kind, m.site ?? m.place]),
    [
      ['attack', 'Ain al-Asad Air Base'],
      ['strike', 'Iraq'],
    ],
  );
});

test('no strike where the attack it answers is not where the defender strikes, or is not one incident', () => {
  // Jordan: those who attacked Tower 22 came from elsewhere.
  assert.deepEqual(read('US jets struck militia targets after a drone attack killed two soldiers at Tower 22 in Jordan.').map((m) => m[0]), ['attack']);
  // Two countries, or a pattern of attacks: no one place.
  assert.deepEqual(read('US forces struck militia sites in response to attacks on US troops in Iraq and Syria.'), []);
  assert.deepEqual(read('US forces struck militia sites after repeated attacks on US troops in Iraq.'), []);
});

test('a strike only weighed, threatened or denied after an attack is none', () => {
  for (const text of [
    'Officials are weighing airstrikes after a drone attack on Erbil Air Base on Sunday.',
    'Washington has vowed to strike the militias after the drone attack on Erbil Air Base.',
    'The U.S. has not yet struck back after the drone attack on Erbil Air Base on Sunday.',
  ]) {
    assert.deepEqual(read(text).map((m) => m[0]), ['attack'], text);
  }
  assert.deepEqual(read('US forces did not retaliate in Syria.'), []);
  // What the US usually does after attacks is no incident.
  assert.ok(!mentions('The US typically answers with airstrikes after a drone attack on its troops in Syria.').some((m) => m.kind === 'strike'));
});

test('a strike that caused the attack is not placed by it', () => {
  assert.deepEqual(read('US jets struck militia sites in the desert, prompting a rocket attack on Ain al-Asad on Monday.').map((m) => m[0]), ['attack']);
});

test('a strike answering an attack that restates a strike told before adds no incident', () => {
  const found = mentions('US jets struck a Kataib Hezbollah depot near Jurf al-Sakhar on Tuesday. The US launched the airstrikes after a missile attack on Ain al-Asad in Iraq on Monday.');
  assert.deepEqual(
    found.map((m) => [m.kind, m.site]),
    [
      ['strike', 'Jurf al-Sakhar (US strike area)'],
      ['attack', 'Ain al-Asad Air Base'],
    ],
  );
});

test('forces that came under attack and responded in arms strike back, on the spot', () => {
  const [attack, strike] = mentions('U.S. troops came under drone attack at the Mission Support Site Conoco on Tuesday and retaliated against the launch team.');
  assert.deepEqual([attack?.kind, attack?.site, attack?.date], ['attack', 'Conoco gas field', '2024-01-09']);
  // A drone is fired from afar: its crew was in the country, not at the base.
  assert.deepEqual([strike?.kind, strike?.site, strike?.country, strike?.attacker, strike?.date], ['strike', null, 'SY', 'United States', '2024-01-09']);
  // An answer in words is none, and so is one by others than the forces hit.
  for (const text of [
    'US troops came under rocket attack at Ain al-Asad on Tuesday and responded to questions from reporters.',
    'Kataib Hezbollah claimed the drone attack on Erbil Air Base on Tuesday and responded with a statement against the strike.',
    'The Pentagon condemned the rocket attack on Ain al-Asad on Tuesday and responded with a strike warning.',
  ]) {
    assert.deepEqual(read(text).map((m) => m[0]), ['attack'], text);
  }
});

test('aircraft named as the striking force make an air strike', () => {
  for (const text of ['US aircraft hit two militia depots near Abu Kamal on Tuesday.', 'U.S. jets bombed a militia headquarters in eastern Syria on Tuesday.', 'A coalition aircraft destroyed the rocket launcher in Syria on Tuesday.']) {
    const [strike] = mentions(text);
    assert.equal(strike?.kind, 'strike', text);
    assert.deepEqual(strike.weapons, ['air_strike'], text);
  }
});

test('jets that shot down drones struck nothing', () => {
  for (const text of ['US fighter jets shot down three drones over eastern Syria on Tuesday.', 'Coalition aircraft intercepted two drones over northern Iraq on Tuesday.']) {
    assert.ok(!mentions(text).some((m) => m.kind === 'strike'), text);
  }
  // Engaging the crew that fires them is a strike still.
  assert.equal(mentions('A US gunship engaged a rocket team in eastern Syria on Tuesday.')[0]?.kind, 'strike');
});

test('the same reading in French, Spanish and German', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Les États-Unis ont mené des frappes aériennes contre des milices après une attaque de drone contre la base de Tanf en Syrie mardi.', 'SY'],
    ['es', 'Estados Unidos lanzó ataques aéreos contra milicias tras un ataque con drones contra la base de Ain al-Asad en Irak el martes.', 'IQ'],
    ['de', 'Die US-Armee hat Stellungen der Milizen angegriffen, nachdem Drohnen den Stützpunkt Erbil im Irak am Dienstag getroffen hatten.', 'IQ'],
  ];
  for (const [lang, text, country] of cases) {
    const found = extract(article(text, '2024-01-10', lang), pack).mentions;
    assert.deepEqual(
      found.map((m) => [m.kind, m.site === null ? m.country : 'site']),
      [
        ['strike', country],
        ['attack', 'site'],
      ],
      text,
    );
  }
});

test('the defender striking a crew near its base strikes; the base named as where the crew was is not attacked', () => {
  assert.deepEqual(read('US helicopters struck the launch team near Ain al-Asad air base on Monday.'), [['strike', 'Ain al-Asad Air Base', 'IQ']]);
  assert.deepEqual(mentions('US helicopters struck the launch team near Ain al-Asad air base on Monday.')[0]?.weapons, ['air_strike']);
  // So does striking the place it fired from ("a rocket launch site"): the word for rockets there names no attack.
  assert.deepEqual(read('US forces struck a rocket launch site near Ain al-Asad air base on Wednesday, the Pentagon said.'), [['strike', 'Ain al-Asad Air Base', 'IQ']]);
  // Fire that lands near the base is still an attack on it.
  assert.deepEqual(read('Rockets struck near Ain al-Asad air base on Monday, US officials said.'), [['attack', 'Ain al-Asad Air Base', 'IQ']]);
  assert.deepEqual(read('Militants fired rockets at Ain al-Asad air base from a launch site near Hit on Monday.'), [['attack', 'Ain al-Asad Air Base', 'IQ']]);
});

test('a strike told as the answer to an attack its sentence dates ("after the attack on MSS Euphrates on Tuesday") came that day or after, by publication', () => {
  const read = (text: string, published: string) => extract(article(text, published), pack).mentions.map((m) => [m.kind, m.date, m.date_end, m.date_precision]);
  assert.deepEqual(read('U.S. forces struck a rocket launcher after the attack on MSS Euphrates on Tuesday, a spokeswoman said.', '2024-11-21'), [
    ['strike', '2024-11-19', '2024-11-21', 'range'],
    ['attack', '2024-11-19', null, 'day'],
  ]);
  // Published that day: that day.
  assert.deepEqual(read('U.S. forces struck a rocket launcher after the attack on MSS Euphrates on Tuesday, a spokeswoman said.', '2024-11-19')[0], ['strike', '2024-11-19', null, 'day']);
});

test('"en riposte à des tirs de roquettes la veille": the French strike and the attack it answered the day before are two incidents', () => {
  const text =
    "Les forces américaines ont frappé mercredi un dépôt d'armes utilisé par des groupes pro-iraniens près de Mayadine, dans l'est de la Syrie, en riposte à des tirs de roquettes la veille contre la base de Green Village, sur le champ pétrolier d'al-Omar, a annoncé le Centcom.";
  assert.deepEqual(
    extract(article(text, null, 'fr'), pack).mentions.map((m) => [m.kind, m.site, m.day_label]),
    [
      ['strike', 'Mayadin (US strike area)', 'w3'],
      ['attack', 'Al-Omar oil field (Green Village)', 'w2'],
    ],
  );
});

test('"…, which was followed the next day by a U.S. strike near Mayadin": the strike the attack was followed by is an incident of its own, a day later', () => {
  const text =
    'Militias have held their fire since a rocket attack on the Green Village base in eastern Syria on Nov. 19, which was followed the next day by a U.S. strike on a weapons depot near Mayadin.';
  assert.deepEqual(
    extract(article(text, '2024-12-05'), pack).mentions.map((m) => [m.kind, m.site, m.date]),
    [
      ['attack', 'Al-Omar oil field (Green Village)', '2024-11-19'],
      ['strike', 'Mayadin (US strike area)', '2024-11-20'],
    ],
  );
});
