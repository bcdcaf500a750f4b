import type { DomainPack } from '../domain/pack.js';
import { ANY_BUCKET, blockKeys, comparedBlockKeys, fuse } from '../fuse/index.js';
import type { StoredMention } from '../model.js';
import type { BlockSelection, Store } from '../store/store.js';

export interface RefuseOptions {
  /** New mentions fused together at a time: bounds memory however many wait. */
  pageSize?: number;
}

/** The blocks fusion may compare any of these mentions with, as a store selection. */
export function comparedBlocks(mentions: readonly StoredMention[], historyDays: number): BlockSelection {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of mentions) {
    for (const key of comparedBlockKeys(m, historyDays)) {
      if (key.endsWith(ANY_BUCKET)) prefixes.add(key.slice(0, -ANY_BUCKET.length));
      else keys.add(key);
    }
  }
  return { keys: [...keys], prefixes: [...prefixes] };
}

/** A mention dated to a day in a known country: fusion places it by its own date, whatever its article says. */
function placedByItsDate(m: StoredMention): boolean {
  return m.date !== null && m.date_precision === 'day' && m.country !== null;
}

/**
 * Fuses `fresh` mentions with what they may be compared with: the stored mentions of the blocks
 * they touch, and every mention of the stored events those hold (so that no event is cut in
 * two). Events of other blocks are left as they are.
 */
async function fuseAround(store: Store, pack: DomainPack, fresh: readonly StoredMention[]): Promise<void> {
  const byId = new Map<string, StoredMention>();
  for (const m of await store.mentionsInBlocks(comparedBlocks(fresh, pack.settings.historyDays))) byId.set(m.id, m);
  for (const m of fresh) byId.set(m.id, m);
  // Fusion reads the mentions of an article together to place those no date places: such an article is loaded whole.
  const unplaced = new Set([...byId.values()].filter((m) => !placedByItsDate(m)).map((m) => m.article));
  for (const m of await store.mentionsOfArticles([...unplaced])) byId.set(m.id, m);
  // ...and so is what such a mention may join, which decides whether it can join one incident alone.
  const freshIds = new Set(fresh.map((m) => m.id));
  const loose = [...byId.values()].filter((m) => !placedByItsDate(m) && !freshIds.has(m.id));
  for (const m of await store.mentionsInBlocks(comparedBlocks(loose, pack.settings.historyDays))) byId.set(m.id, m);
  const previous = await store.eventsWithMentions([...byId.keys()]);
  const outside = new Set(previous.flatMap((e) => e.mentionIds).filter((id) => !byId.has(id)));
  for (const m of await store.mentionsById([...outside])) byId.set(m.id, m);
  const { events, removedIds, aliases } = fuse([...byId.values()], pack, previous, { changedOnly: true });
  const fused = fresh.map((m) => ({ mentionId: m.id, blocks: blockKeys(m) }));
  await store.replaceEvents(events, removedIds, aliases, fused);
}

/**
 * Fuses the mentions stored since the last fusion into events, page by page, keeping the ids of
 * the events that already exist. Work and memory grow with the new mentions and their
 * neighbourhood, not with the whole store.
 */
export async function refuse(store: Store, pack: DomainPack, options: RefuseOptions = {}): Promise<void> {
  const pageSize = options.pageSize ?? 5000;
  for (;;) {
    const fresh = await store.unfusedMentions(pageSize);
    if (fresh.length === 0) return;
    await fuseAround(store, pack, fresh);
  }
}
