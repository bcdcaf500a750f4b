/**
 * The backend-neutral face of the store: every backend (SQLite today,
 * PostgreSQL later) implements this interface, and no other module speaks SQL.
 */
import type { Article, IsoDate, Mention, MentionKey, SitrepEvent, StoredMention, Tally } from '../model.js';

/** A mention ready to store: the article-level fields of StoredMention are read back from its article. */
export type MentionToStore = Mention & Pick<StoredMention, 'id'>;

export interface ArticleExtraction {
  mentions: MentionToStore[];
  tallies: Tally[];
  /** Extraction.writtenOn: kept with the article, for fusion. */
  writtenOn?: IsoDate;
  /** Extraction.writtenAfter: kept with the article, for fusion. */
  writtenAfter?: IsoDate;
}

export interface ArticleWithExtraction {
  article: Article;
  extraction: ArticleExtraction;
}

/** 'duplicate': an article with the same text hash was already stored; nothing changed. */
export type AddResult = 'new' | 'duplicate';

export interface StoredArticle extends Article {
  /** ISO timestamp of the moment the article was first stored. */
  ingestedAt: string;
}

/**
 * Which mentions fusion should read. Lists match any of their values (`null` in
 * `countries` matches mentions without a country). `from`/`to` keep mentions
 * whose date span overlaps the range; undated mentions are left out of a
 * dated range unless `includeUndated` is set.
 */
export interface MentionFilter {
  kinds?: string[];
  countries?: (string | null)[];
  from?: IsoDate;
  to?: IsoDate;
  includeUndated?: boolean;
}

/**
 * Which events to list. `site` and `actor` match canonical names without
 * regard to case; `actor` matches the attacker or the target. `from`/`to`
 * keep events whose date span overlaps the range (undated events never do).
 */
export interface EventFilter {
  from?: IsoDate;
  to?: IsoDate;
  site?: string;
  actor?: string;
  kind?: string;
  country?: string;
  /** Only events no report dates (they sort last, and no period holds them). */
  undated?: boolean;
  limit?: number;
  offset?: number;
}

export interface EventQueryOptions {
  /** Load each event's mentions (default true); listing pages can skip them. */
  mentions?: boolean;
}

/** An event id that fusion merged away (`from`) and the event that now holds it (`to`). */
export interface EventAlias {
  from: string;
  to: string;
}

export type TallyWithSource = Tally & {
  outlet: string | null;
  url: string | null;
  published: IsoDate | null;
};

/** The blocks fusion filed one mention under (see src/fuse/blocking.ts). */
export interface MentionBlocks {
  mentionId: string;
  blocks: string[];
}

/** Mention ids a caller already holds, which a read need not return again. */
export interface HeldMentions {
  has(id: string): boolean;
}

/** A stored event as fusion needs to know it again: its id and the ids of its mentions. */
export interface EventMembers {
  id: string;
  mentionIds: string[];
}

export interface StoreStats {
  articles: number;
  mentions: number;
  events: number;
  tallies: number;
}

export interface Store {
  /** Stores an article with its mentions and tallies, all or nothing. */
  addArticle(article: Article, extraction: ArticleExtraction): Promise<AddResult>;
  /** Stores a batch in one transaction: if any article fails, none of the batch is stored. */
  addArticles(batch: ArticleWithExtraction[]): Promise<AddResult[]>;
  hasArticleHash(hash: string): Promise<boolean>;
  /**
   * Puts `article` in the place of the stored article with the same text (an exact copy that came out
   * first): the stored copy's mentions and tallies give way to `extraction`, an event left with none of
   * its mentions is removed, and the other mentions of the events that held them are left to fuse again.
   * Returns false, storing nothing, when no article has that text.
   */
  replaceCopy(article: Article, extraction: ArticleExtraction): Promise<boolean>;
  articleByHash(hash: string): Promise<StoredArticle | null>;
  /** The text of each of these articles that is stored, by article id. */
  articleTexts(ids: string[]): Promise<Map<string, string>>;

  /** Mentions with their article's hash, outlet, url and publication date, ordered by mention id. */
  mentionsForFusion(filter?: MentionFilter): Promise<StoredMention[]>;
  /** The same mentions, read page by page so that large stores need not fit in memory. */
  iterateMentionsForFusion(filter?: MentionFilter, pageSize?: number): AsyncIterable<StoredMention>;

  /** Up to `limit` mentions stored but not yet fused, ordered by id, with their article fields. */
  unfusedMentions(limit: number): Promise<StoredMention[]>;
  /** The fused mentions filed under any of these blocks, ordered by id; those `held` has are left out (the caller holds them). */
  mentionsInBlocks(blocks: string[], held?: HeldMentions): Promise<StoredMention[]>;
  /** How many days the mentions under each key date to the day (all, or only fused ones), counting no further than `atMost`. */
  reportedDays(keys: readonly MentionKey[], atMost: number, onlyFused?: boolean): Promise<Map<string, number>>;
  /** The fused mentions under any of these keys, ordered by id; those `held` has are left out. */
  fusedMentionsUnder(keys: readonly MentionKey[], held?: HeldMentions): Promise<StoredMention[]>;
  /** The mentions with these ids (unknown ids are skipped), ordered by id. */
  mentionsById(ids: string[]): Promise<StoredMention[]>;
  /** Every mention of these articles, ordered by id; those `held` has are left out. */
  mentionsOfArticles(articleIds: string[], held?: HeldMentions): Promise<StoredMention[]>;
  /** The stored events that cite any of these mentions, each with all its mention ids. */
  eventsWithMentions(mentionIds: string[]): Promise<EventMembers[]>;

  /**
   * In one transaction: upserts events and their mention links, deletes removed events, records
   * aliases, and files the `fused` mentions under their blocks, marking them fused.
   */
  replaceEvents(events: SitrepEvent[], removedIds: string[], aliases: EventAlias[], fused?: MentionBlocks[]): Promise<void>;
  /** Events ordered by date (undated last), then id. */
  queryEvents(filter?: EventFilter, options?: EventQueryOptions): Promise<SitrepEvent[]>;
  /** How many events match, ignoring `limit` and `offset`. */
  countEvents(filter?: EventFilter): Promise<number>;
  /** The event with this id, or the event an alias now points to; with its mentions. */
  getEvent(idOrAlias: string): Promise<SitrepEvent | null>;

  listTallies(): Promise<TallyWithSource[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
