/** A small seeded generator (mulberry32), so that every bench run sees the same corpus. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(list: readonly T[], r: Random): T => list[Math.floor(r() * list.length)] as T;
export const between = (low: number, high: number, r: Random): number => low + Math.floor(r() * (high - low + 1));
export const chance = (p: number, r: Random): boolean => r() < p;
