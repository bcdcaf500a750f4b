import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/extract/numbers.js';
import { seeded } from './helpers.js';

const WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez';
/** What a number is: the expression findNumbers reads partly by hand. Digits may follow an Arabic "and", "by" or "to" (و ب ل) joined to them. */
const NUMBER = new RegExp(
  `(?:(?:(?<=(?<![\\p{L}\\p{N}])[وبل])|(?<![\\p{L}\\p{N}.,]))(?:\\d{1,3}(?:,\\d{3})+|\\d+)|(?<![\\p{L}\\p{N}.,])(?:${WORDS}))(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);

function expected(text: string, from: number, to: number): [string, number][] {
  const slice = text.slice(0, to);
  NUMBER.lastIndex = from;
  const found: [string, number][] = [];
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) found.push([m[0], m.index]);
  return found;
}

test('numbers are found where the number expression finds them', () => {
  const pieces = ['one', 'ONE', 'Six', 'ſix', 'fünf', 'FÜNF', 'seventeen', 'dos', 'tens', '1', '12', '1,000', '1,00', '3.5', ',', '.', ' ', '-', 'a', 'é', '٣', '𝐀', '𝟏', "'", 'و', 'ب', 'في'];
  const next = seeded(11);
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    for (let i = 0; i < 1 + (k % 10); i++) text += pieces[next(pieces.length)];
    const from = next(text.length + 1);
    const to = from + next(text.length - from + 1);
    const got = findNumbers(text, from, to).map((n): [string, number] => [text.slice(n.start, n.end), n.start]);
    // Words the expression matches but that read as no number ("ſix") are dropped.
    assert.deepEqual(got, expected(text, from, to).filter(([written]) => !written.includes('ſ')), JSON.stringify([text, from, to]));
  }
});

test('numbers are read in figures and in words', () => {
  const text = 'At least 1,200 troops, three bases and Zwei Drohnen; not 3.5 km, Tower 22 or twentyfive.';
  assert.deepEqual(findNumbers(text, 0, text.length).map((n) => n.value), [1200, 3, 2, 22]);
});

test('digits joined to an Arabic "and" are a number', () => {
  const text = 'تعرضت القوات الأمريكية إلى 12 هجوما في العراق و7 في سوريا';
  assert.deepEqual(findNumbers(text, 0, text.length).map((n) => n.value), [12, 7]);
});

test('Portuguese "dos EUA" (of the US) is no Spanish "dos" (two); "Dos soldados" still is', () => {
  const values = (text: string) => findNumbers(text, 0, text.length).map((n) => n.value);
  assert.deepEqual(values('Três militares dos EUA morreram e dezenas ficaram feridos.'), [3]);
  assert.deepEqual(values('Dos soldados estadounidenses murieron.'), [2]);
});
