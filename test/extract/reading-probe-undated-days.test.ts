import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { findDates } from '../../src/extract/dates.js';
import { article } from './helpers.js';

const pack = loadPack();
const days = (text: string, published: string | null, lang = 'en') =>
  extract(article(text, published, lang), pack).mentions.map((m) => [m.country, m.date, m.date_precision, m.day_label ?? null]);
const spans = (text: string, published: string | null) => extract(article(text, published), pack).tallies.map((t) => [t.count, t.since, t.until]);

test('a month named without its year, in an undated article, labels the incident with its month', () => {
  const since = 'The June 3 drone strike was the first American strike in Syria since March, when U.S. jets bombed several militia depots in Iraq.';
  assert.deepEqual(days(since, null).at(-1), ['IQ', null, 'unknown', 'm03']);
  // A dated article gives the month its year, as before.
  assert.deepEqual(days(since, '2024-06-05').at(-1), ['IQ', '2024-03-01', 'month', null]);
  assert.deepEqual(days('In March, rockets hit the Harir air base in northern Iraq.', null), [['IQ', null, 'unknown', 'm03']]);
  // The month's own words in the languages read with the day alone.
  assert.deepEqual(days('En mars, des roquettes ont frappé la base aérienne de Harir, en Irak.', null, 'fr').map((d) => d[3]), ['m03']);
  assert.deepEqual(days('Im März griffen Milizen den Stützpunkt Harir im Irak mit Raketen an.', null, 'de').map((d) => d[3]), ['m03']);
  assert.deepEqual(days('En marzo, cohetes impactaron la base aérea de Harir, en Irak.', null, 'es').map((d) => d[3]), ['m03']);
});

test('an incident told by its month, then by a day of that month, is one incident with the day; by a day of another month, two', () => {
  assert.deepEqual(days('In June, U.S. jets struck militia sites in Syria. On June 4, U.S. jets bombed militia depots in Syria.', null), [['SY', null, 'unknown', '06-04']]);
  assert.deepEqual(days('In July, U.S. jets struck militia sites in Syria. On June 4, U.S. jets bombed militia depots in Syria.', null).map((d) => d[3]), ['m07', '06-04']);
});

test('"last month" in an undated article names no month, nor a month of the year 2000', () => {
  const read = findDates('Last month, rockets hit the Harir air base.', 0, 43, 'en', null);
  assert.deepEqual(read.map((d) => [d.date, d.month]), [[null, undefined]]);
  assert.deepEqual(days('Last month, rockets hit the Harir air base in northern Iraq.', null), [['IQ', null, 'unknown', null]]);
  assert.deepEqual(days('Last month, rockets hit the Harir air base in northern Iraq.', '2024-06-05'), [['IQ', '2024-05-01', 'month', null]]);
});

test('a day of the month a clause names still labels it over a month it also names', () => {
  assert.deepEqual(days('In March, rockets hit the Harir air base in northern Iraq on March 9.', null).map((d) => d[3]), ['03-09']);
});

test('"Nov. 2-Dec. 9" is a range in an undated article too: both its days, and no one day of an incident', () => {
  for (const text of ['between Nov. 2-Dec. 9', 'between November 2–December 9', 'between Nov. 2 - Dec. 9']) {
    const [d] = findDates(text, 0, text.length, 'en', null);
    assert.deepEqual([d?.monthDay, d?.monthDayEnd, d?.form], ['11-02', '12-09', 'period'], text);
  }
  // A hyphen between a day and another month's day is the range's, not a day of 2017 ("17-Nov. 17").
  for (const published of [null, '2023-12-12']) {
    const [d] = findDates('between Oct. 17-Nov. 17', 0, 23, 'en', published);
    assert.deepEqual([d?.date, d?.dateEnd, d?.monthDay, d?.monthDayEnd], published ? ['2023-10-17', '2023-11-17', undefined, undefined] : [null, null, '10-17', '11-17']);
  }
  // Two days running are a night's, told by its first day still.
  const [night] = findDates('on Nov. 21-22', 0, 13, 'en', null);
  assert.deepEqual([night?.monthDay, night?.form], ['11-21', 'absolute']);
});

test('a count "between Nov. 2-Dec. 9" runs over both days, dated or not', () => {
  const text = 'A defense official said that between Nov. 2-Dec. 9, American forces in Iraq and Syria were attacked at least 55 times.';
  assert.deepEqual(spans(text, null), [[55, '2023-11-02', '2023-12-09']]);
  assert.deepEqual(spans(text, '2023-12-11'), [[55, '2023-11-02', '2023-12-09']]);
  assert.deepEqual(spans(text.replace('Nov. 2-Dec. 9', 'November 2–December 9'), null), [[55, '2023-11-02', '2023-12-09']]);
  assert.deepEqual(spans(text.replace('Nov. 2-Dec. 9', 'Nov. 2 - Dec. 9'), null), [[55, '2023-11-02', '2023-12-09']]);
  assert.deepEqual(spans(text.replace('Nov. 2-Dec. 9', 'Nov. 2-Dec. 19'), '2023-12-21'), [[55, '2023-11-02', '2023-12-19']]);
});

test('a group that announces on a weekday that it attacked, naming no day of the attack, dates the attack to that day', () => {
  const claim = 'The Islamic Resistance in Iraq, a coalition of Iran-backed factions, announced on Wednesday that it had struck the Harir air base with a drone.';
  assert.deepEqual(days(claim, null), [['IQ', null, 'unknown', 'w3']]);
  assert.deepEqual(days(claim, '2024-01-12'), [['IQ', '2024-01-10', 'day', null]]);
  assert.deepEqual(days('The group claimed on Wednesday that its fighters had targeted the Harir air base in Iraq with a drone.', null).map((d) => d[3]), ['w3']);
  assert.deepEqual(days('La Résistance islamique en Irak a annoncé mercredi avoir visé la base aérienne de Harir avec un drone.', null, 'fr').map((d) => d[3]), ['w3']);
  assert.deepEqual(days('La Resistencia Islámica en Irak anunció el miércoles que había atacado la base aérea de Harir con un dron.', null, 'es').map((d) => d[3]), ['w3']);
  // The group's name in quotation marks, as regional outlets print it, is still who speaks.
  const quoted = 'The "Islamic Resistance in Iraq" said on Wednesday that it had attacked the US base in Harir with two drones.';
  assert.deepEqual(days(quoted, null), [['IQ', null, 'unknown', 'w3']]);
  assert.deepEqual(days(quoted.replace(/"/g, '“').replace('“ said', '” said'), '2024-01-12'), [['IQ', '2024-01-10', 'day', null]]);
  assert.deepEqual(extract(article(quoted, null), pack).mentions.map((m) => [m.attacker, m.attribution]), [['Islamic Resistance in Iraq', 'claimed']]);
  // The attack's own day wins over the claim's.
  assert.deepEqual(days(claim.replace('with a drone.', 'with a drone on Tuesday.'), null).map((d) => d[3]), ['w2']);
  assert.deepEqual(days(claim.replace('with a drone.', 'with a drone on Tuesday.'), '2024-01-12').map((d) => d[1]), ['2024-01-09']);
});

test('a day on which officials, not the group, spoke does not date the attack', () => {
  assert.deepEqual(days('The Pentagon said on Wednesday that a drone had struck the Harir air base in Iraq.', null).map((d) => d[3]), [null]);
  assert.deepEqual(days('U.S. officials said on Wednesday that the Islamic Resistance in Iraq had claimed a drone attack on the Harir air base.', null).map((d) => d[3]), [null]);
});

test('an article whose date line gives only its month dates "Dec. 14" in that month\'s year, "Jan. 14" of a February story in the year it ends', () => {
  const inMonth = (text: string, month: string) => extract({ ...article(text, null), publishedMonth: month }, pack).mentions.map((m) => [m.site, m.date, m.day_label ?? null]);
  assert.deepEqual(inMonth('Rockets hit Ain al-Asad airbase on Dec. 14, wounding three US personnel.', '2023-12'), [['Ain al-Asad Air Base', '2023-12-14', null]]);
  assert.deepEqual(
    inMonth('The Jan. 28 drone attack on Tower 22 killed three U.S. soldiers. On Jan. 14, U.S. forces at Tower 22 shot down two drones before they reached the base.', '2024-02'),
    [
      ['Tower 22', '2024-01-28', null],
      ['Tower 22', '2024-01-14', null],
    ],
  );
  // A weekday still names no one day of the month.
  assert.deepEqual(inMonth('Rockets hit Ain al-Asad airbase on Tuesday, wounding three US personnel.', '2023-12'), [['Ain al-Asad Air Base', null, 'w2']]);
});
