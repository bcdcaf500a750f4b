/** The seeded generator every bench run draws its corpus from, so that each run sees the same one. */
import type { Random } from '../src/random.js';
export { seededRandom, type Random } from '../src/random.js';

export const pick = <T>(list: readonly T[], r: Random): T => list[Math.floor(r() * list.length)] as T;
export const between = (low: number, high: number, r: Random): number => low + Math.floor(r() * (high - low + 1));
export const chance = (p: number, r: Random): boolean => r() < p;
