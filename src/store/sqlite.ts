/** The SQLite backend of the store (better-sqlite3: synchronous calls behind the async Store interface). */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import DatabaseConstructor, { type Database, type Statement } from 'better-sqlite3';
import type { Article, MentionKey, SitrepEvent, StoredMention } from '../model.js';
import { eventFilterSql, mentionFilterSql, pageSql } from './sqlite-filters.js';
import { migrate } from './sqlite-migrate.js';
import {
  ARTICLE_COLUMNS,
  EVENT_COLUMNS,
  MENTION_COLUMNS,
  MENTION_SELECT,
  TALLY_COLUMNS,
  articleFromRow,
  articleParams,
  eventActorKeys,
  eventFromRow,
  eventParams,
  mentionFromRow,
  MENTION_VALUES,
  mentionParams,
  tallyFromRow,
  tallyParams,
  type ArticleRow,
  type EventRow,
  type MentionRow,
  type SqlParams,
  type TallyRow,
} from './sqlite-rows.js';
import type {
  AddResult,
  ArticleExtraction,
  ArticleWithExtraction,
  EventAlias,
  EventMembers,
  EventFilter,
  EventQueryOptions,
  HeldMentions,
  MentionBlocks,
  MentionFilter,
  Store,
  StoredArticle,
  StoreStats,
  TallyWithSource,
} from './store.js';

/**
 * Page cache per connection. It fills as a store grows, so its size is memory an ingest of a long
 * stream takes on; at 1M events the paged event queries stay near 10 ms p95 with 16 MiB (the
 * operating system caches the file as well), against 5 ms with 128 MiB.
 */
const CACHE_KIB = 16 * 1024;

function placeholders(columns: string): string {
  return columns
    .split(',')
    .map((column) => `@${column.trim()}`)
    .join(', ');
}

const INSERT_ARTICLE = `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (${placeholders(ARTICLE_COLUMNS)})`;
const INSERT_MENTION = `INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (${placeholders(MENTION_COLUMNS)})`;
const INSERT_TALLY = `INSERT INTO tallies (${TALLY_COLUMNS}) VALUES (${placeholders(TALLY_COLUMNS)})`;
const UPSERT_EVENT = `INSERT INTO events (${EVENT_COLUMNS}) VALUES (${placeholders(EVENT_COLUMNS)})
  ON CONFLICT (id) DO UPDATE SET ${EVENT_COLUMNS.split(',')
    .map((column) => column.trim())
    .filter((column) => column !== 'id')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ')}`;

/** No filter but the kind (`limit` and `offset` do not change a count). */
function filtersOnlyKind(filter: EventFilter): boolean {
  return Object.entries(filter).every(([key, value]) => value === undefined || key === 'kind' || key === 'limit' || key === 'offset');
}

function notHeld(ids: string[], held: HeldMentions | undefined): string[] {
  return held === undefined ? ids : ids.filter((id) => !held.has(id));
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export class SqliteStore implements Store {
  private readonly db: Database;
  private readonly statements = new Map<string, Statement>();
  private readonly addOneTx: (article: Article, extraction: ArticleExtraction) => AddResult;
  private readonly addBatchTx: (batch: ArticleWithExtraction[]) => AddResult[];
  private readonly replaceCopyTx: (article: Article, extraction: ArticleExtraction) => boolean;
  private readonly replaceEventsTx: (events: SitrepEvent[], removedIds: string[], aliases: EventAlias[], fused: MentionBlocks[]) => void;

  /** Opens the SQLite file at `path` (creating it unless `create` is false) and brings its schema up to date. */
  static open(path: string, { create = true }: { create?: boolean } = {}): SqliteStore {
    const inFile = path !== ':memory:';
    if (inFile && !create && !existsSync(path)) throw new Error(`no store at ${path}: \`sitrep ingest\` creates one (give another with --db)`);
    if (inFile && create) mkdirSync(dirname(path), { recursive: true });
    const db = new DatabaseConstructor(path, { fileMustExist: inFile && !create });
    try {
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL never corrupts the file; a power cut may lose only the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma(`cache_size = -${CACHE_KIB}`);
      migrate(db);
      db.pragma('optimize = 0x10002');
      return new SqliteStore(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  private constructor(db: Database) {
    this.db = db;
    this.addOneTx = db.transaction((article: Article, extraction: ArticleExtraction) => this.addOne(article, extraction));
    this.replaceCopyTx = db.transaction((article: Article, extraction: ArticleExtraction) => this.replaceCopyNow(article, extraction));
    this.addBatchTx = db.transaction((batch: ArticleWithExtraction[]) =>
      batch.map(({ article, extraction }) => this.addOne(article, extraction)),
    );
    this.replaceEventsTx = db.transaction((events: SitrepEvent[], removedIds: string[], aliases: EventAlias[], fused: MentionBlocks[]) => {
      this.replaceEventsNow(events, removedIds, aliases);
      this.fileUnderBlocks(fused);
    });
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Mention rows of a query that selects MENTION_SELECT first, as arrays (see MENTION_SELECT). */
  private mentionRows<Row extends unknown[] = MentionRow>(sql: string, ...params: unknown[]): Row[] {
    return this.statement(sql).raw(true).all(...params) as Row[];
  }

  // ---- articles -----------------------------------------------------------

  async addArticle(article: Article, extraction: ArticleExtraction): Promise<AddResult> {
    return this.addOneTx(article, extraction);
  }

  async addArticles(batch: ArticleWithExtraction[]): Promise<AddResult[]> {
    return this.addBatchTx(batch);
  }

  /** Runs inside a transaction: a throw anywhere rolls back every row of the article. */
  private addOne(article: Article, extraction: ArticleExtraction): AddResult {
    if (this.statement('SELECT 1 FROM articles WHERE hash = ?').get(article.hash) !== undefined) return 'duplicate';
    const sameId = this.statement('SELECT hash FROM articles WHERE id = ?').get(article.id) as { hash: string } | undefined;
    if (sameId !== undefined) {
      throw new Error(`article id ${JSON.stringify(article.id)} is already stored for a different text (hash ${sameId.hash})`);
    }
    this.statement(INSERT_ARTICLE).run(articleParams(article, new Date().toISOString(), extraction));
    const insertMention = this.statement(INSERT_MENTION);
    for (const mention of extraction.mentions) {
      if (mention.article !== article.id) {
        throw new Error(`mention ${mention.id} names article ${JSON.stringify(mention.article)}, not ${JSON.stringify(article.id)}`);
      }
      insertMention.run(mentionParams(mention, article.id));
    }
    const insertTally = this.statement(INSERT_TALLY);
    extraction.tallies.forEach((tally, position) => {
      if (tally.article !== article.id) {
        throw new Error(`a tally names article ${JSON.stringify(tally.article)}, not ${JSON.stringify(article.id)}`);
      }
      insertTally.run(tallyParams(tally, article.id, position));
    });
    return 'new';
  }

  async replaceCopy(article: Article, extraction: ArticleExtraction): Promise<boolean> {
    return this.replaceCopyTx(article, extraction);
  }

  /** Runs inside a transaction (replaceCopy). */
  private replaceCopyNow(article: Article, extraction: ArticleExtraction): boolean {
    const stored = this.statement('SELECT id FROM articles WHERE hash = ?').get(article.hash) as { id: string } | undefined;
    if (stored === undefined) return false;
    const mentions = this.statement('SELECT id FROM mentions WHERE article_id = ?')
      .all(stored.id)
      .map((row) => (row as { id: string }).id);
    const held = JSON.stringify(mentions);
    const events = this.statement('SELECT DISTINCT event_id FROM event_mentions WHERE mention_id IN (SELECT value FROM json_each(?))')
      .all(held)
      .map((row) => (row as { event_id: string }).event_id);
    this.statement('DELETE FROM event_mentions WHERE mention_id IN (SELECT value FROM json_each(?))').run(held);
    const unfuse = this.statement('UPDATE mentions SET fused = 0 WHERE id IN (SELECT mention_id FROM event_mentions WHERE event_id = ?)');
    const left = this.statement('SELECT 1 FROM event_mentions WHERE event_id = ? LIMIT 1');
    const remove = this.statement('DELETE FROM events WHERE id = ?');
    for (const event of events) {
      if (left.get(event) === undefined) remove.run(event);
      else unfuse.run(event);
    }
    this.statement('DELETE FROM mentions WHERE article_id = ?').run(stored.id);
    this.statement('DELETE FROM articles WHERE id = ?').run(stored.id);
    this.addOne(article, extraction);
    return true;
  }

  async hasArticleHash(hash: string): Promise<boolean> {
    return this.statement('SELECT 1 FROM articles WHERE hash = ?').get(hash) !== undefined;
  }

  async articleByHash(hash: string): Promise<StoredArticle | null> {
    const row = this.statement(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE hash = ?`).get(hash) as ArticleRow | undefined;
    return row === undefined ? null : articleFromRow(row);
  }

  async articleTexts(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = this.statement('SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; text: string }[];
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  // ---- mentions -----------------------------------------------------------

  async mentionsForFusion(filter: MentionFilter = {}): Promise<StoredMention[]> {
    return this.mentionPage(filter, null, -1);
  }

  async *iterateMentionsForFusion(filter: MentionFilter = {}, pageSize = 1000): AsyncGenerator<StoredMention> {
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number ≥ 1, got ${pageSize}`);
    let after: string | null = null;
    for (;;) {
      // Keyset paging: no statement stays open between pages, so callers may use the store meanwhile.
      const page = this.mentionPage(filter, after, pageSize);
      yield* page;
      const last = page.at(-1);
      if (page.length < pageSize || last === undefined) return;
      after = last.id;
    }
  }

  private mentionPage(filter: MentionFilter, after: string | null, limit: number): StoredMention[] {
    const { conditions, params } = mentionFilterSql(filter);
    if (after !== null) conditions.push('m.id > @after');
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const sql = `SELECT ${MENTION_SELECT} FROM mentions m JOIN articles a ON a.id = m.article_id
      ${where} ORDER BY m.id LIMIT @limit`;
    const bound: SqlParams = after === null ? { ...params, limit } : { ...params, limit, after };
    return this.mentionRows(sql, bound).map(mentionFromRow);
  }

  async unfusedMentions(limit: number): Promise<StoredMention[]> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, got ${limit}`);
    const sql = `SELECT ${MENTION_SELECT} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.fused = 0 ORDER BY m.id LIMIT ?`;
    return this.mentionRows(sql, limit).map(mentionFromRow);
  }

  async mentionsInBlocks(blocks: string[], held?: HeldMentions): Promise<StoredMention[]> {
    if (blocks.length === 0) return [];
    const ids = this.statement('SELECT DISTINCT mention_id FROM mention_blocks WHERE block IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(blocks)) as string[];
    return this.mentionsById(notHeld(ids, held));
  }

  async reportedDays(keys: readonly MentionKey[], atMost: number, onlyFused = false): Promise<Map<string, number>> {
    if (!Number.isSafeInteger(atMost) || atMost < 0) throw new RangeError(`atMost must be a whole number ≥ 0, got ${atMost}`);
    const fused = onlyFused ? 'AND fused = 1' : '';
    const days = (where: string) =>
      this.statement(`SELECT count(*) AS n FROM (SELECT DISTINCT date FROM mentions WHERE ${where} AND date_precision = 'day' ${fused} LIMIT ?)`);
    const inCountry = days('kind = ? AND country = ?');
    const atSite = days('kind = ? AND country = ? AND site = ?');
    const counts = new Map<string, number>();
    for (const k of keys) {
      const row = (k.site === null ? inCountry.get(k.kind, k.country, atMost) : atSite.get(k.kind, k.country, k.site, atMost)) as { n: number };
      counts.set(k.key, row.n);
    }
    return counts;
  }

  async fusedMentionsUnder(keys: readonly MentionKey[], held?: HeldMentions): Promise<StoredMention[]> {
    const inCountry = this.statement('SELECT id FROM mentions WHERE kind = ? AND country = ? AND fused = 1');
    const atSite = this.statement('SELECT id FROM mentions WHERE kind = ? AND country = ? AND site = ? AND fused = 1');
    const ids = new Set<string>();
    for (const k of keys) {
      const rows = (k.site === null ? inCountry.all(k.kind, k.country) : atSite.all(k.kind, k.country, k.site)) as { id: string }[];
      for (const row of rows) ids.add(row.id);
    }
    return this.mentionsById(notHeld([...ids], held));
  }

  async mentionsById(ids: string[]): Promise<StoredMention[]> {
    return this.mentionsWhere('m.id', ids);
  }

  async mentionsOfArticles(articleIds: string[], held?: HeldMentions): Promise<StoredMention[]> {
    if (held === undefined || articleIds.length === 0) return this.mentionsWhere('m.article_id', articleIds);
    // Ids first: a row read whole costs several times its id, and the caller may hold most of them.
    const ids = this.statement('SELECT id FROM mentions WHERE article_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(articleIds)) as string[];
    return this.mentionsById(notHeld(ids, held));
  }

  /** The mentions whose `column` (a fixed column name, never input) is one of `values`, ordered by id. */
  private mentionsWhere(column: 'm.id' | 'm.article_id', values: string[]): StoredMention[] {
    if (values.length === 0) return [];
    const sql = `SELECT ${MENTION_SELECT} FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY m.id`;
    return this.mentionRows(sql, JSON.stringify(values)).map(mentionFromRow);
  }

  async eventsWithMentions(mentionIds: string[]): Promise<EventMembers[]> {
    if (mentionIds.length === 0) return [];
    const rows = this.statement(
      `SELECT event_id, mention_id FROM event_mentions
       WHERE event_id IN (SELECT DISTINCT event_id FROM event_mentions WHERE mention_id IN (SELECT value FROM json_each(?)))
       ORDER BY event_id, position`,
    ).all(JSON.stringify(mentionIds)) as { event_id: string; mention_id: string }[];
    const events: EventMembers[] = [];
    for (const row of rows) {
      const last = events.at(-1);
      if (last?.id === row.event_id) last.mentionIds.push(row.mention_id);
      else events.push({ id: row.event_id, mentionIds: [row.mention_id] });
    }
    return events;
  }

  private fileUnderBlocks(fused: MentionBlocks[]): void {
    const file = this.statement('INSERT OR IGNORE INTO mention_blocks (block, mention_id) VALUES (?, ?)');
    const mark = this.statement('UPDATE mentions SET fused = 1 WHERE id = ?');
    for (const { mentionId, blocks } of fused) {
      if (mark.run(mentionId).changes === 0) throw new Error(`mention ${mentionId} is not stored`);
      for (const block of blocks) file.run(block, mentionId);
    }
  }

  // ---- events -------------------------------------------------------------

  async replaceEvents(events: SitrepEvent[], removedIds: string[], aliases: EventAlias[], fused: MentionBlocks[] = []): Promise<void> {
    const removed = new Set(removedIds);
    const both = events.find((event) => removed.has(event.id));
    if (both !== undefined) throw new Error(`event ${both.id} is both replaced and removed`);
    this.replaceEventsTx(events, removedIds, aliases, fused);
  }

  private replaceEventsNow(events: SitrepEvent[], removedIds: string[], aliases: EventAlias[]): void {
    const unlinkMentions = this.statement('DELETE FROM event_mentions WHERE event_id = ?');
    const unlinkActors = this.statement('DELETE FROM event_actors WHERE event_id = ?');
    const upsert = this.statement(UPSERT_EVENT);
    const linkMention = this.statement('INSERT INTO event_mentions (event_id, position, mention_id) VALUES (?, ?, ?)');
    const linkActor = this.statement(
      `INSERT INTO event_actors (actor_key, sort_date, event_id, last_date, kind, country, site_key)
       VALUES (@actor_key, @sort_date, @id, @last_date, @kind, @country, @site_key)`,
    );
    const dropAlias = this.statement('DELETE FROM event_aliases WHERE old_id = ?');

    for (const event of events) {
      unlinkMentions.run(event.id);
      unlinkActors.run(event.id);
      const params = eventParams(event);
      upsert.run(params);
      event.mentions.forEach((mention, position) => {
        try {
          linkMention.run(event.id, position, mention.id);
        } catch (error) {
          if (isForeignKeyError(error)) throw new Error(`event ${event.id} cites mention ${mention.id}, which is not stored`);
          throw error;
        }
      });
      for (const actorKey of eventActorKeys(event)) linkActor.run({ ...params, actor_key: actorKey });
      // An id in use again names that event, not whatever it was once merged into.
      dropAlias.run(event.id);
    }

    const remove = this.statement('DELETE FROM events WHERE id = ?');
    for (const id of removedIds) remove.run(id);

    const eventExists = this.statement('SELECT 1 FROM events WHERE id = ?');
    const repoint = this.statement('UPDATE event_aliases SET id = @to WHERE id = @from');
    const record = this.statement(
      'INSERT INTO event_aliases (old_id, id) VALUES (@from, @to) ON CONFLICT (old_id) DO UPDATE SET id = excluded.id',
    );
    for (const alias of aliases) {
      if (alias.from === alias.to) continue;
      if (eventExists.get(alias.to) === undefined) {
        throw new Error(`alias ${alias.from} → ${alias.to} points to an event that is not stored`);
      }
      // Keep aliases one hop deep: whatever pointed at `from` now points at `to`.
      repoint.run(alias);
      record.run(alias);
    }
    this.statement('DELETE FROM event_aliases WHERE old_id = id').run();
  }

  private maxSpanDays(): number {
    const row = this.statement('SELECT max(span_days) AS span FROM events').get() as { span: number | null };
    return row.span ?? 0;
  }

  async queryEvents(filter: EventFilter = {}, options: EventQueryOptions = {}): Promise<SitrepEvent[]> {
    const query = eventFilterSql(filter, () => this.maxSpanDays());
    const page = pageSql(filter);
    const columns = EVENT_COLUMNS.split(',')
      .map((column) => `e.${column.trim()}`)
      .join(', ');
    const sql = `SELECT ${columns} FROM ${query.from} ${query.where} ORDER BY ${query.orderBy} ${page.sql}`;
    const rows = this.statement(sql).all({ ...query.params, ...page.params }) as EventRow[];
    const mentions = options.mentions === false ? new Map<string, StoredMention[]>() : this.mentionsOfEvents(rows.map((row) => row.id));
    return rows.map((row) => eventFromRow(row, mentions.get(row.id) ?? []));
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    if (filtersOnlyKind(filter)) return this.countByKind(filter.kind);
    const query = eventFilterSql(filter, () => this.maxSpanDays());
    const row = this.statement(`SELECT count(*) AS n FROM ${query.countFrom} ${query.where}`).get(query.params) as {
      n: number;
    };
    return row.n;
  }

  /** From the counts the triggers of event_kind_counts keep: no scan, however many events. */
  private countByKind(kind: string | undefined): number {
    const row = (
      kind === undefined
        ? this.statement('SELECT total(events) AS n FROM event_kind_counts').get()
        : this.statement('SELECT total(events) AS n FROM event_kind_counts WHERE kind = ?').get(kind)
    ) as { n: number };
    return row.n;
  }

  async getEvent(idOrAlias: string): Promise<SitrepEvent | null> {
    const byId = this.statement(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = ?`);
    let row = byId.get(idOrAlias) as EventRow | undefined;
    if (row === undefined) {
      const alias = this.statement('SELECT id FROM event_aliases WHERE old_id = ?').get(idOrAlias) as { id: string } | undefined;
      if (alias !== undefined) row = byId.get(alias.id) as EventRow | undefined;
    }
    if (row === undefined) return null;
    return eventFromRow(row, this.mentionsOfEvents([row.id]).get(row.id) ?? []);
  }

  /** Each event's mentions, in the order fusion gave them. */
  private mentionsOfEvents(eventIds: string[]): Map<string, StoredMention[]> {
    const byEvent = new Map<string, StoredMention[]>();
    if (eventIds.length === 0) return byEvent;
    const rows = this.mentionRows<[...MentionRow, eventId: string]>(
      `SELECT ${MENTION_SELECT}, em.event_id
       FROM event_mentions em
       JOIN mentions m ON m.id = em.mention_id
       JOIN articles a ON a.id = m.article_id
       WHERE em.event_id IN (SELECT value FROM json_each(?))
       ORDER BY em.event_id, em.position`,
      JSON.stringify(eventIds),
    );
    for (const row of rows) {
      const eventId = row[MENTION_VALUES];
      const list = byEvent.get(eventId) ?? [];
      list.push(mentionFromRow(row));
      byEvent.set(eventId, list);
    }
    return byEvent;
  }

  // ---- tallies and totals -------------------------------------------------

  async listTallies(): Promise<TallyWithSource[]> {
    const rows = this.statement(
      `SELECT t.article_id, t.count, t.qualifier, t.since, t.until, t.country, t.speaker, t.quote, t.span_start, t.span_end,
              a.outlet, a.url, a.published
       FROM tallies t JOIN articles a ON a.id = t.article_id
       ORDER BY a.published IS NULL, a.published, t.article_id, t.position`,
    ).all() as TallyRow[];
    return rows.map(tallyFromRow);
  }

  async stats(): Promise<StoreStats> {
    return this.statement(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions,
              (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM tallies) AS tallies`,
    ).get() as StoreStats;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.db.close();
  }
}
