import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/domain/load.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';

const pack = loadPack();

/** Invented reports: two incidents at one base, and undated reports that name their days. */
const reports = [
  { id: 'dated-sunday', published: '2024-03-04', text: 'Drones attacked the Harir air base on Sunday, a US official said.' },
  { id: 'dated-monday', published: '2024-03-12', text: 'Rockets struck Harir air base in northern Iraq on Monday, officials said.' },
  { id: 'undated-march-3', published: null, text: 'A drone attack on the Harir base on March 3 caused no damage, the coalition said.' },
  { id: 'undated-monday-1', published: null, text: 'Several rockets were fired at the Harir base on Monday, security sources said.' },
  { id: 'undated-monday-2', published: null, text: 'The Harir air base came under rocket fire on Monday, a Kurdish official said.' },
];

test('undated articles naming the day join the incident on it through the store', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-day-label-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'reports.jsonl');
  writeFileSync(path, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const store = await openStore(join(dir, 'store.db'));
  t.after(() => store.close());
  await ingest([path], store, pack, { batchSize: 2, fuseEvery: 2 });
  const events = (await store.queryEvents()).map((e) => [e.date, e.mentions.map((m) => m.article).sort()]);
  assert.deepEqual(events.sort(), [
    ['2024-03-03', ['dated-sunday', 'undated-march-3']],
    ['2024-03-11', ['dated-monday', 'undated-monday-1', 'undated-monday-2']],
  ]);
});
