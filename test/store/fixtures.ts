/** Small invented records for the store tests (no real article text). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, SitrepEvent, StoredMention, Tally } from '../../src/model.js';
import type { ArticleWithExtraction } from '../../src/store/store.js';

export function tempDir(): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { dir, dbPath: join(dir, 'sitrep.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Report ${id}`,
    outlet: 'Example News',
    lang: 'en',
    published: '2024-02-03',
    publishedSource: 'url',
    text: `Invented report ${id}: a drone struck an outpost on Friday; nobody was hurt.`,
    hash: `hash-${id}`,
    origin: `fixtures.jsonl:${id}`,
    ...overrides,
  };
}

/** A mention of `article` as fusion reads it back (article fields filled from the article). */
export function makeMention(article: Article, n: number, overrides: Partial<StoredMention> = {}): StoredMention {
  return {
    id: `${article.id}-m${n}`,
    article: article.id,
    kind: 'attack',
    date: '2024-02-02',
    date_end: null,
    date_precision: 'day',
    site: 'Outpost Alpha',
    place: null,
    country: 'IQ',
    lat: 33.5,
    lon: 42.25,
    attacker: 'Example Front',
    attribution: 'claimed',
    target: 'United States',
    weapons: ['drone'],
    killed: 0,
    injured: null,
    outcome: 'impact',
    quote: 'a drone struck an outpost on Friday',
    start: 20 + n,
    end: 55 + n,
    evidence: { kind: { start: 22, end: 27 }, date: { start: 48, end: 54 } },
    articleHash: article.hash,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    ...overrides,
  };
}

export function makeTally(article: Article, count: number, overrides: Partial<Tally> = {}): Tally {
  return {
    article: article.id,
    count,
    qualifier: 'more_than',
    since: '2023-10-17',
    until: null,
    country: null,
    speaker: 'a spokesperson',
    quote: `attacked more than ${count} times`,
    start: 0,
    end: 10,
    ...overrides,
  };
}

export function makeItem(article: Article, mentionCount = 1, tallies: Tally[] = []): ArticleWithExtraction {
  const mentions = Array.from({ length: mentionCount }, (_, n) => makeMention(article, n));
  return { article, extraction: { mentions, tallies } };
}

export function makeEvent(id: string, mentions: StoredMention[], overrides: Partial<SitrepEvent> = {}): SitrepEvent {
  return {
    id,
    kind: 'attack',
    date: '2024-02-02',
    date_end: null,
    date_precision: 'day',
    site: 'Outpost Alpha',
    place: null,
    country: 'IQ',
    lat: 33.5,
    lon: 42.25,
    place_precision: 'site',
    attacker: 'Example Front',
    attribution: 'claimed',
    target: 'United States',
    weapons: ['drone'],
    killed: 0,
    killed_high: 0,
    injured: null,
    injured_high: null,
    outcome: 'impact',
    articles: mentions.length,
    outlets: 1,
    grade: 'single_source',
    support: { site: mentions.map((m) => m.id) },
    conflicts: [],
    merged_from: [],
    mentions,
    ...overrides,
  };
}
