import type { Actor, Country, DomainPack, Region, Site } from '../domain/pack.js';
import { LexiconIndex, TermMatcher, keepNamesWhole, matcherOf } from './terms.js';

/** A domain pack compiled into matchers, once per pack. */
export interface CompiledPack {
  pack: DomainPack;
  sites: TermMatcher<string>;
  towns: TermMatcher<string>;
  actors: TermMatcher<string>;
  regions: TermMatcher<string>;
  countries: TermMatcher<string>;
  countryAdjectives: TermMatcher<string>;
  weapons: TermMatcher<string>;
  cue: (name: string) => TermMatcher<string>;
  site: (name: string) => Site;
  actor: (name: string) => Actor;
  region: (name: string) => Region;
  country: (code: string) => Country;
}

const compiled = new WeakMap<DomainPack, CompiledPack>();

function byName<T extends { name: string }>(items: T[], what: string): (name: string) => T {
  const index = new Map(items.map((item) => [item.name, item]));
  return (name) => {
    const item = index.get(name);
    if (!item) throw new Error(`unknown ${what}: ${name}`);
    return item;
  };
}

function namedTerms<T extends { name: string; aliases: string[] }>(items: T[], suffixes: string[] = []): TermMatcher<string> {
  const entries: [string, string][] = [];
  for (const item of items) {
    for (const term of [item.name, ...item.aliases]) {
      entries.push([item.name, term]);
      for (const suffix of suffixes) entries.push([item.name, `${term} ${suffix}`]);
    }
  }
  return new TermMatcher(entries);
}

export function compilePack(pack: DomainPack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  keepNamesWhole([...pack.sites, ...pack.actors, ...pack.regions, ...pack.countries].flatMap((item) => [item.name, ...item.aliases]).concat(pack.sites.flatMap((s) => s.towns)));
  const cues = new Map<string, TermMatcher<string>>();
  const empty = new TermMatcher<string>([]);
  for (const [name, terms] of Object.entries(pack.lexicon.cues)) cues.set(name, matcherOf({ [name]: terms }));
  const countryIndex = new Map(pack.countries.map((c) => [c.code, c]));
  const result: CompiledPack = {
    pack,
    sites: namedTerms(pack.sites, pack.lexicon.cues.site_suffix),
    towns: new TermMatcher(pack.sites.flatMap((s) => s.towns.map((t): [string, string] => [s.name, t]))),
    actors: namedTerms(pack.actors),
    regions: namedTerms(pack.regions),
    countries: new TermMatcher(pack.countries.flatMap((c) => [c.name, ...c.aliases].map((t): [string, string] => [c.code, t]))),
    countryAdjectives: new TermMatcher(pack.countries.flatMap((c) => c.adjectives.map((t): [string, string] => [c.code, t]))),
    weapons: matcherOf(pack.lexicon.weapons),
    cue: (name) => cues.get(name) ?? empty,
    site: byName(pack.sites, 'site'),
    actor: byName(pack.actors, 'actor'),
    region: byName(pack.regions, 'region'),
    country: (code) => {
      const c = countryIndex.get(code);
      if (!c) throw new Error(`unknown country: ${code}`);
      return c;
    },
  };
  // One walk over an article's words serves every lexicon.
  new LexiconIndex([result.sites, result.towns, result.actors, result.regions, result.countries, result.countryAdjectives, result.weapons, ...cues.values()]);
  compiled.set(pack, result);
  return result;
}
