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
