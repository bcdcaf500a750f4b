import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const read = (text: string, published: string | null = '2024-01-10') =>
  extract(article(text, published), pack).mentions.map((m) => ({ site: m.site ?? m.place, date: m.date, injured: m.injured, outcome: m.outcome }));

const LEAD = 'Rockets struck Ain al-Asad air base in western Iraq on Monday, officials said.';

test('"It came a day after a drone attack on al-Tanf": the other attack is a day before the one told, and the toll after it is of the one told', () => {
  assert.deepEqual(read(`${LEAD} It came a day after a drone attack on al-Tanf garrison. Five US personnel were injured in the attack, a spokesman said.`), [
    { site: 'Ain al-Asad Air Base', date: '2024-01-08', injured: 5, outcome: 'impact' },
    { site: 'Al-Tanf Garrison', date: '2024-01-07', injured: null, outcome: 'unknown' },
  ]);
  assert.deepEqual(read(`${LEAD} The attack came two days after a drone attack on al-Tanf garrison.`).map((m) => m.date), ['2024-01-08', '2024-01-06']);
});

test('"The attack came after drones targeted al-Tanf on Sunday": the sentence after it goes on about the attack it relates', () => {
  assert.deepEqual(read(`${LEAD} The attack came after drones targeted al-Tanf garrison on Sunday. Five US personnel were injured, officials said.`), [
    { site: 'Ain al-Asad Air Base', date: '2024-01-08', injured: 5, outcome: 'impact' },
    { site: 'Al-Tanf Garrison', date: '2024-01-07', injured: null, outcome: 'unknown' },
  ]);
});

test('"It was the latest in a series of attacks, including one on al-Tanf": the example is background, what follows is of the attack told', () => {
  assert.deepEqual(
    read(`${LEAD} It was the latest in a series of attacks on US forces, including one on al-Tanf garrison on Sunday. Five US personnel were injured in the attack, officials said.`),
    [
      { site: 'Ain al-Asad Air Base', date: '2024-01-08', injured: 5, outcome: 'impact' },
      { site: 'Al-Tanf Garrison', date: '2024-01-07', injured: null, outcome: 'unknown' },
    ],
  );
  // Even after a sentence about something else, and with the series' places named as a list.
  assert.deepEqual(
    read(
      `${LEAD} Tensions in the region have risen since the war in Gaza began. This latest attack is one more in a long line of assaults on US bases in Iraq and Syria, including one at a small US outpost in eastern Syria.\nAt least four people were hurt in the attack, according to preliminary reports.`,
      null,
    )
      .filter((m) => m.injured !== null)
      .map((m) => [m.site, m.injured]),
    [['Ain al-Asad Air Base', 4]],
  );
});

test('without a sentence that relates them, the toll after a second attack is still that attack\'s', () => {
  assert.deepEqual(
    read(`${LEAD} Separately, drones targeted al-Tanf garrison on Sunday. Five US personnel were injured in the attack, officials said.`).map((m) => [m.site, m.injured]),
    [
      ['Ain al-Asad Air Base', null],
      ['Al-Tanf Garrison', 5],
    ],
  );
});
