/** Whether two mentions' places agree: same site, a site within reach, the base the gold event key names, or the same country. */
import { parseEventKey } from './gold.js';
import { normalizeName, type NameIndex } from './names.js';

const EARTH_RADIUS_KM = 6371;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PlacedMention {
  site: string | null;
  country: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface PlacedGoldMention extends PlacedMention {
  event: string | null;
}

/**
 * 'same_site': one site by name or alias; 'described_site': the system names the base the gold
 * mention only describes, and the gold event key names it; 'same_country': neither names a site;
 * 'near_site': two sites within the distance limit.
 */
export type PlaceAgreement = 'same_site' | 'described_site' | 'same_country' | 'near_site';

export function sameSite(names: NameIndex, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return normalizeName(names.canonicalSite(a) ?? '') === normalizeName(names.canonicalSite(b) ?? '');
}

function coordinates(names: NameIndex, mention: PlacedMention): LatLon | null {
  const site = mention.site === null ? undefined : names.site(mention.site);
  if (site && site.lat !== null && site.lon !== null) return { lat: site.lat, lon: site.lon };
  if (mention.lat != null && mention.lon != null) return { lat: mention.lat, lon: mention.lon };
  return null;
}

/** True when the system names the very base (a site of the pack) that the gold mention leaves unnamed but its event key names. */
export function namesDescribedBase(names: NameIndex, gold: PlacedGoldMention, system: PlacedMention): boolean {
  if (gold.site !== null || system.site === null || gold.event === null) return false;
  const keyBase = names.site(parseEventKey(gold.event).site);
  if (keyBase === undefined || !sameSite(names, keyBase.name, system.site)) return false;
  const systemCountry = names.site(system.site)?.country ?? system.country;
  return gold.country === null || systemCountry === null || gold.country === systemCountry;
}

export function placeAgreement(
  names: NameIndex,
  gold: PlacedGoldMention,
  system: PlacedMention,
  nearKm: number,
): PlaceAgreement | null {
  if (gold.site !== null && system.site !== null) {
    if (sameSite(names, gold.site, system.site)) return 'same_site';
    const goldAt = coordinates(names, gold);
    const systemAt = coordinates(names, system);
    return goldAt && systemAt && haversineKm(goldAt, systemAt) <= nearKm ? 'near_site' : null;
  }
  if (gold.site === null && system.site === null) return gold.country === system.country ? 'same_country' : null;
  return namesDescribedBase(names, gold, system) ? 'described_site' : null;
}

/** The site field is right when both name the same site (or neither does), or the system names the gold key's base. */
export function isSiteRight(names: NameIndex, gold: PlacedGoldMention, system: PlacedMention): boolean {
  return sameSite(names, gold.site, system.site) || namesDescribedBase(names, gold, system);
}
