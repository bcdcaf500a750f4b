import type { DomainPack } from '../domain/pack.js';
import type { Article, StoredMention } from '../model.js';
import { extract } from '../extract/extract.js';
import { publishedBefore } from '../fuse/index.js';
import { readArticles } from '../ingest/read.js';
import type { ArticleWithExtraction, Store } from '../store/store.js';
import { mentionIds } from './mention-id.js';
import { refuse } from './refuse.js';

export interface Rejection {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  rejected: Rejection[];
  mentions: number;
  tallies: number;
  events: number;
}

export interface IngestOptions {
  /** Articles stored per transaction. */
  batchSize?: number;
  /** New articles stored between two fusions: fusing often bounds memory, fusing seldom does less work. */
  fuseEvery?: number;
  /** Days with dated reports under one key beyond which fusion treats it as busy (src/fuse/busy.ts). */
  busyDays?: number;
  onProblem?: (problem: Rejection) => void;
  onProgress?: (summary: IngestSummary) => void;
}

/** Extracts one article into what the store keeps: mentions with their stable ids, and tallies. */
export function extractForStore(article: Article, pack: DomainPack): ArticleWithExtraction {
  const { mentions, tallies, writtenOn, writtenAfter } = extract(article, pack);
  const ids = mentionIds(article.hash, mentions);
  const withIds = mentions.map((m, i) => ({ ...m, id: ids[i] as string }));
  return { article, extraction: { mentions: withIds, tallies, ...(writtenOn ? { writtenOn } : {}), ...(writtenAfter ? { writtenAfter } : {}) } };
}

/** The mentions as fusion reads them back from the store: each with what fusion needs to know of its article. */
export function storedMentionsOf({ article, extraction }: ArticleWithExtraction): StoredMention[] {
  const fromArticle = {
    articleHash: article.hash,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    ...(article.publishedMonth ? { publishedMonth: article.publishedMonth } : {}),
    ...(extraction.writtenOn ? { writtenOn: extraction.writtenOn } : {}),
    ...(extraction.writtenAfter ? { writtenAfter: extraction.writtenAfter } : {}),
  };
  return extraction.mentions.map((m) => ({ ...m, ...fromArticle }));
}

/**
 * ingest → extract → store → fuse, for every input. One bad article is reported and skipped;
 * each batch is one transaction, so a crash leaves the store as it was after the last batch.
 */
export async function ingest(inputs: string[], store: Store, pack: DomainPack, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 200;
  const fuseEvery = options.fuseEvery ?? 2000;
  let fusedUpTo = 0;
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, rejected: [], mentions: 0, tallies: 0, events: 0 };
  let batch: ArticleWithExtraction[] = [];
  /** Where in the batch each text is. */
  const batchHashes = new Map<string, number>();

  const counted = (item: ArticleWithExtraction, result: 'new' | 'duplicate'): void => {
    if (result === 'duplicate') {
      summary.duplicate += 1;
      return;
    }
    summary.new += 1;
    summary.mentions += item.extraction.mentions.length;
    summary.tallies += item.extraction.tallies.length;
  };

  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchHashes.clear();
    try {
      (await store.addArticles(items)).forEach((result, i) => counted(items[i]!, result));
    } catch {
      // One bad article must not cost the batch: store them one by one and reject only the culprit.
      for (const item of items) {
        try {
          counted(item, await store.addArticle(item.article, item.extraction));
        } catch (error) {
          reject({ origin: item.article.origin, reason: `not stored: ${(error as Error).message}` });
        }
      }
    }
  };

  const reject = (problem: Rejection): void => {
    summary.rejected.push(problem);
    options.onProblem?.(problem);
  };

  for await (const item of readArticles(inputs, { languages: pack.settings.languages })) {
    summary.read += 1;
    if (!item.ok) {
      reject({ origin: item.origin, reason: item.reason });
      continue;
    }
    const { article } = item;
    const inBatch = batchHashes.get(article.hash);
    if (inBatch !== undefined) {
      // An exact copy of one waiting in the batch: the one that came out first is kept (published earlier, undated
      // last, ties by id), so that which copy is stored does not depend on which came in first.
      summary.duplicate += 1;
      if (publishedBefore(article, batch[inBatch]!.article)) {
        try {
          batch[inBatch] = extractForStore(article, pack);
        } catch (error) {
          reject({ origin: article.origin, reason: `extraction failed: ${(error as Error).message}` });
        }
      }
    } else if (await store.hasArticleHash(article.hash)) {
      // An exact copy of a stored one: the one that came out first is kept.
      summary.duplicate += 1;
      const stored = await store.articleByHash(article.hash);
      if (stored !== null && publishedBefore(article, stored)) {
        try {
          await store.replaceCopy(article, extractForStore(article, pack).extraction);
        } catch (error) {
          reject({ origin: article.origin, reason: `not stored: ${(error as Error).message}` });
        }
      }
    } else {
      try {
        batch.push(extractForStore(article, pack));
        batchHashes.set(article.hash, batch.length - 1);
      } catch (error) {
        reject({ origin: article.origin, reason: `extraction failed: ${(error as Error).message}` });
      }
      if (batch.length >= batchSize) await flush();
      if (summary.new - fusedUpTo >= fuseEvery) {
        await refuse(store, pack, { busyDays: options.busyDays });
        fusedUpTo = summary.new;
      }
    }
    options.onProgress?.(summary);
  }
  await flush();
  // Also picks up mentions a crash or an older store left unfused.
  await refuse(store, pack, { busyDays: options.busyDays });
  summary.events = (await store.stats()).events;
  return summary;
}
