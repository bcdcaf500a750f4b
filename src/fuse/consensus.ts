/**
 * Picks each field of an event from the mentions that report it, and records where they disagree.
 *
 * Rules (each field also lists, in `support`, the mentions that state the chosen value; a field
 * on which mentions state different values gets a Conflict listing every value with its citations):
 *
 * - date: the day stated by most day-precision mentions; a tie goes to the earliest day. A story
 *   reprinted days later states the day its first copy states (group.ts reads its "on Saturday" so). With no
 *   day-precision mention, the narrowest range or month (a tie goes to the earliest start, then to
 *   the most supported). With none, unknown. Conflicting values are the distinct days, and any range
 *   or month that does not contain the chosen day.
 * - site: the site named by most mentions; a tie goes to a facility over a vague area, then to the
 *   alphabetically first name. Without a site, `place` is the place text that resolves most
 *   precisely (town over province over country; a tie goes to the most stated text, then the
 *   alphabetically first); `place_precision` says which level that is.
 * - country, target: the value stated by most mentions; a tie goes to the alphabetically first.
 * - attacker: a claim beats an attribution, which beats a name given with no attribution: only the
 *   mentions of the best of these tiers present vote. Among them, when every name is the same group
 *   or one of its umbrellas, the most specific group wins (no conflict: they agree); otherwise the
 *   most named group wins (a tie goes to the alphabetically first) and the disagreement is a
 *   conflict. `attribution` is that of the mentions supporting the chosen attacker.
 * - weapons: the union of every mention's weapons; a conflict when two mentions state different sets.
 * - killed, injured: the low–high range over the mentions that state a number (UCDP style).
 * - outcome: impact beats intercepted: a salvo of which part was shot down may still have hit,
 *   and a report of damage or casualties is more specific than one of interceptions. Both are
 *   recorded as a conflict.
 * - kind: the same for every mention by construction.
 */
import type { Citation, Conflict, DatePrecision, IsoDate, MentionField, Outcome, PlacePrecision, SitrepEvent, StoredMention } from '../model.js';
import { dayNumber, lastDayOfMonth } from './days.js';
import type { ActorRelations } from './evidence.js';
import { finerPrecision, type PlaceIndex } from './places.js';
import { byCodeUnits as byText, sortShort } from './short-sort.js';

/** The fields of an event that its mentions decide; the rest (id, kind, sources, grade) fusion adds. */
export type FusedFields = Omit<SitrepEvent, 'id' | 'kind' | 'articles' | 'outlets' | 'grade' | 'merged_from' | 'mentions'>;

export function citation(m: StoredMention, field: MentionField): Citation {
  const span = m.evidence[field] ?? { start: m.start, end: m.end };
  return { mention: m.id, article: m.article, outlet: m.outlet, quote: m.quote, start: span.start, end: span.end };
}

interface VoteGroup<T> {
  key: string;
  value: T;
  mentions: StoredMention[];
}

const NO_GROUPS: readonly VoteGroup<never>[] = [];

/**
 * Mentions grouped by the value they state, in order of first appearance. A field of one event takes a handful
 * of distinct values, and a large fusion counts votes for every field of every event: the groups are a list
 * looked through, made only when a first vote comes.
 */
class Votes<T> {
  private list: VoteGroup<T>[] | null = null;

  get groups(): readonly VoteGroup<T>[] {
    return this.list ?? NO_GROUPS;
  }

  get size(): number {
    return this.list === null ? 0 : this.list.length;
  }

  get(key: string): VoteGroup<T> | undefined {
    if (this.list !== null) for (const group of this.list) if (group.key === key) return group;
    return undefined;
  }

  add(key: string, value: T, m: StoredMention): void {
    const group = this.get(key);
    if (group) group.mentions.push(m);
    else if (this.list === null) this.list = [{ key, value, mentions: [m] }];
    else this.list.push({ key, value, mentions: [m] });
  }

  /** The most supported value; `tieBreak` orders values of equal support (smaller first). */
  winner(tieBreak: (a: T, b: T) => number): VoteGroup<T> | null {
    let best: VoteGroup<T> | null = null;
    for (const group of this.groups) {
      if (!best || group.mentions.length > best.mentions.length || (group.mentions.length === best.mentions.length && tieBreak(group.value, best.value) < 0)) {
        best = group;
      }
    }
    return best;
  }

  conflict(field: MentionField): Conflict | null {
    if (this.size < 2) return null;
    const values = sortShort([...this.groups], (a, b) => byText(a.key, b.key)).map((g) => ({ value: g.value, citations: g.mentions.map((m) => citation(m, field)) }));
    return { field, values };
  }
}

function ids(mentions: readonly StoredMention[]): string[] {
  return mentions.map((m) => m.id);
}

interface FieldResult<T> {
  value: T;
  support: string[];
  conflict: Conflict | null;
}

function mostStated(mentions: readonly StoredMention[], field: 'country' | 'target'): FieldResult<string | null> {
  const votes = new Votes<string>();
  for (const m of mentions) {
    const value = m[field];
    if (value !== null) votes.add(value, value, m);
  }
  const won = votes.winner(byText);
  return { value: won?.value ?? null, support: ids(won?.mentions ?? []), conflict: votes.conflict(field) };
}

interface FusedDate {
  date: IsoDate | null;
  date_end: IsoDate | null;
  date_precision: DatePrecision;
}

function rangeKey(m: StoredMention): string {
  return `${m.date}/${m.date_end ?? m.date}`;
}

function rangeDays(m: StoredMention): [number, number] {
  const first = dayNumber(m.date as string);
  if (m.date_end) return [first, dayNumber(m.date_end)];
  return [first, m.date_precision === 'month' ? lastDayOfMonth(m.date as string) : first];
}

function fuseDate(mentions: readonly StoredMention[], datedAs: ReadonlyMap<string, StoredMention>): FieldResult<FusedDate> {
  const days = new Votes<string>();
  const spans: StoredMention[] = [];
  for (const told of mentions) {
    const first = datedAs.get(told.id);
    // The reprint cited, with the date its first copy tells.
    const m = first === undefined ? told : { ...told, date: first.date, date_end: first.date_end, date_precision: first.date_precision };
    if (m.date === null) continue;
    if (m.date_precision === 'day') days.add(m.date, m.date, m);
    else spans.push(m);
  }
  const day = days.winner(byText);
  if (day) {
    const chosen = dayNumber(day.value);
    // The conflicting values: the days, and the ranges that leave out the day chosen (a range's key is never a day's).
    for (const m of spans) {
      const [first, last] = rangeDays(m);
      if (chosen < first || chosen > last) days.add(rangeKey(m), rangeKey(m), m);
    }
    return {
      value: { date: day.value, date_end: null, date_precision: 'day' },
      support: ids(day.mentions),
      conflict: days.conflict('date'),
    };
  }
  if (spans.length > 0) {
    const votes = new Votes<string>();
    for (const m of spans) votes.add(rangeKey(m), rangeKey(m), m);
    const narrowest = [...votes.groups].sort((a, b) => {
      const [af, al] = rangeDays(a.mentions[0] as StoredMention);
      const [bf, bl] = rangeDays(b.mentions[0] as StoredMention);
      return al - af - (bl - bf) || af - bf || b.mentions.length - a.mentions.length;
    })[0] as { value: string; mentions: StoredMention[] };
    const m = narrowest.mentions[0] as StoredMention;
    return {
      value: { date: m.date, date_end: m.date_end, date_precision: m.date_precision },
      support: ids(narrowest.mentions),
      conflict: disjointRanges(spans) ? votes.conflict('date') : null,
    };
  }
  return { value: { date: null, date_end: null, date_precision: 'unknown' }, support: [], conflict: null };
}

/** Ranges that all share a day agree; they conflict only when two of them cannot both hold. */
function disjointRanges(spans: readonly StoredMention[]): boolean {
  const bounds = spans.map(rangeDays);
  return Math.max(...bounds.map(([first]) => first)) > Math.min(...bounds.map(([, last]) => last));
}

interface FusedPlace {
  site: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  place_precision: PlacePrecision;
}

function fusePlace(mentions: readonly StoredMention[], places: PlaceIndex): { site: FieldResult<FusedPlace>; placeSupport: string[] } {
  const sites = new Votes<string>();
  for (const m of mentions) if (m.site !== null) sites.add(m.site, m.site, m);
  const site = sites.winner((a, b) => {
    const vagueA = places.site(a, { lat: null, lon: null, country: null }, null).vague;
    const vagueB = places.site(b, { lat: null, lon: null, country: null }, null).vague;
    return Number(vagueA) - Number(vagueB) || byText(a, b);
  });
  if (site) {
    const first = site.mentions[0] as StoredMention;
    const placed = places.site(site.value, first, null);
    return {
      site: {
        value: { site: site.value, place: null, lat: placed.lat, lon: placed.lon, place_precision: 'site' },
        support: ids(site.mentions),
        conflict: sites.conflict('site'),
      },
      placeSupport: [],
    };
  }
  const texts = new Votes<string>();
  for (const m of mentions) if (m.place !== null) texts.add(m.place, m.place, m);
  let best: { text: string; mentions: StoredMention[]; precision: PlacePrecision } | null = null;
  for (const group of sortShort([...texts.groups], (a, b) => byText(a.key, b.key))) {
    const text = group.key;
    const precision = places.placeText(text, (group.mentions[0] as StoredMention).country).precision;
    if (!best || finerPrecision(precision, best.precision) || (precision === best.precision && group.mentions.length > best.mentions.length)) {
      best = { text, mentions: group.mentions, precision };
    }
  }
  const country = mentions.some((m) => m.country !== null);
  if (!best) {
    const value: FusedPlace = { site: null, place: null, lat: null, lon: null, place_precision: country ? 'country' : 'unknown' };
    return { site: { value, support: [], conflict: null }, placeSupport: [] };
  }
  const resolved = places.placeText(best.text, (best.mentions[0] as StoredMention).country);
  const value: FusedPlace = {
    site: null,
    place: best.text,
    lat: resolved.region?.lat ?? null,
    lon: resolved.region?.lon ?? null,
    place_precision: best.precision,
  };
  return { site: { value, support: [], conflict: null }, placeSupport: ids(best.mentions) };
}

const ATTRIBUTION_RANK = { claimed: 0, attributed: 1, unknown: 2 } as const;

function fuseAttacker(mentions: readonly StoredMention[], actors: ActorRelations): FieldResult<{ attacker: string | null; attribution: StoredMention['attribution'] }> {
  const named = mentions.filter((m) => m.attacker !== null);
  if (named.length === 0) return { value: { attacker: null, attribution: 'unknown' }, support: [], conflict: null };
  const bestTier = Math.min(...named.map((m) => ATTRIBUTION_RANK[m.attribution]));
  const voters = named.filter((m) => ATTRIBUTION_RANK[m.attribution] === bestTier);
  const votes = new Votes<string>();
  for (const m of voters) votes.add(m.attacker as string, m.attacker as string, m);
  const names = votes.groups.map((g) => g.key);
  const chain = names.every((a) => names.every((b) => actors.related(a, b)));
  const won = chain
    ? votes.get(names.find((a) => names.every((b) => a === b || !actors.isUmbrellaOf(a, b))) as string)
    : votes.winner(byText);
  const chosen = won as { value: string; mentions: StoredMention[] };
  const all = new Votes<string>();
  for (const m of named) all.add(m.attacker as string, m.attacker as string, m);
  const allNames = all.groups.map((g) => g.key);
  const conflicting = allNames.some((a) => allNames.some((b) => !actors.related(a, b)));
  return {
    value: { attacker: chosen.value, attribution: chosen.mentions[0]?.attribution ?? 'unknown' },
    support: ids(chosen.mentions),
    conflict: conflicting ? all.conflict('attacker') : null,
  };
}

function fuseWeapons(mentions: readonly StoredMention[]): FieldResult<string[]> {
  const votes = new Votes<string[]>();
  for (const m of mentions) {
    if (m.weapons.length === 0) continue;
    // Most reports name one weapon: its set is itself, with no set to make and sort.
    const set = m.weapons.length === 1 ? [m.weapons[0] as string] : sortShort([...new Set(m.weapons)], byText);
    votes.add(set.length === 1 ? (set[0] as string) : set.join(','), set, m);
  }
  const sets = votes.groups;
  const union = sets.length === 1 ? [...(sets[0] as VoteGroup<string[]>).value] : sortShort([...new Set(sets.flatMap((g) => g.value))], byText);
  const stating = mentions.filter((m) => m.weapons.length > 0);
  return { value: union, support: ids(stating), conflict: votes.conflict('weapons') };
}

function fuseCount(mentions: readonly StoredMention[], field: 'killed' | 'injured'): FieldResult<[number | null, number | null]> {
  const votes = new Votes<number>();
  for (const m of mentions) {
    const n = m[field];
    if (n !== null) votes.add(String(n), n, m);
  }
  const values = votes.groups.map((g) => g.value);
  if (values.length === 0) return { value: [null, null], support: [], conflict: null };
  const stating = mentions.filter((m) => m[field] !== null);
  return { value: [Math.min(...values), Math.max(...values)], support: ids(stating), conflict: votes.conflict(field) };
}

function fuseOutcome(mentions: readonly StoredMention[]): FieldResult<Outcome> {
  const votes = new Votes<Outcome>();
  for (const m of mentions) if (m.outcome !== 'unknown') votes.add(m.outcome, m.outcome, m);
  const chosen = votes.get('impact') ?? votes.get('intercepted');
  return { value: chosen?.value ?? 'unknown', support: ids(chosen?.mentions ?? []), conflict: votes.conflict('outcome') };
}

/**
 * `datedAs` holds the reprints whose day fusion read at their first copy's (a story reprinted days later tells
 * "on Saturday" word for word): each tells the date its first copy tells.
 */
export function fuseFields(
  mentions: readonly StoredMention[],
  places: PlaceIndex,
  actors: ActorRelations,
  datedAs: ReadonlyMap<string, StoredMention> = new Map(),
): FusedFields {
  const date = fuseDate(mentions, datedAs);
  const { site, placeSupport } = fusePlace(mentions, places);
  const country = mostStated(mentions, 'country');
  const target = mostStated(mentions, 'target');
  const attacker = fuseAttacker(mentions, actors);
  const weapons = fuseWeapons(mentions);
  const killed = fuseCount(mentions, 'killed');
  const injured = fuseCount(mentions, 'injured');
  const outcome = fuseOutcome(mentions);
  // Built field by field, without deleting or spreading: a large fusion keeps one such object per event.
  const support: Partial<Record<MentionField, string[]>> = {};
  const supports = (field: MentionField, list: string[]): void => {
    if (list.length > 0) support[field] = list;
  };
  supports('kind', ids(mentions));
  supports('date', date.support);
  supports('site', site.support);
  supports('place', placeSupport);
  supports('country', country.support);
  supports('attacker', attacker.support);
  supports('attribution', attacker.support);
  supports('target', target.support);
  supports('weapons', weapons.support);
  supports('killed', killed.support);
  supports('injured', injured.support);
  supports('outcome', outcome.support);
  const conflicts: Conflict[] = [];
  for (const r of [date, site, country, attacker, target, weapons, killed, injured, outcome]) if (r.conflict !== null) conflicts.push(r.conflict);
  return {
    date: date.value.date,
    date_end: date.value.date_end,
    date_precision: date.value.date_precision,
    site: site.value.site,
    place: site.value.place,
    lat: site.value.lat,
    lon: site.value.lon,
    place_precision: site.value.place_precision,
    country: country.value,
    attacker: attacker.value.attacker,
    attribution: attacker.value.attribution,
    target: target.value,
    weapons: weapons.value,
    killed: killed.value[0],
    killed_high: killed.value[1],
    injured: injured.value[0],
    injured_high: injured.value[1],
    outcome: outcome.value,
    support,
    conflicts,
  };
}
