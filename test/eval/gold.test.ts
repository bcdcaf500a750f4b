import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GoldFormatError, parseEventKey, readGold } from '../../src/eval/gold.js';
import { goldArticle, goldMention, withoutEventKey } from './builders.js';

function writeTemp(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-gold-')), 'gold.jsonl');
  writeFileSync(path, content);
  return path;
}

describe('readGold', () => {
  it('reads one article a line, skipping blank lines', () => {
    const lines = [goldArticle([goldMention()]), goldArticle([], [], 'x2')].map((a) => JSON.stringify(a));
    const gold = readGold(writeTemp(`${lines[0]}\n\n${lines[1]}\n`));
    assert.deepEqual(
      gold.map((a) => a.article),
      ['x1', 'x2'],
    );
    assert.equal(gold[0]?.mentions[0]?.event, '2024-01-05|North Garrison');
  });

  it('names the file, the line and the field of a bad value', () => {
    const bad = { ...goldArticle([goldMention()]), mentions: [{ ...goldMention(), kind: 'protest' }] };
    const path = writeTemp(`${JSON.stringify(goldArticle([], [], 'x0'))}\n${JSON.stringify(bad)}\n`);
    assert.throws(
      () => readGold(path),
      (error: unknown) =>
        error instanceof GoldFormatError && error.message.startsWith(`${path}:2: mentions.0.kind`),
    );
  });

  it('names the line that is not JSON and the line that repeats an article', () => {
    const line = JSON.stringify(goldArticle([]));
    assert.throws(() => readGold(writeTemp(`${line}\n{oops\n`)), /gold\.jsonl:2: not valid JSON/);
    assert.throws(() => readGold(writeTemp(`${line}\n${line}\n`)), /gold\.jsonl:2: article "x1" appears twice/);
  });

  it('treats a missing event key as null', () => {
    const withoutKey = withoutEventKey(goldMention());
    const path = writeTemp(JSON.stringify({ ...goldArticle([]), mentions: [withoutKey] }));
    assert.equal(readGold(path)[0]?.mentions[0]?.event, null);
  });

  it('splits an event key into date and site', () => {
    assert.deepEqual(parseEventKey('2024-01-28|Tower|22'), { date: '2024-01-28', site: 'Tower|22' });
  });
});
