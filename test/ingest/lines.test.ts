import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { linesOf } from '../../src/ingest/readers/lines.js';
import { articlesOf, problemsOf, readAll, scratchDir } from './helpers.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

const chunked = (chunks: (string | Buffer)[]) => Readable.from(chunks, { objectMode: true });

test('lines end at "\\n", "\\r\\n" and a lone "\\r", also across chunks; a last line without an end is kept unless empty', async () => {
  assert.deepEqual(await collect(linesOf(chunked(['one\ntwo\r\nthree\rfour']))), ['one', 'two', 'three', 'four']);
  assert.deepEqual(await collect(linesOf(chunked(['one\r', '\ntwo\n']))), ['one', 'two'], 'a "\\r\\n" cut in two ends one line');
  assert.deepEqual(await collect(linesOf(chunked(['on', 'e\n\n', 'two']))), ['one', '', 'two']);
  assert.deepEqual(await collect(linesOf(chunked(['\n']))), ['']);
  assert.deepEqual(await collect(linesOf(chunked([]))), []);
  const snowman = Buffer.from('café ☃\nnext\n');
  assert.deepEqual(await collect(linesOf(chunked([snowman.subarray(0, 4), snowman.subarray(4, 8), snowman.subarray(8)]))), ['café ☃', 'next'], 'UTF-8 cut inside a character');
});

test('lines are the ones node:readline gives, however the text is cut', async () => {
  const text = 'first line\r\nsecond\r\rthird\n\n\r\nfourth ☃\r';
  for (let size = 1; size <= text.length; size++) {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
    const expected = await collect(createInterface({ input: chunked(pieces), crlfDelay: Infinity }));
    assert.deepEqual(await collect(linesOf(chunked(pieces))), expected, `pieces of ${size}`);
  }
});

test('a JSONL file with Windows line ends names each line by its number', async () => {
  const dir = scratchDir();
  const path = join(dir, 'windows.jsonl');
  writeFileSync(path, '{"id":"w1","text":"Rockets fell near the old mill."}\r\n\r\nnot json\r\n{"id":"w2","text":"A patrol was ambushed at dawn."}');
  const items = await readAll([path]);
  assert.deepEqual(articlesOf(items).map((a) => [a.id, a.origin]), [['w1', `${path}:1`], ['w2', `${path}:4`]]);
  assert.deepEqual(problemsOf(items).map((p) => p.origin), [`${path}:3`]);
});
