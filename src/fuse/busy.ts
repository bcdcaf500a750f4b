/**
 * Busy keys. Fusion files incidents under keys: kind | country, and kind | country | site. A mention
 * that no date of its own places (no date, or one spanning weeks) may be one more report of any
 * incident under its key, however old. Under a key whose reports name more days than `busyDays`,
 * there are more incidents than such a mention can be told apart among (attach.ts gives up beyond
 * as many candidates), so fusion looks for its incident only among those near its own dates or
 * publication, and reads no article context there. Days, not reports, are counted: one incident
 * reported a thousand times leaves its key quiet.
 *
 * Busy keys are a property of all the reports on record, not of those one fusion happens to hold,
 * so a store that fuses part of its mentions passes its own counts; that is what lets it read a
 * bounded neighbourhood however large it grows.
 */
import type { MentionKey, StoredMention } from '../model.js';

/** Days with dated reports under one key beyond which the key is busy (see above; attach.ts MAX_CANDIDATES). */
export const BUSY_DAYS = 64;

/** Whether an index key is busy. */
export type BusyKeys = (key: string) => boolean;

/**
 * Keys already made, by their parts: a large fusion asks for the keys of a few thousand places for every report,
 * and a key made once is not made again.
 */
const madeKeys = new Map<string, Map<string, string>>();
let madeKeyCount = 0;
const MAX_MADE_KEYS = 100_000;

function keyOf(head: string, tail: string): string {
  let key = madeKeys.get(head)?.get(tail);
  if (key === undefined) {
    if (madeKeyCount >= MAX_MADE_KEYS) {
      madeKeys.clear();
      madeKeyCount = 0;
    }
    let tails = madeKeys.get(head);
    if (tails === undefined) madeKeys.set(head, (tails = new Map()));
    tails.set(tail, (key = `${head}|${tail}`));
    madeKeyCount++;
  }
  return key;
}

export function countryKey(kind: string, country: string): string {
  return keyOf(kind, country);
}

export function siteKey(kind: string, country: string, site: string): string {
  return keyOf(countryKey(kind, country), site);
}

/** The keys a mention is counted under: its kind and country, and with its site; none without a country. */
export function mentionKeys(m: Pick<StoredMention, 'kind' | 'country' | 'site'>): MentionKey[] {
  if (m.country === null) return [];
  const keys: MentionKey[] = [{ key: countryKey(m.kind, m.country), kind: m.kind, country: m.country, site: null }];
  if (m.site !== null) keys.push({ key: siteKey(m.kind, m.country, m.site), kind: m.kind, country: m.country, site: m.site });
  return keys;
}

/** The busy keys among these mentions, counting them alone (a fusion of everything on record). */
export function busyKeysOf(mentions: readonly StoredMention[], busyDays = BUSY_DAYS): BusyKeys {
  const days = new Map<string, Set<string>>();
  const count = (key: string, date: string): void => {
    const set = days.get(key);
    if (set) set.add(date);
    else days.set(key, new Set([date]));
  };
  for (const m of mentions) {
    if (m.date === null || m.date_precision !== 'day' || m.country === null) continue;
    count(countryKey(m.kind, m.country), m.date);
    if (m.site !== null) count(siteKey(m.kind, m.country, m.site), m.date);
  }
  return (key) => (days.get(key)?.size ?? 0) > busyDays;
}
