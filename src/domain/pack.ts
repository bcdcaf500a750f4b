/** The in-memory form of a domain pack: everything specific to one conflict. */
import type { EventKind } from '../model.js';

export interface Site {
  /** Canonical name, as gold annotations and exports write it. */
  name: string;
  aliases: string[];
  /** Names of the town the site stands by: they place an event at the site only when nothing more specific is said. */
  towns: string[];
  /** ISO 3166 alpha-2. */
  country: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  /** What the site is in this conflict: a base attacked, an area struck, a launch site. */
  role: 'base' | 'strike_area' | 'launch_site';
}

export interface Actor {
  name: string;
  aliases: string[];
  /** militia, umbrella, state, partner, coalition */
  type: 'militia' | 'umbrella' | 'state' | 'partner' | 'coalition';
  /** Canonical names of the fronts or umbrellas the actor belongs to. */
  umbrellas: string[];
  backer: string | null;
}

/** A named region or description that fixes a country or province but not a site ("eastern Syria", "Anbar"). */
export interface Region {
  name: string;
  aliases: string[];
  country: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  precision: 'town' | 'province' | 'country';
}

export interface Country {
  code: string;
  name: string;
  /** Names in every language the pack reads ("Iraq", "Irak", "العراق"). */
  aliases: string[];
  /** Adjectives ("Iraqi", "irakien"): they place an event only before a place noun. */
  adjectives: string[];
}

export interface Lexicon {
  /** Weapon class → terms. */
  weapons: Record<string, string[]>;
  /** Weapon classes that reports of one incident use for each other ("drone strike" and "air strike"). */
  weaponKin: string[][];
  /** Weapon classes that say only that the weapon was one of several ("missile": rocket, ballistic or cruise missile). */
  weaponVague?: Record<string, string[]>;
  /** Weapon classes fired from afar (drones, ballistic missiles): those who fire them are not near what they hit. */
  weaponStandoff?: string[];
  /** Weapon classes few incidents are fought with (ballistic missiles): named at a site, they tie reports far apart in time. */
  weaponRare?: string[];
  /** Named cue lists used by the extractor (attack verbs, strike verbs, negations, claims...). */
  cues: Record<string, string[]>;
}

export interface PackSettings {
  /** The campaign's start: earlier incidents are history. */
  since: string;
  /** Canonical label of the side that is attacked and strikes back ("United States"). */
  defender: string;
  /** Label written as `target` when only coalition forces are named. */
  coalitionLabel: string;
  /** Incidents recalled more than this many days before publication are history, not mentions. */
  historyDays: number;
  /**
   * Kinds of incident whose every one the side that makes it announces (US strikes): each has a dated report somewhere,
   * so a report of one that names no day, from an article some days later, is of the one such incident there.
   */
  announcedKinds?: readonly EventKind[];
  /** The languages the pack's terms are written in (ISO 639-1): a short text without a stated language is read as the closest of them. */
  languages: string[];
}

export interface DomainPack {
  name: string;
  description: string;
  settings: PackSettings;
  sites: Site[];
  actors: Actor[];
  regions: Region[];
  countries: Country[];
  lexicon: Lexicon;
}
