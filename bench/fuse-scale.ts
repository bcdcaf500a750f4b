import { performance } from 'node:perf_hooks';
import type { DomainPack } from '../src/domain/pack.js';
import { fuse } from '../src/fuse/index.js';
import type { StoredMention } from '../src/model.js';
import { mention, testPack } from '../test/fuse/fixtures.js';

const SITES = 300;
const COUNTRIES = ['IQ', 'SY', 'JO'];

const widePack: DomainPack = {
  ...testPack,
  sites: Array.from({ length: SITES }, (_, i) => ({
    name: `Site ${i}`,
    aliases: [],
    towns: [],
    country: COUNTRIES[i % COUNTRIES.length] as string,
    province: `Province ${i % 20}`,
    lat: 30 + (i % 30) * 0.5,
    lon: 38 + Math.floor(i / 30) * 0.5,
    role: 'base' as const,
  })),
};

/** `incidents` incidents, about five a day, each told by five articles (one undated, one without a site). */
export function syntheticMentions(incidents: number): StoredMention[] {
  const out: StoredMention[] = [];
  const firstDay = Date.UTC(2023, 0, 1);
  for (let i = 0; i < incidents; i++) {
    const siteIndex = (i * 7919) % SITES;
    const site = `Site ${siteIndex}`;
    const country = COUNTRIES[siteIndex % COUNTRIES.length] as string;
    const day = (i * 104729) % Math.ceil(incidents / 5);
    const iso = (offset: number) => new Date(firstDay + (day + offset) * 86_400_000).toISOString().slice(0, 10);
    const kind = i % 4 === 0 ? 'strike' : 'attack';
    for (let r = 0; r < 5; r++) {
      const article = `art-${i}-${r}`;
      if (r === 4) out.push(mention(article, { id: `${article}:0`, kind, site, country, published: iso(2) }));
      else if (r === 3) out.push(mention(article, { id: `${article}:0`, kind, place: `Province ${siteIndex % 20}`, country, date: iso(0) }));
      else out.push(mention(article, { id: `${article}:0`, kind, site, country, date: iso(r === 2 ? 1 : 0), weapons: ['drone'] }));
    }
  }
  return out;
}

function bestTime(mentions: StoredMention[], runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fuse(mentions, widePack);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Up to this many incidents (200,000 mentions) a size is timed best of five; beyond, best of two. */
const TIMED_BEST_OF_FIVE = 40_000;

/**
 * Fusion time at growing sizes of `incidents` (five mentions each): doubling the input should not
 * more than ~2.2x the time. Both sizes of a doubling compared (10k→20k, 100k→200k, 500k→1M
 * mentions) are timed alike: a best of five against a single run would flatter the smaller.
 */
export function benchFusionScale(sizes: number[] = [4_000, 8_000, 16_000]): { mentions: number; ms: number }[] {
  bestTime(syntheticMentions(sizes[0]!), 3); // warm-up
  return sizes.map((incidents) => {
    const mentions = syntheticMentions(incidents);
    return { mentions: mentions.length, ms: bestTime(mentions, incidents <= TIMED_BEST_OF_FIVE ? 5 : 2) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let previous: number | null = null;
  for (const row of benchFusionScale()) {
    console.log(`${row.mentions} mentions: ${row.ms.toFixed(0)} ms${previous ? ` (x${(row.ms / previous).toFixed(2)})` : ''}`);
    previous = row.ms;
  }
}
