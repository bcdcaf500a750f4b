import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { DomainPack } from '../../src/domain/pack.js';
import { fuse } from '../../src/fuse/index.js';
import type { StoredMention } from '../../src/model.js';
import { mention, testPack } from './fixtures.js';

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
function syntheticMentions(incidents: number): StoredMention[] {
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

function bestTime(mentions: StoredMention[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    fuse(mentions, widePack);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

test('fusion time grows near-linearly: twice the mentions take at most ~2.2 times as long', (t) => {
  const small = syntheticMentions(4_000);
  const large = syntheticMentions(8_000);
  bestTime(small); // warm-up
  const [a, b] = [bestTime(small), bestTime(large)];
  t.diagnostic(`${small.length} mentions: ${a.toFixed(0)} ms; ${large.length}: ${b.toFixed(0)} ms; ratio ${(b / a).toFixed(2)}`);
  assert.ok(b / a <= 2.2, `ratio ${b / a}`);
});
