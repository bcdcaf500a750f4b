import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles, type IngestItem, type ReadOptions } from '../../src/ingest/index.js';
import type { Article } from '../../src/model.js';

/** Fixtures stay in the source tree; tests run from dist/test/ingest. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
}

export async function readAll(inputs: string[], options?: ReadOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readArticles(inputs, options)) items.push(item);
  return items;
}

export function articlesOf(items: IngestItem[]): Article[] {
  return items.flatMap((item) => (item.ok ? [item.article] : []));
}

export function problemsOf(items: IngestItem[]): { origin: string; reason: string }[] {
  return items.flatMap((item) => (item.ok ? [] : [{ origin: item.origin, reason: item.reason }]));
}
