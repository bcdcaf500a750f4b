import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire phrasings of French, German and Spanish (AFP, dpa, EFE): the stock casualty, outcome, denial and hypothetical lines.
const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-08') => extract(article(text, published, lang), pack).mentions;

test('one soldier hurt, told with the article and the adjective after the noun ("un soldat américain a été légèrement blessé")', () => {
  const injured = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.injured);
  assert.deepEqual(injured('Un soldat américain a été légèrement blessé samedi dans une attaque de drone contre la base de Harir.', 'fr'), [1]);
  assert.deepEqual(injured('Un soldado estadounidense resultó levemente herido el sábado en un ataque con dron contra la base de Harir.', 'es'), [1]);
  assert.deepEqual(injured('Un militar estadounidense resultó gravemente herido el sábado en un ataque con dron contra la base de Harir.', 'es'), [1]);
  assert.deepEqual(injured('Ein US-Soldat wurde leicht verletzt, als eine Drohne am Samstag den Stützpunkt Harir traf.', 'de'), [1]);
  // Several, uncounted: no number.
  assert.deepEqual(injured('Plusieurs soldats américains ont été légèrement blessés lors d\'une attaque à la roquette contre la base d\'Aïn al-Assad samedi.', 'fr'), [null]);
});

test('"il n\'y a pas eu de blessés", "Verletzte gab es nicht" deny injuries; "hirió a dos" counts them', () => {
  const injured = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.injured);
  assert.deepEqual(injured('Des tirs de roquettes ont visé lundi matin la base d\'Aïn al-Assad. Il n\'y a pas eu de blessés, selon un responsable.', 'fr'), [0]);
  assert.deepEqual(injured('Am 4. Januar wurde der Stützpunkt Harir mit Raketen angegriffen, Verletzte gab es nicht.', 'de'), [0]);
  assert.deepEqual(injured('Eine Drohne traf am Samstag den Stützpunkt Ain al-Asad und verursachte geringe Schäden, Verletzte gab es keine.', 'de'), [0]);
  assert.deepEqual(injured('Un dron armado alcanzó la base de Al Tanf el jueves por la noche e hirió a dos militares estadounidenses.', 'es'), [2]);
});

test('"in der Nähe des Flughafens von Erbil", "Verletzt wurde niemand": the German genitive of the airport, and no one hurt told verb first', () => {
  const [m] = mentionsOf('Die Luftabwehr hat am Dienstagabend eine Drohne in der Nähe des Flughafens von Erbil abgeschossen. Verletzt wurde niemand.', 'de');
  assert.deepEqual([m?.site, m?.injured, m?.outcome], ['Erbil Air Base', 0, 'intercepted']);
});

test('"s\'est écrasé à l\'extérieur de la base": the drone came down outside, short of its target', () => {
  const [m] = mentionsOf('Un drone s\'est écrasé à l\'extérieur de la base d\'Aïn al-Assad dimanche, sans faire de victimes.', 'fr');
  assert.equal(m?.outcome, 'intercepted');
});

test('"bestritt jede Beteiligung", "negó cualquier participación": a group denying is not the attacker', () => {
  for (const [lang, text] of [
    ['de', 'Kataib Hisbollah bestritt jede Beteiligung an dem Angriff auf den Stützpunkt Harir am Sonntag.'],
    ['es', 'Kataib Hezbolá negó cualquier participación en el ataque del domingo contra la base de Harir.'],
  ] as const) {
    const [m] = mentionsOf(text, lang);
    assert.equal(m?.attacker, null, text);
    assert.equal(m?.attribution, 'unknown', text);
  }
});

test('"Die USA könnten Angriffe … ausführen": a German hypothetical strike is no mention', () => {
  assert.deepEqual(mentionsOf('Die USA könnten Angriffe auf Milizen im Irak ausführen, sagte ein Beamter.', 'de'), []);
});

test('"Bagdad, 5. Januar (dpa) -", "BAGDAD, 5 ene (EFE).-": the dateline\'s day is the filing\'s, not the incident\'s', () => {
  const dates = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.date);
  assert.deepEqual(dates('Bagdad, 5. Januar (dpa) - Zwei Drohnen haben einen US-Stützpunkt in Syrien angegriffen.', 'de'), [null]);
  assert.deepEqual(dates('BAGDAD, 5 ene (EFE).- Dos drones atacaron el jueves una base estadounidense en el oeste de Irak.', 'es'), ['2024-01-04']);
});

test('"Mis à jour le", "Aktualisiert am", "Actualizado el": a page stamp dates the page, not the incident after it', () => {
  const cases: [string, string][] = [
    ['fr', 'Mis à jour le 5 janvier 2024 à 10h15\nDeux drones ont visé une base américaine en Syrie.'],
    ['fr', 'Publié le 5 janvier 2024 à 10h15\nDeux drones ont visé une base américaine en Syrie.'],
    ['de', 'Aktualisiert am 5. Januar 2024, 10:15 Uhr\nZwei Drohnen haben einen US-Stützpunkt in Syrien angegriffen.'],
    ['es', 'Actualizado el 5 de enero de 2024 a las 10:15\nDos drones atacaron una base estadounidense en Siria.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.date), [null], text);
  // The day the sentence tells stands.
  assert.deepEqual(mentionsOf('Mis à jour le 7 janvier 2024 à 10h15\nDeux roquettes ont été tirées samedi contre la base de Harir.', 'fr').map((m) => m.date), ['2024-01-06']);
});

test('"Washington atribuyó a …" blames a group; "se atribuyó" and "bekannte sich", told after the attack, claim it', () => {
  const actor = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(actor('Washington atribuyó a Kataib Hezbolá el ataque contra la base de Al Tanf del sábado.', 'es'), [["Kata'ib Hezbollah", 'attributed']]);
  assert.deepEqual(actor('La Resistencia Islámica en Irak se atribuyó el ataque contra la base de Harir del sábado.', 'es'), [['Islamic Resistance in Iraq', 'claimed']]);
  assert.deepEqual(actor('Zu dem Angriff auf den Stützpunkt Harir am Samstag bekannte sich der Islamische Widerstand im Irak.', 'de'), [['Islamic Resistance in Iraq', 'claimed']]);
  assert.deepEqual(actor('Zu dem Angriff auf den Stützpunkt Harir am Samstagabend bekannte sich zunächst niemand.', 'de'), [[null, 'unknown']]);
});

test('"aucun soldat américain n\'a été blessé", "ningún soldado resultó herido": a subject denied is nobody hurt; "blessant légèrement un soldat" is one', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.injured, m.outcome]);
  assert.deepEqual(read('Aucun soldat américain n\'a été blessé dans l\'attaque de samedi contre la base de Harir.', 'fr'), [[0, 'unknown']]);
  assert.deepEqual(read('Ningún soldado estadounidense resultó herido en el ataque del sábado contra la base de Harir.', 'es'), [[0, 'unknown']]);
  assert.deepEqual(read('Un drone a touché la base d\'al-Tanf lundi matin, blessant légèrement un soldat américain.', 'fr'), [[1, 'impact']]);
  assert.deepEqual(read('Un dron impactó la base de Al Tanf el lunes por la mañana e hirió levemente a un soldado estadounidense.', 'es'), [[1, 'impact']]);
});

test('"L\'attaque a été revendiquée par …": the claim of the attack the article elides its article onto, whatever else the sentence says of the group', () => {
  const text =
    "Plusieurs roquettes ont été tirées samedi contre la base aérienne d'Aïn al-Assad, dans l'ouest de l'Irak, blessant légèrement deux militaires américains, a indiqué un responsable militaire américain. L'attaque a été revendiquée par la \"Résistance islamique en Irak\", nébuleuse de groupes armés pro-Iran, qui multiplie depuis la mi-octobre les tirs contre les forces américaines en Irak et en Syrie.";
  assert.deepEqual(
    mentionsOf(text, 'fr', '2023-12-04').map((m) => [m.site, m.attacker, m.attribution]),
    [['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed']],
  );
});

test('"un ataque con dron estadounidense", "un raid con drone americano": the adjective after the strike names who made it', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang, '2024-01-05').map((m) => [m.kind, m.attacker, m.target]);
  const strike = [['strike', 'United States', 'Harakat Hezbollah al-Nujaba']];
  assert.deepEqual(read('Un ataque con dron estadounidense mató este jueves en Bagdad a un comandante de la milicia Harakat al Nujaba.', 'es'), strike);
  assert.deepEqual(read('Un ataque estadounidense mató este jueves en Bagdad a un comandante de la milicia Harakat al Nujaba.', 'es'), strike);
  assert.deepEqual(read('Un raid con drone americano ha ucciso oggi a Baghdad un comandante della milizia Harakat al-Nujaba.', 'it'), strike);
  // The adjective of the forces or base an attack was aimed at still names whom it hit.
  assert.deepEqual(read('Un ataque con drones contra la base estadounidense de Ain al Asad causó daños materiales este jueves.', 'es'), [['attack', null, 'United States']]);
});

test('"serangan drone AS", "serangan AS": Indonesian names the strike\'s maker after the noun, a weapon between or none', () => {
  const read = (text: string) => mentionsOf(text, 'id', '2024-02-08').map((m) => [m.kind, m.attacker, m.target, m.date]);
  const strike = [['strike', 'United States', "Kata'ib Hezbollah", '2024-02-07']];
  assert.deepEqual(read('Seorang komandan senior Kataib Hezbollah tewas dalam serangan drone AS di Baghdad timur pada hari Rabu, kata pejabat keamanan Irak.'), strike);
  assert.deepEqual(read('Serangan AS menghantam markas Kataib Hezbollah di Baghdad pada hari Rabu, kata pejabat keamanan Irak.'), strike);
  // The forces or base an attack was aimed at, named after it, are whom it hit.
  assert.deepEqual(
    read('Kelompok Perlawanan Islam di Irak mengklaim serangan drone terhadap pangkalan AS di Ain al-Asad pada hari Rabu.'),
    [['attack', 'Islamic Resistance in Iraq', 'United States', '2024-02-07']],
  );
  assert.deepEqual(read('Serangan roket di pangkalan AS di Ain al-Asad pada hari Rabu tidak menimbulkan korban.'), [['attack', null, 'United States', '2024-02-07']]);
});

test('"sans faire de victimes ni de dégâts", "sans faire de dégâts": damage a negator two short words away, or "ni", denies is no hit', () => {
  const outcome = (text: string) => mentionsOf(text, 'fr', '2023-11-21').map((m) => m.outcome);
  assert.deepEqual(outcome("Mardi matin, une attaque au drone a visé la garnison d'Al-Tanf, sans faire de dégâts, selon un responsable américain."), ['unknown']);
  assert.deepEqual(outcome("Mardi matin, une attaque au drone a visé la garnison d'Al-Tanf, sans faire de victimes ni de dégâts, selon un responsable américain."), ['unknown']);
  assert.deepEqual(
    outcome("Mardi matin, une attaque au drone a visé la garnison d'Al-Tanf, sans faire de victimes ni de dégâts, selon un responsable américain. L'appareil a été abattu avant d'atteindre sa cible."),
    ['intercepted'],
  );
  // Damage told with no negator is a hit.
  assert.deepEqual(outcome("Mardi matin, une attaque au drone a visé la garnison d'Al-Tanf, faisant des dégâts, selon un responsable américain."), ['impact']);
});

test('"Als Vergeltung für den Drohnenangriff … haben die USA am Freitag 85 Ziele im Irak und in Syrien angegriffen": German US strikes, the cause apart', () => {
  const m = mentionsOf('Als Vergeltung für den tödlichen Drohnenangriff auf einen Stützpunkt in Jordanien haben die USA am Freitag mehr als 85 Ziele im Irak und in Syrien angegriffen.', 'de', '2024-02-03');
  assert.deepEqual(
    m.map((x) => [x.kind, x.country, x.date]),
    [
      ['strike', 'IQ', '2024-02-02'],
      ['strike', 'SY', '2024-02-02'],
      ['attack', 'JO', null],
    ],
  );
});

test('the Syrian Democratic Forces by their French and German names: "six combattants des FDS", "sechs Kämpfer der … Syrischen Demokratischen Kräfte (SDF)"', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang, '2024-02-05').map((m) => [m.target, m.killed]);
  assert.deepEqual(read("Six combattants des FDS ont été tués dimanche soir dans une attaque de drone contre la base d'al-Omar, qui abrite des soldats américains.", 'fr'), [['Syrian Democratic Forces', 6]]);
  assert.deepEqual(
    read('Bei einem Drohnenangriff auf den Stützpunkt al-Omar sind am Sonntagabend sechs Kämpfer der kurdisch geführten Syrischen Demokratischen Kräfte (SDF) getötet worden.', 'de'),
    [['Syrian Democratic Forces', 6]],
  );
});

test('"Proiranische Milizen haben die US-Truppen … angegriffen": the defender after the auxiliary, with the militias first, is the object', () => {
  assert.deepEqual(mentionsOf('Proiranische Milizen haben die US-Truppen in Syrien am Donnerstag mit Drohnen angegriffen.', 'de', '2024-01-05').map((m) => [m.kind, m.attacker]), [['attack', null]]);
});

test('"Zu dem Angriff hatte sich die Miliz Kataib Hisbollah bekannt": the German perfect of a claim claims; "hatte sich nicht … bekannt" does not', () => {
  const read = (claim: string) =>
    mentionsOf(`Bei einem Drohnenangriff auf den Stützpunkt Tower 22 in Jordanien sind am Sonntag drei US-Soldaten getötet worden. ${claim}`, 'de', '2024-01-30').map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(read('Zu dem Angriff hatte sich die Miliz Kataib Hisbollah bekannt.'), [["Kata'ib Hezbollah", 'claimed']]);
  assert.deepEqual(read('Die Miliz Kataib Hisbollah hatte sich nicht zu dem Angriff bekannt.'), [[null, 'unknown']]);
});

test('"a riposté en bombardant", "en frappant": a strike told by its gerund', () => {
  const read = (text: string) => mentionsOf(text, 'fr', '2023-11-15').map((m) => [m.kind, m.country, m.date]);
  assert.deepEqual(read("Washington a riposté en bombardant dimanche des sites liés aux Gardiens de la Révolution dans l'est de la Syrie."), [['strike', 'SY', '2023-11-12']]);
  assert.deepEqual(read('Washington a répliqué dimanche en frappant des sites des Gardiens de la Révolution en Syrie.'), [['strike', 'SY', '2023-11-12']]);
});
