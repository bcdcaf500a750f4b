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
import { Cluster } from './cluster.js';
import { intersect } from './days.js';
import { weaponsDisjoint } from './evidence.js';
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
  return `${cluster.kind}|${cluster.country}`;
}

/**
 * Anchors sharing kind, place and day; a second mention from the same article starts a second atom, and so does a
 * mention without a site whose weapons differ from the atom's. Atoms come in
 * the order they are made, which follows mention ids: ties between candidate pairs go by it.
 */
function buildAtoms(ordered: readonly Profile[]): Atom[] {
  // Reports that name the part of their day come first: they set apart the incidents of one site and day that the others then join.
  const anchors = [...ordered.filter((p) => p.dayPart !== null), ...ordered.filter((p) => p.dayPart === null)];
  const groups = new Map<string, Atom[]>();
  // Profiles share their placed site or place text: each one's key parts are worked out once.
  const placeParts = new Map<object, { place: string; key: string }>();
  const made: Atom[] = [];
  for (const p of anchors) {
    const m = p.mention;
    const where: object = p.site ?? p.place;
    let part = placeParts.get(where);
    if (!part) placeParts.set(where, (part = { place: placeKey(p), key: atomPlace(p) }));
    const key = `${m.kind}|${m.country}|${part.key}|${p.day}`;
    let atoms = groups.get(key);
    if (!atoms) groups.set(key, (atoms = []));
    // A site has one incident a day; a province or a country many, which their weapons tell apart (pairScore).
    const open = atoms.filter(
      (a) => !a.cluster.articles.has(m.article) && !a.cluster.partApart(p) && (p.site !== null || !weaponsDisjoint(p.weapons, a.cluster.weapons)),
    );
    // Two incidents of one site and day, told apart by the parts of the day named: a report that names none goes by its weapons.
    const free = (open.length > 1 ? open.find((a) => !weaponsDisjoint(p.weapons, a.cluster.weapons)) : undefined) ?? open[0];
    if (free) free.cluster.add(p);
    else {
      const atom = { block: `${m.kind}|${m.country}`, cluster: new Cluster(p), day: p.day as number, place: part.place };
      atoms.push(atom);
      made.push(atom);
    }
  }
  return made;
}

/** The scores a pair of atoms can have (pairScore), highest first. */
const SCORES = [4, 3, 2, 1];

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * What tells two reports apart when their dates do not: weapons with nothing in common, or death tolls that cannot
 * be one incident's. At one site they count only a day apart (one incident a site a day); in a province or a
 * country, which see many incidents a day, on the same day too.
 */
function toldApart(a: Cluster, b: Cluster): boolean {
  return weaponsDisjoint([...a.weapons], b.weapons) || !a.tollsAgree(b);
}

function pairScore(a: Atom, b: Atom): number | null {
  const sameDay = a.day === b.day;
  const wa = a.cluster.weapons;
  const wb = b.cluster.weapons;
  const shareWeapon = overlap(wa, wb);
  const oneSite = a.place.startsWith('site:') && b.place.startsWith('site:');
  if ((!sameDay || !oneSite) && toldApart(a.cluster, b.cluster)) return null;
  if (!a.cluster.canJoin(b.cluster)) return null;
  return (sameDay ? 2 : 1) + (a.place === b.place ? 1 : 0) + (shareWeapon ? 1 : 0);
}

/** The places an atom's place may be one with: the same, a nearby site, or for a place text, any text it does not contradict. */
function comparablePlaces(place: string, places: PlaceIndex): string[] {
  if (place.startsWith('site:')) return [place, ...places.nearbySites(place.slice(5)).map((s) => `site:${s}`)];
  return place === COUNTRY_ONLY ? ['text'] : [place, COUNTRY_ONLY];
}

function indexKeys(atom: Atom): string[] {
  const keys = [`${atom.block}|${atom.place}|${atom.day}`];
  if (!atom.place.startsWith('site:')) keys.push(`${atom.block}|text|${atom.day}`);
  return keys;
}

/**
 * Candidate pairs: atoms of one kind and country, on the same or the next day, at places that can be one; handed to
 * `visit` most similar first, ties in atom order. A pair is coded as one number (lower position × atom count +
 * higher position) and the codes of each score sorted as numbers: a million pairs need no object and no comparison
 * function each.
 */
function forEachCandidatePair(atoms: readonly Atom[], places: PlaceIndex, visit: (a: Atom, b: Atom) => void): void {
  // Positions in `atoms` by key: a pair's code is made of positions.
  const index = new Map<string, number[]>();
  atoms.forEach((atom, i) => {
    for (const key of indexKeys(atom)) pushTo(index, key, i);
  });
  const comparable = new Map<string, string[]>();
  const n = atoms.length;
  const codes = new Map<number, number[]>(SCORES.map((score) => [score, []]));
  atoms.forEach((a, i) => {
    let near = comparable.get(a.place);
    if (!near) comparable.set(a.place, (near = comparablePlaces(a.place, places)));
    for (const place of near) {
      for (const day of [a.day, a.day + 1]) {
        for (const j of index.get(`${a.block}|${place}|${day}`) ?? []) {
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

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
function fittingSiteClusters(c: Cluster, index: ReadonlyMap<string, Cluster[]>, scope: string, dayAway: boolean, accepts: (s: Cluster) => boolean): Cluster[] {
  const seen = new Set<Cluster>();
  const fits: Cluster[] = [];
  for (const day of memberDays(c)) {
    for (const d of dayAway ? [day - 1, day, day + 1] : [day]) {
      for (const s of index.get(`${blockOf(c)}${scope}|${d}`) ?? []) {
        if (seen.has(s)) continue;
        seen.add(s);
        if (s.canJoin(c) && accepts(s)) fits.push(s);
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
function siteFits(c: Cluster, index: ReadonlyMap<string, Cluster[]>, scope: string): Cluster[] {
  const sameWeapons = fittingSiteClusters(c, index, scope, false, (s) => shareADay(s, c) && !weaponsDisjoint([...s.weapons], c.weapons));
  if (sameWeapons.length > 0) return sameWeapons;
  const sameDay = fittingSiteClusters(c, index, scope, false, (s) => shareADay(s, c));
  return sameDay.length > 0 ? sameDay : fittingSiteClusters(c, index, scope, true, (s) => shareADay(s, c) || !toldApart(s, c));
}

function provinceOf(site: { province: string | null }): string {
  return site.province ?? '';
}

/** Each cluster without a site joins the single cluster with a site it fits, if there is a single one. */
function placeSiteless(withSite: Cluster[], withoutSite: Cluster[]): Cluster[] {
  const index = new Map<string, Cluster[]>();
  for (const c of withSite) {
    const provinces = new Set([...c.sites.values()].map(provinceOf));
    for (const day of memberDays(c)) {
      pushTo(index, `${blockOf(c)}|${day}`, c);
      for (const province of provinces) pushTo(index, `${blockOf(c)}|${province}|${day}`, c);
    }
  }
  const decisions: [Cluster, Cluster][] = [];
  const alone: Cluster[] = [];
  for (const c of withoutSite) {
    const provinces = new Set([...c.places].map((p) => p.region?.province).filter((p): p is string => typeof p === 'string'));
    const scoped = provinces.size === 1 ? siteFits(c, index, `|${[...provinces][0]}`) : [];
    const fits = scoped.length > 0 ? scoped : siteFits(c, index, '');
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
  const withSite = agglomerate(atoms.filter((a) => a.cluster.sites.size > 0), places);
  const withoutSite = agglomerate(atoms.filter((a) => a.cluster.sites.size === 0), places);
  return placeSiteless(withSite, withoutSite);
}
