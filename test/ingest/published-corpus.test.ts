import { CORPUS } from '../shared-corpus.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findPublished } from '../../src/ingest/index.js';

/** Measured: 156/156 exact, 84/84 non-null correct. The floors leave room for held-out-like drift only. */
const EXACT_FLOOR = 0.95;
const PRECISION_FLOOR = 0.97;

interface CorpusArticle {
  id: string;
  url: string | null;
  text: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

test('publication dates on the evaluation corpus', (t) => {
  if (!existsSync(`${CORPUS}/articles.jsonl`) || !existsSync(`${CORPUS}/gold.jsonl`)) {
    t.skip('evaluation corpus not present');
    return;
  }
  const articles = readJsonl<CorpusArticle>(`${CORPUS}/articles.jsonl`);
  const gold = new Map(readJsonl<{ article: string; published: string | null }>(`${CORPUS}/gold.jsonl`).map((g) => [g.article, g.published]));
  let exact = 0;
  let answered = 0;
  let answeredRight = 0;
  const wrong: string[] = [];
  for (const article of articles) {
    const expected = gold.get(article.id) ?? null;
    const { published } = findPublished(article.text, article.url);
    if (published === expected) exact++;
    else wrong.push(`${article.id}: ${published} ≠ ${expected}`);
    if (published !== null) {
      answered++;
      if (published === expected) answeredRight++;
    }
  }
  const accuracy = exact / articles.length;
  const precision = answered === 0 ? 1 : answeredRight / answered;
  t.diagnostic(`exact ${exact}/${articles.length} = ${accuracy.toFixed(3)}; precision of non-null ${answeredRight}/${answered} = ${precision.toFixed(3)}`);
  assert.ok(accuracy >= EXACT_FLOOR, `exact-match accuracy ${accuracy.toFixed(3)} < ${EXACT_FLOOR}: ${wrong.join('; ')}`);
  assert.ok(precision >= PRECISION_FLOOR, `precision ${precision.toFixed(3)} < ${PRECISION_FLOOR}: ${wrong.join('; ')}`);
});
