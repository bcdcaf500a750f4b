import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const periods = (text: string, published: string | null = '2023-11-10') => extract(article(text, published), pack).tallies.map((t) => [t.count, t.country, t.since, t.speaker]);

test('a breakdown by country in the sentence after a count shares its period and speaker; a count of its own does not', () => {
  assert.deepEqual(periods('US forces have been attacked at least 38 times since Oct. 17, the Pentagon said. Twenty of the attacks were in Iraq, and the other 18 were in Syria.'), [
    [38, null, '2023-10-17', 'Pentagon'],
    [20, 'IQ', '2023-10-17', 'Pentagon'],
    [18, 'SY', '2023-10-17', 'Pentagon'],
  ]);
  assert.deepEqual(periods('US forces have been attacked at least 38 times since Oct. 17, the Pentagon said. Separately, 12 attacks in Syria were reported last year.'), [
    [38, null, '2023-10-17', 'Pentagon'],
    [12, 'SY', null, null],
  ]);
});

test('"These attacks …, with 14 incidents in Iraq and nine in Syria": a breakdown that names the attacks again shares the count\'s period', () => {
  assert.deepEqual(periods('Since Oct. 17, US forces have been attacked at least 23 times, a defense official said. These attacks, mostly rockets and drones, targeted US interests in both countries, with 14 incidents in Iraq and nine at US bases in Syria.'), [
    [23, null, '2023-10-17', 'official'],
    [14, 'IQ', '2023-10-17', 'official'],
    [9, 'SY', '2023-10-17', 'official'],
  ]);
});

test('an article with no publication date: "since October 17" is the campaign\'s October 17', () => {
  assert.deepEqual(periods('US forces in Iraq and Syria have been attacked 66 times since October 17, the Pentagon said.', null), [[66, null, '2023-10-17', 'Pentagon']]);
  assert.deepEqual(periods('Since Feb. 4, militias have attacked US bases at least 12 times.', null), [[12, null, '2024-02-04', null]]);
});

test('each count runs from its own day: "76 times since Oct. 17, including two attacks since Wednesday"', () => {
  assert.deepEqual(periods('US troops in Iraq and Syria have been attacked 76 times since Oct. 17, including two attacks since Wednesday, a defense official said.', '2023-12-04'), [
    [76, null, '2023-10-17', 'official'],
    [2, null, '2023-11-29', 'official'],
  ]);
});

test('"since the war began in October": the campaign\'s first day, not the first of the month', () => {
  assert.deepEqual(periods('US forces have come under attack at least 100 times in Iraq and Syria since the Israel-Hamas war began in October.', '2023-12-26'), [[100, null, '2023-10-07', null]]);
});

test('an article with no publication date: "between October 17 and November 7" runs within the campaign, across a new year too', () => {
  const spans = (text: string) => extract(article(text, null), pack).tallies.map((t) => [t.count, t.since, t.until]);
  assert.deepEqual(spans('US forces have been attacked 40 times between October 17 and November 7, officials said.'), [[40, '2023-10-17', '2023-11-07']]);
  assert.deepEqual(spans('Between Dec. 20 and Jan. 5, US bases in Iraq were attacked 15 times.'), [[15, '2023-12-20', '2024-01-05']]);
});

test('"Since then" counts from the last day the sentence before named; "To date", from the day it says the attacks began', () => {
  assert.deepEqual(periods('The militias began firing on US bases after the October 17 blast at a Gaza hospital. Since then, about 60 attacks have targeted US forces in Iraq and Syria.', null), [
    [60, null, '2023-10-17', null],
  ]);
  assert.deepEqual(periods('It is the first serious injury in the attacks on US forces since they began on October 17. To date, there have been more than 90 attacks on US troops in the region.'), [
    [90, null, '2023-10-17', null],
  ]);
  assert.deepEqual(periods('Drones struck the base on Monday, officials said. Since then, five more attacks have targeted US forces in Iraq.'), [[5, 'IQ', '2023-11-06', null]], 'Monday before 10 November 2023');
  assert.deepEqual(periods('The militias began firing on US bases in October. So far, about 60 attacks have targeted US forces in Iraq and Syria.'), [[60, null, null, null]], '"So far" with no day the attacks began: no period');
  assert.deepEqual(periods('Drones struck the base on Monday, officials said. About 60 attacks have targeted US forces in Iraq and Syria.'), [[60, null, null, null]], 'no pointer back: no period');
});

test('"since October", "since the beginning of October" run from the first of the month; "since mid-October" from no day the text gives', () => {
  const since = (words: string) => periods(`US forces have faced at least 40 attacks ${words}, the Pentagon said.`, '2023-12-20')[0]?.[2];
  assert.equal(since('since October'), '2023-10-01');
  assert.equal(since('since the beginning of October'), '2023-10-01');
  assert.equal(since('since early November'), '2023-11-01');
  assert.equal(since('since mid-October'), null);
  assert.equal(since('since the Israel-Hamas war began in October'), '2023-10-07', 'the war began on the campaign\'s first day');
});

test('"in the past 96 days" counts back from the day the article came out, before a later "since" of another clause', () => {
  assert.deepEqual(periods('The rocket attack marks the 150th attack on US forces in Syria and Iraq in the past 90 days, escalating since October 7 when the war began.', '2024-01-15'), [
    [150, null, '2023-10-17', null],
  ]);
  assert.deepEqual(periods('US forces have been attacked 30 times over the last two weeks, officials said.', '2024-01-15'), [[30, null, '2024-01-01', 'officials']]);
  assert.deepEqual(periods('US forces have been attacked 30 times over the last two weeks, officials said.', null), [[30, null, null, 'officials']], 'no publication, no day to count back from');
});

test('"since the start of the “Israeli” war on Gaza": quoted words between the start and the war still name the campaign', () => {
  assert.deepEqual(periods('US forces in Iraq and Syria have come under attack more than 150 times since the start of the “Zionist” regime’s war on the besieged Gaza Strip.', '2024-01-20'), [
    [150, null, '2023-10-07', null],
  ]);
});

test('an undated article whose count runs to a day "to date" was written that day: its weekdays are of that week', () => {
  const dated = (text: string) => extract(article(text, null), pack).mentions.map((m) => [m.date, m.day_label ?? null]);
  const drones = 'Early Tuesday, two drones were shot down near the Erbil base.';
  assert.deepEqual(dated(`${drones} An official said that between October 17 and November 7, US forces have been attacked at least 40 times to date.`), [['2023-11-07', null]]);
  assert.equal(extract(article(`${drones} An official said that between October 17 and November 7, US forces have been attacked at least 40 times to date.`, null), pack).writtenOn, '2023-11-07');
  assert.deepEqual(dated(`${drones} An official said that between October 17 and November 7, US forces were attacked at least 40 times.`), [[null, 'w2-']], 'a past period: no day of writing');
  assert.deepEqual(dated(`${drones} An official said US forces have been attacked at least 40 times to date.`), [[null, 'w2-']], 'to date, but to no day');
});

test('a count told within a month ("only two incidents reported in April") runs over that month; a "since" of another clause does not take it', () => {
  assert.deepEqual(periods('After a truce since February, attacks on US bases in Iraq and Syria stopped, with only two incidents reported in April.', null), [
    [2, null, '2024-04-01', null],
  ]);
  const withUntil = (text: string, published: string | null) => extract(article(text, published), pack).tallies.map((t) => [t.since, t.until]);
  assert.deepEqual(withUntil('The militias launched 20 attacks on US bases in Iraq and Syria in November, officials said.', '2023-12-10'), [['2023-11-01', '2023-11-30']]);
  assert.deepEqual(withUntil('The militias launched 20 attacks on US bases in Iraq and Syria in November, officials said.', null), [['2023-11-01', '2023-11-30']], "undated: the campaign's November");
});

test('an undated article: "since October", "since the beginning of October" run from the campaign\'s first October; "since mid-October" from no day', () => {
  const since = (words: string) => periods(`US forces have faced at least 40 attacks ${words}, the Pentagon said.`, null)[0]?.[2];
  assert.equal(since('since October'), '2023-10-01');
  assert.equal(since('since the beginning of October'), '2023-10-01');
  assert.equal(since('since February'), '2024-02-01');
  assert.equal(since('since mid-October'), null);
});

test('"so far this year", "since the start of the year", "seit Jahresbeginn" run from the first day of the year the article came out in; "this month" from the first of its month', () => {
  const since = (text: string, published: string | null = '2024-02-12', lang = 'en') => extract(article(text, published, lang), pack).tallies.map((t) => [t.count, t.since]);
  assert.deepEqual(since('So far this year, US forces in Iraq and Syria have come under attack 12 times, the Pentagon said.'), [[12, '2024-01-01']]);
  assert.deepEqual(since('Since the beginning of the year, there have been 15 attacks on American troops, most of them in Syria.'), [[15, '2024-01-01']]);
  assert.deepEqual(since('Seit Jahresbeginn gab es mehr als 30 Angriffe auf US-Stützpunkte in Syrien.', '2024-02-12', 'de'), [[30, '2024-01-01']]);
  assert.deepEqual(since('En lo que va de año, las tropas de EEUU en Irak y Siria han sido atacadas al menos 20 veces.', '2024-02-12', 'es'), [[20, '2024-01-01']]);
  assert.deepEqual(since('Iran-aligned groups have claimed more than 60 attacks on US forces this month.', '2023-11-20'), [[60, '2023-11-01']]);
  assert.deepEqual(since('So far this year, US forces in Iraq and Syria have come under attack 12 times.', null), [[12, null]], 'no publication, no year');
  assert.deepEqual(since('US forces have been attacked 12 times, officials said, as this year’s budget talks began.'), [[12, null]], 'a year named, not counted from');
});

test('"in the past week", "over the past month" count back one week or month from the day the article came out, also when they open the sentence', () => {
  assert.deepEqual(periods('U.S. troops were attacked 19 times in the past week, a defense official said.', '2023-11-01'), [[19, null, '2023-10-25', 'official']]);
  assert.deepEqual(periods('Over the past month, militias have launched more than 60 attacks on US bases in Iraq and Syria.', '2023-11-17'), [[60, null, '2023-10-17', null]]);
  assert.deepEqual(periods('In the last three months, US forces have come under attack more than 150 times.', '2024-01-31'), [[150, null, '2023-10-31', null]]);
  assert.deepEqual(periods('US forces have been attacked 20 times in the past month.', '2024-03-31'), [[20, null, '2024-02-29', null]], 'a shorter month: its last day');
  assert.deepEqual(periods('In the past few weeks, US forces have come under attack more than 40 times.', '2023-11-17'), [[40, null, null, null]], 'no number of weeks');
  assert.deepEqual(periods('In the past week, officials said, US forces in Iraq and Syria have been attacked 66 times since Oct. 17.', '2023-11-17'), [[66, null, '2023-10-17', 'officials']], 'a day the count runs from comes first');
});

test('"since the start of the Al-Aqsa Flood battle", as the militias name the campaign, is its first day', () => {
  assert.deepEqual(periods('The Islamic Resistance in Iraq said it had carried out 150 operations against US forces since the start of the Al-Aqsa Flood battle.', '2024-01-25'), [
    [150, null, '2023-10-07', 'Islamic Resistance in Iraq'],
  ]);
  // "The Islamic Resistance in Iraq said it had carried out 150 operations against the American occupation forces since the start of the Al-Aqsa Flood battle."
  const arabic = extract(article('وقالت المقاومة الإسلامية في العراق إنها نفذت 150 عملية ضد قوات الاحتلال الأمريكي منذ بدء معركة طوفان الأقصى.', '2024-01-25', 'ar'), pack);
  assert.deepEqual(arabic.tallies.map((t) => [t.count, t.since, t.speaker]), [[150, '2023-10-07', 'Islamic Resistance in Iraq']]);
});

test('a count runs up to the day it was told ("Ryder said Thursday") or of the attack it ranks ("Saturday’s attack marks the 144th")', () => {
  const spans = (text: string, published: string) => extract(article(text, published), pack).tallies.map((t) => [t.count, t.since, t.until]);
  assert.deepEqual(spans('The Pentagon said Monday that there have been 55 attacks on US forces since Oct. 17.', '2023-11-14'), [[55, '2023-10-17', '2023-11-13']]);
  assert.deepEqual(spans('American troops have come under attack 16 times since Oct. 17, Ryder told reporters on Thursday.', '2023-10-27'), [[16, '2023-10-17', '2023-10-26']]);
  assert.deepEqual(spans('Saturday’s attack marks the 144th attack on U.S. forces in Iraq and Syria since Oct. 17.', '2024-01-22'), [[144, '2023-10-17', '2024-01-20']]);
  assert.deepEqual(spans('The drone strike on Tuesday was the 66th attack on U.S. forces since Oct. 17, according to the Pentagon.', '2023-11-16'), [[66, '2023-10-17', '2023-11-14']]);
  assert.deepEqual(spans('It was the 165th attack against US forces since Oct. 17, and the first since the Jan. 28 drone strike.', '2024-02-05'), [[165, '2023-10-17', null]], 'a day a count runs from is no end');
  assert.deepEqual(spans('US forces have been attacked 66 times since Oct. 17, the Pentagon said.', '2023-11-14'), [[66, '2023-10-17', null]], 'told on no day');
});

test('a breakdown set off by dashes after the day ("since Oct. 17 — 46 in Iraq and 46 in Syria —") keeps the day: 46 is no day of October', () => {
  assert.deepEqual(periods('There have been 92 attacks against US forces since Oct. 17 — 46 in Iraq and 46 in Syria — according to the Pentagon.', '2023-12-10'), [
    [92, null, '2023-10-17', 'Pentagon'],
    [46, 'IQ', '2023-10-17', 'Pentagon'],
    [46, 'SY', '2023-10-17', 'Pentagon'],
  ]);
});

test('a month that opens the sentence ("In January, militias conducted 40 attacks") is the period of its count', () => {
  const spans = (text: string, published: string | null, lang = 'en') => extract(article(text, published, lang), pack).tallies.map((t) => [t.count, t.since, t.until]);
  assert.deepEqual(spans('In January, Iran-backed militias conducted at least 40 attacks on US forces in Iraq and Syria.', '2024-02-05'), [[40, '2024-01-01', '2024-01-31']]);
  assert.deepEqual(spans('Im Januar gab es mindestens 40 Angriffe auf US-Truppen.', '2024-02-05', 'de'), [[40, '2024-01-01', '2024-01-31']]);
  assert.deepEqual(spans('In January, Iran-backed militias conducted at least 40 attacks on US forces in Iraq and Syria.', null), [[40, '2024-01-01', '2024-01-31']], "undated: the campaign's January");
  assert.deepEqual(spans('In November, US forces had been attacked 66 times since Oct. 17, officials said.', '2023-12-05'), [[66, '2023-10-17', null]], 'the day the count runs from');
});

test('"in the months following the Oct. 7 attack", "in the weeks after October 17": a count from that day', () => {
  assert.deepEqual(periods('In the weeks after October 17, militias launched more than 40 attacks on US forces.', '2024-04-22'), [[40, null, '2023-10-17', null]]);
  assert.deepEqual(periods('During the three months following the Oct. 7 Hamas attack, there were more than 150 attacks against US bases in Iraq and Syria.', '2024-04-22'), [
    [150, null, '2023-10-07', null],
  ]);
  assert.deepEqual(periods('Following the Oct. 17 blast, militias launched two attacks on US forces.', '2023-11-10'), [], 'what an incident followed: no period');
});
