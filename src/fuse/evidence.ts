/** The details beyond date and place that tell two reports of one incident from reports of two. */
import type { DomainPack } from '../domain/pack.js';
import type { StoredMention } from '../model.js';
import type { Profile } from './profile.js';

/** The pack's actors as an umbrella relation: "Kata'ib Hezbollah" belongs to "Islamic Resistance in Iraq". */
export class ActorRelations {
  private readonly umbrellas = new Map<string, Set<string>>();
  /** The defender and its coalition: the side whose strikes are official, and whose name tells no incident apart. */
  readonly officialSide: ReadonlySet<string>;

  constructor(pack: DomainPack) {
    this.officialSide = new Set([pack.settings.defender, ...pack.actors.filter((a) => a.type === 'coalition').map((a) => a.name)]);
    const direct = new Map(pack.actors.map((a) => [a.name, a.umbrellas]));
    for (const name of direct.keys()) {
      const all = new Set<string>();
      const queue = [...(direct.get(name) ?? [])];
      while (queue.length > 0) {
        const next = queue.pop() as string;
        if (all.has(next)) continue;
        all.add(next);
        queue.push(...(direct.get(next) ?? []));
      }
      this.umbrellas.set(name, all);
    }
  }

  /** True when `umbrella` is a front or umbrella that `actor` belongs to. */
  isUmbrellaOf(umbrella: string, actor: string): boolean {
    return this.umbrellas.get(actor)?.has(umbrella) ?? false;
  }

  /** Same actor, or one is the other's umbrella: the two names do not conflict. */
  related(a: string, b: string): boolean {
    return a === b || this.isUmbrellaOf(a, b) || this.isUmbrellaOf(b, a);
  }

  compatible(a: string | null, b: string | null): boolean {
    return a === null || b === null || this.related(a, b) || this.siblings(a, b);
  }

  /** Two groups of one umbrella: sources often blame one member for what another claimed. */
  siblings(a: string, b: string): boolean {
    const mine = this.umbrellas.get(a);
    for (const u of this.umbrellas.get(b) ?? []) if (mine?.has(u)) return true;
    return false;
  }
}

/**
 * Weapon classes as fusion compares them: classes the pack declares kin (a "drone strike" is an
 * air strike) are one class, named after the first of them.
 */
export class WeaponKin {
  private readonly family = new Map<string, string>();
  /** Each distinct list of classes compared once: reports repeat a few lists endlessly. */
  private readonly lists = new Map<string, readonly string[]>();
  /** A vague class (as compared) → the classes it may stand for (as compared). */
  private readonly vagueMeanings = new Map<string, readonly string[]>();
  private readonly possibleLists = new Map<readonly string[], readonly string[]>();

  constructor(pack: DomainPack) {
    for (const group of pack.lexicon.weaponKin) for (const name of group) if (!this.family.has(name)) this.family.set(name, group[0] as string);
    for (const [vague, meant] of Object.entries(pack.lexicon.weaponVague ?? {})) this.vagueMeanings.set(this.compared([vague])[0] as string, this.compared(meant));
  }

  /** The classes a compared list may stand for: itself, and what each vague class in it may mean. */
  possibleOf(compared: readonly string[]): readonly string[] {
    if (this.vagueMeanings.size === 0 || !compared.some((w) => this.vagueMeanings.has(w))) return compared;
    let possible = this.possibleLists.get(compared);
    if (!possible) {
      possible = [...new Set([...compared, ...compared.flatMap((w) => this.vagueMeanings.get(w) ?? [])])];
      this.possibleLists.set(compared, possible);
    }
    return possible;
  }

  /** The classes of `weapons` as compared: each replaced by its family's name, without repeats. */
  compared(weapons: readonly string[]): readonly string[] {
    // One weapon, the commonest list, is its own key (a name holds no NUL).
    const key = weapons.length === 1 ? (weapons[0] as string) : weapons.join('\u0000');
    let list = this.lists.get(key);
    if (!list) {
      list = [...new Set(weapons.map((w) => this.family.get(w) ?? w))];
      this.lists.set(key, list);
    }
    return list;
  }
}

export function weaponsOverlap(a: readonly string[], b: readonly string[]): boolean {
  for (const w of a) if (b.includes(w)) return true;
  return false;
}

/** Weapons as fusion compares them: the classes named, and those they may stand for (WeaponKin.possibleOf). */
export interface Armed {
  weapons: readonly string[];
  possibleWeapons: readonly string[];
}

/** Weapon sets conflict only when both are stated and neither may be what the other names ("missiles" may be rockets). */
export function weaponsDisjoint(a: Armed, b: Armed): boolean {
  return a.weapons.length > 0 && b.weapons.length > 0 && !weaponsOverlap(a.possibleWeapons, b.weapons) && !weaponsOverlap(a.weapons, b.possibleWeapons);
}

/**
 * Death tolls of one incident drift as reports come in, but "no one was killed" and "three
 * killed", or 2 and 10, are two incidents.
 */
export function killedCompatible(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  if (a === 0 || b === 0) return a === b;
  return Math.max(a, b) <= 2 * Math.min(a, b);
}

/** A detail that two reports share and that few incidents share: a strong detail, a weapon or the named group. */
export function sharesDistinctiveDetail(p: Profile, others: readonly Profile[], actors: ActorRelations): boolean {
  const m = p.mention;
  return others.some(
    ({ mention: o, weapons }) =>
      sharesStrongDetail(m, o) ||
      weaponsOverlap(p.weapons, weapons) ||
      (m.attacker !== null &&
        o.attacker !== null &&
        !actors.officialSide.has(m.attacker) &&
        actors.related(m.attacker, o.attacker)),
  );
}

/**
 * A report at a site names one of the few weapon classes the pack calls rare (`rare` in weapons.yaml: ballistic
 * missiles), and the other names every class it names: as strong a tie as a shared toll, where no other incident's
 * reports do too ("ballistic missiles and rockets" tell one incident from another's lone ballistic missile; "a
 * ballistic missile" alone may be either).
 */
export function sharesRareArms(p: Profile, o: Profile, rare: ReadonlySet<string>): boolean {
  if (p.site === null || !p.weapons.some((w) => rare.has(w))) return false;
  return p.weapons.every((w) => o.weapons.includes(w));
}

/** Fewer wounded than this is too common a figure to tell incidents apart. */
export const DISTINCTIVE_INJURED = 2;

/** A number of wounded few incidents share (DISTINCTIVE_INJURED or more). */
export function severalHurt(injured: number | null): injured is number {
  return injured !== null && injured >= DISTINCTIVE_INJURED;
}

/** The mention states a strong detail (see sharesStrongDetail). */
export function hasStrongDetail(m: StoredMention): boolean {
  return (m.killed !== null && m.killed > 0) || severalHurt(m.injured);
}

/**
 * A detail few incidents share, strong enough to tie reports together far apart in time: the same
 * death toll, or the same number of wounded (two or more). A shared combination of weapons is not:
 * claims of "rockets and drones" recur week after week.
 */
export function sharesStrongDetail(m: StoredMention, o: StoredMention): boolean {
  return sharesDeathToll(m, o) || (severalHurt(m.injured) && m.injured === o.injured);
}

/** The same death toll, of one or more: few incidents kill anyone. */
export function sharesDeathToll(m: Pick<StoredMention, 'killed'>, o: Pick<StoredMention, 'killed'>): boolean {
  return m.killed !== null && m.killed > 0 && m.killed === o.killed;
}
