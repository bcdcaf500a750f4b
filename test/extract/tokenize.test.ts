import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LexiconIndex, TermMatcher, keepNamesWhole, tokenize } from '../../src/extract/terms.js';
import { seeded } from './helpers.js';

/** What a word is: the expression the tokenizer reads by hand. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`´](?!s(?![\p{L}\p{N}]))[\p{L}\p{M}]+)*/gu;
const ELISION = /^(?:[dlmnstcj]|qu|dell|all|nell|sull)['’ʼ]/i;

/** An Arabic preposition or conjunction joined to a word of three letters or more. */
const PROCLITIC = /^[وبلفك](?=[\u0621-\u064a]{3})/;

/** Where each word of the expression starts (after an elision or a joined preposition) and ends. */
function wordSpans(text: string): [number, number][] {
  return [...text.matchAll(WORD)].flatMap((m): [number, number][] => {
    const elided = ELISION.exec(m[0])?.[0].length ?? 0;
    if (elided >= m[0].length) return [];
    const joined = PROCLITIC.test(m[0].slice(elided)) ? 1 : 0;
    return [[m.index + elided + joined, m.index + m[0].length]];
  });
}

test('words are cut where the word expression cuts them', () => {
  const texts = [
    "Kata'ib Hezbollah's drones hit al-Asad's runway; the U.S.-led coalition's 2nd base.",
    "L'ambassade d'Aïn al-Asad, dell'Iraq; qu'il; Kataʼib; rock`n`roll; it´s; x's1; 'quoted' words'",
    'والتنف بالتنف مطار ٣ صواريخ؛ Сирия, 𝐀𝐁𝐂 e\u0301te 😀 ²³ Ⅻ',
  ];
  const pieces = ['a', 'B', 's', '1', 'é', 'e\u0301', ' ', "'", '’', 'ʼ', '`', '´', '-', 'd', 'l', 'qu', 'ب', '𝐀', '\ud800', '.'];
  const next = seeded(3);
  for (let k = 0; k < 5000; k++) {
    let text = '';
    for (let i = 0; i < 1 + (k % 12); i++) text += pieces[next(pieces.length)];
    texts.push(text);
  }
  for (const text of texts) assert.deepEqual(tokenize(text).map((t) => [t.start, t.end]), wordSpans(text), JSON.stringify(text));
});

test('words fold case, accents and apostrophes, and Arabic joined prepositions', () => {
  assert.deepEqual(
    tokenize("KATA'IB Ḥezbollah d'Aïn والتنف").map((t) => t.folded),
    ['kataib', 'hezbollah', 'ain', 'التنف'],
  );
});

test('a term of two or three capitals is an acronym, found only as written; other terms in any case', () => {
  const matcher = new TermMatcher<string>([
    ['defender', 'US'],
    ['defender', 'AS'],
    ['defender', 'American forces'],
  ]);
  const found = (text: string) => matcher.find(text).map((h) => h.text);
  assert.deepEqual(found('US forces struck as planned, the official told us.'), ['US']);
  assert.deepEqual(found('Pasukan AS menyerang. american forces were there.'), ['AS', 'american forces']);
});

test('a word is read the same each time it is met, and anew once more names are kept whole', () => {
  const text = "وصلوا بغداد. بغداد l'Irak, l'Irak";
  const first = text.indexOf('بغداد');
  const second = text.indexOf('بغداد', first + 1);
  const iraq = [text.indexOf('Irak'), text.lastIndexOf('Irak')];
  const read = () => tokenize(text).slice(1).map((t) => [t.folded, t.start]);
  const expected = (baghdad: string, skip: number) => [[baghdad, first + skip], [baghdad, second + skip], ['irak', iraq[0]], ['irak', iraq[1]]];
  // "ب" (in) joined to "غداد", until Baghdad is a name kept whole.
  assert.deepEqual(read(), expected('غداد', 1));
  assert.deepEqual(read(), expected('غداد', 1));
  keepNamesWhole(['بغداد']);
  assert.deepEqual(read(), expected('بغداد', 0));
});

test('lexicons sharing a trie each find their own longest terms, through words at any depth and stems after the first word', () => {
  const places = new TermMatcher<string>([
    ['base', 'al Asad'],
    ['base', 'Ain al Asad air base'],
    ['town', 'Ain'],
  ]);
  const cues = new TermMatcher<string>([
    ['attack', 'air strike*'],
    ['attack', 'drone attack'],
    ['claim', 'al Asad claimed'],
  ]);
  new LexiconIndex([places, cues]);
  const text = 'Air strikes near Ain al Asad air base; a drone attack on al Asad claimed no one, Ain said.';
  assert.deepEqual(places.find(text).map((h) => [h.key, h.text]), [['base', 'Ain al Asad air base'], ['base', 'al Asad'], ['town', 'Ain']]);
  assert.deepEqual(cues.find(text).map((h) => [h.key, h.text]), [['attack', 'Air strikes'], ['attack', 'drone attack'], ['claim', 'al Asad claimed']]);
});

test('terms are still found after the table of words forgets them all, when their words are met in another order', () => {
  const matcher = new TermMatcher<string>([['base', 'Ain al Asad air base']]);
  new LexiconIndex([matcher]);
  // More words than the table keeps: the next text read starts a new table, its words numbered anew in their order.
  const fillTable = (k: number) => tokenize(Array.from({ length: 70000 }, (_, w) => `w${k}x${w}`).join(' '));
  fillTable(1);
  assert.deepEqual(matcher.find('Ain base, Ain air, Ain Asad, Ain al').map((h) => h.text), []);
  fillTable(2);
  assert.deepEqual(matcher.find('Ain al Asad air base').map((h) => h.text), ['Ain al Asad air base']);
});

test('of the terms one word is, the one listed last is kept (a stem listed before); an acronym only as written; a longer term over both', () => {
  const cues = new TermMatcher<string>([
    ['stem', 'strike*'],
    ['word', 'strikes'],
    ['word', 'us'],
    ['acronym', 'US'],
    ['longer', 'strikes on US'],
  ]);
  const acronymFirst = new TermMatcher<string>([
    ['acronym', 'US'],
    ['word', 'us'],
    ['stem', 'us*'],
  ]);
  new LexiconIndex([cues, acronymFirst]);
  const found = (matcher: TermMatcher<string>, text: string) => matcher.find(text).map((h) => [h.key, h.text]);
  // "strikes" is both a stem's word and a whole term: the whole term, listed after the stem, is kept; "striker" only starts with the stem.
  assert.deepEqual(found(cues, 'The strikes hit; a striker left.'), [['word', 'strikes'], ['stem', 'striker']]);
  // "US" as written is the acronym, listed after the word "us" of any case; "us" in small letters is the word only.
  assert.deepEqual(found(cues, 'US planes flew over us.'), [['acronym', 'US'], ['word', 'us']]);
  assert.deepEqual(found(cues, 'Strikes on US bases, strikes at us.'), [['longer', 'Strikes on US'], ['word', 'strikes'], ['word', 'us']]);
  // Listed the other way round, the word of any case is kept over the acronym, and the stem's words come first.
  assert.deepEqual(found(acronymFirst, 'US planes flew over us; the usual.'), [['word', 'US'], ['word', 'us'], ['stem', 'usual']]);
});
