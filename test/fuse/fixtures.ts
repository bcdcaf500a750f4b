/** A small invented domain and a mention builder for the fuse tests. */
import type { DomainPack } from '../../src/domain/pack.js';
import type { StoredMention } from '../../src/model.js';

export const testPack: DomainPack = {
  name: 'test',
  description: 'Invented places and groups for fuse tests.',
  settings: { since: '2023-10-07', defender: 'United States', coalitionLabel: 'Coalition', historyDays: 365, languages: ['en'] },
  sites: [
    { name: 'Camp Heron', aliases: [], towns: ['Heronville'], country: 'IQ', province: 'Westprov', lat: 33.0, lon: 42.0, role: 'base' },
    { name: 'Heron Depot', aliases: [], towns: [], country: 'IQ', province: 'Westprov', lat: 33.1, lon: 42.1, role: 'base' },
    { name: 'Heron strike area', aliases: [], towns: [], country: 'IQ', province: 'Westprov', lat: 33.05, lon: 42.05, role: 'strike_area' },
    { name: 'Fort Lark', aliases: [], towns: [], country: 'SY', province: 'Northprov', lat: 36.5, lon: 40.7, role: 'base' },
    { name: 'Outpost Wren', aliases: [], towns: [], country: 'SY', province: 'Southprov', lat: 33.5, lon: 38.6, role: 'base' },
  ],
  actors: [
    { name: 'Front of Fronts', aliases: [], type: 'umbrella', umbrellas: [], backer: null },
    { name: 'Brigade One', aliases: [], type: 'militia', umbrellas: ['Front of Fronts'], backer: null },
    { name: 'Brigade Two', aliases: [], type: 'militia', umbrellas: ['Front of Fronts'], backer: null },
    { name: 'Lone Cell', aliases: [], type: 'militia', umbrellas: [], backer: null },
    { name: 'United States', aliases: [], type: 'state', umbrellas: [], backer: null },
    { name: 'Coalition Task Force', aliases: [], type: 'coalition', umbrellas: [], backer: null },
  ],
  regions: [
    { name: 'Northprov', aliases: ['north province'], country: 'SY', province: 'Northprov', lat: 36.4, lon: 40.8, precision: 'province' },
    { name: 'Southprov', aliases: [], country: 'SY', province: 'Southprov', lat: 33.6, lon: 38.7, precision: 'province' },
    { name: 'Westprov', aliases: [], country: 'IQ', province: 'Westprov', lat: 33.2, lon: 42.2, precision: 'province' },
  ],
  countries: [
    { code: 'IQ', name: 'Iraq', aliases: ['Iraq'], adjectives: [] },
    { code: 'SY', name: 'Syria', aliases: ['Syria'], adjectives: [] },
  ],
  lexicon: { weapons: {}, weaponKin: [], cues: { official: ['Pentagon', 'spokesman', 'officials'] } },
};

let counter = 0;

/** A mention of an attack with everything unknown but what the test says; ids follow `article`. */
export function mention(article: string, fields: Partial<StoredMention> = {}): StoredMention {
  counter++;
  const base: StoredMention = {
    id: `m-${article}-${counter}`,
    article,
    articleHash: `hash-${article}`,
    outlet: `outlet-${article}.example`,
    url: null,
    published: null,
    kind: 'attack',
    date: null,
    date_end: null,
    date_precision: 'unknown',
    site: null,
    place: null,
    country: null,
    lat: null,
    lon: null,
    attacker: null,
    attribution: 'unknown',
    target: 'United States',
    weapons: [],
    killed: null,
    injured: null,
    outcome: 'unknown',
    quote: `A report in ${article}.`,
    start: 0,
    end: 10,
    evidence: {},
  };
  const m = { ...base, ...fields };
  if (m.site !== null && fields.country === undefined) m.country = testPack.sites.find((s) => s.name === m.site)?.country ?? null;
  if (m.date !== null && fields.date_precision === undefined) m.date_precision = 'day';
  return m;
}

/** The events' mention groups as sorted lists of article ids, for compact assertions. */
export function groupsByArticle(events: readonly { mentions: readonly StoredMention[] }[]): string[][] {
  return events.map((e) => e.mentions.map((m) => m.article).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}
