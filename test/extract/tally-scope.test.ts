import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const scopes = (text: string, lang = 'en') => extract(article(text, '2023-11-10', lang), pack).tallies.map((t) => [t.count, t.country]);

test('a count confined to one country carries it; a count over several carries none', () => {
  assert.deepEqual(scopes('US forces have been attacked 12 times in Syria and four times in Iraq since Oct. 17, the Pentagon said.'), [
    [12, 'SY'],
    [4, 'IQ'],
  ]);
  assert.deepEqual(scopes('US and coalition forces have been attacked at least 46 times in Iraq and Syria since October 17.'), [[46, null]]);
  assert.deepEqual(scopes('It was the 30th attack carried out against U.S. troops stationed in Iraq since October 17.'), [[30, 'IQ']]);
  assert.deepEqual(scopes('There have been 61 attacks on bases housing U.S. personnel since Oct. 17. Of those, 29 have been in Iraq and 32 in Syria.'), [
    [61, null],
    [29, 'IQ'],
    [32, 'SY'],
  ]);
});

test('a country in a name, after a clause break or in a list places no count', () => {
  // "in Iraq" names the group, not where the attacks were.
  assert.deepEqual(scopes('US bases have been attacked more than 110 times by the Islamic Resistance in Iraq since October 17.'), [[110, null]]);
  // What follows the comma speaks of some of the attacks, not of all that were counted.
  assert.deepEqual(scopes('There have been more than 60 attacks on US forces since October 17, most of them in Iraq.'), [[60, null]]);
  assert.deepEqual(scopes('Seit dem 17. Oktober gab es mindestens 40 Angriffe auf US-Truppen im Jemen, Irak und in Syrien.', 'de'), [[40, null]]);
  assert.deepEqual(scopes('Les forces américaines ont été visées plus de 60 fois en Irak et en Syrie depuis le 17 octobre.', 'fr'), [[60, null]]);
  assert.deepEqual(scopes('Sejak 17 Oktober, telah terjadi lebih dari 150 serangan terhadap pasukan AS di Irak dan Suriah.', 'id'), [[150, null]]);
  assert.deepEqual(scopes('Les forces américaines ont été visées 20 fois en Syrie depuis le 17 octobre.', 'fr'), [[20, 'SY']]);
});

test('a group counts its attacks as operations: "150 operations against US forces since October" is a tally; operations against ISIS are none', () => {
  const counts = (text: string) => extract(article(text, '2024-01-22'), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  assert.deepEqual(counts('The group said it had carried out 150 operations against US forces since October.'), [[150, 'exact', '2023-10-01']]);
  assert.deepEqual(counts('The Islamic Resistance in Iraq has claimed more than 150 operations against US forces since the start of the war in Gaza.'), [[150, 'more_than', '2023-10-07']]);
  assert.deepEqual(counts('US and coalition forces have carried out more than 300 operations against the Islamic State since January.'), []);
});

test('a running total brought up past the forces attacked and an abbreviated date ("the number of attacks on U.S. troops since Oct. 17 to 151") is a tally; the number of troops hurt is none', () => {
  const counts = (text: string) => extract(article(text, '2024-01-22'), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  assert.deepEqual(counts('That brought the number of attacks on US troops since Oct. 17 to 151, a defense official said.'), [[151, 'exact', '2023-10-17']]);
  assert.deepEqual(counts('That brings the total number of attacks on U.S. forces in Iraq and Syria since Oct. 17 to at least 151.'), [[151, 'at_least', '2023-10-17']]);
  assert.deepEqual(counts('The attack raised the number of US troops wounded since October to 70.'), []);
});

test('a rank bound as a count is ("at least the 66th attack"): the tally is a lower bound', () => {
  const counts = (text: string) => extract(article(text, '2024-01-22'), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(counts('It was at least the 66th attack against US troops since mid-October.'), [[66, 'at_least']]);
  assert.deepEqual(counts('It was the 66th attack against US troops since mid-October.'), [[66, 'exact']]);
});

test('a count right after a country ("attacked US forces in Iraq and Syria 40 times") is a count, not part of a name', () => {
  assert.deepEqual(scopes('Militias have attacked US forces in Iraq and Syria 40 times since Oct. 17, a U.S. official said.'), [[40, null]]);
  assert.deepEqual(scopes('Iran-backed groups have targeted American troops in Iraq and Syria 25 times since October 17.'), [[25, null]]);
});

test('a group ranks its operations ("its 100th operation against US forces") and French writes "la 150e attaque": both are tallies', () => {
  const counts = (text: string, lang = 'en') => extract(article(text, '2024-01-22', lang), pack).tallies.map((t) => [t.count, t.since, t.speaker]);
  assert.deepEqual(counts('In a statement, the Islamic Resistance in Iraq claimed its 100th operation against U.S. forces since the start of the aggression on Gaza.'), [
    [100, '2023-10-07', 'Islamic Resistance in Iraq'],
  ]);
  assert.deepEqual(counts("Il s'agit de la 150e attaque contre les forces américaines depuis le 17 octobre.", 'fr'), [[150, '2023-10-17', null]]);
  assert.deepEqual(counts('US F-15E attack jets have flown over Iraq since Oct. 17.'), [], 'a model of jet ranks nothing');
});

test('French counts times "à 20 reprises", Spanish "en 40 ocasiones"', () => {
  const counts = (text: string, lang: string) => extract(article(text, '2024-02-01', lang), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  assert.deepEqual(counts('Les bases américaines en Irak et en Syrie ont été visées à plus de 20 reprises depuis le 17 octobre.', 'fr'), [[20, 'more_than', '2023-10-17']]);
  assert.deepEqual(counts('Las bases estadounidenses en Siria han sido atacadas en al menos 40 ocasiones desde octubre.', 'es'), [[40, 'at_least', '2023-10-01']]);
});

test('a breakdown that ends "and once in Jordan" still places the count before it', () => {
  assert.deepEqual(scopes('U.S. and coalition forces have been attacked 165 times since Oct. 17 — 66 times in Iraq, 98 times in Syria and once in Jordan.'), [
    [165, null],
    [66, 'IQ'],
    [98, 'SY'],
  ]);
  assert.deepEqual(scopes('US forces have been attacked 98 times in Syria and Jordan since Oct. 17.'), [[98, null]], 'one count over two countries');
});

test('a group that says its count with the verb first speaks it: Arabic "وأعلنت المقاومة الإسلامية في العراق أنها نفذت", a quote\'s ", said Kataib Hezbollah"', () => {
  const speakers = (text: string, lang = 'en') => extract(article(text, '2024-01-25', lang), pack).tallies.map((t) => [t.count, t.speaker]);
  // "The Islamic Resistance in Iraq announced that it had carried out more than 170 operations against the American bases since 17 October."
  assert.deepEqual(speakers('وأعلنت المقاومة الإسلامية في العراق أنها نفذت أكثر من 170 عملية ضد القواعد الأمريكية منذ 17 تشرين الأول.', 'ar'), [[170, 'Islamic Resistance in Iraq']]);
  assert.deepEqual(speakers('“We have carried out 120 operations against the American occupation since October 17,” said Kataib Hezbollah.'), [[120, "Kata'ib Hezbollah"]]);
  assert.deepEqual(speakers('Washington said Kataib Hezbollah had launched 120 attacks on US forces since October 17.'), [[120, null]], 'a verb in mid-sentence tells what the group did, not that it spoke');
});

test('the defender telling of a group\'s attacks is not striking: "According to the Pentagon, militants have conducted 61 attacks" is a tally', () => {
  const counts = (text: string) => extract(article(text, '2024-01-25'), pack).tallies.map((t) => [t.count, t.speaker]);
  assert.deepEqual(counts('According to the Pentagon, militants have conducted 61 attacks on US bases since Oct. 17.'), [[61, 'Pentagon']]);
  assert.deepEqual(counts('The Pentagon said Kataib Hezbollah had carried out 120 attacks on US forces since October 17.'), [[120, 'Pentagon']]);
  assert.deepEqual(counts('The U.S. has struck back seven times since October.'), [], 'the defender\'s own strikes');
  assert.deepEqual(counts('US forces have struck militia targets in Iraq and Syria 7 times since Oct. 17.'), [], 'the group struck, not striking');
});

test('the defender\'s forces placed in one country before the count ("US forces in Syria have been attacked 55 times") place the count there', () => {
  assert.deepEqual(scopes('US forces in Syria have been attacked 55 times since Oct. 17, a defense official said.'), [[55, 'SY']]);
  assert.deepEqual(scopes('US bases in Iraq have come under attack at least 48 times since mid-October.'), [[48, 'IQ']]);
  assert.deepEqual(scopes('Les bases américaines en Irak ont été visées à plus de 20 reprises depuis le 17 octobre.', 'fr'), [[20, 'IQ']]);
  assert.deepEqual(scopes('US forces in Iraq and Syria have been attacked 66 times since Oct. 17.'), [[66, null]], 'forces in two countries');
  assert.deepEqual(scopes('Militants in Iraq have attacked US forces more than 60 times since October 17.'), [[60, null]], 'the attackers\' country');
  assert.deepEqual(scopes('A drone hit US forces in Syria on Monday; there have been 150 attacks on US troops since Oct. 17.'), [[150, null]], 'the incident\'s country');
  assert.deepEqual(scopes('Drones targeted US forces in Syria on Monday in the 150th attack since Oct. 17.'), [[150, null]], 'a rank after the incident');
});

test('attacks "auf US-Truppen", "contra sus tropas" that the defender counts are a tally, not its strikes', () => {
  const counts = (text: string, lang: string) => extract(article(text, '2024-01-15', lang), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(counts('Insgesamt zählte das Pentagon bislang 140 Angriffe auf US-Truppen in der Region.', 'de'), [[140, 'exact']]);
  assert.deepEqual(counts('Washington ha contabilizado más de 140 ataques contra sus tropas en Irak y Siria desde el 17 de octubre.', 'es'), [[140, 'more_than']]);
  assert.deepEqual(counts('Die USA flogen seit Oktober mehr als 20 Angriffe gegen Milizen in Syrien.', 'de'), [], 'strikes on militias');
});

test('the Pentagon speaks a count in any language: "selon le Pentagone", "según el Pentágono", "بحسب البنتاغون"', () => {
  const speakers = (text: string, lang: string) => extract(article(text, '2024-01-15', lang), pack).tallies.map((t) => [t.count, t.speaker]);
  assert.deepEqual(speakers('Les forces américaines ont été attaquées au moins 66 fois en Irak et en Syrie depuis le 17 octobre, selon le Pentagone.', 'fr'), [[66, 'Pentagone']]);
  assert.deepEqual(speakers('Las fuerzas estadounidenses han sufrido más de 150 ataques desde el 17 de octubre, según el Pentágono.', 'es'), [[150, 'Pentágono']]);
  // "The number of attacks on the American forces in Iraq and Syria since 17 October reached 140 attacks, according to the Pentagon."
  assert.deepEqual(speakers('وبلغ عدد الهجمات على القوات الأمريكية في العراق وسوريا منذ 17 أكتوبر 140 هجوما، بحسب البنتاغون.', 'ar'), [[140, 'البنتاغون']]);
});

test('a running total reads its period as any count does: "since the start of the war in Gaza", "this year", "in the past month"', () => {
  const counts = (text: string) => extract(article(text, '2024-02-10'), pack).tallies.map((t) => [t.count, t.since]);
  assert.deepEqual(counts('That brought the number of attacks on US forces since the start of the war in Gaza to 160.'), [[160, '2023-10-07']]);
  assert.deepEqual(counts('That brings the total number of attacks on US forces this year to 40.'), [[40, '2024-01-01']]);
  assert.deepEqual(counts('The attack brought the number of attacks on US forces in the past month to 40.'), [[40, '2024-01-10']]);
});

test('Russian: "более чем 165 атакам" is more than 165; "более 30 получили ранения" counts the wounded, no attacks', () => {
  const tallies = (text: string) => extract(article(text, '2024-01-31', 'ru'), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(tallies('Пентагон сообщал, что американские военные в Ираке и Сирии подверглись более чем 165 атакам.'), [[165, 'more_than']]);
  assert.deepEqual(tallies('Трое американских военнослужащих погибли и более 30 получили ранения в результате атаки беспилотника на базу "Башня 22" в Иордании в воскресенье.'), []);
  assert.deepEqual(
    extract(article('Трое американских военнослужащих погибли и более 30 получили ранения в результате атаки беспилотника на базу "Башня 22" в Иордании в воскресенье.', '2024-01-29', 'ru'), pack).mentions.map((m) => [m.site, m.killed, m.injured]),
    [['Tower 22', 3, 30]],
  );
});

test('Russian "с 17 октября" (from October 17) opens the period a count runs over; "с" elsewhere does not', () => {
  const periods = (text: string) => extract(article(text, '2023-11-20', 'ru'), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  assert.deepEqual(periods('Проиранские группировки атаковали американские базы в Ираке и Сирии не менее 60 раз с 17 октября, заявил Пентагон.'), [[60, 'at_least', '2023-10-17']]);
  assert.deepEqual(periods('С 17 октября американские военные в Ираке и Сирии подверглись нападениям более 60 раз, заявил Пентагон.'), [[60, 'more_than', '2023-10-17']]);
  // "with drones on October 17": the day of one attack, no period.
  assert.deepEqual(periods('Американские базы в Ираке и Сирии атакованы не менее 60 раз, в том числе с беспилотников 17 октября.'), [[60, 'at_least', null]]);
});

test('counts in other languages: from the start of the war ("dall\'inizio della guerra", "desde o início da guerra"), "sejak Oktober 2023", "تجاوز عددها 50"', () => {
  const read = (text: string, lang: string) => extract(article(text, '2024-01-12', lang), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  assert.deepEqual(read("Dall'inizio della guerra a Gaza le basi che ospitano truppe Usa in Iraq e Siria sono state prese di mira oltre 130 volte.", 'it'), [[130, 'more_than', '2023-10-07']]);
  assert.deepEqual(read('Desde o início da guerra em Gaza, as bases americanas foram atacadas mais de 130 vezes.', 'pt'), [[130, 'more_than', '2023-10-07']]);
  assert.deepEqual(read('Sejak Oktober 2023, milisi-milisi pro-Iran telah melancarkan lebih dari 130 serangan terhadap pasukan AS di Irak dan Suriah.', 'id'), [[130, 'more_than', '2023-10-01']]);
  // "… attacks, whose number exceeded 50 attacks since 17 October."
  assert.deepEqual(read('تتعرض القواعد الأمريكية في العراق وسوريا لهجمات متكررة، حيث تجاوز عددها 50 هجوماً منذ 17 تشرين الأول الماضي.', 'ar'), [[50, 'more_than', '2023-10-17']]);
});
