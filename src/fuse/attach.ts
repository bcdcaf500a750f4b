/**
 * Step two of clustering: mentions that are not anchors (a range, a month, no date, no country)
 * join an anchored cluster only when exactly one cluster fits them; otherwise they stay events
 * of their own. Each decision is taken against the anchored clusters alone, so no non-anchor
 * sways another's.
 *
 * Where a cluster may be looked for: within the mention's range; with no date, among the
 * incidents of the three days before its article's publication (news reports what just happened);
 * there, when no incident fits, the only one that would but for the weapon named is the one meant
 * (early reports disagree on drones or rockets, and the event records the disagreement), and a report
 * that names no site ("fresh strikes in Syria") needs no distinctive detail in common with it (where
 * several fit, a headline is of the one of its day or the day before). Of several that fit, those
 * dated only after the article came out are not its news while another fits. Of a kind whose every incident is
 * announced (US strikes), a report that still fits none is of the one incident that fits in the two weeks before.
 * Further back (to the pack's history limit, or at any time when the article has no
 * publication date) a single candidate is not enough, since the incident the mention recalls
 * may have no dated report at all: the mention must also share a strong detail with the cluster
 * (its death toll, or its number of wounded). Where several clusters fit, the toll may still
 * tell: the one cluster sharing it, or of several, one reported far more widely than the others.
 * Without a toll, an undated article's report that names only a country or region is of the incident
 * there whose reports outnumber those of all the others together three times over, if one does.
 * An undated report that still names its day ("on Tuesday", "October 18" with no year) joins the
 * one fitting cluster on that day (a day of the year, like a date, one day either way); by a
 * weekday or a month alone ("since February, when ..."), only when three reports agree on it or it
 * names the incident's toll too. An undated article names the weekdays of the week before it: once
 * one of its reports is placed by its weekday, the others' weekdays must fall in that week, and its
 * reports that name no day are its news, of the days just before; and a report without a site is not
 * placed by its weekday where another of its article's weekday reports, at a base, fits incidents
 * only weeks away. It came out after every incident it tells: once one of its reports is dated or
 * placed, its weekdays fall no earlier than the week before that incident,
 * and of several incidents on a weekday there, the first is the one meant when the next is weeks later
 * (a story that names a day of the year and a weekday is news of the days after that day).
 * A mention with a site joins a cluster at that very site, or, when none there fits it, one whose
 * reports name only the site's town or province and share its toll. A mention without a site must
 * fit the cluster's place and also share a distinctive detail with it (a named region or
 * town, the death toll, a weapon, the named group). Reports placed in one round must still agree
 * as they join: one site, one toll.
 *
 * Under a busy key (busy.ts) only the searches near the mention's own dates or publication are made.
 *
 * Decisions are taken in rounds, each against the clusters as the previous round left them: a
 * mention that joined a cluster in one round rules that cluster out for the other mentions of its
 * article in the next.
 */
import { LONGEST_BLOCKED_RANGE_DAYS } from './blocking.js';
import { copiedSentence } from './copies.js';
import { countryKey, siteKey, type BusyKeys } from './busy.js';
import type { IsoDate } from '../model.js';
import type { Cluster } from './cluster.js';
import { dayNumber, daysIn, daysInterval, isMonth, lastDayOfMonth, meets, isWeekday, labelsAgree, type HalfDayInterval } from './days.js';
import { hasStrongDetail, severalHurt, sharesDeathToll, sharesDistinctiveDetail, sharesRareArms, sharesStrongDetail, weaponsDisjoint, type ActorRelations } from './evidence.js';
import { placeFitsSite, type PlacedSite, type PlaceText } from './places.js';
import { searchWindow, type Profile } from './profile.js';

/** More candidates than this in a window: the mention cannot be placed unambiguously. */
const MAX_CANDIDATES = 64;
/** Rounds of attachment at most; each round can only use what the previous one settled. */
const MAX_ROUNDS = 3;

export interface AttachOptions {
  actors: ActorRelations;
  historyDays: number;
  recentDays: number;
  /** Keys whose reports name too many days to place a mention there by anything but nearby dates (busy.ts). */
  busy: BusyKeys;
  /** Kinds whose every incident is announced (the pack's `announced_kinds`): a late undated report may be placed among the last two weeks' (LATE_NEWS_DAYS). */
  announcedKinds: ReadonlySet<string>;
  /** Weapon classes few incidents are fought with (the pack's `rare`): named at a site, they tie reports as a toll does. */
  rareWeapons: ReadonlySet<string>;
}

/** Clusters indexed by kind and country, and by kind, country and site; each list sorted by date. */
export class ClusterIndex {
  private readonly lists = new Map<string, Cluster[]>();

  constructor(
    clusters: readonly Cluster[],
    private readonly maxCandidates = MAX_CANDIDATES,
  ) {
    for (const c of clusters) {
      if (c.country === null) continue;
      this.push(countryKey(c.kind, c.country), c);
      for (const site of c.sites) this.push(siteKey(c.kind, c.country, site.name), c);
    }
    for (const list of this.lists.values()) list.sort((a, b) => lowEnd(a) - lowEnd(b) || (a.key < b.key ? -1 : 1));
  }

  private push(key: string, c: Cluster): void {
    const list = this.lists.get(key);
    if (list) list.push(c);
    else this.lists.set(key, [c]);
  }

  /** The clusters under `key` whose dates meet `window`, or null when there are too many to tell apart. */
  within(key: string, window: HalfDayInterval | null): Cluster[] | null {
    const list = this.lists.get(key) ?? [];
    const found: Cluster[] = [];
    let i = window === null ? 0 : firstAtOrAfter(list, window[0] - 8);
    for (; i < list.length; i++) {
      const c = list[i] as Cluster;
      if (window !== null && lowEnd(c) > window[1]) break;
      if (window !== null && c.interval !== null && !meets(c.interval, window)) continue;
      found.push(c);
      if (found.length > this.maxCandidates) return null;
    }
    return found;
  }
}

function lowEnd(c: Cluster): number {
  return c.interval?.[0] ?? Number.NEGATIVE_INFINITY;
}

function firstAtOrAfter(list: readonly Cluster[], lo: number): number {
  let [a, b] = [0, list.length];
  while (a < b) {
    const mid = (a + b) >> 1;
    if (lowEnd(list[mid] as Cluster) < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The index key under which clusters that may hold this mention are found, or null without a country. */
export function indexKey(p: Profile): string | null {
  const m = p.mention;
  if (m.country === null) return null;
  return p.site ? siteKey(m.kind, m.country, p.site.name) : countryKey(m.kind, m.country);
}

/**
 * The mention can be one more report of the cluster's incident: place, details and article allow
 * it. A mention without a site must also name the cluster's region or town (its site's, or one its
 * other reports name) or share a distinctive detail with it, unless `placeOnly` (other evidence,
 * such as its article's, makes up for that). A mention at a site fits a cluster no report places at
 * one when it shares their toll and every place they name is its site's town or region, or, sharing their death
 * toll, when none points elsewhere than its country ("an outpost in northeast Jordan" and Tower 22, three killed).
 */
export function fits(p: Profile, c: Cluster, actors: ActorRelations, placeOnly = false, anyWeapons = false): boolean {
  const m = p.mention;
  if (c.articles.has(m.article) || !c.agreesWith(p, actors, anyWeapons)) return false;
  if (p.site && c.sites.length === 0) return (namedAround(p.site, c) && sharesToll(m, c)) || (inItsCountry(p.site, c) && sharesDeaths(m, c));
  if (p.site) return c.hasSite(p.site.name) && c.acceptsSite(p.site);
  if (!c.acceptsPlace(p.place)) return false;
  if (placeOnly) return true;
  return namesItsPlace(p.place, c) || sharesDistinctiveDetail(p, c.members, actors);
}

/** Every place the cluster's reports name is the site's town or region ("eastern Baghdad" for a strike area in the city). */
function namedAround(site: PlacedSite, c: Cluster): boolean {
  return c.places.length > 0 && c.places.every((place) => placeFitsSite(place, site) === 'specific');
}

/** No place the cluster's reports name points away from the site: at most its country, or its town or region. */
function inItsCountry(site: PlacedSite, c: Cluster): boolean {
  return c.places.length > 0 && c.places.every((place) => placeFitsSite(place, site) !== null);
}

/** Some report of the cluster gives the report's own death toll. */
function sharesDeaths(m: Profile['mention'], c: Cluster): boolean {
  return c.members.some((q) => sharesDeathToll(m, q.mention));
}

/** The place text names the cluster's region or town: its site's, or one its other reports name. */
function namesItsPlace(place: PlaceText, c: Cluster): boolean {
  for (const site of c.sites) if (placeFitsSite(place, site) === 'specific') return true;
  if (place.region !== null) for (const other of c.places) if (other.region === place.region) return true;
  return false;
}

interface SearchStep {
  window: HalfDayInterval | null;
  /** Far from any date the mention gives: only a cluster sharing a strong detail will do. */
  needsToll: boolean;
  /** Only a cluster reported far more widely than the others sharing the toll will do (see dominant). */
  dominantOnly?: boolean;
  /** The days just before the mention's publication: the one incident there may be told with another weapon. */
  recent?: boolean;
  /** Only a single fitting cluster settles it; several leave the mention to the next step (never searched under a busy key). */
  onlyUnique?: boolean;
}

/**
 * The windows to search, narrowest first. A mention with a strong detail first looks for the one
 * incident among all that share it that was reported far more widely than the others: a toll
 * recalling the incident the news covered outweighs a lesser one of the last days.
 */
function searchSteps(p: Profile, options: AttachOptions): SearchStep[] {
  if (p.interval !== null) return [{ window: p.interval, needsToll: false }];
  const wide = { window: searchWindow(p, options.historyDays), needsToll: true };
  if (p.mention.published === null) return [wide];
  const recent = { window: searchWindow(p, options.historyDays, options.recentDays), needsToll: false, recent: true };
  const late = p.dayLabel === null && options.announcedKinds.has(p.mention.kind) ? [{ window: searchWindow(p, options.historyDays, LATE_NEWS_DAYS), needsToll: false, onlyUnique: true }] : [];
  return hasStrongDetail(p.mention) ? [{ ...wide, dominantOnly: true }, recent, ...late, wide] : [recent, ...late, wide];
}

/**
 * A story can come out a week or more after the incident it tells (a statement reposted, a weekly roundup). Of a kind whose
 * every incident is announced (the pack's `announced_kinds`), each has a dated report: the one that fits in the days
 * this far before the story, when no other does, is the one it tells.
 */
const LATE_NEWS_DAYS = 14;

/**
 * The windows to search for a report of an undated article whose publication its other reports bound (`published`,
 * first and last day): a weekday it names lies in the week before; a report that names no day is its news, of the
 * days just before it, as a dated article's is.
 */
function boundedSteps(p: Profile, published: DayRange, options: AttachOptions): SearchStep[] {
  const [first, last] = published;
  // The middles of the days: the half day of slack a day's interval has would reach a day outside.
  if (p.dayLabel !== null && isWeekday(p.dayLabel)) return [{ window: [2 * (first - WEEK_DAYS), 2 * last], needsToll: true }];
  // A month is no "days just before": only a week or less of them is.
  if (p.dayLabel !== null || p.interval !== null || last - first > WEEK_DAYS) return searchSteps(p, options);
  return [{ window: daysInterval(first - options.recentDays, last), needsToll: false, recent: true }, ...searchSteps(p, options)];
}

/** The cluster's dates reach a day of the window, not only the half day of slack before its first. */
function reachesIntoWindow(c: Cluster, window: HalfDayInterval | null): boolean {
  return window === null || (c.interval !== null && c.interval[1] >= window[0] + 2);
}

/** The cluster's dates leave it no day on or before `day` (the midnight after `day` alone still leaves `day`). */
function datedAfter(c: Cluster, day: number): boolean {
  return c.interval !== null && (daysIn(c.interval, Number.POSITIVE_INFINITY)?.[0] ?? day) > day;
}

/**
 * Of several incidents an undated report fits, those dated after its article came out (reached only through the
 * half day of slack its publication day has) are not its news while one it can have reported fits.
 */
function beforePublication(p: Profile, fitting: Cluster[]): Cluster[] {
  const published = p.mention.published;
  if (fitting.length < 2 || p.interval !== null || published === null) return fitting;
  const day = dayNumber(published);
  const before = fitting.filter((c) => !datedAfter(c, day));
  return before.length > 0 ? before : fitting;
}

/** A search beyond the days near the mention's own dates or publication: not made under a busy key. */
function searchesFar(step: SearchStep): boolean {
  return step.needsToll || step.onlyUnique === true || step.window === null || (step.window[1] - step.window[0]) / 2 > LONGEST_BLOCKED_RANGE_DAYS;
}

/** A report of the cluster states the report's death toll or number of wounded (sharesStrongDetail). */
export function sharesToll(m: Profile['mention'], c: Cluster): boolean {
  return c.members.some((q) => sharesStrongDetail(m, q.mention));
}

/** The cluster shares a strong detail with the report: its toll, or the rare weapons it names at its site. */
function sharesStrong(p: Profile, c: Cluster, rare: ReadonlySet<string>): boolean {
  return sharesToll(p.mention, c) || c.members.some((q) => sharesRareArms(p, q, rare));
}

/** The report is its article's first sentence: the headline, or the lead when the text has none. */
function opensItsArticle(m: Profile['mention']): boolean {
  return m.start === 0;
}

/**
 * The cluster's dates reach the day its article came out or the day before: the news a headline that names no day
 * tells, when several incidents of the last days fit ("US conducts fresh strikes in Syria").
 */
function isNewsOfTheDay(c: Cluster, published: IsoDate | null): boolean {
  if (published === null || c.interval === null) return false;
  const day = dayNumber(published);
  return meets(c.interval, [2 * (day - 1), 2 * day]);
}

/** The cluster falls on the day an undated mention names ("on Tuesday", "October 18" without a year). */
function fallsOnNamedDay(p: Profile, c: Cluster): boolean {
  return p.dayLabel !== null && c.fallsOn(p.dayLabel);
}

/**
 * A weekday alone names one day in seven: at a busy site some other incident falls on it by chance,
 * when the one meant has no dated report. It is enough only when this many reports agree: the
 * incident's own and the undated ones that name its weekday and fit no other incident (a report
 * that also names the incident's toll needs none; lone reports, group.ts, are told by two that name
 * one weapon).
 */
export const WEEKDAY_REPORTS = 3;

/** An incident this many times more widely reported than any other that fits is the one a reference means. */
const DOMINANCE = 3;
/** ...and reported by at least this many articles. */
const DOMINANT_ARTICLES = 3;

/**
 * Of several fitting clusters, the one the mention means when its toll tells: the only one sharing
 * it, or, of several sharing it, one reported far more widely than the rest (a later "the attack
 * that killed three soldiers in Jordan" means the incident the news covered). Null otherwise.
 */
function dominant(m: Profile['mention'], fitting: readonly Cluster[]): Cluster | null {
  const [first, second] = fitting.filter((c) => sharesToll(m, c)).sort((a, b) => b.articles.size - a.articles.size);
  if (!first || !second) return first ?? null;
  return first.articles.size >= DOMINANT_ARTICLES && first.articles.size >= DOMINANCE * second.articles.size ? first : null;
}

/**
 * Of the incidents a report may recall, the one its reports far outnumber the others' together by (DOMINANCE times),
 * reported by at least DOMINANT_ARTICLES articles; null when none is.
 */
function mostCovered(clusters: readonly Cluster[]): Cluster | null {
  let [first, all] = [null as Cluster | null, 0];
  for (const c of clusters) {
    all += c.articles.size;
    if (!first || c.articles.size > first.articles.size) first = c;
  }
  if (!first || first.articles.size < DOMINANT_ARTICLES) return null;
  return first.articles.size >= DOMINANCE * (all - first.articles.size) ? first : null;
}

interface Fit {
  cluster: Cluster;
  /** Found by the weekday or the month the mention names alone: it needs corroboration (WEEKDAY_REPORTS). */
  loosely: boolean;
  /** Another report of its article names a weekday that falls, in the one incident it fits that week, in the same week. */
  weekConfirmed?: boolean;
}

/**
 * The windows a report is looked for in, narrowest first, each with the clusters there (null: too many to tell apart):
 * under its own key, or, for a report at a site (`around`), the clusters no report places at a site under its country's
 * key, which too is searched far only while quiet.
 */
function* searches(p: Profile, index: ClusterIndex, options: AttachOptions, published: DayRange | undefined, around = false): Generator<{ step: SearchStep; candidates: Cluster[] | null }> {
  const own = indexKey(p);
  if (own === null || (around && p.site === null)) return;
  const key = around ? countryKey(p.mention.kind, p.mention.country as string) : own;
  for (const step of published ? boundedSteps(p, published, options) : searchSteps(p, options)) {
    if (options.busy(own) && searchesFar(step)) continue;
    if (!around) {
      yield { step, candidates: index.within(key, step.window) };
      continue;
    }
    if (options.busy(key) && searchesFar(step)) continue;
    yield { step, candidates: index.within(key, step.window)?.filter((c) => c.sites.length === 0) ?? null };
  }
}

/**
 * The one anchored cluster this mention belongs to, or null. `published`: the days its undated article's other reports
 * leave it. A report at a site is looked for among the incidents whose reports name only its town or province (by its
 * toll: fits) when no incident at its site fits it at all.
 */
function uniqueFit(p: Profile, index: ClusterIndex, options: AttachOptions, published: DayRange | undefined): Fit | null {
  const atSite = fitAmong(p, searches(p, index, options, published), options, published);
  // Only a shared toll lets a report at a site join a cluster no report places at one: without a toll, nothing to look for.
  if (atSite !== null || p.site === null || !hasStrongDetail(p.mention) || fitsAtItsSite(p, index, options, published)) return atSite;
  return fitAmong(p, searches(p, index, options, published, true), options, published);
}

/** Some cluster at the report's site, in any window it is looked for in, fits it. */
function fitsAtItsSite(p: Profile, index: ClusterIndex, options: AttachOptions, published: DayRange | undefined): boolean {
  for (const { candidates } of searches(p, index, options, published)) if (candidates === null || candidates.some((c) => fits(p, c, options.actors))) return true;
  return false;
}

/** The one cluster of the searches the mention belongs to, or null. */
function fitAmong(p: Profile, found: Iterable<{ step: SearchStep; candidates: Cluster[] | null }>, options: AttachOptions, published: DayRange | undefined): Fit | null {
  const m = p.mention;
  for (const { step, candidates } of found) {
    const { window, needsToll, dominantOnly } = step;
    if (candidates === null) return null;
    // The last days are whole days: an incident the day before them reaches them only by its half day of slack.
    const inWindow = step.recent ? candidates.filter((c) => reachesIntoWindow(c, window)) : candidates;
    const fitting = beforePublication(p, inWindow.filter((c) => fits(p, c, options.actors) && !beforeItsWeek(p, c)));
    if (dominantOnly) {
      // Several incidents share the toll: the one the news covered, or none. One alone: let recency tell first.
      const sharing = fitting.filter((c) => sharesToll(m, c));
      if (sharing.length < 2) continue;
      const chosen = dominant(m, sharing);
      return chosen && { cluster: chosen, loosely: false };
    }
    const onDays = hurtAlike(p, fitting.filter((c) => fallsOnNamedDay(p, c)));
    const [onDay, another] = onDays.length > 1 && published ? firstOfWeeksApart(p, onDays) : onDays;
    // A weekday or a month alone needs corroboration (corroborated); with the incident's toll, it is as telling as a day, and
    // so is a weekday at the site of a kind whose every incident is announced, with a detail in common (a US drone strike
    // near Kirkuk "on Sunday").
    const announcedAtSite = (c: Cluster) => p.site !== null && p.dayLabel !== null && isWeekday(p.dayLabel) && options.announcedKinds.has(m.kind) && sharesDistinctiveDetail(p, c.members, options.actors);
    if (onDay && !another) return { cluster: onDay, loosely: p.dayLabel !== null && (isWeekday(p.dayLabel) || isMonth(p.dayLabel)) && !sharesToll(m, onDay) && !announcedAtSite(onDay) };
    if (!onDay && p.site === null && p.dayLabel !== null && isMonth(p.dayLabel)) {
      // "since February, when US forces struck over 85 targets in Syria": of that month's incidents there, the one the news covered.
      const covered = mostCovered(candidates.filter((c) => fallsOnNamedDay(p, c)));
      if (covered && fits(p, covered, options.actors, true)) return { cluster: covered, loosely: true };
    }
    const strong = needsToll ? fitting.filter((c) => sharesStrong(p, c, options.rareWeapons)) : fitting;
    if (step.onlyUnique && strong.length !== 1) continue;
    if (strong.length > 1) {
      const chosen = dominant(m, strong);
      return chosen && { cluster: chosen, loosely: false };
    }
    if (strong.length === 1) return { cluster: strong[0] as Cluster, loosely: false };
    if (needsToll && window === null && p.site === null && p.dayLabel === null) {
      // An undated article's report of an attack somewhere in a country ("US soldiers also came under attack in
      // Jordan"): the incident there the news covered, when its reports far outnumber those of all the others.
      const covered = mostCovered(candidates);
      if (covered && fits(p, covered, options.actors, true)) return { cluster: covered, loosely: false };
    }
    if (step.recent && !fitting.length) {
      // Early reports disagree on the weapon (drones or rockets): the one incident of the last days that fits
      // but for it is the one reported, and the event records the disagreement.
      const [only, another] = beforePublication(p, inWindow.filter((c) => fits(p, c, options.actors, false, true)));
      if (only && !another) return { cluster: only, loosely: false };
      // "US conducts fresh strikes in Syria": a report that names no site is of the one incident of its kind in its
      // place in the last days, when there is one; a headline, of the one of the day it came out or the day before.
      const inPlace = beforePublication(p, inWindow.filter((c) => fits(p, c, options.actors, true)));
      const [placed, other] = inPlace.length > 1 && opensItsArticle(m) ? inPlace.filter((c) => isNewsOfTheDay(c, m.published)) : inPlace;
      if (placed && !other) return { cluster: placed, loosely: false };
    }
  }
  return null;
}

/**
 * "Several troops were injured late Monday": of the incidents on the day a report names, the one whose reports count
 * several hurt as well, when it alone does (most incidents hurt no one). Its toll need not be the report's.
 */
function hurtAlike(p: Profile, onDays: Cluster[]): Cluster[] {
  if (onDays.length < 2 || !severalHurt(p.mention.injured)) return onDays;
  const hurt = onDays.filter((c) => c.countsSeveralHurt);
  return hurt.length === 1 ? hurt : onDays;
}

/**
 * Of several incidents on the weekday an undated article names, after the first day it can have come out on: the first,
 * when the next falls this many days or more later.
 */
const WEEKS_APART_DAYS = 14;

function firstOfWeeksApart(p: Profile, onDays: readonly Cluster[]): readonly Cluster[] {
  const days = onDays.map((c) => ({ c, day: weekdayIn(p, c) })).sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
  const [first, next] = days;
  if (!first || !next || first.day === null || next.day === null) return onDays;
  return next.day - first.day >= WEEKS_APART_DAYS ? [first.c] : onDays;
}

/** The clusters a report fits on the weekday it names, with that day, in any of its search windows; none when it names no weekday. */
function weekdayOptions(p: Profile, index: ClusterIndex, options: AttachOptions, published: DayRange | undefined): { cluster: Cluster; day: number }[] {
  if (p.dayLabel === null || !isWeekday(p.dayLabel)) return [];
  const found: { cluster: Cluster; day: number }[] = [];
  for (const { candidates } of searches(p, index, options, published)) {
    for (const cluster of candidates ?? []) {
      const day = fits(p, cluster, options.actors) && !beforeItsWeek(p, cluster) ? weekdayIn(p, cluster) : null;
      if (day !== null) found.push({ cluster, day });
    }
  }
  return found;
}

/**
 * An undated article names the weekdays of one week: a weekday fit of one of its reports without a site goes when
 * another of its reports, at a base, names a weekday and fits incidents on it, none of them in that week ("on Monday"
 * a strike, and an attack "on Monday" at a base attacked on other Mondays only). It is
 * confirmed when another of its reports fits, on the weekday it names, exactly one other incident of that week ("on
 * Friday" at one base, "on Thursday" in another province): two of its reports agree on its week. So it is when the
 * article's lead was placed by its weekday in an earlier round (`leadDays`) and the fit falls in the six days before or
 * on that day: the lead is the article's news, and the other days it names are of the week before.
 */
function weekAgreesWithArticle(
  choices: readonly (readonly [Profile, Fit | null])[],
  index: ClusterIndex,
  options: AttachOptions,
  published: Publication,
  leadDays: ReadonlyMap<string, number>,
): (readonly [Profile, Fit | null])[] {
  const weekdayReports = new Map<string, Profile[]>();
  for (const [p] of choices) {
    if (p.dayLabel === null || !isWeekday(p.dayLabel)) continue;
    const list = weekdayReports.get(p.mention.article);
    if (list) list.push(p);
    else weekdayReports.set(p.mention.article, [p]);
  }
  // Each report's options are searched once, however many reports of its article ask for them.
  const optionsOf = new Map<Profile, { cluster: Cluster; day: number }[]>();
  const daysOf = (q: Profile) => {
    let found = optionsOf.get(q);
    if (!found) optionsOf.set(q, (found = weekdayOptions(q, index, options, published.get(q.mention.article))));
    return found;
  };
  return choices.map(([p, fit]) => {
    const day = fit?.loosely ? weekdayIn(p, fit.cluster) : null;
    if (!fit || day === null) return [p, fit] as const;
    const others = (weekdayReports.get(p.mention.article) ?? []).filter((q) => q !== p);
    // A base is more telling than a country (as in keepOneWeek): only a report at a base rules out a fit, and only one
    // without a site, whose place fits incidents anywhere in the country. Of two bases neither outranks the other, and
    // an article may tell a Monday at a base that no report dates: a fit at a base stays.
    const elsewhere = others.some((q) => {
      if (p.site !== null || q.site === null) return false;
      const days = daysOf(q);
      return days.length > 0 && days.every((o) => Math.abs(o.day - day) > WEEK_DAYS);
    });
    if (elsewhere) return [p, null] as const;
    const lead = leadDays.get(p.mention.article);
    const weekConfirmed =
      (lead !== undefined && day <= lead && lead - day <= WEEK_DAYS) ||
      others.some((q) => daysOf(q).filter((o) => o.cluster !== fit.cluster && Math.abs(o.day - day) <= WEEK_DAYS).length === 1);
    return [p, { ...fit, weekConfirmed }] as const;
  });
}

/**
 * The fits to act on: every fit, except a weekday or month fit that too few reports corroborate: the incident's own and
 * the other loose reports that fit it and name a weapon it can share ("rockets" and "a drone" are two incidents, not
 * two reports agreeing on one; copies of one sentence are one report), and one more where another report of its
 * article confirms the week.
 */
function corroborated(choices: readonly (readonly [Profile, Fit | null])[]): Map<Profile, Cluster> {
  const looseReports = new Map<Cluster, Profile[]>();
  for (const [p, fit] of choices) {
    if (!fit?.loosely) continue;
    const list = looseReports.get(fit.cluster);
    if (list) list.push(p);
    else looseReports.set(fit.cluster, [p]);
  }
  const agreeing = (p: Profile, cluster: Cluster): number => {
    const articles = new Set(cluster.articles).add(p.mention.article);
    const sentences = new Set<string>();
    const own = copiedSentence(p.mention);
    if (own !== null) sentences.add(own);
    for (const q of looseReports.get(cluster) ?? []) {
      if (q === p || weaponsDisjoint(p, q)) continue;
      // A wire story's sentence printed by two outlets is one report.
      const sentence = copiedSentence(q.mention);
      if (sentence !== null && sentences.has(sentence)) continue;
      if (sentence !== null) sentences.add(sentence);
      articles.add(q.mention.article);
    }
    return articles.size;
  };
  const accepted = new Map<Profile, Cluster>();
  for (const [p, fit] of choices) {
    if (fit && (!fit.loosely || agreeing(p, fit.cluster) + (fit.weekConfirmed ? 1 : 0) >= WEEKDAY_REPORTS)) accepted.set(p, fit.cluster);
  }
  return accepted;
}

/** An article names the weekdays of the week before it: each at most this many days before its publication. */
const WEEK_DAYS = 6;

/**
 * The weekday an undated report names falls in the cluster before the week before the latest day its article's text
 * names (StoredMention.writtenAfter: "The House on November 2 passed …"): the article came out after that day, and its
 * weekdays are of the week before it came out. That day says nothing of how long after: it bounds nothing else.
 */
export function beforeItsWeek(p: Profile, c: Cluster): boolean {
  const after = p.mention.writtenAfter;
  if (!after || p.dayLabel === null || !isWeekday(p.dayLabel)) return false;
  const day = c.dayNamed(p.dayLabel);
  return day !== null && day < dayNumber(after) - WEEK_DAYS;
}

/** First and last day numbers; the last is infinite where only the first is known. */
type DayRange = readonly [first: number, last: number];

/** The days an undated article can have been published on, as its dated reports and the incidents its reports were placed in bound them. */
type Publication = Map<string, DayRange>;

/** The article came out on or after `day`. */
function publishedAfter(published: Publication, article: string, day: number): void {
  const known = published.get(article);
  if (!known) published.set(article, [day, Number.POSITIVE_INFINITY]);
  else if (day > known[0] && day <= known[1]) published.set(article, [day, known[1]]);
}

/**
 * The days undated articles came out on: the day their text shows they were written on ("for 91 days"), or else in the
 * month their date line or address names, if one does; and on or after the days their own dated reports name. Only the
 * articles of `loose` are kept: no other is asked for.
 */
function publicationOfAnchors(anchored: readonly Cluster[], loose: readonly Profile[]): Publication {
  const published: Publication = new Map();
  for (const { mention: m } of loose) {
    if (m.published !== null || published.has(m.article)) continue;
    if (m.writtenOn) published.set(m.article, [dayNumber(m.writtenOn), dayNumber(m.writtenOn)]);
    else if (m.publishedMonth) published.set(m.article, [dayNumber(`${m.publishedMonth}-01`), lastDayOfMonth(`${m.publishedMonth}-01`)]);
  }
  const articles = new Set(loose.map((p) => p.mention.article));
  for (const c of anchored) {
    for (const p of c.members) if (p.mention.published === null && p.day !== null && articles.has(p.mention.article)) publishedAfter(published, p.mention.article, p.day);
  }
  return published;
}

/** The weekday `p` names is `day`: its article came out that day or within the week after. */
function placeWeekday(published: Publication, p: Profile, day: number): void {
  const known = published.get(p.mention.article);
  const first = Math.max(known?.[0] ?? day, day);
  const last = Math.min(known?.[1] ?? day + WEEK_DAYS, day + WEEK_DAYS);
  if (first <= last) published.set(p.mention.article, [first, last]);
}

/** The day a weekday-naming report falls on in the cluster, or null when it names no weekday or the cluster no such day. */
function weekdayIn(p: Profile, c: Cluster): number | null {
  return p.dayLabel !== null && isWeekday(p.dayLabel) ? c.dayNamed(p.dayLabel) : null;
}

/**
 * An article without a date names the weekdays of one week: the clusters its reports fit must agree on it, one day
 * for one weekday, all within a week (and before the publication its reports placed earlier bound). When they do
 * not, the fits at a site are kept if they agree among themselves (a base is more telling than a country), and the
 * others go; else the fits that could be corroborated, if they agree; else all of them go. Fits that go do not
 * corroborate any other.
 */
function keepOneWeek(choices: readonly (readonly [Profile, Fit | null])[], published: Publication): (readonly [Profile, Fit | null])[] {
  const byArticle = new Map<string, { p: Profile; day: number; fit: Fit }[]>();
  for (const [p, fit] of choices) {
    const day = fit ? weekdayIn(p, fit.cluster) : null;
    if (day === null || !fit) continue;
    const list = byArticle.get(p.mention.article);
    if (list) list.push({ p, day, fit });
    else byArticle.set(p.mention.article, [{ p, day, fit }]);
  }
  const oneWeek = (placed: readonly { p: Profile; day: number }[], bound: DayRange | undefined): boolean => {
    const days = placed.map((x) => x.day);
    if (Math.max(...days) - Math.min(...days) > WEEK_DAYS) return false;
    if (bound && days.some((d) => d < bound[0] - WEEK_DAYS || d > bound[1])) return false;
    return placed.every((a) => placed.every((b) => a.day === b.day || !labelsAgree(a.p.dayLabel as string, b.p.dayLabel as string)));
  };
  const dropped = new Set<Profile>();
  // A fit by a weekday alone that its incident's reports could not corroborate even with this one (an incident one story
  // tells) would not be acted on: it does not rule out the article's other fits, to incidents well reported on their day.
  const corroborable = (x: { p: Profile; fit: Fit }) => !x.fit.loosely || x.fit.cluster.articles.size + 1 >= WEEKDAY_REPORTS;
  for (const [article, placed] of byArticle) {
    if (placed.length < 2 || oneWeek(placed, published.get(article))) continue;
    const atSites = placed.filter((x) => x.p.site !== null);
    const strong = placed.filter(corroborable);
    const keep =
      atSites.length > 0 && oneWeek(atSites, published.get(article))
        ? atSites
        : strong.length > 0 && strong.length < placed.length && oneWeek(strong, published.get(article))
          ? strong
          : [];
    for (const x of placed) if (!keep.includes(x)) dropped.add(x.p);
  }
  return dropped.size ? choices.map(([p, fit]) => [p, dropped.has(p) ? null : fit] as const) : [...choices];
}

/** The report can still join the cluster as other reports of its round joined it: its article, site and toll. */
function fitsStill(p: Profile, c: Cluster): boolean {
  return !c.articles.has(p.mention.article) && (p.site === null || c.acceptsSite(p.site)) && c.tollAgrees(p.mention);
}

/**
 * Adds each non-anchor to its one fitting cluster, in rounds; returns those that found none.
 * `loose` must be sorted by mention id: when two mentions of one article pick the same cluster
 * in one round, the first keeps it.
 */
export function attachLoose(anchored: readonly Cluster[], loose: readonly Profile[], options: AttachOptions): Profile[] {
  let unplaced = [...loose];
  // The bounds are read only for the articles of reports still to place.
  const published = publicationOfAnchors(anchored, loose);
  // The days of the articles' leads placed by the weekday they name, in the rounds so far.
  const leadDays = new Map<string, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const index = new ClusterIndex(anchored);
    const found = unplaced.map((p) => [p, uniqueFit(p, index, options, published.get(p.mention.article))] as const);
    const accepted = corroborated(weekAgreesWithArticle(keepOneWeek(found, published), index, options, published, leadDays));
    const choices = unplaced.map((p) => [p, accepted.get(p)] as const);
    unplaced = [];
    let attached = 0;
    for (const [p, cluster] of choices) {
      // Reports placed in one round were chosen against the cluster as the round began: each must still fit as the
      // others join (two bases for one incident told only by its town, "no one hurt" beside five wounded).
      if (cluster && fitsStill(p, cluster)) {
        cluster.add(p);
        attached++;
        const day = weekdayIn(p, cluster);
        if (day !== null) {
          placeWeekday(published, p, day);
          if (opensItsArticle(p.mention)) leadDays.set(p.mention.article, day);
        } else if (p.mention.published === null && cluster.interval !== null) publishedAfter(published, p.mention.article, Math.ceil(cluster.interval[0] / 2));
      } else unplaced.push(p);
    }
    if (attached === 0) break;
  }
  return unplaced;
}
