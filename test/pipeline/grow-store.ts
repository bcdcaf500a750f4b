/** Stores grown as a user would grow them: one ingest per article, or one ingest of a whole file. */
import type { TestContext } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainPack } from '../../src/domain/pack.js';
import { ingest, type IngestOptions } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

async function freshStore(t: TestContext, name: string): Promise<{ dir: string; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-grow-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(join(dir, `${name}.db`));
  t.after(() => store.close());
  return { dir, store };
}

/** A store grown one article at a time, each ingest fusing what it brought. */
export async function ingestOneByOne(t: TestContext, rows: readonly object[], pack: DomainPack, options: IngestOptions = {}): Promise<Store> {
  const { dir, store } = await freshStore(t, 'one-by-one');
  const path = join(dir, 'one.jsonl');
  for (const row of rows) {
    writeFileSync(path, JSON.stringify(row) + '\n');
    await ingest([path], store, pack, options);
  }
  return store;
}

/** A store filled by one ingest of every row. */
export async function ingestAtOnce(t: TestContext, rows: readonly object[], pack: DomainPack, options: IngestOptions = {}): Promise<Store> {
  const { dir, store } = await freshStore(t, 'at-once');
  const path = join(dir, 'all.jsonl');
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  await ingest([path], store, pack, options);
  return store;
}

/** Each event as `id:mention,mention,...`, sorted: equal lists are the same events with the same ids. */
export function groupsOf(events: readonly { id: string; mentions: readonly { id: string }[] }[]): string[] {
  return events.map((e) => `${e.id}:${e.mentions.map((m) => m.id).sort().join(',')}`).sort();
}

export async function storedGroups(store: Store): Promise<string[]> {
  return groupsOf(await store.queryEvents());
}
