/**
 * Step one of clustering: mentions dated to a day ("anchors"). Anchors with the same kind, place
 * and day start as one cluster ("atom"); atoms in the same kind and country one day apart at
 * most are then joined, most similar pair first, whenever every member still fits. Anchors with
 * a site and anchors without one are clustered apart first; a cluster without a site then joins
 * the one cluster with a site it fits, and only when there is exactly one (looked for among those of
 * its own day with its weapons first, then of its own day, then a day away). A province or a country,
 * unlike a site, sees many incidents a day: reports that name only one are told apart by their weapons
 * and tolls even on the same day.
 */
import { countryKey } from './busy.js';
import { Cluster } from './cluster.js';
import { intersect } from './days.js';
import { weaponsDisjoint, weaponsOverlap } from './evidence.js';
import type { PlaceIndex } from './places.js';
import type { Profile } from './profile.js';

interface Atom {
  /** Kind and country, the block it is compared within. */
  block: string;
  cluster: Cluster;
  day: number;
  /** `site:<name>`, `province:<name>` for a place text that names a province or town, or `country:` */
  place: string;
}

const COUNTRY_ONLY = 'country:';

function placeKey(p: Profile): string {
  if (p.site) return `site:${p.site.name}`;
  const region = p.place.region;
  return region ? `province:${region.province ?? region.name}` : COUNTRY_ONLY;
}

/** The place part of an atom's key: its place key, and for a place text the region and towns it names. */
function atomPlace(p: Profile): string {
  const text = p.site ? '' : `|${p.place.region?.name ?? ''}:${p.place.townSites.join(',')}`;
  return `${placeKey(p)}${text}`;
}

function blockOf(cluster: Cluster): string {
  return countryKey(cluster.kind, cluster.country as string);
}

/**
 * Lists filed under a block, a string beside it and a day, as maps within maps: looking one up makes no key, and a
 * large fusion looks up several for every report.
 */
class ByBlockAndDay<T> {
  private readonly lists = new Map<string, Map<string | null, Map<number, T[]>>>();

  get(block: string, within: string | null, day: number): T[] | undefined {
    return this.lists.get(block)?.get(within)?.get(day);
  }

  /** The list under these keys, made empty when there is none. */
  list(block: string, within: string | null, day: number): T[] {
    let byWithin = this.lists.get(block);
    if (byWithin === undefined) this.lists.set(block, (byWithin = new Map()));
    let byDay = byWithin.get(within);
    if (byDay === undefined) byWithin.set(within, (byDay = new Map()));
    let list = byDay.get(day);
    if (list === undefined) byDay.set(day, (list = []));
    return list;
  }
}

/**
 * Anchors sharing kind, place and day; a second mention from the same article starts a second atom, and so does a
 * mention without a site whose weapons differ from the atom's. Atoms come in
 * the order they are made, which follows mention ids: ties between candidate pairs go by it.
 */
function buildAtoms(ordered: readonly Profile[]): Atom[] {
  // Reports that name the part of their day come first: they set apart the incidents of one site and day that the others then join.
  const anchors = [...ordered.filter((p) => p.dayPart !== null), ...ordered.filter((p) => p.dayPart === null)];
  const groups = new ByBlockAndDay<Atom>();
  // Profiles share their placed site or place text: each one's key parts are worked out once.
  const placeParts = new Map<object, { place: string; key: string }>();
  const made: Atom[] = [];
  for (const p of anchors) {
    const m = p.mention;
    const where: object = p.site ?? p.place;
    let part = placeParts.get(where);
    if (!part) placeParts.set(where, (part = { place: placeKey(p), key: atomPlace(p) }));
    const block = countryKey(m.kind, m.country as string);
    const atoms = groups.list(block, part.key, p.day as number);
    // A site has one incident a day; a province or a country many, which their weapons tell apart (pairScore).
    // Two incidents of one site and day, told apart by the parts of the day named: of several open atoms, a report
    // that names no part goes to the first whose weapons it shares, else to the first.
    let first: Atom | null = null;
    let sharing: Atom | null = null;
    let open = 0;
    for (const a of atoms) {
      if (a.cluster.articles.has(m.article) || a.cluster.partApart(p)) continue;
      const sameWeapons = !weaponsDisjoint(p, a.cluster);
      if (p.site === null && !sameWeapons) continue;
      open++;
      first ??= a;
      if (sameWeapons) sharing ??= a;
    }
    const free = (open > 1 ? sharing : null) ?? first;
    if (free) free.cluster.add(p);
    else {
      const atom = { block, cluster: new Cluster(p), day: p.day as number, place: part.place };
      atoms.push(atom);
      made.push(atom);
    }
  }
  return made;
}

/** The scores a pair of atoms can have (pairScore), highest first. */
const SCORES = [4, 3, 2, 1];

/**
 * What tells two reports apart when their dates do not: weapons with nothing in common, or death tolls that cannot
 * be one incident's. At one site they count only a day apart (one incident a site a day); in a province or a
 * country, which see many incidents a day, on the same day too.
 */
function toldApart(a: Cluster, b: Cluster): boolean {
  return weaponsDisjoint(a, b) || !a.tollsAgree(b);
}

function pairScore(a: Atom, b: Atom): number | null {
  const sameDay = a.day === b.day;
  const wa = a.cluster.weapons;
  const wb = b.cluster.weapons;
  const shareWeapon = weaponsOverlap(wa, wb);
  const oneSite = a.place.startsWith('site:') && b.place.startsWith('site:');
  if ((!sameDay || !oneSite) && toldApart(a.cluster, b.cluster)) return null;
  if (!a.cluster.canJoin(b.cluster)) return null;
  return (sameDay ? 2 : 1) + (a.place === b.place ? 1 : 0) + (shareWeapon ? 1 : 0);
}

/** The places an atom's place may be one with: the same, a nearby site, or for a place text, any text it does not contradict. */
function comparablePlaces(place: string, places: PlaceIndex): string[] {
  if (place.startsWith('site:')) return [place, ...places.nearbySites(place.slice(5)).map((s) => `site:${s}`)];
  return place === COUNTRY_ONLY ? [ANY_TEXT] : [place, COUNTRY_ONLY];
}

/** What an atom is also filed under when its place is a place text: any text it does not contradict looks there. */
const ANY_TEXT = 'text';

/**
 * Candidate pairs: atoms of one kind and country, on the same or the next day, at places that can be one; handed to
 * `visit` most similar first, ties in atom order. A pair is coded as one number (lower position × atom count +
 * higher position) and the codes of each score sorted as numbers: a million pairs need no object and no comparison
 * function each.
 */
function forEachCandidatePair(atoms: readonly Atom[], places: PlaceIndex, visit: (a: Atom, b: Atom) => void): void {
  // Positions in `atoms` by key: a pair's code is made of positions.
  const index = new ByBlockAndDay<number>();
  atoms.forEach((atom, i) => {
    index.list(atom.block, atom.place, atom.day).push(i);
    if (!atom.place.startsWith('site:')) index.list(atom.block, ANY_TEXT, atom.day).push(i);
  });
  const comparable = new Map<string, string[]>();
  const n = atoms.length;
  const codes = new Map<number, number[]>(SCORES.map((score) => [score, []]));
  atoms.forEach((a, i) => {
    let near = comparable.get(a.place);
    if (!near) comparable.set(a.place, (near = comparablePlaces(a.place, places)));
    for (const place of near) {
      for (let day = a.day; day <= a.day + 1; day++) {
        for (const j of index.get(a.block, place, day) ?? []) {
          const b = atoms[j]!;
          if (b.day === a.day && j <= i) continue;
          const score = pairScore(a, b);
          if (score !== null) codes.get(score)!.push(Math.min(i, j) * n + Math.max(i, j));
        }
      }
    }
  });
  for (const score of SCORES) {
    for (const code of Float64Array.from(codes.get(score)!).sort()) visit(atoms[Math.floor(code / n)]!, atoms[code % n]!);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Joins atoms, most similar pair first, while every member of the result still fits. */
function agglomerate(atoms: readonly Atom[], places: PlaceIndex): Cluster[] {
  const merged = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => {
    let r = c;
    while (merged.has(r)) r = merged.get(r) as Cluster;
    return r;
  };
  forEachCandidatePair(atoms, places, (a, b) => {
    const ca = root(a.cluster);
    const cb = root(b.cluster);
    if (ca === cb || !ca.canJoin(cb)) return;
    const [keep, gone] = ca.members.length >= cb.members.length ? [ca, cb] : [cb, ca];
    keep.absorb(gone);
    merged.set(gone, keep);
  });
  return [...new Set(atoms.map((a) => root(a.cluster)))];
}

function memberDays(c: Cluster): Set<number> {
  return new Set(c.members.map((p) => p.day as number));
}

/** The clusters' dates share a whole day, not only the midnight between two days. */
function shareADay(a: Cluster, b: Cluster): boolean {
  const common = a.interval && b.interval ? intersect(a.interval, b.interval) : null;
  return common !== null && 2 * Math.ceil(common[0] / 2) <= common[1];
}

/**
 * Up to two clusters with a site that `c` fits and `accepts` (two are enough to know it is ambiguous), on its days
 * or, with `dayAway`, a day either way too.
 */
function fittingSiteClusters(
  c: Cluster,
  days: ReadonlySet<number>,
  index: ByBlockAndDay<Cluster>,
  province: string | null,
  dayAway: boolean,
  accepts: (s: Cluster) => boolean,
): Cluster[] {
  const fits: Cluster[] = [];
  const block = blockOf(c);
  const slack = dayAway ? 1 : 0;
  for (const day of days) {
    for (let d = day - slack; d <= day + slack; d++) {
      // A cluster listed under two of the days is tried again, to the same answer: no set of those seen is kept.
      for (const s of index.get(block, province, d) ?? []) {
        if (!fits.includes(s) && s.canJoin(c) && accepts(s)) fits.push(s);
        if (fits.length > 1) return fits;
      }
    }
  }
  return fits;
}

/**
 * The clusters with a site `c` fits, most similar first (as atoms are joined): those of its own day that its weapons
 * do not tell apart, else those of its own day, else those a day away too that nothing tells apart.
 */
function siteFits(c: Cluster, days: ReadonlySet<number>, index: ByBlockAndDay<Cluster>, province: string | null): Cluster[] {
  const sameWeapons = fittingSiteClusters(c, days, index, province, false, (s) => shareADay(s, c) && !weaponsDisjoint(s, c));
  if (sameWeapons.length > 0) return sameWeapons;
  const sameDay = fittingSiteClusters(c, days, index, province, false, (s) => shareADay(s, c));
  return sameDay.length > 0 ? sameDay : fittingSiteClusters(c, days, index, province, true, (s) => shareADay(s, c) || !toldApart(s, c));
}

function provinceOf(site: { province: string | null }): string {
  return site.province ?? '';
}

/** The one province the place texts of a cluster name, or null when they name none or several. */
function onlyProvince(c: Cluster): string | null {
  let only: string | null = null;
  for (const place of c.places) {
    const province = place.region?.province;
    if (typeof province !== 'string' || province === only) continue;
    if (only !== null) return null;
    only = province;
  }
  return only;
}

/** Each cluster without a site joins the single cluster with a site it fits, if there is a single one. */
function placeSiteless(withSite: Cluster[], withoutSite: Cluster[]): Cluster[] {
  // By block and day, under each province of the cluster's sites and under null (any province).
  const index = new ByBlockAndDay<Cluster>();
  for (const c of withSite) {
    const provinces: string[] = [];
    for (const site of c.sites) if (!provinces.includes(provinceOf(site))) provinces.push(provinceOf(site));
    const block = blockOf(c);
    for (const day of memberDays(c)) {
      index.list(block, null, day).push(c);
      for (const province of provinces) index.list(block, province, day).push(c);
    }
  }
  const decisions: [Cluster, Cluster][] = [];
  const alone: Cluster[] = [];
  for (const c of withoutSite) {
    const days = memberDays(c);
    const province = onlyProvince(c);
    const scoped = province !== null ? siteFits(c, days, index, province) : [];
    const fits = scoped.length > 0 ? scoped : siteFits(c, days, index, null);
    if (fits.length === 1) decisions.push([c, fits[0] as Cluster]);
    else alone.push(c);
  }
  decisions.sort((x, y) => compare(x[0].key, y[0].key));
  for (const [siteless, target] of decisions) {
    if (target.canJoin(siteless)) target.absorb(siteless);
    else alone.push(siteless);
  }
  return [...withSite, ...alone];
}

/** Clusters the anchors; `anchors` must be sorted by mention id. */
export function clusterAnchors(anchors: readonly Profile[], places: PlaceIndex): Cluster[] {
  const atoms = buildAtoms(anchors);
  const withSite = agglomerate(atoms.filter((a) => a.cluster.sites.length > 0), places);
  const withoutSite = agglomerate(atoms.filter((a) => a.cluster.sites.length === 0), places);
  return placeSiteless(withSite, withoutSite);
}
