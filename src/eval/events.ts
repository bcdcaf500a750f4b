/**
 * Event-level (fusion) scoring: each system mention matched to a gold mention carries that gold
 * mention's event key; events should hold exactly the mentions of one key, dated by the key's date.
 * A key's format (day and site) cannot tell an attack from the strike that answered it there that
 * day; where gold gives one key to mentions of both kinds, each kind is its own incident, since an
 * event is of one kind and a strike event is no duplicate of the attack it answered.
 */
import { withinDays } from './dates.js';
import { parseEventKey, type GoldArticle } from './gold.js';
import { accuracy, harmonicMean, ratio, type Accuracy } from './metrics.js';
import type { MatchedPair } from './score.js';

/** What scoring needs of a mention inside a system event. */
export interface EventMentionRef {
  article: string;
  start: number;
  end: number;
  kind: string;
  site: string | null;
  country: string | null;
  date: string | null;
  quote: string;
}

export interface SystemEventRef {
  id: string;
  date: string | null;
  mentions: EventMentionRef[];
}

export interface EventReport {
  /** Distinct event keys among the scored gold mentions, and how many of them some event holds. */
  goldIncidents: number;
  incidentsFound: number;
  incidentRecall: number | null;
  /** All system events, and those holding at least one scored mention (the denominator of the rates). */
  events: number;
  scoredEvents: number;
  /** Events beyond one per gold key (splits and duplicates), over scored events. */
  extraEvents: number;
  splitRate: number | null;
  /** Events holding mentions of two or more gold keys, over scored events. */
  mergedEvents: number;
  mergeRate: number | null;
  bcubed: { precision: number | null; recall: number | null; f1: number | null };
  /** The event's date against the date of the key most of its mentions carry, ±1 day. */
  eventDate: Accuracy;
  /** The same, over the events that have a date: how often a date given is right. */
  datedEventDate: Accuracy;
  /** Matched mentions found in events and scored. */
  scoredMentions: number;
  /** Gold mentions left out: no event key, or told apart from another in the article only by their keys. */
  excludedGoldMentions: number;
  /** Matched mentions that no event holds (not scored). */
  matchesOutsideEvents: number;
  /** Each split key's events, and for each the date it has and the articles of its mentions (what tells why it stayed apart). */
  splits: { key: string; events: string[]; parts: { event: string; date: string | null; articles: string[] }[] }[];
  merges: { event: string; keys: string[] }[];
  /** Dated events more than a day off the date of their key. */
  misdated: { event: string; key: string; date: string }[];
}

/** Gold mentions (as "article#index") that fusion scoring leaves out. */
export function excludedGoldMentions(gold: readonly GoldArticle[]): Set<string> {
  const excluded = new Set<string>();
  for (const article of gold) {
    const keysByLook = new Map<string, Set<string>>();
    const look = (index: number) => {
      const m = article.mentions[index];
      return m ? JSON.stringify([m.kind, m.site, m.country, m.date]) : '';
    };
    article.mentions.forEach((mention, index) => {
      if (mention.event === null) {
        excluded.add(`${article.article}#${index}`);
        return;
      }
      const keys = keysByLook.get(look(index)) ?? new Set<string>();
      keys.add(mention.event);
      keysByLook.set(look(index), keys);
    });
    article.mentions.forEach((mention, index) => {
      if (mention.event !== null && (keysByLook.get(look(index))?.size ?? 0) > 1) {
        excluded.add(`${article.article}#${index}`);
      }
    });
  }
  return excluded;
}

function mentionIdentity(mention: Omit<EventMentionRef, 'quote'>): string {
  return JSON.stringify([
    mention.article,
    mention.start,
    mention.end,
    mention.kind,
    mention.site,
    mention.country,
    mention.date,
  ]);
}

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** The key most of an event's mentions carry (ties: the earliest key, for a stable answer). */
function majorityKey(keys: readonly string[]): string | undefined {
  return [...countBy(keys)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function scoreEvents(
  gold: readonly GoldArticle[],
  events: readonly SystemEventRef[],
  pairs: readonly MatchedPair[],
): EventReport {
  const excluded = excludedGoldMentions(gold);
  const kindsOfKey = new Map<string, Set<string>>();
  for (const article of gold) {
    article.mentions.forEach((mention, index) => {
      if (mention.event === null || excluded.has(`${article.article}#${index}`)) return;
      kindsOfKey.set(mention.event, (kindsOfKey.get(mention.event) ?? new Set()).add(mention.kind));
    });
  }
  const incidentOf = (key: string, kind: string) => ((kindsOfKey.get(key)?.size ?? 0) > 1 ? `${key} (${kind})` : key);
  const goldKeys = new Set<string>();
  for (const article of gold) {
    article.mentions.forEach((mention, index) => {
      if (mention.event !== null && !excluded.has(`${article.article}#${index}`)) goldKeys.add(incidentOf(mention.event, mention.kind));
    });
  }

  // Identical system mentions are possible, so each identity holds a queue of keys, used once each.
  const keysByIdentity = new Map<string, string[]>();
  for (const pair of pairs) {
    if (pair.gold.event === null || excluded.has(`${pair.article}#${pair.gold.index}`)) continue;
    const identity = mentionIdentity({ article: pair.article, ...pair.system });
    keysByIdentity.set(identity, [...(keysByIdentity.get(identity) ?? []), incidentOf(pair.gold.event, pair.gold.kind)]);
  }
  const scorable = [...keysByIdentity.values()].reduce((sum, keys) => sum + keys.length, 0);

  const items: { event: string; key: string }[] = [];
  const keysOfEvent = new Map<string, string[]>();
  for (const event of events) {
    for (const mention of event.mentions) {
      const key = keysByIdentity.get(mentionIdentity(mention))?.shift();
      if (key === undefined) continue;
      items.push({ event: event.id, key });
      keysOfEvent.set(event.id, [...(keysOfEvent.get(event.id) ?? []), key]);
    }
  }

  const eventsOfKey = new Map<string, Set<string>>();
  for (const item of items) eventsOfKey.set(item.key, (eventsOfKey.get(item.key) ?? new Set()).add(item.event));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const partOf = (id: string) => {
    const event = eventById.get(id);
    return { event: id, date: event?.date ?? null, articles: [...new Set(event?.mentions.map((m) => m.article))].sort() };
  };
  const splits = [...eventsOfKey]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, events: [...ids].sort(), parts: [...ids].sort().map(partOf) }));
  const merges = [...keysOfEvent]
    .map(([event, keys]) => ({ event, keys: [...new Set(keys)].sort() }))
    .filter((merge) => merge.keys.length > 1);
  const scoredEvents = keysOfEvent.size;
  const extraEvents = [...eventsOfKey.values()].reduce((sum, ids) => sum + ids.size - 1, 0);

  const perPair = countBy(items.map((item) => JSON.stringify([item.event, item.key])));
  const perEvent = countBy(items.map((item) => item.event));
  const perKey = countBy(items.map((item) => item.key));
  let precisionSum = 0;
  let recallSum = 0;
  for (const item of items) {
    const shared = perPair.get(JSON.stringify([item.event, item.key])) ?? 0;
    precisionSum += shared / (perEvent.get(item.event) ?? 1);
    recallSum += shared / (perKey.get(item.key) ?? 1);
  }
  const precision = ratio(precisionSum, items.length);
  const recall = ratio(recallSum, items.length);

  let datedRight = 0;
  let dated = 0;
  const misdated: EventReport['misdated'] = [];
  for (const event of events) {
    const key = majorityKey(keysOfEvent.get(event.id) ?? []);
    if (key === undefined || event.date === null) continue;
    dated++;
    if (withinDays(event.date, parseEventKey(key).date, 1)) datedRight++;
    else misdated.push({ event: event.id, key, date: event.date });
  }

  return {
    goldIncidents: goldKeys.size,
    incidentsFound: eventsOfKey.size,
    incidentRecall: ratio(eventsOfKey.size, goldKeys.size),
    events: events.length,
    scoredEvents,
    extraEvents,
    splitRate: ratio(extraEvents, scoredEvents),
    mergedEvents: merges.length,
    mergeRate: ratio(merges.length, scoredEvents),
    bcubed: { precision, recall, f1: harmonicMean(precision, recall) },
    eventDate: accuracy(datedRight, scoredEvents),
    datedEventDate: accuracy(datedRight, dated),
    scoredMentions: items.length,
    excludedGoldMentions: excluded.size,
    matchesOutsideEvents: scorable - items.length,
    splits,
    merges,
    misdated,
  };
}
