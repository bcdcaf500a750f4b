import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArticle, normalizeForHash, shingleSignature, similarity, textHash } from '../../src/ingest/index.js';

const WIRE =
  'Two rockets struck near the airfield late on Monday, a security source said. Nobody was hurt and the damage was limited to a storage shed, the source added. ' +
  'It was the third such incident this month. Officials said an investigation had been opened and that patrols around the perimeter would be stepped up in the coming days.';

test('normalizeForHash folds case, width, punctuation variants and whitespace', () => {
  assert.equal(normalizeForHash('  “Rockets”  HIT\tthe base — again…\n'), 'rockets hit the base again');
  assert.equal(normalizeForHash('ＲＯＣＫＥＴＳ'), 'rockets');
  assert.equal(normalizeForHash("it's"), normalizeForHash('it’s'));
});

/** The definition the stored hashes were made with: a store keeps its identities only while this holds. */
const reference = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();

test('normalizeForHash gives the string the stored hashes were made from, for every character', () => {
  // Every code point (lone surrogates too), between letters, doubled and at both ends of a text.
  for (let first = 0; first <= 0x10ffff; first += 256) {
    const characters: string[] = [];
    for (let code = first; code < first + 256; code++) characters.push(String.fromCodePoint(code));
    const text = characters.map((c) => `${c}a${c}${c} b`).join(characters[0]!);
    assert.equal(normalizeForHash(text), reference(text), `code points from U+${first.toString(16)}`);
  }
  for (const text of ['', ' ', '—', ' a ', '\ud800', 'x\udc00y', '\ud83d\ude00!a', 'a\u3000\u00a0b', '\uff01Ａ\ufe50', 'İstanbul ǅ']) {
    assert.equal(normalizeForHash(text), reference(text), JSON.stringify(text));
  }
});

test('the same article with different spacing or quotes has the same hash and id', () => {
  const a = buildArticle({ origin: 'a', text: 'He said: "Rockets hit the base."\n\nNo one was hurt.' });
  const b = buildArticle({ origin: 'b', text: 'He said:  “Rockets hit the base.” No one was hurt. ' });
  assert.ok(a.ok && b.ok);
  assert.equal(a.article.hash, b.article.hash);
  assert.equal(a.article.id, b.article.id);
  assert.equal(a.article.id, a.article.hash.slice(0, 12));
  assert.match(a.article.hash, /^[0-9a-f]{64}$/);
  assert.notEqual(textHash('Rockets hit the base.'), textHash('Rockets missed the base.'));
});

test('a given id wins over the hash', () => {
  const item = buildArticle({ origin: 'x:1', id: 'a001', text: 'Some text here.' });
  assert.ok(item.ok);
  assert.equal(item.article.id, 'a001');
});

test('syndicated copies are near-duplicates; unrelated texts are not', () => {
  const copy = `${WIRE.replace('late on Monday', 'late Monday')} Reporting by the wire desk.`;
  const other =
    'The city council approved a new budget for road repairs on Tuesday after a long debate, and the mayor promised that the work would begin in the spring once the tenders are complete.';
  const signature = shingleSignature(WIRE);
  assert.equal(signature, shingleSignature(WIRE), 'deterministic');
  assert.equal(signature.length, 32 * 8);
  assert.equal(similarity(signature, shingleSignature(WIRE.toUpperCase())), 1);
  assert.ok(similarity(signature, shingleSignature(copy)) >= 0.5, 'a lightly edited copy');
  assert.ok(similarity(signature, shingleSignature(other)) < 0.1, 'an unrelated text');
  assert.equal(shingleSignature('   '), '');
  assert.equal(similarity('', signature), 0);
});
