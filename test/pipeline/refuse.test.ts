import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/domain/load.js';
import { fuse } from '../../src/fuse/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { refuse } from '../../src/pipeline/refuse.js';
import Database from 'better-sqlite3';
import type { StoredMention } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { generateArticles } from '../../bench/generate.js';
import { groupsOf, ingestAtOnce, ingestOneByOne, storedGroups } from './grow-store.js';
import { testPack } from '../fuse/fixtures.js';
import { makeArticle, makeMention } from '../store/fixtures.js';

const pack = loadPack();

/** Invented reports: three incidents at two sites in two weeks, each told by several outlets. */
const reports = [
  { id: 'r1', published: '2024-03-04', text: 'Drones attacked the Harir air base on Sunday, a US official said. Nobody was hurt.' },
  { id: 'r2', published: '2024-03-04', text: 'Two drones targeted Harir air base in northern Iraq on Sunday, officials said.' },
  { id: 'r3', published: '2024-03-05', text: 'A drone attack on the Harir base on March 3 caused no damage, the coalition said.' },
  { id: 'r4', published: '2024-03-12', text: 'Rockets struck Ain al-Asad air base in western Iraq on Monday, officials said.' },
  { id: 'r5', published: '2024-03-12', text: 'Several rockets hit the Ain al-Asad airbase on Monday, security sources said.' },
  { id: 'r6', published: '2024-03-13', text: 'Rockets were fired at Ain al-Asad on March 11, the Pentagon said. Two soldiers were injured.' },
  { id: 'r7', published: '2024-03-19', text: 'A drone attacked Harir air base on Saturday, a coalition official said.' },
];

test('fusing after every article gives the events one fusion of every mention gives', async (t) => {
  const store = await ingestOneByOne(t, reports, pack);
  const everything = fuse(await store.mentionsForFusion(), pack).events;
  assert.ok(everything.length >= 3);
  assert.deepEqual(await storedGroups(store), groupsOf(everything));
});

test('a long input is fused as it streams, and no mention is left unfused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-refuse-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'all.jsonl');
  writeFileSync(path, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const store = await openStore(join(dir, 'streamed.db'));
  t.after(() => store.close());
  const summary = await ingest([path], store, pack, { batchSize: 2, fuseEvery: 2 });
  assert.equal(summary.new, reports.length);
  assert.deepEqual(await store.unfusedMentions(100), []);
  assert.deepEqual(await storedGroups(store), groupsOf(fuse(await store.mentionsForFusion(), pack).events));
});

test('an undated report is weighed against every incident it could mean, however the store grew', async (t) => {
  // Two Monday incidents at one base; an undated "on Monday" report arrives between them and could be either.
  const arrivals = [
    { id: 'first-monday', published: '2024-03-12', text: 'Rockets struck Harir air base in northern Iraq on Monday, officials said.' },
    { id: 'undated-monday', published: null, text: 'Several rockets were fired at the Harir base on Monday, a Kurdish official said.' },
    { id: 'second-monday-1', published: '2024-04-09', text: 'Rockets hit the Harir air base on Monday, a US official said.' },
    { id: 'second-monday-2', published: '2024-04-09', text: 'The Harir base came under rocket fire on Monday, security sources said.' },
  ];
  const store = await ingestOneByOne(t, arrivals, pack);
  const everything = fuse(await store.mentionsForFusion(), pack).events;
  assert.deepEqual(await storedGroups(store), groupsOf(everything));
  const undated = (await store.queryEvents()).find((e) => e.mentions.some((m) => m.article === 'undated-monday'));
  assert.equal(undated?.mentions.length, 1, 'two Mondays: no telling which');
});

test('a synthetic news stream fused every twenty articles gives the events of one fusion of all of it', async (t) => {
  // Invented articles (bench/generate.ts): dated and undated reports, copies, articles recalling a second incident.
  const rows = [...generateArticles(400, pack, { seed: 5 })];
  const store = await ingestAtOnce(t, rows, pack, { batchSize: 20, fuseEvery: 20 });
  const everything = fuse(await store.mentionsForFusion(), pack).events;
  assert.ok(everything.length > 50, `only ${everything.length} events`);
  assert.deepEqual(await storedGroups(store), groupsOf(everything));
});

test('an undated report that recalls an older incident by its toll joins it, whichever arrived first', async (t) => {
  const arrivals = [
    { id: 'wounding-1', published: '2024-03-04', text: 'Drones attacked the Harir air base in northern Iraq on Sunday, wounding five US soldiers, officials said.' },
    { id: 'wounding-2', published: '2024-03-04', text: 'Five American soldiers were wounded when drones struck Harir air base on Sunday, a US official said.' },
    { id: 'recalled', published: '2024-03-25', text: 'The drone attack on Harir air base that wounded five US soldiers was claimed by a militia group, the Pentagon said.' },
  ];
  for (const order of [arrivals, [...arrivals].reverse()]) {
    const store = await ingestOneByOne(t, order, pack);
    const everything = fuse(await store.mentionsForFusion(), pack).events;
    assert.deepEqual(await storedGroups(store), groupsOf(everything));
    const recalled = (await store.queryEvents()).find((e) => e.mentions.some((m) => m.article === 'recalled'));
    assert.deepEqual(recalled?.mentions.map((m) => m.article).sort(), ['recalled', 'wounding-1', 'wounding-2'], 'three weeks on, the toll still tells');
  }
});

test('a store filed under the blocks of an older version is fused again, once, by the next ingest, and keeps its events', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-refuse-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'older.db');
  const input = join(dir, 'all.jsonl');
  writeFileSync(input, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const store = await openStore(path);
  await ingest([input], store, pack);
  const before = await storedGroups(store);
  await store.close();
  // As version 4 left it: no index by key, undated mentions in one block per kind and country, tallies without a country.
  const db = new Database(path);
  db.exec(`ALTER TABLE articles DROP COLUMN published_month; ALTER TABLE articles DROP COLUMN written_on; ALTER TABLE articles DROP COLUMN written_after; ALTER TABLE tallies DROP COLUMN country; DROP INDEX mentions_by_site_key; DROP INDEX mentions_by_country_key; DELETE FROM mention_blocks;
    INSERT INTO mention_blocks (block, mention_id) SELECT kind || '|' || country || '|undated', id FROM mentions;
    PRAGMA user_version = 4;`);
  db.close();
  const upgraded = await openStore(path);
  t.after(() => upgraded.close());
  assert.equal((await upgraded.unfusedMentions(100)).length, (await upgraded.mentionsForFusion()).length, 'every mention waits to be fused again');
  await ingest([input], upgraded, pack);
  assert.deepEqual(await upgraded.unfusedMentions(100), []);
  assert.deepEqual(await storedGroups(upgraded), before);
});

test('once its keys are busy, a store reads for the next articles only their neighbourhood, not what it holds', async (t) => {
  // Two incidents a day for about a year: every key soon names more than four days.
  const rows = [...generateArticles(1200, pack, { seed: 9, incidentsPerDay: 2 })];
  const [earlier, later] = [rows.slice(0, 1100), rows.slice(1100)];
  const store = await ingestAtOnce(t, earlier, pack, { busyDays: 4, fuseEvery: 200 });
  const stored = (await store.mentionsForFusion()).length;
  const read = new Set<string>();
  const counted = <A extends unknown[]>(method: (...args: A) => Promise<StoredMention[]>) => async (...args: A) => {
    const mentions = await method(...args);
    for (const m of mentions) read.add(m.id);
    return mentions;
  };
  const reading: Store = Object.assign(Object.create(store) as Store, {
    mentionsInBlocks: counted(store.mentionsInBlocks.bind(store)),
    fusedMentionsUnder: counted(store.fusedMentionsUnder.bind(store)),
    mentionsOfArticles: counted(store.mentionsOfArticles.bind(store)),
    mentionsById: counted(store.mentionsById.bind(store)),
  });
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-refuse-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'later.jsonl');
  writeFileSync(path, later.map((row) => JSON.stringify(row)).join('\n') + '\n');
  await ingest([path], reading, pack, { busyDays: 4 });
  assert.ok(read.size > 0);
  // A quarter or so, as the synthetic corpus draws its incidents; a store that read what it holds would read them all.
  assert.ok(read.size < stored / 3, `read ${read.size} of the ${stored} mentions stored before`);
  assert.deepEqual(await storedGroups(store), groupsOf(fuse(await store.mentionsForFusion(), pack, [], { busyDays: 4 }).events));
});

test('a late report of an announced strike that arrives before the strike\'s own reports joins it as one fusion of them all does', async (t) => {
  const arrivals = [
    { id: 'late', published: '2024-03-23', text: 'US forces carried out an airstrike on a militia depot in eastern Syria, the Pentagon said.' },
    { id: 'dated-1', published: '2024-03-12', text: 'US jets struck a militia depot in eastern Syria on Monday, the Pentagon said.' },
    { id: 'dated-2', published: '2024-03-12', text: 'American warplanes hit a weapons depot in eastern Syria on Monday, officials said.' },
  ];
  const store = await ingestOneByOne(t, arrivals, pack);
  const everything = fuse(await store.mentionsForFusion(), pack).events;
  assert.deepEqual(await storedGroups(store), groupsOf(everything));
  const late = (await store.queryEvents()).find((e) => e.mentions.some((m) => m.article === 'late'));
  assert.deepEqual(late?.mentions.map((m) => m.article).sort(), ['dated-1', 'dated-2', 'late']);
});

test('a dated report brought in by its article is weighed against every base hit that day, not only those the new articles touch', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-refuse-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(join(dir, 'days.db'));
  t.after(() => store.close());
  const finch = { name: 'Camp Finch', aliases: [], towns: [], country: 'SY', province: 'Northprov', lat: 35.9, lon: 39.0, role: 'base' as const };
  const pack = { ...testPack, sites: [...testPack.sites, finch] };
  const item = (id: string, published: string, ...mentions: Partial<StoredMention>[]) => {
    const article = makeArticle(id, { published, hash: `hash-${id}` });
    const fields = { country: 'SY', weapons: [], attacker: null, attribution: 'unknown' as const, killed: null, lat: null, lon: null };
    return { article, extraction: { mentions: mentions.map((m, n) => makeMention(article, n, { ...fields, ...m })), tallies: [] } };
  };
  // Fort Lark and Outpost Wren were both hit on 4 March, Camp Finch on the 5th; a story of the 18th recalls an attack
  // "in Syria on 4 March" (on which base, it does not say) beside an undated one. Attacks in February make Syria busy.
  await store.addArticles([
    item('feb-10', '2024-02-10', { site: 'Fort Lark', date: '2024-02-10' }),
    item('feb-12', '2024-02-12', { site: 'Outpost Wren', date: '2024-02-12' }),
    item('feb-14', '2024-02-14', { site: 'Fort Lark', date: '2024-02-14' }),
    item('lark', '2024-03-04', { site: 'Fort Lark', date: '2024-03-04' }),
    item('wren', '2024-03-04', { site: 'Outpost Wren', date: '2024-03-04' }),
    item('finch', '2024-03-05', { site: 'Camp Finch', date: '2024-03-05' }),
    item('recalls', '2024-03-18', { site: null, place: 'Syria', date: '2024-03-04' }, { site: null, place: 'Syria', date: null, date_precision: 'unknown' }),
  ]);
  await refuse(store, pack, { busyDays: 2 });
  // A new report from Camp Finch: its neighbourhood brings the story of the 18th, and with it the recalled attack.
  await store.addArticles([item('new', '2024-03-18', { site: 'Camp Finch', date: '2024-03-18' })]);
  await refuse(store, pack, { busyDays: 2 });
  const everything = fuse(await store.mentionsForFusion(), pack, [], { busyDays: 2 }).events;
  const recalled = everything.find((e) => e.mentions.some((m) => m.article === 'recalls' && m.date === '2024-03-04'));
  assert.deepEqual(recalled?.mentions.map((m) => m.article), ['recalls'], 'two bases were hit that day: no telling which');
  assert.deepEqual(await storedGroups(store), groupsOf(everything));
});
