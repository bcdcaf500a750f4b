/**
 * Where a mention is, as fusion compares it: a named site of the pack, or the place text of a
 * mention without a site resolved against the pack's regions and site towns. Resolution is a
 * plain whole-word match of folded names; the extractor has already found the place, fusion
 * only needs to know which province or town it points at.
 */
import type { DomainPack, Region, Site } from '../domain/pack.js';
import type { PlacePrecision } from '../model.js';

/** Two sites this close may be one place when one of them is vague. */
export const NEAR_SITE_KM = 30;
/** A region of town precision fits a site this close to it; a province, this close. */
const TOWN_RADIUS_KM = 30;
const PROVINCE_RADIUS_KM = 150;

export interface PlacedSite {
  name: string;
  country: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  /** An area rather than a facility, or a site the mention reached only through its town. */
  vague: boolean;
}

/** What the place text of a mention without a site says, beyond its country. */
export interface PlaceText {
  region: Region | null;
  /** Sites whose town the text names. */
  townSites: string[];
  /** The quarter of its country the text names when it names no region or town ("northeastern Syria": "northeast"), else null. */
  quarter: string | null;
  precision: PlacePrecision;
}

/** A place text that locates the place by another: "south of Baghdad", "northeast of Erbil". */
const LANDMARK = /^\s*(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s/i;
/** A quarter of a country in a folded place text, before the country's name: "northeastern", "north eastern", "northeast", "eastern", "central". */
const QUARTER = / (?:(north|south) ?(east|west)?|(east|west)|(central))(?:ern)?(?= )/g;

export function foldName(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function distanceKm(
  a: { lat: number | null; lon: number | null },
  b: { lat: number | null; lon: number | null },
): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

const PRECISION_RANK: Record<PlacePrecision, number> = { site: 4, town: 3, province: 2, country: 1, unknown: 0 };

export function finerPrecision(a: PlacePrecision, b: PlacePrecision): boolean {
  return PRECISION_RANK[a] > PRECISION_RANK[b];
}

/** The pack's places, indexed once per pack. */
export class PlaceIndex {
  private readonly sites = new Map<string, Site>();
  private readonly regionNames: { folded: string; region: Region }[] = [];
  private readonly townNames: { folded: string; site: Site }[] = [];
  /** Each country's names, folded. */
  private readonly countryNames = new Map<string, string[]>();
  /** Place texts resolved, by country and text (maps within maps: a lookup makes no key). */
  private readonly resolved = new Map<string, Map<string, PlaceText>>();
  /** Placed sites of the pack, by name and place text: many reports place the same site the same way. */
  private readonly placed = new Map<string, Map<string, PlacedSite>>();
  private neighbours: Map<string, string[]> | null = null;

  constructor(pack: DomainPack) {
    for (const site of pack.sites) {
      this.sites.set(site.name, site);
      for (const town of site.towns) this.townNames.push({ folded: foldName(town), site });
    }
    for (const region of pack.regions) {
      for (const name of new Set([region.name, ...region.aliases])) this.regionNames.push({ folded: foldName(name), region });
    }
    for (const country of pack.countries) this.countryNames.set(country.code, [...new Set([country.name, ...country.aliases])].map(foldName));
    // Longest names first: "Erbil Governorate" before "Erbil".
    this.regionNames.sort((a, b) => b.folded.length - a.folded.length || a.folded.localeCompare(b.folded));
  }

  site(name: string, fallback: { lat: number | null; lon: number | null; country: string | null }, placeText: string | null): PlacedSite {
    const site = this.sites.get(name);
    // A site of the pack with coordinates owes nothing to the mention's own: such placings are shared.
    if (site === undefined || site.lat === null || site.lon === null) return this.placeSite(name, site, fallback, placeText);
    let byText = this.placed.get(name);
    if (byText === undefined) this.placed.set(name, (byText = new Map()));
    const text = placeText ?? '\u0001';
    let found = byText.get(text);
    if (!found) {
      found = this.placeSite(name, site, fallback, placeText);
      byText.set(text, found);
    }
    return found;
  }

  private placeSite(
    name: string,
    site: Site | undefined,
    fallback: { lat: number | null; lon: number | null; country: string | null },
    placeText: string | null,
  ): PlacedSite {
    const viaTown = site !== undefined && placeText !== null && this.namesTownOf(placeText, site);
    return {
      name,
      country: site?.country ?? fallback.country ?? '',
      province: site?.province ?? null,
      lat: site?.lat ?? fallback.lat,
      lon: site?.lon ?? fallback.lon,
      vague: (site !== undefined && site.role !== 'base') || viaTown,
    };
  }

  /** Other sites of the pack close enough to be one place with this one when either is vague. */
  nearbySites(name: string): readonly string[] {
    if (!this.neighbours) {
      this.neighbours = new Map();
      const all = [...this.sites.values()];
      for (const a of all) {
        const near = all.filter((b) => b !== a && (distanceKm(a, b) ?? Number.POSITIVE_INFINITY) <= NEAR_SITE_KM).map((b) => b.name);
        this.neighbours.set(a.name, near);
      }
    }
    return this.neighbours.get(name) ?? [];
  }

  private namesTownOf(text: string, site: Site): boolean {
    const folded = foldName(text);
    return site.towns.some((town) => folded.includes(foldName(town)));
  }

  placeText(text: string | null, country: string | null): PlaceText {
    let byText = this.resolved.get(country ?? '');
    if (byText === undefined) this.resolved.set(country ?? '', (byText = new Map()));
    let found = byText.get(text ?? '');
    if (!found) {
      found = this.resolve(text, country);
      byText.set(text ?? '', found);
    }
    return found;
  }

  private resolve(text: string | null, country: string | null): PlaceText {
    const fallback: PlacePrecision = country ? 'country' : 'unknown';
    // "south of Baghdad": the town named is a landmark, not the place.
    if (!text || LANDMARK.test(text)) return { region: null, townSites: [], quarter: null, precision: fallback };
    const folded = foldName(text);
    const region =
      this.regionNames.find((r) => (country === null || r.region.country === country) && folded.includes(r.folded))?.region ?? null;
    const townSites = [
      ...new Set(this.townNames.filter((t) => (country === null || t.site.country === country) && folded.includes(t.folded)).map((t) => t.site.name)),
    ].sort();
    const precision: PlacePrecision = townSites.length > 0 ? 'town' : (region?.precision ?? fallback);
    const quarter = region === null && townSites.length === 0 && country !== null ? quarterOf(folded, this.countryNames.get(country) ?? []) : null;
    return { region, townSites, quarter, precision };
  }
}

/** The quarter a place text names of its country ("northeastern Syria": "northeast"), never of a region ("the Middle East", "West Bank"). */
function quarterOf(folded: string, countryNames: readonly string[]): string | null {
  for (const found of folded.matchAll(QUARTER)) {
    const after = folded.slice(found.index + found[0].length);
    if (countryNames.some((name) => after.startsWith(name))) return found[4] ?? found[3] ?? `${found[1] ?? ''}${found[2] ?? ''}`;
  }
  return null;
}

/** Two named sites are one place when they are the same site, or close and one of them vague. */
export function sitesCompatible(a: PlacedSite, b: PlacedSite): boolean {
  if (a.name === b.name) return true;
  if (!a.vague && !b.vague) return false;
  const km = distanceKm(a, b);
  return km !== null && km <= NEAR_SITE_KM;
}

/**
 * How a place text fits a site: 'specific' when a region or town it names contains or adjoins
 * the site, 'country' when it only names the country, null when it points elsewhere.
 */
export function placeFitsSite(place: PlaceText, site: PlacedSite): 'specific' | 'country' | null {
  if (place.townSites.length > 0) {
    if (place.townSites.includes(site.name)) return 'specific';
    return null;
  }
  const region = place.region;
  if (!region) return 'country';
  if (region.province !== null && site.province !== null && sameName(region.province, site.province)) return 'specific';
  const km = distanceKm(region, site);
  if (km !== null && km <= (region.precision === 'town' ? TOWN_RADIUS_KM : PROVINCE_RADIUS_KM)) return 'specific';
  return null;
}

/** Two place texts (of mentions without a site) can be one place unless they name different provinces or towns. */
export function placeTextsCompatible(a: PlaceText, b: PlaceText): boolean {
  if (a.townSites.length > 0 && b.townSites.length > 0 && !a.townSites.some((s) => b.townSites.includes(s))) return false;
  if (!a.region || !b.region || a.region === b.region) return true;
  if (a.region.province !== null && b.region.province !== null) return sameName(a.region.province, b.region.province);
  const km = distanceKm(a.region, b.region);
  return km === null || km <= PROVINCE_RADIUS_KM;
}

function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
