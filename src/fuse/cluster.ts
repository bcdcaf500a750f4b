/** A growing group of mentions believed to report one incident, with what its members jointly allow. */
import { dayHasLabel, daysIn, intersect, labelsAgree, mayHoldLabel, meets, sameSort, someDayHasLabel, type HalfDayInterval } from './days.js';
import { partsApart, type DayPart } from './day-parts.js';
import type { ActorRelations } from './evidence.js';
import { killedCompatible, severalHurt, sharesStrongDetail, weaponsDisjoint } from './evidence.js';
import { placeFitsSite, placeTextsCompatible, sitesCompatible, type PlacedSite, type PlaceText } from './places.js';
import type { StoredMention } from '../model.js';
import type { Profile } from './profile.js';

/** A cluster dated more loosely than this many days cannot be told to fall on a named day. */
const MAX_LABELLED_SPAN = 2;

const NO_STRINGS: ReadonlySet<string> = new Set();

/** The articles of a cluster: the first is held as it is, and a set is made only for a second. */
export class ArticleSet implements Iterable<string> {
  private first: string | null = null;
  private more: Set<string> | null = null;

  get size(): number {
    return this.more !== null ? this.more.size : this.first === null ? 0 : 1;
  }

  has(article: string): boolean {
    return this.more !== null ? this.more.has(article) : this.first === article;
  }

  add(article: string): void {
    if (this.more !== null) this.more.add(article);
    else if (this.first === null) this.first = article;
    else if (this.first !== article) this.more = new Set([this.first, article]);
  }

  /** The two sets share an article. */
  meets(other: ArticleSet): boolean {
    if (other.size < this.size) return other.meets(this);
    if (this.more === null) return this.first !== null && other.has(this.first);
    for (const article of this.more) if (other.has(article)) return true;
    return false;
  }

  [Symbol.iterator](): Iterator<string> {
    return (this.more ?? (this.first === null ? [] : [this.first])).values();
  }
}
const NO_SITES: readonly PlacedSite[] = [];
const NO_WEAPONS: readonly string[] = [];
const NO_PLACES: readonly PlaceText[] = [];

/** Dates can fall on a labelled day: those short enough to name their days by them (fallsOn), longer ones by mayHoldLabel. */
function datesMayFallOn(dates: HalfDayInterval, label: string): boolean {
  const days = daysIn(dates, MAX_LABELLED_SPAN);
  return days !== null ? someDayHasLabel(days, label) : mayHoldLabel(dates, label);
}

/**
 * Most clusters hold one or two reports: the sets below are made only when a member brings
 * something to put in them, since a large fusion holds a cluster for nearly every report. Sites,
 * places and weapons, of which a cluster has one or two, are short lists replaced rather than
 * changed in place, so that a cluster whose members agree holds its first member's own.
 */
export class Cluster {
  readonly members: Profile[];
  readonly articles = new ArticleSet();
  /** One placing per site name, the last a member brought. */
  private siteList: readonly PlacedSite[] = NO_SITES;
  private placeList: readonly PlaceText[] = NO_PLACES;
  /** The weapon classes members name, each once. */
  private weaponList: readonly string[] = NO_WEAPONS;
  private possibleWeaponList: readonly string[] = NO_WEAPONS;
  private attackerSet: Set<string> | null = null;
  private dayLabelSet: Set<string> | null = null;
  /** The parts of their days that members name ("on Monday morning"): one per day, the hours they share. */
  private partList: DayPart[] | null = null;
  /** Where the incident's date can lie given every dated member; null while no member is dated. */
  interval: HalfDayInterval | null = null;
  killedLow: number | null = null;
  killedHigh: number | null = null;
  /** Some member says no one was hurt; some member counts several hurt (severalHurt). */
  private noneHurt = false;
  private manyHurt = false;
  private smallestId: string;

  constructor(first: Profile) {
    this.smallestId = first.mention.id;
    // Made with its first member, the list is as long as that: many clusters keep a single report.
    this.members = [first];
    this.note(first);
  }

  get sites(): readonly PlacedSite[] {
    return this.siteList;
  }

  /** Some member counts several hurt (severalHurt). */
  get countsSeveralHurt(): boolean {
    return this.manyHurt;
  }

  hasSite(name: string): boolean {
    for (const site of this.siteList) if (site.name === name) return true;
    return false;
  }

  /** The place texts of members without a site, each once. */
  get places(): readonly PlaceText[] {
    return this.placeList;
  }

  /** The classes its reports name and those a vague one among them may stand for. */
  get possibleWeapons(): readonly string[] {
    return this.possibleWeaponList;
  }

  get weapons(): readonly string[] {
    return this.weaponList;
  }

  get attackers(): ReadonlySet<string> {
    return this.attackerSet ?? NO_STRINGS;
  }

  /** The days undated members name ("w2", "10-18"). */
  get dayLabels(): ReadonlySet<string> {
    return this.dayLabelSet ?? NO_STRINGS;
  }

  get kind(): string {
    return (this.members[0] as Profile).mention.kind;
  }

  get country(): string | null {
    return (this.members[0] as Profile).mention.country;
  }

  /** The smallest member id: a name for the cluster that does not depend on input order. */
  get key(): string {
    return this.smallestId;
  }

  add(p: Profile): void {
    this.members.push(p);
    this.note(p);
  }

  /** What a new member brings to the sets, dates and tolls. */
  private note(p: Profile): void {
    const m = p.mention;
    if (m.id < this.smallestId) this.smallestId = m.id;
    this.articles.add(m.article);
    if (p.site) this.noteSite(p.site);
    else if (!this.placeList.includes(p.place)) this.placeList = [...this.placeList, p.place];
    if (this.weaponList.length === 0) this.weaponList = p.weapons;
    else for (const w of p.weapons) if (!this.weaponList.includes(w)) this.weaponList = [...this.weaponList, w];
    if (this.possibleWeaponList.length === 0) this.possibleWeaponList = p.possibleWeapons;
    else for (const w of p.possibleWeapons) if (!this.possibleWeaponList.includes(w)) this.possibleWeaponList = [...this.possibleWeaponList, w];
    if (m.attacker !== null) (this.attackerSet ??= new Set()).add(m.attacker);
    if (p.dayLabel !== null) (this.dayLabelSet ??= new Set()).add(p.dayLabel);
    if (p.dayPart !== null) this.addPart(p.dayPart);
    if (p.interval) this.interval = this.interval ? (intersect(this.interval, p.interval) ?? this.interval) : p.interval;
    if (m.injured === 0) this.noneHurt = true;
    else if (severalHurt(m.injured)) this.manyHurt = true;
    if (m.killed !== null) {
      this.killedLow = this.killedLow === null ? m.killed : Math.min(this.killedLow, m.killed);
      this.killedHigh = this.killedHigh === null ? m.killed : Math.max(this.killedHigh, m.killed);
    }
  }

  private noteSite(site: PlacedSite): void {
    const i = this.siteList.findIndex((mine) => mine.name === site.name);
    if (i < 0) this.siteList = [...this.siteList, site];
    else if (this.siteList[i] !== site) this.siteList = this.siteList.map((mine, j) => (j === i ? site : mine));
  }

  private addPart(part: DayPart): void {
    const parts = (this.partList ??= []);
    const i = parts.findIndex((q) => q.day === part.day);
    const known = parts[i];
    if (known === undefined) parts.push(part);
    else if (!partsApart(known, part)) parts[i] = { day: part.day, from: Math.max(known.from, part.from), to: Math.min(known.to, part.to) };
  }

  /** Members of the two name parts of one day that cannot be one moment ("Monday morning", "Monday evening"). */
  partsApart(other: Cluster): boolean {
    if (this.partList === null || other.partList === null) return false;
    return this.partList.some((mine) => other.partList!.some((theirs) => partsApart(mine, theirs)));
  }

  /** A report names a part of its day that cannot be one moment with what the members name. */
  partApart(p: Profile): boolean {
    const part = p.dayPart;
    return part !== null && this.partList !== null && this.partList.some((mine) => partsApart(mine, part));
  }

  absorb(other: Cluster): void {
    for (const p of other.members) this.add(p);
  }

  /** No article twice, dates and named days that can still coincide, and places that can all be one place. */
  canJoin(other: Cluster): boolean {
    if (this.articles.meets(other.articles)) return false;
    if (this.interval && other.interval && !meets(this.interval, other.interval)) return false;
    for (const label of other.dayLabels) if (!this.allowsDay(label)) return false;
    for (const label of this.dayLabels) if (!other.allowsDay(label)) return false;
    if (this.partsApart(other)) return false;
    for (const site of other.siteList) if (!this.acceptsSite(site)) return false;
    for (const place of other.placeList) if (!this.acceptsPlace(place)) return false;
    return true;
  }

  /**
   * The incident's dates, as its dated members fix them, fall on the day a label names ("w2", "10-18", "m02"),
   * as someDayHasLabel reads it; dates too loose to name their days fall on none.
   */
  fallsOn(label: string): boolean {
    const days = this.namedDays();
    return days !== null && someDayHasLabel(days, label);
  }

  /** The day a report names can be this incident's: its dates, however long, can fall on it, and no member names another such day. */
  allowsDay(label: string): boolean {
    if (this.interval !== null && !datesMayFallOn(this.interval, label)) return false;
    for (const other of this.dayLabels) if (sameSort(other, label) && !labelsAgree(other, label)) return false;
    return true;
  }

  /** The one day of the incident's dates that a label names, or null (undated, or dated too loosely to tell). */
  dayNamed(label: string): number | null {
    const days = this.namedDays()?.filter((d) => dayHasLabel(d, label)) ?? [];
    return days.length === 1 ? (days[0] as number) : null;
  }

  /** The days the dated members leave, when few enough to name one. */
  private namedDays(): number[] | null {
    return this.interval ? daysIn(this.interval, MAX_LABELLED_SPAN) : null;
  }

  acceptsSite(site: PlacedSite): boolean {
    for (const mine of this.siteList) if (!sitesCompatible(mine, site)) return false;
    for (const place of this.placeList) if (placeFitsSite(place, site) === null) return false;
    return true;
  }

  acceptsPlace(place: PlaceText): boolean {
    for (const site of this.siteList) if (placeFitsSite(place, site) === null) return false;
    for (const mine of this.placeList) if (!placeTextsCompatible(mine, place)) return false;
    return true;
  }

  /** Death tolls that can be one incident's, whichever members of the two are compared. */
  tollsAgree(other: Cluster): boolean {
    for (const mine of [this.killedLow, this.killedHigh]) {
      for (const theirs of [other.killedLow, other.killedHigh]) if (!killedCompatible(mine, theirs)) return false;
    }
    return true;
  }

  /**
   * A death toll that can be this incident's, and no "no one was hurt" against several wounded. Where its reports
   * already disagree (an early "no casualties", a later "two wounded"), a report siding with either of them agrees.
   */
  tollAgrees(m: Pick<StoredMention, 'killed' | 'injured'>): boolean {
    const low = killedCompatible(m.killed, this.killedLow);
    const high = killedCompatible(m.killed, this.killedHigh);
    if (this.killedLow === this.killedHigh ? !low || !high : !low && !high) return false;
    if (this.noneHurt && this.manyHurt) return true;
    return !(m.injured === 0 ? this.manyHurt : severalHurt(m.injured) && this.noneHurt);
  }

  /**
   * Weapons that overlap, attackers that do not conflict, death tolls that can be one incident's, and
   * no "no one was hurt" against several wounded. Sources blaming different groups for one incident
   * are common: a shared strong detail (the same toll, the same number of wounded) outweighs the
   * disagreement, which the event then records. Reports dated to one day at one base are clustered
   * without this (anchors.ts), so an early "no injuries" and a later count of the wounded there stay
   * one incident with a conflict; a report joining by weaker evidence must not contradict it.
   */
  agreesWith(p: Profile, actors: ActorRelations, anyWeapons = false): boolean {
    const m = p.mention;
    if (p.dayLabel !== null && !this.allowsDay(p.dayLabel)) return false;
    // A dated report leaves the incident its own dates: the days its members name must still fall in them.
    if (p.interval !== null && this.dayLabelSet !== null) {
      const dates = this.interval === null ? p.interval : intersect(this.interval, p.interval);
      if (dates !== null) for (const label of this.dayLabelSet) if (!datesMayFallOn(dates, label)) return false;
    }
    if (!anyWeapons && weaponsDisjoint(p, this)) return false;
    if (!this.tollAgrees(m)) return false;
    if (this.attackerSet !== null) for (const attacker of this.attackerSet) {
      if (!actors.compatible(attacker, m.attacker)) return this.members.some((q) => sharesStrongDetail(m, q.mention));
    }
    return true;
  }
}
