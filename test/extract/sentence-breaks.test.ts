import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceEnds } from '../../src/extract/sentence-breaks.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { seeded } from './helpers.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmenterEnds = (text: string) => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

test('sentence ends are those of Intl.Segmenter on news prose', () => {
  const texts = [
    'U.S. forces were attacked at 6 p.m. Monday. No injuries were reported, officials said.',
    'He said: “The base was hit twice.” Then he left… Earlier, a drone fell near Erbil!',
    'Was it a drone? (Probably.) Three rockets, e.g. Katyushas, struck the base; one missed.',
    'The group — known as Kata’ib Hezbollah — claimed it. At 3.5 km away, nothing was heard.\nA new line.\r\nAnother one.',
    'Le « drone » a été abattu. Причина неизвестна. وقال المتحدث إن القاعدة تعرضت لهجوم، مساء الأحد. Done.',
    'etc.) and more. Mr. Smith arrived. A.B. Corp. was fined.  "Yes," he said.\u00a0 Fine.',
  ];
  for (const text of texts) assert.deepEqual(sentenceEnds(text), segmenterEnds(text), text);
});

test('sentence ends agree with Intl.Segmenter on strings built from every kind of character', () => {
  const pieces = [' ', '.', '!', '?', ',', ';', '-', '—', '"', '’', '(', ')', 'a', 'B', 'é', 'Ж', 'ب', '7', '#', '\n', '\r', '\t', '\u00a0', 'e.g.', 'U.S.', '...'];
  const next = seeded(42);
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    for (let i = 0, n = 1 + (k % 18); i < n; i++) text += pieces[next(pieces.length)];
    assert.deepEqual(sentenceEnds(text), segmenterEnds(text), JSON.stringify(text));
  }
});

test('text with characters whose sentence rules are not covered is left to Intl.Segmenter', () => {
  assert.equal(sentenceEnds('A combining acute: e\u0301. Next.'), null);
  assert.equal(sentenceEnds('Greek: Τι; Next.'), null);
});

test('a sentence goes on after a title or an abbreviated month', () => {
  const text = 'Brig. Gen. Pat Ryder said the U.S. base was hit on Sept. 3.  \nOfficials in Washington confirmed it. No. 5 was not.';
  assert.deepEqual(
    splitSentences(text, 'en').map((s) => text.slice(s.start, s.end)),
    ['Brig. Gen. Pat Ryder said the U.S. base was hit on Sept. 3.', 'Officials in Washington confirmed it.', 'No. 5 was not.'],
  );
});

test('an abbreviation before spaces of any kind lets the sentence go on; a sentence ended by other punctuation ends', () => {
  const text = 'Officials met Gen.\u00a0\u2003Hale at the base on Oct.\u3000 4. Who fired? Nobody said!\u00a0 Dr. Reyes left.';
  assert.deepEqual(
    splitSentences(text, 'en').map((s) => text.slice(s.start, s.end)),
    ['Officials met Gen.\u00a0\u2003Hale at the base on Oct.\u3000 4.', 'Who fired?', 'Nobody said!', 'Dr. Reyes left.'],
  );
});

test('a middle initial ("Patrick S. Ryder") ends no sentence; a letter that closes one before a new sentence does', () => {
  const text = 'Brig. Gen. Walter J. Hale said the base was hit. The drones came from Sector B. They struck at dawn.';
  assert.deepEqual(
    splitSentences(text, 'en').map((s) => text.slice(s.start, s.end).trim()),
    ['Brig. Gen. Walter J. Hale said the base was hit.', 'The drones came from Sector B.', 'They struck at dawn.'],
  );
});

test('a time of day that opens a sentence stays with it; one that closes a sentence ends it', () => {
  const text = 'At 9:40 p.m. US aircraft hit a truck near Qaim. The rockets landed at 2 a.m. Nobody was hurt.';
  assert.deepEqual(
    splitSentences(text, 'en').map((s) => text.slice(s.start, s.end)),
    ['At 9:40 p.m. US aircraft hit a truck near Qaim.', 'The rockets landed at 2 a.m.', 'Nobody was hurt.'],
  );
});

test('a dash that opens a sentence after a full stop starts a new sentence; a dash inside one does not', () => {
  const text = 'Das Pentagon warnte vor weiteren Angriffen. – Bei dem Angriff auf Ain al-Asad wurden vier Soldaten verletzt. The group – an umbrella front – claimed it.';
  assert.deepEqual(
    splitSentences(text, 'de').map((s) => text.slice(s.start, s.end)),
    ['Das Pentagon warnte vor weiteren Angriffen.', '– Bei dem Angriff auf Ain al-Asad wurden vier Soldaten verletzt.', 'The group – an umbrella front – claimed it.'],
  );
});
