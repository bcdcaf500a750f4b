/**
 * Throwaway measurement: fills a store with `n` synthetic events (each citing
 * one synthetic mention) and prints ingest rate and p50/p95 query times.
 *
 *   node dist/bench/store-query.js /tmp/bench.db 1000000
 */
import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Article, SitrepEvent, StoredMention } from '../src/model.js';
import { openStore } from '../src/store/open.js';
import type { ArticleWithExtraction, EventFilter, Store } from '../src/store/store.js';
import { pick, seededRandom } from './random.js';

const SITES = Array.from({ length: 200 }, (_, i) => `Site ${i}`);
const ACTORS = Array.from({ length: 50 }, (_, i) => `Group ${i}`);
const COUNTRIES = ['IQ', 'SY', 'JO', 'LB', 'YE'];
const FIRST_DAY = Date.UTC(2023, 9, 1);
const DAYS = 900;
const CHUNK = 20_000;


const day = (offset: number): string => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

function syntheticArticle(i: number): Article {
  return {
    id: `art-${i}`,
    url: `https://bench.example/${i}`,
    title: `Synthetic report ${i}`,
    outlet: `Outlet ${i % 300}`,
    lang: 'en',
    published: day(i % DAYS),
    publishedSource: 'url',
    text: `Synthetic report number ${i}. `.repeat(20),
    hash: `bench-hash-${i}`,
    origin: `bench:${i}`,
  };
}

function syntheticMention(article: Article, n: number, r: () => number): StoredMention {
  return {
    id: `${article.id}-m${n}`,
    article: article.id,
    kind: r() < 0.8 ? 'attack' : 'strike',
    date: article.published,
    date_end: null,
    date_precision: 'day',
    site: pick(SITES, r),
    place: null,
    country: pick(COUNTRIES, r),
    lat: 33,
    lon: 42,
    attacker: pick(ACTORS, r),
    attribution: 'claimed',
    target: 'United States',
    weapons: ['drone'],
    killed: null,
    injured: null,
    outcome: 'unknown',
    quote: 'A synthetic sentence.',
    start: n * 40,
    end: n * 40 + 30,
    evidence: { kind: { start: n * 40, end: n * 40 + 5 } },
    articleHash: article.hash,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
  };
}

function syntheticEvent(i: number, mention: StoredMention, r: () => number): SitrepEvent {
  const start = Math.floor(r() * DAYS);
  const shape = r();
  const undated = shape < 0.02;
  const month = shape >= 0.02 && shape < 0.05;
  const range = shape >= 0.05 && shape < 0.1;
  const kind = r() < 0.8 ? 'attack' : 'strike';
  const militia = pick(ACTORS, r);
  return {
    id: `ev-${i.toString().padStart(7, '0')}`,
    kind,
    date: undated ? null : month ? `${day(start).slice(0, 8)}01` : day(start),
    date_end: range ? day(start + 1 + Math.floor(r() * 7)) : null,
    date_precision: undated ? 'unknown' : month ? 'month' : range ? 'range' : 'day',
    site: r() < 0.7 ? pick(SITES, r) : null,
    place: null,
    country: r() < 0.95 ? pick(COUNTRIES, r) : null,
    lat: 33,
    lon: 42,
    place_precision: 'site',
    attacker: kind === 'attack' ? militia : 'United States',
    attribution: 'claimed',
    target: kind === 'attack' ? 'United States' : militia,
    weapons: ['drone'],
    killed: null,
    killed_high: null,
    injured: null,
    injured_high: null,
    outcome: 'unknown',
    articles: 1,
    outlets: 1,
    grade: 'single_source',
    support: { kind: [mention.id] },
    conflicts: [],
    merged_from: [],
    mentions: [mention],
  };
}

async function fill(store: Store, n: number, log: boolean): Promise<void> {
  const r = seededRandom(42);
  const articleCount = Math.ceil(n / 2);
  const mentions: StoredMention[] = [];
  let started = performance.now();
  for (let first = 0; first < articleCount; first += CHUNK) {
    const batch: ArticleWithExtraction[] = [];
    for (let i = first; i < Math.min(first + CHUNK, articleCount); i++) {
      const article = syntheticArticle(i);
      const extracted = [syntheticMention(article, 0, r), syntheticMention(article, 1, r)];
      mentions.push(...extracted);
      batch.push({ article, extraction: { mentions: extracted, tallies: [] } });
    }
    await store.addArticles(batch);
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  if (log) console.log(`ingest: ${articleCount} articles, ${articleCount * 2} mentions in ${ingestSeconds.toFixed(1)} s = ${Math.round(articleCount / ingestSeconds)} articles/s`);

  started = performance.now();
  for (let first = 0; first < n; first += CHUNK) {
    const events: SitrepEvent[] = [];
    for (let i = first; i < Math.min(first + CHUNK, n); i++) events.push(syntheticEvent(i, mentions[i]!, r));
    await store.replaceEvents(events, [], []);
  }
  const eventSeconds = (performance.now() - started) / 1000;
  if (log) console.log(`events: ${n} written in ${eventSeconds.toFixed(1)} s = ${Math.round(n / eventSeconds)} events/s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export interface QueryTiming {
  label: string;
  p50: number;
  p95: number;
  rows: number;
}

async function timeQuery(label: string, runs: number, query: (r: () => number) => Promise<number>, log: boolean): Promise<QueryTiming> {
  const r = seededRandom(7);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows += await query(r);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const timing = { label, p50: percentile(times, 50), p95: percentile(times, 95), rows: Math.round(rows / runs) };
  if (log) {
    console.log(`${label.padEnd(44)} p50 ${timing.p50.toFixed(2).padStart(7)} ms  p95 ${timing.p95.toFixed(2).padStart(7)} ms  (avg ${timing.rows} rows)`);
  }
  return timing;
}

/** Reads a file through once, so that the operating system holds it in memory as a store in use would be. */
function readThrough(path: string): void {
  const buffer = Buffer.allocUnsafe(1 << 24);
  const fd = openSync(path, 'r');
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

/**
 * Query timings on a store of `n` synthetic events at `dbPath` (kept between runs: filling it is
 * the slow part). `paged` are the listing and counting queries a user runs; `unpaged` return
 * every event of a week, thousands of rows. The file is read through first: the queries are timed
 * on a store in use, not on whatever of it the rest of the bench left in the page cache.
 */
export async function benchEventQueries(dbPath: string, n: number, log = true): Promise<{ paged: QueryTiming[]; unpaged: QueryTiming[] }> {
  if (existsSync(dbPath)) {
    const existing = await openStore(dbPath);
    const { events } = await existing.stats();
    await existing.close();
    if (events !== n) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  }
  let store = await openStore(dbPath);
  if ((await store.stats()).events !== n) {
    await fill(store, n, log);
    // Closing runs PRAGMA optimize, which gathers the statistics the query planner uses.
    await store.close();
    store = await openStore(dbPath);
  }

  readThrough(dbPath);
  const page = 100;
  const week = (r: () => number): EventFilter => {
    const start = Math.floor(r() * (DAYS - 7));
    return { from: day(start), to: day(start + 6) };
  };
  const month = (r: () => number): EventFilter => {
    const start = Math.floor(r() * (DAYS - 30));
    return { from: day(start), to: day(start + 29) };
  };
  const list = (filter: (r: () => number) => EventFilter) => async (r: () => number) =>
    (await store.queryEvents({ ...filter(r), limit: page })).length;
  const count = (filter: (r: () => number) => EventFilter) => async (r: () => number) => store.countEvents(filter(r));

  if (log) console.log(`queries on ${n} events, pages of ${page} with mentions:`);
  const runs = 200;
  const paged: QueryTiming[] = [];
  const unpaged: QueryTiming[] = [];
  const time = (label: string, times: number, query: (r: () => number) => Promise<number>) => timeQuery(label, times, query, log);
  paged.push(await time('no filter', runs, list(() => ({}))));
  paged.push(await time('kind=strike', runs, list(() => ({ kind: 'strike' }))));
  paged.push(await time('country', runs, list((r) => ({ country: pick(COUNTRIES, r) }))));
  paged.push(await time('site', runs, list((r) => ({ site: pick(SITES, r).toLowerCase() }))));
  paged.push(await time('actor (attacker or target)', runs, list((r) => ({ actor: pick(ACTORS, r) }))));
  paged.push(await time('one week', runs, list(week)));
  paged.push(await time('one month', runs, list(month)));
  paged.push(await time('one month + kind + country', runs, list((r) => ({ ...month(r), kind: 'attack', country: pick(COUNTRIES, r) }))));
  paged.push(await time('one month + actor', runs, list((r) => ({ ...month(r), actor: pick(ACTORS, r) }))));
  paged.push(await time('one month + site', runs, list((r) => ({ ...month(r), site: pick(SITES, r) }))));
  paged.push(await time('site + actor + kind', runs, list((r) => ({ site: pick(SITES, r), actor: pick(ACTORS, r), kind: 'strike' }))));
  unpaged.push(await time('one week, no limit', 50, async (r) => (await store.queryEvents(week(r))).length));
  unpaged.push(await time('one week, no limit, no mentions', 50, async (r) => (await store.queryEvents(week(r), { mentions: false })).length));
  paged.push(await time('offset 10000 (kind=attack)', 50, list(() => ({ kind: 'attack', offset: 10_000 }))));
  paged.push(await time('count: one month', runs, count(month)));
  paged.push(await time('count: site', runs, count((r) => ({ site: pick(SITES, r) }))));
  paged.push(await time('count: actor', runs, count((r) => ({ actor: pick(ACTORS, r) }))));
  paged.push(await time('count: kind=attack', 20, count(() => ({ kind: 'attack' }))));
  paged.push(await time('getEvent', runs, async (r) => ((await store.getEvent(`ev-${Math.floor(r() * n).toString().padStart(7, '0')}`)) ? 1 : 0)));
  await store.close();
  return { paged, unpaged };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dbPath = '/tmp/sitrep-bench.db', n = '1000000'] = process.argv.slice(2);
  await benchEventQueries(dbPath, Number(n));
}
