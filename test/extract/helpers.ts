import type { Article } from '../../src/model.js';

/** An article as ingest would hand it to extract. */
export function article(text: string, published: string | null = null, lang = 'en'): Article {
  return { id: 't1', url: null, title: null, outlet: null, lang, published, publishedSource: published ? 'input' : 'none', text, hash: 'h', origin: 'test' };
}

/** A seeded pseudo-random generator (mulberry32): `next(n)` is an integer in [0, n), the same sequence on every run. */
export function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
