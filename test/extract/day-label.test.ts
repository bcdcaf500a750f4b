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

test('a dated mention needs no day label, and an article naming no day gives none', () => {
  const dated = mentionsOf('A drone attacked US forces at Ain al-Asad air base on Tuesday.', '2024-01-11');
  assert.deepEqual(dated.map((m) => [m.date, m.day_label]), [['2024-01-09', undefined]]);
  const none = mentionsOf('A drone attacked US forces at Ain al-Asad air base.', null);
  assert.deepEqual(none.map((m) => [m.date, m.day_label]), [[null, undefined]]);
});
