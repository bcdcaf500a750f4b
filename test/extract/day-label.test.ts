import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, published: string | null, lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('an undated article keeps the day it names: the weekday, or the month and day without a year', () => {
  const weekday = mentionsOf('A drone attacked US forces at Ain al-Asad air base on Tuesday.', null);
  assert.deepEqual(weekday.map((m) => [m.date, m.day_label]), [[null, 'w2']]);
  const monthDay = mentionsOf('Two drones targeted the al-Tanf base on October 18.', null);
  assert.deepEqual(monthDay.map((m) => [m.date, m.day_label]), [[null, '10-18']]);
  const arabic = mentionsOf('أفاد مصدر أمني، أمس الاثنين، باستهداف قاعدة عين الأسد الجوية بطائرة مسيرة.', null, 'ar');
  assert.deepEqual(arabic.map((m) => [m.date, m.day_label]), [[null, 'w1']], '"yesterday, Monday" names Monday');
});

test('late on a weekday, the label says so: reports of a night attack may give the next day', () => {
  const label = (text: string, lang = 'en') => mentionsOf(text, null, lang).map((m) => m.day_label);
  assert.deepEqual(label('An explosion rocked the coalition base at Baghdad International Airport late Tuesday night.'), ['w2+']);
  assert.deepEqual(label('Rockets struck the Ain al-Asad air base on Tuesday evening.'), ['w2+']);
  assert.deepEqual(label('Une attaque de drone a visé mardi soir la base d’Aïn al-Assad en Irak.', 'fr'), ['w2+']);
  assert.deepEqual(label('Rockets struck the Ain al-Asad air base on Tuesday, and later the drones came.'), ['w2']);
  // "Monday evening" in Arabic.
  assert.deepEqual(label('سقطت صواريخ على قاعدة عين الأسد مساء الاثنين.', 'ar'), ['w1+']);
});

test('early on a weekday, the label says so too: reports of a night attack may give the day before', () => {
  const label = (text: string, lang = 'en') => mentionsOf(text, null, lang).map((m) => m.day_label);
  assert.deepEqual(label('Rockets struck the Ain al-Asad air base early on Wednesday.'), ['w3-']);
  assert.deepEqual(label('US jets struck three Kataib Hezbollah sites in Iraq in the early hours of Wednesday.'), ['w3-']);
  // "US forces launched air strikes at dawn on Tuesday on three sites of Kataib Hezbollah in Iraq."
  assert.deepEqual(label('شنت القوات الأمريكية فجر الثلاثاء غارات جوية على ثلاثة مواقع تابعة لكتائب حزب الله في العراق.', 'ar'), ['w2-']);
  // "The Ain al-Asad air base came under a drone attack on the night of Monday": Arabic counts a night to the day after it.
  assert.deepEqual(label('تعرضت قاعدة عين الأسد الجوية لهجوم بطائرة مسيرة ليلة الاثنين، بحسب مصدر أمني.', 'ar'), ['w1-']);
  assert.deepEqual(label('Rockets struck the Ain al-Asad air base on Wednesday morning.'), ['w3']);
});

test('a dated mention needs no day label, and an article naming no day gives none', () => {
  const dated = mentionsOf('A drone attacked US forces at Ain al-Asad air base on Tuesday.', '2024-01-11');
  assert.deepEqual(dated.map((m) => [m.date, m.day_label]), [['2024-01-09', undefined]]);
  const none = mentionsOf('A drone attacked US forces at Ain al-Asad air base.', null);
  assert.deepEqual(none.map((m) => [m.date, m.day_label]), [[null, undefined]]);
});

test('Indonesian dates: a day and month with or without the year, weekdays, yesterday', async () => {
  const { findDates } = await import('../../src/extract/dates.js');
  const read = (text: string, published: string | null) => findDates(text, 0, text.length, 'id', published).map((d) => [text.slice(d.start, d.end), d.date, d.precision]);
  assert.deepEqual(read('Pada tanggal 5 Agustus 2024, dua roket menghantam pangkalan itu.', null), [['5 Agustus 2024', '2024-08-05', 'day']]);
  assert.deepEqual(read('Serangan itu terjadi pada hari Senin.', '2024-08-07'), [['Senin', '2024-08-05', 'day']]);
  assert.deepEqual(read('Kemarin, pangkalan itu diserang; pada 3 Mei pangkalan lain.', '2024-08-07'), [['Kemarin', '2024-08-06', 'day'], ['3 Mei', '2024-05-03', 'day']]);
  assert.deepEqual(read('Minggu lalu dan hari Minggu.', '2024-08-07'), [['Minggu lalu', '2024-07-29', 'range'], ['hari Minggu', '2024-08-04', 'day']]);
  assert.deepEqual(read('Dua minggu setelah serangan itu.', '2024-08-07'), [], '"minggu" alone is a week, not Sunday');
  assert.deepEqual(read('Serangan pada 5 Meinung.', '2024-08-07'), [], 'a month name inside a word is no month');
});

test('Indonesian numeric dates are day first, and absorb the weekday before them', async () => {
  const { findDates } = await import('../../src/extract/dates.js');
  const read = (text: string) => findDates(text, 0, text.length, 'id', null).map((d) => [text.slice(d.start, d.end), d.date, d.precision]);
  assert.deepEqual(read('Serangan pada Kamis (4/1/2024) malam.'), [['4/1/2024', '2024-01-04', 'day']]);
  assert.deepEqual(read('Pada 13/2/2024 dan 31.12.2023.'), [['13/2/2024', '2024-02-13', 'day'], ['31.12.2023', '2023-12-31', 'day']]);
  assert.deepEqual(read('Nomor 4/13/2024.'), [], 'no thirteenth month');
});

test('"last weekend" and "the weekend" are the Saturday and Sunday before publication', async () => {
  const { findDates } = await import('../../src/extract/dates.js');
  const read = (text: string, published: string | null) => findDates(text, 0, text.length, 'en', published).map((d) => [d.date, d.dateEnd, d.precision]);
  assert.deepEqual(read('the attack last weekend', '2024-02-02'), [['2024-01-27', '2024-01-28', 'range']]);
  assert.deepEqual(read('after the weekend assault', '2024-01-29'), [['2024-01-27', '2024-01-28', 'range']]);
  assert.deepEqual(read('the attack last weekend', null), [[null, null, 'unknown']]);
});

test('the day a statement is made, after a place date line, is no label of the incident', () => {
  const [m] = mentionsOf('DAMASCUS, Syria (Example Press) – On Monday, the U.S. Central Command announced the killing of five militants near Kirkuk in a drone strike.', null);
  assert.deepEqual([m?.site, m?.date, m?.day_label], ['Kirkuk (US strike area)', null, undefined]);
});

test('an undated incident restated with its weekday ("Friday\'s attack") takes that weekday, unless one told on it already has it', () => {
  const text = 'A group calling itself the Islamic Resistance in Iraq said it attacked the Harir base with a drone.\n\nFriday\'s attack came a day after a US strike in Baghdad that killed a militia leader.';
  const mentions = mentionsOf(text, null);
  assert.deepEqual(mentions.map((m) => [m.kind, m.site ?? m.country, m.day_label]), [['attack', 'Harir Air Base', 'w5'], ['strike', 'IQ', 'w4']]);
  const lateFirst = mentionsOf('Rockets struck the Ain al-Asad air base late Monday.\n\nA drone also hit a US base in eastern Syria.\n\nNo group has claimed Monday\'s attack.', null);
  assert.deepEqual(lateFirst.map((m) => m.day_label ?? null), ['w1+', null]);
});

test('"Two days earlier" after an undated weekday counts from that weekday', () => {
  const labels = mentionsOf('On Wednesday, a drone targeted the US base near Rmelan, a military source said. Two days earlier, rockets fell near the Rmelan base, according to the source.', null).map((m) => [m.date, m.day_label, m.weapons]);
  assert.deepEqual(labels, [
    [null, 'w3', ['drone']],
    [null, 'w1', ['rocket']],
  ]);
});
