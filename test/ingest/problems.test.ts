import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { problemsOf, readAll, scratchDir } from './helpers.js';

async function onlyProblem(path: string): Promise<{ origin: string; reason: string }> {
  const items = await readAll([path]);
  assert.equal(items.length, 1);
  const [found] = problemsOf(items);
  assert.ok(found, 'expected a problem');
  assert.equal(found.origin, path);
  assert.ok(found.reason.startsWith(`${path}: `), 'the reason names the input');
  assert.ok(!found.reason.includes('\n'), 'the reason is one line');
  return found;
}

test('a path that does not exist', async () => {
  const path = join(scratchDir(), 'nowhere.txt');
  assert.match((await onlyProblem(path)).reason, /no such file or directory$/);
});

test('a binary file with NUL bytes', async () => {
  const path = join(scratchDir(), 'image.txt');
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x0a]));
  assert.match((await onlyProblem(path)).reason, /binary file \(contains NUL bytes\)/);
});

test('a file that is not UTF-8', async () => {
  const path = join(scratchDir(), 'latin.txt');
  const bytes = Buffer.alloc(200, 0xe9); // "é" in Latin-1, never valid UTF-8 in a run
  writeFileSync(path, bytes);
  assert.match((await onlyProblem(path)).reason, /non-UTF-8 file/);
});

test('an empty file and a file of whitespace', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n\t\n');
  assert.match((await onlyProblem(join(dir, 'empty.txt'))).reason, /empty file$/);
  assert.match((await onlyProblem(join(dir, 'blank.txt'))).reason, /empty file \(only whitespace\)$/);
});

test('an HTML page without text', async () => {
  const path = join(scratchDir(), 'shell.html');
  writeFileSync(path, '<!doctype html><html><head><title>App</title><script>boot()</script></head><body><div id="root"></div></body></html>');
  assert.match((await onlyProblem(path)).reason, /no article text found in the HTML page$/);
});

test('a JSONL line with empty text, and one that is not an object', async () => {
  const path = join(scratchDir(), 'bad.jsonl');
  writeFileSync(path, '{"id":"a","text":"   "}\n[1,2]\n');
  const problems = problemsOf(await readAll([path]));
  assert.deepEqual(problems, [
    { origin: `${path}:1`, reason: `${path}:1: empty "text" field` },
    { origin: `${path}:2`, reason: `${path}:2: not a JSON object` },
  ]);
});
