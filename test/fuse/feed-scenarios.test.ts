/**
 * A live news day as ingest meets it: short feed items (a headline and a line) beside full stories,
 * live updates, claims before confirmations, round-ups, syndicated copies. Every scenario is
 * ingested from JSONL in several orders, at once and one article at a time, and must give the same
 * events under the same ids. All texts are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/domain/load.js';
import type { SitrepEvent } from '../../src/model.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';

const pack = loadPack();

interface Row {
  id: string;
  url?: string;
  published?: string;
  title?: string;
  text: string;
}

/** What a scenario checks of an event: its articles, kind, place, date and tolls. */
interface Seen {
  id: string;
  articles: string;
  kind: string;
  where: string;
  date: string;
  killed: string;
  injured: string;
  conflicts: string;
}

function seen(e: SitrepEvent): Seen {
  const range = (low: number | null, high: number | null) => (low === null ? '-' : low === high ? `${low}` : `${low}-${high}`);
  return {
    id: e.id,
    articles: [...new Set(e.mentions.map((m) => m.article))].sort().join(' '),
    kind: e.kind,
    where: e.site ?? e.place ?? '-',
    date: e.date === null ? 'undated' : e.date_end !== null && e.date_end !== e.date ? `${e.date}..${e.date_end}` : e.date,
    killed: range(e.killed, e.killed_high),
    injured: range(e.injured, e.injured_high),
    conflicts: e.conflicts
      .map((c) => c.field)
      .sort()
      .join(' '),
  };
}

/** A fixed shuffle. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Ingests the rows at once forward, reversed and shuffled, and one article at a time forward and
 * reversed; checks that every run gives the same events under the same ids, and returns them.
 */
async function run(rows: readonly Row[]): Promise<Seen[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    const runs: Seen[][] = [];
    const orders: [string, readonly Row[], boolean][] = [
      ['forward', rows, false],
      ['reverse', [...rows].reverse(), false],
      ['shuffled', shuffled(rows), false],
      ['single', rows, true],
      ['single-reverse', [...rows].reverse(), true],
    ];
    for (const [name, order, single] of orders) {
      const store = await openStore(join(dir, `${name}.db`));
      try {
        const files = (single ? order.map((r) => [r]) : [order]).map((part, i) => {
          const path = join(dir, `${name}-${i}.jsonl`);
          writeFileSync(path, part.map((r) => JSON.stringify({ lang: 'en', ...r })).join('\n') + '\n');
          return path;
        });
        for (const file of files) await ingest([file], store, pack);
        runs.push((await store.queryEvents()).map(seen).sort((a, b) => (a.articles < b.articles ? -1 : a.articles > b.articles ? 1 : 0)));
      } finally {
        await store.close();
      }
    }
    for (const [i, other] of runs.entries()) assert.deepEqual(other, runs[0], `${orders[i]![0]} order differs from forward`);
    return runs[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The events' articles, one string per event. */
function grouped(events: readonly Seen[]): string[] {
  return events.map((e) => e.articles);
}

test('a morning drone attack and an evening rocket attack on one base are two events, each report with its own', async () => {
  const events = await run([
    { id: 'am', url: 'https://a.example.com/am', published: '2024-01-15', text: 'Two drones attacked the Conoco gas field base in eastern Syria on Monday morning, a source said. No injuries were reported.' },
    { id: 'pm', url: 'https://b.example.com/pm', published: '2024-01-16', text: 'Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said. No injuries were reported.' },
    { id: 'am2', url: 'https://c.example.com/am2', published: '2024-01-15', text: 'A drone attack targeted US forces at the Conoco gas field in Syria on Monday, the Islamic Resistance in Iraq said.' },
    { id: 'pm2', url: 'https://d.example.com/pm2', published: '2024-01-16', text: 'Several rockets landed near the Conoco base in eastern Syria late on Monday, a war monitor said.' },
  ]);
  assert.deepEqual(grouped(events), ['am am2', 'pm pm2']);
  assert.deepEqual(
    events.map((e) => [e.where, e.date, e.conflicts]),
    [
      ['Conoco gas field', '2024-01-15', ''],
      ['Conoco gas field', '2024-01-15', ''],
    ],
  );
});

test('a story that lumps the morning and evening attacks on one base joins one of them and does not fuse the two', async () => {
  const events = await run([
    { id: 'am', url: 'https://a.example.com/am', published: '2024-01-15', text: 'Two drones attacked the Conoco gas field base in eastern Syria on Monday morning, a source said. No injuries were reported.' },
    { id: 'pm', url: 'https://b.example.com/pm', published: '2024-01-16', text: 'Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said. No injuries were reported.' },
    {
      id: 'both',
      url: 'https://c.example.com/both',
      published: '2024-01-16',
      text: 'The US base at the Conoco gas field in Syria was attacked twice on Monday, first by drones in the morning and then by rockets in the evening, the Syrian Observatory said.',
    },
  ]);
  assert.equal(events.length, 2);
  assert.ok(grouped(events).includes('pm') || grouped(events).includes('am'), grouped(events).join(' | '));
});

test('the same text from several outlets is stored as the copy that came out first, whatever order the copies come in', async () => {
  const line = 'Rockets hit Ain al-Asad air base in western Iraq on Tuesday, causing no casualties, security sources said.';
  const events = await run([
    { id: 'late-copy', url: 'https://b.example.com/d2', published: '2024-02-28', text: line },
    { id: 'first-copy', url: 'https://a.example.com/d1', published: '2024-02-21', text: line },
    { id: 'undated-copy', url: 'https://c.example.com/d3', text: line },
    {
      id: 'full',
      url: 'https://wire.example.com/full',
      published: '2024-02-20',
      text: "Several rockets were fired at Ain al-Asad air base in Iraq's Anbar province on Tuesday, Iraqi officials said. There were no casualties.",
    },
    {
      id: 'next-week',
      url: 'https://wire.example.com/other',
      published: '2024-02-27',
      text: 'A drone attack targeted Ain al-Asad air base in western Iraq on Tuesday, a US official said. The drone was shot down.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.date, e.conflicts]),
    [
      ['first-copy full', '2024-02-20', ''],
      ['next-week', '2024-02-27', ''],
    ],
  );
});

test('one headline and line carried word for word by three outlets beside the full story is one event under one id', async () => {
  const line = 'Rockets fired at Ain al-Asad air base in western Iraq, no casualties reported.';
  const events = await run([
    { id: 'h1', url: 'https://a.example.com/x1', published: '2024-02-20', text: line },
    { id: 'h2', url: 'https://b.example.com/x2', published: '2024-02-20', text: line },
    { id: 'h3', url: 'https://c.example.com/x3', published: '2024-02-21', text: line },
    {
      id: 'full',
      url: 'https://d.example.com/2024/02/20/asad',
      published: '2024-02-20',
      text: 'BAGHDAD — Several rockets were fired at Ain al-Asad air base in western Iraq on Tuesday, Iraqi security officials said. There were no casualties. It was the first attack on the base in two weeks.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.where, e.date]),
    [['full h1', 'Ain al-Asad Air Base', '2024-02-20']],
  );
});
