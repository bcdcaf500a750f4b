/** Canonical names from a domain pack: a site or actor written by name or alias resolves to its canonical name. */
import type { DomainPack, Site } from '../domain/pack.js';

/** Case-, diacritic-, hyphen- and punctuation-insensitive form of a name. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface NameIndex {
  /** The site a name or alias denotes, if the pack knows it. */
  site(name: string): Site | undefined;
  /** Canonical site name, or the name itself when the pack does not know it. */
  canonicalSite(name: string | null): string | null;
  /** Canonical actor name, or the name itself when the pack does not know it. */
  canonicalActor(name: string | null): string | null;
}

function indexByName<T>(items: readonly T[], names: (item: T) => string[]): Map<string, T> {
  const index = new Map<string, T>();
  // Canonical names first, so an alias that repeats another item's canonical name cannot take it over.
  for (const item of items) {
    const key = normalizeName(names(item)[0] ?? '');
    if (key !== '' && !index.has(key)) index.set(key, item);
  }
  for (const item of items) {
    for (const name of names(item)) {
      const key = normalizeName(name);
      if (key !== '' && !index.has(key)) index.set(key, item);
    }
  }
  return index;
}

export function buildNameIndex(pack: DomainPack): NameIndex {
  const sites = indexByName(pack.sites, (site) => [site.name, ...site.aliases]);
  const actors = indexByName(pack.actors, (actor) => [actor.name, ...actor.aliases]);
  return {
    site: (name) => sites.get(normalizeName(name)),
    canonicalSite: (name) => (name === null ? null : (sites.get(normalizeName(name))?.name ?? name)),
    canonicalActor: (name) => (name === null ? null : (actors.get(normalizeName(name))?.name ?? name)),
  };
}
