/** Small hand-made pack, gold and system mentions for the scorer's tests. */
import type { DomainPack, Site } from '../../src/domain/pack.js';
import type { GoldArticle, GoldMention } from '../../src/eval/gold.js';
import type { Mention, Tally } from '../../src/model.js';

function site(name: string, country: string, lat: number | null, lon: number | null, aliases: string[] = []): Site {
  return { name, aliases, towns: [], country, province: null, lat, lon, role: 'base' };
}

/** Two bases ~21 km apart on the Syria–Jordan border, one far off in Iraq. */
export const testPack: DomainPack = {
  name: 'test',
  description: 'sites and actors for scorer tests',
  settings: { since: '2023-10-01', defender: 'Blueland', coalitionLabel: 'Coalition', historyDays: 365, languages: ['en'] },
  sites: [
    site('North Garrison', 'SY', 33.50583, 38.61778, ['Northgate', 'N-Garrison']),
    site('Post 9', 'JO', 33.31417, 38.70333, ['P-9', 'Post Nine']),
    site('River Air Base', 'IQ', 33.7856, 42.4411, ['River base']),
  ],
  actors: [
    { name: 'Red Front', aliases: ['RF', 'the Red Front'], type: 'umbrella', umbrellas: [], backer: null },
    { name: 'Blueland', aliases: ['Blue forces'], type: 'state', umbrellas: [], backer: null },
  ],
  regions: [],
  countries: [],
  lexicon: { weapons: {}, weaponKin: [], cues: {} },
};

export function goldMention(fields: Partial<GoldMention> = {}): GoldMention {
  return {
    kind: 'attack',
    date: '2024-01-05',
    date_end: null,
    date_precision: 'day',
    site: 'North Garrison',
    place: null,
    country: 'SY',
    attacker: 'Red Front',
    attribution: 'claimed',
    target: 'Blueland',
    weapons: ['drone'],
    killed: null,
    injured: null,
    outcome: 'impact',
    event: '2024-01-05|North Garrison',
    quote: 'Drones hit North Garrison on Friday.',
    ...fields,
  };
}

/** A system mention equal to `goldMention()` unless told otherwise. */
export function systemMention(fields: Partial<Mention> = {}): Mention {
  return {
    article: 'x1',
    kind: 'attack',
    date: '2024-01-05',
    date_end: null,
    date_precision: 'day',
    site: 'North Garrison',
    place: null,
    country: 'SY',
    lat: null,
    lon: null,
    attacker: 'Red Front',
    attribution: 'claimed',
    target: 'Blueland',
    weapons: ['drone'],
    killed: null,
    injured: null,
    outcome: 'impact',
    quote: 'Drones hit North Garrison on Friday.',
    start: 0,
    end: 36,
    evidence: {},
    ...fields,
  };
}

export function systemTally(count: number, qualifier: Tally['qualifier'], quote = 'a tally'): Tally {
  return { article: 'x1', count, qualifier, since: null, until: null, country: null, speaker: null, quote, start: 0, end: quote.length };
}

export function goldArticle(mentions: GoldMention[], tallies: GoldArticle['tallies'] = [], article = 'x1'): GoldArticle {
  return { article, published: '2024-01-08', mentions, tallies };
}

export function systemArticles(
  mentions: Mention[],
  tallies: Tally[] = [],
  article = 'x1',
): Map<string, { mentions: Mention[]; tallies: Tally[] }> {
  return new Map([[article, { mentions, tallies }]]);
}

/** A gold mention as a system would write it: the same fields, without the event key. */
export function withoutEventKey(mention: GoldMention): Omit<GoldMention, 'event'> {
  return Object.fromEntries(Object.entries(mention).filter(([key]) => key !== 'event')) as Omit<GoldMention, 'event'>;
}
