import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// How wires name the sites of Baghdad and of the US strike areas, in the spellings their languages use.
const pack = loadPack();
const mentionsOf = (text: string, lang = 'en', published: string | null = '2024-04-16') => extract(article(text, published, lang), pack).mentions;
const where = (text: string, lang?: string, published?: string) => mentionsOf(text, lang, published).map((m) => [m.kind, m.site ?? m.place]);

test('"the Union III base in Baghdad\'s Green Zone": a site of the same province named to say where the base lies is no second target', () => {
  assert.deepEqual(where("Three rockets were fired at the Union III base in Baghdad's Green Zone on Monday evening, two security officials said."), [['attack', 'Union III']]);
  // Two bases of one province joined by "and" stay two targets.
  assert.deepEqual(where('Drones were launched at the Harir base and the Erbil air base on Monday evening, two security officials said.'), [
    ['attack', 'Harir Air Base'],
    ['attack', 'Erbil Air Base'],
  ]);
});

test('"Baghdad airport" is the Victory base there, as the airport\'s other names are', () => {
  assert.deepEqual(where('A drone targeted a base hosting US-led coalition troops at Baghdad airport on Monday, two security officials said.'), [
    ['attack', 'Victory Base / Baghdad Diplomatic Support Center'],
  ]);
});

test('"Yurf al Nasr", "Jourf al-Sakhr", "Dschurf al-Sachr": Jurf al-Sakhar as Spanish, French and German wires spell it, not the Victory base its "al-Nasr" names', () => {
  assert.deepEqual(
    where('Aviones estadounidenses bombardearon este miércoles posiciones de la milicia proiraní Kataib Hizbulá en Yurf al Nasr, en la provincia central de Babilonia, causando la muerte de dos milicianos.', 'es', '2024-01-10'),
    [['strike', 'Jurf al-Sakhar (US strike area)']],
  );
  assert.deepEqual(
    where('Des frappes américaines ont visé mercredi des positions des Brigades du Hezbollah à Jourf al-Sakhr, au sud de Bagdad, tuant deux combattants.', 'fr', '2024-01-10'),
    [['strike', 'Jurf al-Sakhar (US strike area)']],
  );
  assert.deepEqual(where('Das US-Militär hat am Mittwoch Einrichtungen der Miliz in Dschurf al-Sachr südlich von Bagdad angegriffen.', 'de', '2024-01-10'), [
    ['strike', 'Jurf al-Sakhar (US strike area)'],
  ]);
});

test('"eine Kampfdrohne", "eine Sprengstoffdrohne": German compounds of "Drohne" name a drone', () => {
  for (const word of ['Kampfdrohne', 'Sprengstoffdrohne', 'Angriffsdrohne']) {
    const text = `Über dem von US-Truppen genutzten Stützpunkt am Flughafen von Erbil ist am Montagabend eine ${word} abgeschossen worden.`;
    assert.deepEqual(
      mentionsOf(text, 'de', '2023-11-21').map((m) => [m.site, m.weapons, m.outcome]),
      [['Erbil Air Base', ['drone'], 'intercepted']],
      word,
    );
  }
});

test('a group that denies its part in the attack is not its attacker because the next sentence names it again', () => {
  const m = mentionsOf(
    "Kataib Hezbollah denied involvement and said the attack on Baghdad's airport was aimed at disrupting the president's visit. In a statement, Kataib Hezbollah, which has been behind previous attacks on US interests in Iraq, called for an investigation.",
    'en',
    '2024-09-11',
  );
  assert.deepEqual(
    m.map((x) => [x.site, x.attacker, x.attribution]),
    [['Victory Base / Baghdad Diplomatic Support Center', null, 'unknown']],
  );
});

test('Russian names of sites as its cases decline them: "в районе Абу-Кемаля", "по Джурф-эс-Сахру"', () => {
  assert.deepEqual(where('ВВС США нанесли удары по позициям проиранских группировок в районе Абу-Кемаля в четверг.', 'ru', '2024-01-05'), [['strike', 'Abu Kamal (US strike area)']]);
  assert.deepEqual(where('Американская авиация нанесла удар по Джурф-эс-Сахру в среду, сообщили источники.', 'ru', '2024-01-11'), [['strike', 'Jurf al-Sakhar (US strike area)']]);
});

test('"برج 22": Tower 22 in Arabic without its article', () => {
  assert.deepEqual(where('قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على برج 22 في الأردن يوم الأحد.', 'ar', '2024-01-29'), [['attack', 'Tower 22']]);
});

test('"Washington a imputé l\'attaque aux Brigades du Hezbollah": the group an attack is imputed to is blamed for it', () => {
  const m = mentionsOf(
    'Trois soldats américains ont été tués dimanche dans une attaque de drone contre la base de la Tour 22, en Jordanie. Washington a imputé l\'attaque aux Brigades du Hezbollah.',
    'fr',
    '2024-01-30',
  );
  assert.deepEqual(
    m.map((x) => [x.site, x.attacker, x.attribution]),
    [['Tower 22', "Kata'ib Hezbollah", 'attributed']],
  );
});

test('"près d\'Abou Ghraib": Abu Ghraib as French writes it', () => {
  assert.deepEqual(
    where("Un avion AC-130 américain a frappé mardi un véhicule de la milice près d'Abou Ghraib, à l'ouest de Bagdad, selon le Pentagone.", 'fr', '2023-11-21'),
    [['strike', 'Abu Ghraib (US strike area)']],
  );
});

test('"près de Mayadine", "am Stützpunkt Euphrates": Mayadin and Mission Support Site Euphrates as French and German write them', () => {
  assert.deepEqual(where("Des avions américains ont frappé dimanche des positions près de Mayadine, dans l'est de la Syrie.", 'fr', '2023-11-13'), [['strike', 'Mayadin (US strike area)']]);
  assert.deepEqual(where('Am Stützpunkt Euphrates in Syrien sind am Montag mehrere Raketen eingeschlagen.', 'de', '2024-11-26'), [['attack', 'Mission Support Site Euphrates']]);
});
