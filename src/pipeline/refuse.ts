import type { DomainPack } from '../domain/pack.js';
import { fuse } from '../fuse/fuse.js';
import type { Store } from '../store/store.js';

/** Re-fuses the stored mentions into events, keeping the ids of the events that already exist. */
export async function refuse(store: Store, pack: DomainPack): Promise<void> {
  const mentions = await store.mentionsForFusion();
  const previous = (await store.queryEvents({}, { mentions: true })).map((e) => ({ id: e.id, mentionIds: e.mentions.map((m) => m.id) }));
  const { events, removedIds, aliases } = fuse(mentions, pack, previous);
  await store.replaceEvents(events, removedIds, aliases);
}
