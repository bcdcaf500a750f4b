import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const read = (text: string) => extract(article(text, '2024-01-08', 'ar'), pack).mentions;

test('Arabic "الليلة الماضية" (last night) dates the night before publication, as "أمس" (yesterday) does', () => {
  // "Armed factions fired several rockets at Ain al-Asad base last night."
  assert.deepEqual(read('أطلقت فصائل مسلحة عدة صواريخ على قاعدة عين الأسد الليلة الماضية.').map((m) => [m.kind, m.date, m.date_precision]), [['attack', '2024-01-07', 'day']]);
  // "A drone attacked Harir base in Erbil last night."
  assert.deepEqual(read('هاجمت طائرة مسيرة قاعدة حرير في أربيل الليلة الماضية.').map((m) => [m.kind, m.date]), [['attack', '2024-01-07']]);
});

test('Arabic nominative dual "طائرتان مسيرتان" (two drones) names the drone, as the oblique "طائرتين مسيرتين" does', () => {
  // "Two drones targeted Ain al-Asad base on 21 October."
  assert.deepEqual(read('استهدفت طائرتان مسيرتان قاعدة عين الأسد في 21 تشرين الأول.').map((m) => [m.kind, m.date, m.weapons]), [['attack', '2023-10-21', ['drone']]]);
});

test('Arabic "تم إسقاطها" (it was shot down): the downing word with its pronoun suffix is an interception', () => {
  // "A security source said a drone targeted Ain al-Asad base on Sunday night and was shot down."
  assert.deepEqual(read('قال مصدر أمني إن طائرة مسيرة استهدفت قاعدة عين الأسد ليلة الأحد وتم إسقاطها.').map((m) => [m.kind, m.date, m.outcome]), [['attack', '2024-01-07', 'intercepted']]);
  // "A drone headed for Harir base was intercepted (it) over Erbil." — the suffixed verbal noun "اعتراضها"
  assert.deepEqual(read('انطلقت طائرة مسيرة باتجاه قاعدة حرير وجرى اعتراضها.').map((m) => [m.kind, m.outcome]), [['attack', 'intercepted']]);
});

test('Arabic duals of strike and missile words: "غارتين" (two air strikes) is a strike, "صاروخان" (two missiles) a missile', () => {
  // "The US military launched two air strikes on Kataib Hezbollah positions in Jurf al-Sakhar."
  assert.deepEqual(read('شن الجيش الأمريكي غارتين على مواقع لكتائب حزب الله في جرف الصخر.').map((m) => [m.kind, m.attacker, m.weapons]), [['strike', 'United States', ['air_strike']]]);
  // "Two missiles targeted Ain al-Asad base."
  assert.deepEqual(read('استهدف صاروخان قاعدة عين الأسد.').map((m) => [m.kind, m.weapons]), [['attack', ['missile']]]);
});

test('Arabic denials in the present tense and the masculine past, "تنفي" and "نفى" (denies, denied), tell no attack', () => {
  // "The Iraqi government denies knowledge of any attack on Ain al-Asad base."
  assert.deepEqual(read('تنفي الحكومة العراقية علمها بأي هجوم على قاعدة عين الأسد.'), []);
  // "The Iraqi army denied an attack on Ain al-Asad base took place."
  assert.deepEqual(read('نفى الجيش العراقي تعرض قاعدة عين الأسد لهجوم.'), []);
});

test('A denial of casualties, not of the incident, keeps the attack: "ونفى مسؤول أمريكي وقوع إصابات" (a US official denied any injuries)', () => {
  // "Ain al-Asad base came under a missile attack, and a US official denied any injuries occurred."
  assert.deepEqual(read('تعرضت قاعدة عين الأسد لهجوم صاروخي، ونفى مسؤول أمريكي وقوع إصابات.').map((m) => [m.kind, m.site]), [['attack', 'Ain al-Asad Air Base']]);
  // "A US official denied that an attack that caused injuries took place at Ain al-Asad base": the attack itself is denied.
  assert.deepEqual(read('نفى مسؤول أمريكي وقوع هجوم أسفر عن إصابات في قاعدة عين الأسد.'), []);
});

test('Arabic accusative "صاروخا" (a missile, object or after "أن") names the missile, and with it the attack', () => {
  // "A security source said a missile fell near Victory base around Baghdad International Airport."
  assert.deepEqual(read('أفاد مصدر أمني بأن صاروخا سقط قرب قاعدة فيكتوريا في محيط مطار بغداد الدولي.').map((m) => [m.kind, m.country, m.weapons, m.outcome]), [['attack', 'IQ', ['missile'], 'intercepted']]);
  // "The factions fired a missile toward Harir base yesterday."
  assert.deepEqual(read('أطلقت الفصائل صاروخا باتجاه قاعدة حرير أمس.').map((m) => [m.kind, m.date, m.weapons]), [['attack', '2024-01-07', ['missile']]]);
});

test('Arabic short vowels and tanween are optional in writing: "صاروخاً" reads as "صاروخا" (a missile)', () => {
  // "Sources told Shafaq News a missile fell around Ain al-Asad base."
  assert.deepEqual(read('قالت مصادر لشفق نيوز إن صاروخاً سقط في محيط قاعدة عين الأسد.').map((m) => [m.kind, m.site, m.weapons]), [['attack', 'Ain al-Asad Air Base', ['missile']]]);
});

test('an Arabic date line inline ("عمّان، 29 كانون الثاني 2024:") dates the story, not the incident, and "وفي اليوم نفسه" is the day told before', () => {
  // "Amman, 29 January 2024: three American soldiers were killed on Sunday in a drone attack on Tower 22 in Jordan. On the same day, a drone targeted the al-Shaddadi base."
  const text = 'عمّان، 29 كانون الثاني 2024: قتل ثلاثة جنود أمريكيين، الأحد، في هجوم بطائرة مسيرة على البرج 22 في الأردن. وفي اليوم نفسه، استهدفت طائرة مسيرة قاعدة الشدادي.';
  assert.deepEqual(
    extract(article(text, '2024-01-29', 'ar'), pack).mentions.map((m) => [m.site, m.date]),
    [
      ['Tower 22', '2024-01-28'],
      ['al-Shaddadi', '2024-01-28'],
    ],
  );
});

test('"مقر اللواء 12" (the headquarters of Brigade 12): the number names the unit, it counts no dead', () => {
  // "The attack comes a day after the American strike that targeted the headquarters of Brigade 12 of the Popular Mobilization in Baghdad and killed a Nujaba leader."
  const m = read('ويأتي الهجوم غداة الغارة الأمريكية التي استهدفت مقر اللواء 12 في الحشد الشعبي بشارع فلسطين في بغداد، وأدت إلى مقتل القيادي في حركة النجباء.');
  assert.deepEqual(m.map((x) => [x.kind, x.killed]), [['strike', null]]);
});

test('a weekday opening an Arabic timeline entry is no city of a date line, and "وفجر" is dawn with its conjunction', () => {
  // "Sunday, 28 January 2024: three American soldiers were killed in a drone attack on Tower 22. / Thursday, 1 February 2024: two rockets fell near Ain al-Asad base."
  const entries = extract(article('الأحد، 28 كانون الثاني 2024: قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22.\nالخميس، 1 شباط 2024: سقط صاروخان قرب قاعدة عين الأسد.', null, 'ar'), pack).mentions;
  assert.deepEqual(entries.map((m) => [m.site, m.date]), [
    ['Tower 22', '2024-01-28'],
    ['Ain al-Asad Air Base', '2024-02-01'],
  ]);
  // "And at dawn on Tuesday US forces launched air strikes on Kataib Hezbollah sites in Iraq."
  assert.deepEqual(extract(article('وفجر الثلاثاء شنت القوات الأمريكية غارات جوية على مواقع لكتائب حزب الله في العراق.', null, 'ar'), pack).mentions.map((m) => m.day_label), ['w2-']);
});

test('"استشهاد أربعة" (the martyrdom of four) counts the dead, and "دون ورود معلومات عن خسائر" (no information on losses) counts none', () => {
  // "The American strike on Jurf al-Nasr last night led to the martyrdom of four members of the Popular Mobilization."
  assert.deepEqual(extract(article('أسفرت الغارة الأمريكية على جرف النصر الليلة الماضية عن استشهاد أربعة من عناصر الحشد الشعبي.', '2024-07-31', 'ar'), pack).mentions.map((m) => m.killed), [4]);
  // "American aircraft struck sites near Al-Bukamal yesterday, Sunday, with no information on human losses."
  assert.deepEqual(extract(article('شنت طائرات أمريكية أمس الأحد غارات على مواقع قرب البوكمال، دون ورود معلومات عن خسائر بشرية.', '2023-11-13', 'ar'), pack).mentions.map((m) => [m.killed, m.injured]), [[null, null]]);
});

test('"غارات على 85 هدفا" (strikes on 85 targets): a count of what was struck is no count of the dead', () => {
  // "US aircraft struck 85 targets in Iraq and Syria yesterday, killing a number of fighters."
  const m = extract(article('شنت طائرات أمريكية غارات على 85 هدفا في العراق وسوريا أمس، ما أدى إلى استشهاد عدد من المقاتلين.', '2024-02-03', 'ar'), pack).mentions;
  assert.deepEqual(m.map((x) => [x.country, x.killed]), [
    ['IQ', null],
    ['SY', null],
  ]);
});
