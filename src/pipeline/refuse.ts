import type { DomainPack } from '../domain/pack.js';
import { BUSY_DAYS, DEFAULT_RECENT_DAYS, blockKeys, clusteredBlockKeys, comparedBlockKeys, fuse, mentionKeys } from '../fuse/index.js';
import type { MentionKey, StoredMention } from '../model.js';
import type { EventMembers, Store } from '../store/store.js';

export interface RefuseOptions {
  /** New mentions fused together at a time: bounds memory however many wait. */
  pageSize?: number;
  /** Days with dated reports under one key beyond which it is busy (src/fuse/busy.ts); default BUSY_DAYS. */
  busyDays?: number;
}

/** Each block `keysOf` names for any of these mentions, once. */
function blocksOf(mentions: readonly StoredMention[], keysOf: (m: StoredMention) => string[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) for (const key of keysOf(m)) keys.add(key);
  return [...keys];
}

/** The blocks fusion may compare any of these mentions with. */
const comparedBlocks = (mentions: readonly StoredMention[]): string[] => blocksOf(mentions, (m) => comparedBlockKeys(m, DEFAULT_RECENT_DAYS));
/** The blocks of the reports these dated mentions are clustered with. */
const clusteredBlocks = (mentions: readonly StoredMention[]): string[] => blocksOf(mentions, clusteredBlockKeys);

/**
 * Rounds of reading around the new mentions: each reads the articles, candidates and events of the
 * mentions the last one brought. Reports that recall others ("last week", "days after") chain
 * across the whole timeline, so the neighbourhood stops here, which keeps it bounded.
 */
const NEIGHBOURHOOD_ROUNDS = 3;
/**
 * Times at most that a fusion is done again because an event it changes holds a report read without what it is
 * compared with (a dated report without the others of its days, one no date places without its candidates).
 */
const MAX_REFUSIONS = 5;

/** A mention dated to a day in a known country: fusion places it by its own date, whatever its article says. */
function placedByItsDate(m: StoredMention): boolean {
  return m.date !== null && m.date_precision === 'day' && m.country !== null;
}

/**
 * What one fusion reads: mentions by id, and the days reported on record under each key it has met. The store does
 * not change while it reads, so nothing is read twice: a block, an article or an event read once has given every
 * mention it holds, and a mention held already is not read again.
 */
class Neighbourhood {
  readonly byId = new Map<string, StoredMention>();
  private readonly days = new Map<string, number>();
  private readonly articlesRead = new Set<string>();
  private readonly blocksRead = new Set<string>();
  /** The stored events that hold any mention read, by id; and the mentions whose events have been looked up. */
  private readonly events = new Map<string, EventMembers>();
  private readonly eventsLookedUp = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly busyDays: number,
  ) {}

  add(mentions: readonly StoredMention[]): void {
    for (const m of mentions) this.byId.set(m.id, m);
  }

  /** Whether the blocks the mention is clustered with have all been read. */
  readItsDays(m: StoredMention): boolean {
    return clusteredBlockKeys(m).every((b) => this.blocksRead.has(b));
  }

  /** Reads the stored mentions of the blocks not read yet. */
  async readBlocks(blocks: readonly string[]): Promise<void> {
    const unread = blocks.filter((b) => !this.blocksRead.has(b));
    for (const b of unread) this.blocksRead.add(b);
    if (unread.length > 0) this.add(await this.store.mentionsInBlocks(unread, this.byId));
  }

  isBusy(key: string): boolean {
    return (this.days.get(key) ?? 0) > this.busyDays;
  }

  /** Reads whole the articles of the mentions read so far that no date places. */
  async readArticlesOfUnplaced(): Promise<void> {
    const articles = new Set<string>();
    for (const m of this.byId.values()) if (!placedByItsDate(m) && !this.articlesRead.has(m.article)) articles.add(m.article);
    for (const a of articles) this.articlesRead.add(a);
    this.add(await this.store.mentionsOfArticles([...articles], this.byId));
  }

  /** The keys of the mentions read so far that have not been counted yet. */
  private uncounted(): MentionKey[] {
    const keys = new Map<string, MentionKey>();
    for (const m of this.byId.values()) for (const k of mentionKeys(m)) if (!this.days.has(k.key)) keys.set(k.key, k);
    return [...keys.values()];
  }

  /** Reads every mention of the stored events that hold what has been read, and returns those events, ordered by id. */
  async readEventsWhole(): Promise<EventMembers[]> {
    const unasked = [...this.byId.keys()].filter((id) => !this.eventsLookedUp.has(id));
    for (const id of unasked) this.eventsLookedUp.add(id);
    const outside = new Set<string>();
    for (const e of await this.store.eventsWithMentions(unasked)) {
      if (this.events.has(e.id)) continue;
      this.events.set(e.id, e);
      for (const id of e.mentionIds) if (!this.byId.has(id)) outside.add(id);
    }
    this.add(await this.store.mentionsById([...outside]));
    return [...this.events.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Counts the days reported under the keys of what has been read, where not counted yet. */
  async countKeys(): Promise<MentionKey[]> {
    const keys = this.uncounted();
    const counts = await this.store.reportedDays(keys, this.busyDays + 1);
    for (const { key } of keys) this.days.set(key, counts.get(key) ?? 0);
    return keys;
  }

  /**
   * Counts the keys of what has been read and reads every fused mention under those that were
   * quiet when last fused (their fused mentions report no more than `busyDays` days), until no new
   * key turns up. Under a quiet key, what a mention with no date of its own may join is all there
   * is; a key that has just turned busy is fused whole once more, so that what was decided there
   * while it was quiet is decided again as a busy key decides it.
   */
  async readQuietKeys(): Promise<void> {
    for (let keys = await this.countKeys(); keys.length > 0; keys = await this.countKeys()) {
      const busy = keys.filter(({ key }) => this.isBusy(key));
      const fused = await this.store.reportedDays(busy, this.busyDays + 1, true);
      const wasQuiet = (key: string) => !this.isBusy(key) || (fused.get(key) ?? 0) <= this.busyDays;
      this.add(await this.store.fusedMentionsUnder(keys.filter(({ key }) => wasQuiet(key)), this.byId));
    }
  }
}

/**
 * Fuses `fresh` mentions with what they may be compared with: the stored mentions of the blocks
 * they touch, every mention under the quiet keys they meet, and every mention of the stored events
 * those hold (so that no event is cut in two). A mention no date places is read with the rest of
 * its article and with what it may join, and so on for a few rounds. An event the fusion changes
 * is fused again while it holds a report read without what that report is compared with. Events
 * elsewhere are left as they are. Under a busy key only the blocks near the dates are read, so the
 * work is bounded however large the store.
 */
async function fuseAround(store: Store, pack: DomainPack, fresh: readonly StoredMention[], busyDays: number): Promise<void> {
  const around = new Neighbourhood(store, busyDays);
  await around.readBlocks(comparedBlocks(fresh));
  around.add(fresh);
  const expanded = new Set(fresh.map((m) => m.id));
  for (let round = 0; round < NEIGHBOURHOOD_ROUNDS; round++) {
    const before = around.byId.size;
    await around.readQuietKeys();
    // Fusion reads the mentions of an article together to place those no date places: such an article is read whole...
    await around.readArticlesOfUnplaced();
    // ...and so is what such a mention may join, which decides whether it can join one incident alone.
    const loose = [...around.byId.values()].filter((m) => !placedByItsDate(m) && !expanded.has(m.id));
    for (const m of loose) expanded.add(m.id);
    await around.readBlocks(comparedBlocks(loose));
    // An event is fused whole or not at all.
    await around.readEventsWhole();
    if (around.byId.size === before) break;
  }
  // What the last round brought is not followed further, but its quiet keys are read, every event whole, and every key counted.
  await around.readQuietKeys();
  let previous = await around.readEventsWhole();
  await around.countKeys();
  for (let refusion = 0; ; refusion++) {
    const result = fuse([...around.byId.values()], pack, previous, { changedOnly: true, busy: (key) => around.isBusy(key) });
    // What brought a report here (its article, its event, its key) may not have brought what fusion compares it with:
    // for a dated report, the others of its days; for one no date places, its candidates. An event that changes
    // is fused again once those of its reports are read.
    const members = result.events.flatMap((e) => e.mentions.map((m) => around.byId.get(m.id) as StoredMention));
    const dated = members.filter((m) => placedByItsDate(m) && !around.readItsDays(m));
    const loose = members.filter((m) => !placedByItsDate(m) && !expanded.has(m.id));
    if ((dated.length === 0 && loose.length === 0) || refusion === MAX_REFUSIONS) {
      const fused = fresh.map((m) => ({ mentionId: m.id, blocks: blockKeys(m) }));
      await store.replaceEvents(result.events, result.removedIds, result.aliases, fused);
      return;
    }
    for (const m of loose) expanded.add(m.id);
    await around.readBlocks([...clusteredBlocks(dated), ...comparedBlocks(loose)]);
    await around.readArticlesOfUnplaced();
    await around.readQuietKeys();
    previous = await around.readEventsWhole();
    await around.countKeys();
  }
}

/**
 * Fuses the mentions stored since the last fusion into events, page by page, keeping the ids of
 * the events that already exist. Work and memory grow with the new mentions and their
 * neighbourhood, not with the whole store.
 */
export async function refuse(store: Store, pack: DomainPack, options: RefuseOptions = {}): Promise<void> {
  const pageSize = options.pageSize ?? 5000;
  const busyDays = options.busyDays ?? BUSY_DAYS;
  for (;;) {
    const fresh = await store.unfusedMentions(pageSize);
    if (fresh.length === 0) return;
    await fuseAround(store, pack, fresh, busyDays);
  }
}
