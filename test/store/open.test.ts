import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open.js';
import { migrate } from '../../src/store/sqlite-migrate.js';
import { makeItem, makeArticle, tempDir } from './fixtures.js';

const temp = tempDir();
after(() => temp.cleanup());

test('opening a new path creates the store file with the latest schema, WAL and foreign keys', async () => {
  const path = join(temp.dir, 'nested', 'folder', 'new.db');
  const store = await openStore(path);
  assert.deepEqual(await store.stats(), { articles: 0, mentions: 0, events: 0, tallies: 0 });
  await store.close();

  assert.ok(existsSync(path));
  const db = new Database(path, { readonly: true });
  const latest = Math.max(...migrations.map((m) => m.version));
  assert.equal(db.pragma('user_version', { simple: true }), latest);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
  for (const table of ['articles', 'mentions', 'tallies', 'events', 'event_mentions', 'event_aliases', 'meta']) {
    assert.ok(tables.includes(table), `table ${table} exists`);
  }
  db.close();
});

test('opening the same store twice keeps its data and does not re-run migrations', async () => {
  const path = join(temp.dir, 'twice.db');
  const first = await openStore(path);
  await first.addArticle(makeArticle('a1'), makeItem(makeArticle('a1')).extraction);
  await first.close();

  const second = await openStore(path);
  assert.deepEqual(await second.stats(), { articles: 1, mentions: 1, events: 0, tallies: 0 });
  await second.close();
  const third = await openStore(path);
  assert.equal((await third.stats()).articles, 1);
  await third.close();
});

test('each migration runs once, inside a transaction that a failure rolls back', () => {
  const db = new Database(':memory:');
  const list = [
    { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER);' },
    { version: 2, name: 'broken', sql: 'CREATE TABLE two (x INTEGER); INSERT INTO missing VALUES (1);' },
  ];
  assert.throws(() => migrate(db, list), /no such table: missing/);
  assert.equal(db.pragma('user_version', { simple: true }), 1);
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  assert.deepEqual(
    names.map((row) => row.name),
    ['one'],
  );
  assert.equal(migrate(db, list.slice(0, 1)), 1);
  db.close();
});

test('a store written by a newer schema is refused rather than misread', () => {
  const db = new Database(':memory:');
  db.pragma('user_version = 99');
  assert.throws(() => migrate(db), /newer than this Sitrep understands/);
  db.close();
});

test('a PostgreSQL URL is refused with a clear message for now', async () => {
  await assert.rejects(openStore('postgres://user@localhost/sitrep'), /PostgreSQL stores are not supported yet/);
  await assert.rejects(openStore('postgresql://localhost/sitrep'), /not supported yet/);
});

test('a store of an older schema keeps its events and counts them by kind after the upgrade', async () => {
  const path = join(temp.dir, 'older.db');
  const db = new Database(path);
  migrate(db, migrations.filter((m) => m.version <= 2));
  const insertEvent = db.prepare(
    `INSERT INTO events (id, kind, date_precision, sort_date, span_days, place_precision, attribution, weapons, outcome,
       articles, outlets, grade, support, conflicts, merged_from)
     VALUES (?, ?, 'unknown', '9999-12-31', 0, 'unknown', 'unknown', '[]', 'unknown', 1, 1, 'single_source', '{}', '[]', '[]')`,
  );
  for (const [id, kind] of [['e1', 'attack'], ['e2', 'attack'], ['e3', 'strike']]) insertEvent.run(id, kind);
  db.close();

  const store = await openStore(path);
  assert.equal(await store.countEvents({ kind: 'attack' }), 2);
  assert.equal(await store.countEvents({ kind: 'strike' }), 1);
  assert.equal(await store.countEvents({}), 3);
  await store.close();
});

test('opened for reading only, a missing store is an error naming it, and no file is created', async () => {
  const path = join(temp.dir, 'missing', 'store.db');
  await assert.rejects(openStore(path, { create: false }), (error: Error) => error.message.includes(`no store at ${path}`));
  assert.ok(!existsSync(path));
  assert.ok(!existsSync(join(temp.dir, 'missing')));
});
