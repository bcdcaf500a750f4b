import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { StoredMention } from '../../src/model.js';
import { storedMentionsOf } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { MentionToStore, Store } from '../../src/store/store.js';
import { makeArticle, makeItem, makeMention, makeTally, tempDir } from './fixtures.js';

const temp = tempDir();
after(() => temp.cleanup());
let dbCount = 0;

async function freshStore(): Promise<{ store: Store; path: string }> {
  const path = join(temp.dir, `articles-${++dbCount}.db`);
  return { store: await openStore(path), path };
}

/** Makes reading `mention.quote` fail, as a crash in the middle of writing would. */
function failOnRead(mention: MentionToStore): void {
  Object.defineProperty(mention, 'quote', {
    get() {
      throw new Error('simulated failure while writing');
    },
  });
}

test('a new article is stored with its mentions and tallies; the same text again is a duplicate that changes nothing', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1');
  const item = makeItem(article, 2, [makeTally(article, 110)]);
  assert.equal(await store.addArticle(item.article, item.extraction), 'new');
  const before = await store.stats();
  assert.deepEqual(before, { articles: 1, mentions: 2, events: 0, tallies: 1 });

  // The same text under another id (a syndicated copy) is also a duplicate.
  const copy = makeArticle('a1-copy', { hash: article.hash });
  assert.equal(await store.addArticle(copy, makeItem(copy, 3).extraction), 'duplicate');
  assert.equal(await store.addArticle(item.article, item.extraction), 'duplicate');
  assert.deepEqual(await store.stats(), before);
  assert.equal(await store.hasArticleHash(article.hash), true);
  assert.equal(await store.hasArticleHash('hash-unknown'), false);
  await store.close();
});

test('the stored article reads back field for field', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1', { title: null, lang: null, published: null, publishedSource: 'none' });
  await store.addArticle(article, { mentions: [], tallies: [] });
  const stored = await store.articleByHash(article.hash);
  assert.ok(stored);
  const { ingestedAt, ...fields } = stored;
  assert.deepEqual(fields, article);
  assert.ok(!Number.isNaN(Date.parse(ingestedAt)));
  assert.equal(await store.articleByHash('hash-unknown'), null);
  await store.close();
});

test('re-running the same ingest batch changes nothing', async () => {
  const { store } = await freshStore();
  const batch = ['a1', 'a2', 'a3'].map((id) => makeItem(makeArticle(id), 2, [makeTally(makeArticle(id), 5)]));
  assert.deepEqual(await store.addArticles(batch), ['new', 'new', 'new']);
  const before = await store.stats();
  const mentionsBefore = await store.mentionsForFusion();
  assert.deepEqual(await store.addArticles(batch), ['duplicate', 'duplicate', 'duplicate']);
  assert.deepEqual(await store.stats(), before);
  assert.deepEqual(await store.mentionsForFusion(), mentionsBefore);
  await store.close();
});

test('two copies of one text within a batch: the second is a duplicate', async () => {
  const { store } = await freshStore();
  const first = makeArticle('a1');
  const copy = makeArticle('a2', { hash: first.hash });
  assert.deepEqual(await store.addArticles([makeItem(first), makeItem(copy)]), ['new', 'duplicate']);
  await store.close();
});

test('a failure while writing an article leaves none of its rows', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1');
  const item = makeItem(article, 3, [makeTally(article, 7)]);
  failOnRead(item.extraction.mentions[2]!);
  await assert.rejects(store.addArticle(item.article, item.extraction), /simulated failure/);
  assert.deepEqual(await store.stats(), { articles: 0, mentions: 0, events: 0, tallies: 0 });
  assert.equal(await store.hasArticleHash(article.hash), false);
  await store.close();
});

test('a failure in the middle of a batch rolls back the whole batch and keeps earlier batches', async () => {
  const { store } = await freshStore();
  await store.addArticles([makeItem(makeArticle('a0'), 1)]);
  const batch = ['a1', 'a2', 'a3'].map((id) => makeItem(makeArticle(id), 2));
  failOnRead(batch[1]!.extraction.mentions[1]!);
  await assert.rejects(store.addArticles(batch), /simulated failure/);
  assert.deepEqual(await store.stats(), { articles: 1, mentions: 1, events: 0, tallies: 0 });
  assert.equal(await store.hasArticleHash('hash-a1'), false);
  await store.close();
});

test('a process killed in the middle of a batch leaves a consistent store', async () => {
  const path = join(temp.dir, 'crash.db');
  const committed = ['c1', 'c2'].map((id) => makeItem(makeArticle(id), 2));
  const interrupted = ['c3', 'c4', 'c5'].map((id) => makeItem(makeArticle(id), 2));
  const openUrl = new URL('../../src/store/open.js', import.meta.url).href;
  const script = `
    import { openStore } from ${JSON.stringify(openUrl)};
    const store = await openStore(process.env.DB_PATH);
    await store.addArticles(JSON.parse(process.env.COMMITTED));
    const batch = JSON.parse(process.env.INTERRUPTED);
    Object.defineProperty(batch[1].extraction.mentions[1], 'quote', { get() { process.exit(42); } });
    await store.addArticles(batch);
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, DB_PATH: path, COMMITTED: JSON.stringify(committed), INTERRUPTED: JSON.stringify(interrupted) },
    encoding: 'utf8',
  });
  assert.equal(child.status, 42, child.stderr);

  const store = await openStore(path);
  assert.deepEqual(await store.stats(), { articles: 2, mentions: 4, events: 0, tallies: 0 });
  assert.equal(await store.hasArticleHash('hash-c3'), false);
  await store.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  db.close();
});

test('an id already used by a different text is refused, not overwritten', async () => {
  const { store } = await freshStore();
  await store.addArticle(makeArticle('a1'), { mentions: [], tallies: [] });
  const other = makeArticle('a1', { hash: 'hash-other', text: 'another text' });
  await assert.rejects(store.addArticle(other, { mentions: [], tallies: [] }), /already stored for a different text/);
  assert.equal((await store.stats()).articles, 1);
  await store.close();
});

test('a mention that names another article is refused', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1');
  const stray = makeMention(makeArticle('zz'), 0);
  await assert.rejects(store.addArticle(article, { mentions: [stray], tallies: [] }), /names article "zz"/);
  assert.equal((await store.stats()).articles, 0);
  await store.close();
});

test('article text that looks like SQL is stored verbatim and harms nothing', async () => {
  const { store, path } = await freshStore();
  const hostile = "Robert'); DROP TABLE articles; -- \" ; DELETE FROM mentions WHERE '1'='1";
  const article = makeArticle('x1', { text: hostile, title: hostile, outlet: "O'Brien Daily", hash: "hash'); --" });
  const mention = makeMention(article, 0, { quote: hostile, place: "a base'; DROP TABLE events; --" });
  assert.equal(await store.addArticle(article, { mentions: [mention], tallies: [] }), 'new');
  const stored = await store.articleByHash(article.hash);
  assert.equal(stored?.text, hostile);
  assert.equal(stored?.title, hostile);
  assert.deepEqual(await store.mentionsForFusion(), [mention]);
  await store.close();
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'mentions', 'events')").get() as { n: number };
  assert.equal(tables.n, 3);
  db.close();
});

test('mentions read back for fusion equal what extraction produced, with their article fields', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1', { outlet: 'Wire', url: null, published: null });
  const mentions = [
    makeMention(article, 0),
    makeMention(article, 1, {
      kind: 'strike',
      date: null,
      date_precision: 'unknown',
      site: null,
      place: 'a valley in the east',
      country: null,
      lat: null,
      lon: null,
      attacker: 'United States',
      attribution: 'attributed',
      target: null,
      weapons: [],
      killed: null,
      injured: 3,
      outcome: 'unknown',
      evidence: {},
    }),
  ];
  await store.addArticle(article, { mentions, tallies: [] });
  assert.deepEqual(await store.mentionsForFusion(), mentions);
  await store.close();
});

test('the store gives fusion the mentions eval fuses, with the day an undated article was written on, or after, which only its text shows', async () => {
  const { store } = await freshStore();
  const undated = makeArticle('a1', { published: null });
  const dated = makeArticle('a2');
  const later = makeArticle('a3', { published: null });
  const items = [
    { article: undated, extraction: { mentions: [makeMention(undated, 0)], tallies: [], writtenOn: '2024-01-06' } },
    { article: dated, extraction: { mentions: [makeMention(dated, 0)], tallies: [] } },
    { article: later, extraction: { mentions: [makeMention(later, 0)], tallies: [], writtenAfter: '2023-11-02' } },
  ];
  await store.addArticles(items);
  assert.deepEqual(await store.mentionsForFusion(), items.flatMap(storedMentionsOf));
  assert.deepEqual(
    (await store.mentionsForFusion()).map((m) => [m.article, m.writtenOn ?? null, m.writtenAfter ?? null]),
    [['a1', '2024-01-06', null], ['a2', null, null], ['a3', null, '2023-11-02']],
  );
  await store.close();
});

test('mentionsForFusion filters by kind, country (null included) and overlapping dates', async () => {
  const { store } = await freshStore();
  const article = makeArticle('a1');
  const m = (n: number, overrides: Partial<StoredMention>) => makeMention(article, n, overrides);
  const mentions = [
    m(0, { kind: 'attack', country: 'IQ', date: '2024-01-10' }),
    m(1, { kind: 'strike', country: 'SY', date: '2024-01-20' }),
    m(2, { kind: 'attack', country: null, date: '2024-01-01', date_precision: 'month' }),
    m(3, { kind: 'attack', country: 'JO', date: '2024-01-05', date_end: '2024-01-12', date_precision: 'range' }),
    m(4, { kind: 'attack', country: 'IQ', date: null, date_precision: 'unknown' }),
  ];
  await store.addArticle(article, { mentions, tallies: [] });
  const ids = async (filter: Parameters<Store['mentionsForFusion']>[0]) =>
    (await store.mentionsForFusion(filter)).map((x) => x.id.slice(-2));

  assert.deepEqual(await ids({ kinds: ['strike'] }), ['m1']);
  assert.deepEqual(await ids({ kinds: [] }), []);
  assert.deepEqual(await ids({ countries: ['IQ'] }), ['m0', 'm4']);
  assert.deepEqual(await ids({ countries: ['SY', null] }), ['m1', 'm2']);
  // A month overlaps any day in it; a range overlaps from its first to its last day.
  assert.deepEqual(await ids({ from: '2024-01-11', to: '2024-01-15' }), ['m2', 'm3']);
  assert.deepEqual(await ids({ from: '2024-01-11', to: '2024-01-15', includeUndated: true }), ['m2', 'm3', 'm4']);
  assert.deepEqual(await ids({ to: '2024-01-04' }), ['m2']);
  assert.deepEqual(await ids({ from: '2024-01-20' }), ['m1', 'm2']);
  assert.deepEqual(await ids({ kinds: ['attack'], countries: ['IQ', 'JO'], from: '2024-01-12' }), ['m3']);
  await assert.rejects(store.mentionsForFusion({ from: '12/01/2024' }), /YYYY-MM-DD/);
  await store.close();
});

test('the mention iterator yields the same mentions page by page, and the store stays usable between pages', async () => {
  const { store } = await freshStore();
  const batch = Array.from({ length: 7 }, (_, i) => makeItem(makeArticle(`a${i}`), 3));
  await store.addArticles(batch);
  const all = await store.mentionsForFusion();
  assert.equal(all.length, 21);
  const seen: StoredMention[] = [];
  for await (const mention of store.iterateMentionsForFusion({}, 4)) {
    seen.push(mention);
    await store.stats();
  }
  assert.deepEqual(seen, all);
  const strikes: StoredMention[] = [];
  for await (const mention of store.iterateMentionsForFusion({ kinds: ['strike'] }, 4)) strikes.push(mention);
  assert.deepEqual(strikes, []);
  await store.close();
});

test('tallies are listed with their article outlet, url, publication date and country', async () => {
  const { store } = await freshStore();
  const early = makeArticle('a1', { published: '2024-01-05', outlet: 'First' });
  const late = makeArticle('a2', { published: '2024-03-01', outlet: 'Second', url: null });
  const earlyTallies = [makeTally(early, 40), makeTally(early, 12, { qualifier: 'exact', since: null, speaker: null })];
  await store.addArticles([
    { article: late, extraction: { mentions: [], tallies: [makeTally(late, 170, { until: '2024-02-28', country: 'SY' })] } },
    { article: early, extraction: { mentions: [], tallies: earlyTallies } },
  ]);
  const tallies = await store.listTallies();
  assert.deepEqual(tallies, [
    { ...earlyTallies[0]!, outlet: 'First', url: early.url, published: '2024-01-05' },
    { ...earlyTallies[1]!, outlet: 'First', url: early.url, published: '2024-01-05' },
    { ...makeTally(late, 170, { until: '2024-02-28', country: 'SY' }), outlet: 'Second', url: null, published: '2024-03-01' },
  ]);
  await store.close();
});
