import { normalizeForHash } from './normalize.js';

/**
 * Near-duplicate detection for syndicated copies: a MinHash of word 5-shingles.
 * The signature is a fixed-length hex string, so it can be stored and compared without the text.
 */
const SHINGLE_WORDS = 5;
const PERMUTATIONS = 32;
const HEX_PER_VALUE = 8;

/** Fixed odd multipliers and offsets: the signature must be the same on every run and machine. */
const SEEDS: ReadonlyArray<readonly [number, number]> = Array.from({ length: PERMUTATIONS }, (_, i) => [
  (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
  Math.imul(i + 7, 0x85ebca6b) >>> 0,
]);

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mix (murmur3 finalizer) so that each permutation scatters the shingle hashes independently. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function shingleHashes(text: string): number[] {
  const words = normalizeForHash(text).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  if (words.length <= SHINGLE_WORDS) return [fnv1a(words.join(' '))];
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    hashes.push(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
}

/** The MinHash signature of a text: 32 hex-encoded 32-bit minima, or "" for a text without words. */
export function shingleSignature(text: string): string {
  const hashes = shingleHashes(text);
  if (hashes.length === 0) return '';
  const minima = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (const hash of hashes) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const [multiplier, offset] = SEEDS[p] ?? [1, 0];
      const value = mix((Math.imul(hash, multiplier) + offset) >>> 0);
      if (value < (minima[p] ?? 0)) minima[p] = value;
    }
  }
  return minima.map((m) => m.toString(16).padStart(HEX_PER_VALUE, '0')).join('');
}

/**
 * The estimated Jaccard similarity (0–1) of the two texts' 5-shingle sets, from their signatures:
 * the share of equal minima. Syndicated copies of one wire story score high (≥ 0.5); unrelated texts near 0.
 */
export function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0 || a.length !== b.length) return 0;
  const values = a.length / HEX_PER_VALUE;
  let equal = 0;
  for (let i = 0; i < a.length; i += HEX_PER_VALUE) {
    if (a.slice(i, i + HEX_PER_VALUE) === b.slice(i, i + HEX_PER_VALUE)) equal++;
  }
  return equal / values;
}
