import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/domain/load.js';
import { compareTallies } from '../../src/cli/tallies.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';

const pack = loadPack();

function jsonl(dir: string, name: string, rows: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

test('an article that cannot be stored is rejected alone; the rest of its batch goes in', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(join(dir, 'store.db'));
  t.after(() => store.close());
  const input = jsonl(dir, 'batch.jsonl', [
    { id: 'a1', text: 'Drones attacked the Harir air base on Saturday, officials said.', published: '2024-01-08' },
    // Same id, other text: the store refuses it.
    { id: 'a1', text: 'Rockets struck the Conoco gas field on Monday, officials said.', published: '2024-01-09' },
    { id: 'a3', text: 'Rockets struck Ain al-Asad air base in western Iraq on Monday.', published: '2024-08-06' },
  ]);
  const problems: string[] = [];
  const summary = await ingest([input], store, pack, { onProblem: (p) => problems.push(`${p.origin}: ${p.reason}`) });
  assert.equal(summary.new, 2);
  assert.equal(summary.rejected.length, 1);
  assert.match(problems[0]!, /batch\.jsonl:2: not stored: /);
  const sites = (await store.queryEvents()).map((e) => e.site).sort();
  assert.deepEqual(sites, ['Ain al-Asad Air Base', 'Harir Air Base']);
});

test('ingesting the same articles in another order gives the same events with the same ids', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const rows = [
    { id: 'w1', url: 'https://wire.example.com/2024/01/29/a', text: 'A drone struck Tower 22 in Jordan on Sunday, killing three US soldiers and wounding 34.' },
    { id: 'd1', url: 'https://daily.example.org/2024/01/29/b', text: 'A drone hit Tower 22, a US outpost in Jordan, on Sunday, killing three American troops and injuring more than 40.' },
    { id: 'k1', url: 'https://kurd.example.net/2024/01/06/c', text: 'A drone attack targeted Harir air base on Friday evening, security sources said.' },
  ];
  const runs: string[] = [];
  for (const [name, order] of [['forward', rows], ['reverse', [...rows].reverse()]] as const) {
    const store = await openStore(join(dir, `${name}.db`));
    for (const row of order) await ingest([jsonl(dir, `${name}-${row.id}.jsonl`, [row])], store, pack);
    const events = await store.queryEvents();
    runs.push(JSON.stringify(events.map((e) => [e.id, e.site, e.date, e.articles, e.injured, e.injured_high])));
    await store.close();
  }
  assert.equal(runs[0], runs[1]);
  assert.match(runs[0]!, /Tower 22","2024-01-28",2,34,40/);
});

test("a tally confined to one country is set beside Sitrep's count of that country's attacks in its period, and of those it holds undated", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(join(dir, 'store.db'));
  t.after(() => store.close());
  const input = jsonl(dir, 'batch.jsonl', [
    { id: 'i1', text: 'Drones attacked the Harir air base in Iraq on Saturday, officials said.', published: '2023-11-06' },
    { id: 'i2', text: 'Rockets struck Ain al-Asad air base in western Iraq on Monday, officials said.', published: '2023-11-07' },
    { id: 's1', text: 'A drone targeted the Al-Tanf garrison in Syria on Sunday, officials said.', published: '2023-11-06' },
    // No day and no publication date: an attack in Syria no period can hold.
    { id: 's2', text: 'Rockets struck the al-Shaddadi base in northeastern Syria, causing no casualties, officials said.' },
    {
      id: 't1',
      text: 'US forces have been attacked 12 times in Syria and four times in Iraq since Oct. 17, the Pentagon said on Wednesday.',
      published: '2023-11-08',
    },
  ]);
  await ingest([input], store, pack);
  const rows = await compareTallies(store);
  assert.deepEqual(
    rows.map((r) => [r.count, r.country, r.sitrep, r.sitrep_undated]),
    [
      [12, 'SY', 1, 1],
      [4, 'IQ', 2, 0],
    ],
  );
});
