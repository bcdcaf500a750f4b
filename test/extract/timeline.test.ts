import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { article } from './helpers.js';

const pack = loadPack();
const read = (text: string) => extract(article(text, '2023-10-30'), pack).mentions.map((m) => [m.site, m.date]);

test('the day that heads a line of a timeline dates every incident the line tells', () => {
  const timeline = [
    'Timeline: attacks on US forces',
    '',
    'Oct. 17: Drones targeted Ain al-Asad air base; one was shot down. Another drone was downed near Harir air base.',
    '18 October 2023 – Two drones attacked al-Tanf garrison. A rocket attack hit the Conoco gas field.',
    '- Oct. 19: Rockets were fired at Ain al-Asad. A second attack targeted the Harir base.',
  ].join('\n');
  assert.deepEqual(read(timeline), [
    ['Ain al-Asad Air Base', '2023-10-17'],
    ['Harir Air Base', '2023-10-17'],
    ['Al-Tanf Garrison', '2023-10-18'],
    ['Conoco gas field', '2023-10-18'],
    ['Ain al-Asad Air Base', '2023-10-19'],
    ['Harir Air Base', '2023-10-19'],
  ]);
});

test('a day inside a sentence heads nothing: the next sentence keeps its own date, or none', () => {
  const story = 'Drones targeted Ain al-Asad air base on Oct. 17: one was shot down. Another drone was downed near Harir air base.';
  assert.deepEqual(read(story), [
    ['Ain al-Asad Air Base', '2023-10-17'],
    ['Harir Air Base', null],
  ]);
});

test('a line of a timeline is a paragraph of its own, even run on after a full stop', () => {
  const text = 'Oct. 17: Drones targeted Ain al-Asad.\nOct. 18: Two drones attacked al-Tanf.\nThe Pentagon said no one was hurt.';
  const paragraphs = splitSentences(text, 'en').map((s) => s.paragraph);
  assert.deepEqual(paragraphs, [0, 1, 1]);
});

test('"Nov. 22: US jets struck …, in response to the attack on al-Tanf": the line\'s day dates its strike, not the cause it names', () => {
  const m = extract(article('Timeline: attacks on US forces\n\nHere is a look at recent incidents.\n\nNov. 22: U.S. fighter jets struck a weapons depot near Abu Kamal used by Kataib Hezbollah, in response to the attack on al-Tanf.', '2023-11-23', 'en'), loadPack()).mentions;
  assert.deepEqual(m.map((x) => [x.kind, x.site, x.date]), [
    ['strike', 'Abu Kamal (US strike area)', '2023-11-22'],
    ['attack', 'Al-Tanf Garrison', null],
  ]);
});
