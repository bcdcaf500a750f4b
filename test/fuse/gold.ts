/**
 * Builds StoredMentions from the hand-annotated gold mentions in ../shared/corpus, with a pack
 * made from the ground-truth gazetteer and actor list, to measure fusion on perfect extraction.
 */
import { SHARED } from '../shared-corpus.js';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadPack } from '../../src/domain/load.js';
import type { Actor, DomainPack, Site } from '../../src/domain/pack.js';
import type { Mention, StoredMention } from '../../src/model.js';

export const GOLD_FILE = `${SHARED}corpus/gold.jsonl`;
const ARTICLES_FILE = `${SHARED}corpus/articles.jsonl`;
const GAZETTEER_FILE = `${SHARED}groundtruth/gazetteer.csv`;
const ACTORS_FILE = `${SHARED}groundtruth/actors.csv`;

export function goldAvailable(): boolean {
  return [GOLD_FILE, ARTICLES_FILE, GAZETTEER_FILE, ACTORS_FILE].every(existsSync);
}

const COUNTRY_CODES: Record<string, string> = { Iraq: 'IQ', Syria: 'SY', Jordan: 'JO' };

/** "Homs (most news) / Rif Dimashq" → "Homs". */
function firstName(text: string): string {
  return text.split(/ \(|\/|;/)[0]?.trim() ?? '';
}

function rows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function coordinate(text: string | undefined): number | null {
  return text === undefined || text.trim() === '' ? null : Number(text);
}

function gazetteerSites(): Site[] {
  return rows(GAZETTEER_FILE).map((r) => {
    const name = r.canonical_name ?? '';
    return {
      name,
      aliases: (r.aliases ?? '').split('|'),
      towns: [],
      country: COUNTRY_CODES[firstName(r.country ?? '')] ?? '',
      province: firstName(r.province_governorate ?? '') || null,
      lat: coordinate(r.lat),
      lon: coordinate(r.lon),
      role: name.includes('strike area') ? 'strike_area' : name.includes('launch site') ? 'launch_site' : 'base',
    };
  });
}

function groundTruthActors(): Actor[] {
  const table = rows(ACTORS_FILE);
  const names = new Set(table.map((r) => r.canonical_name ?? ''));
  const actors: Actor[] = table.map((r) => {
    const type = r.type ?? '';
    return {
      name: r.canonical_name ?? '',
      aliases: (r.aliases ?? '').split('|'),
      type: type.includes('umbrella') ? 'umbrella' : type.includes('coalition') ? 'coalition' : type.includes('partner') ? 'partner' : type.includes('state') ? 'state' : 'militia',
      umbrellas: (r.parent_umbrella ?? '').split(';').map(firstName).filter((n) => names.has(n)),
      backer: r.backer || null,
    };
  });
  return [...actors, { name: 'United States', aliases: [], type: 'state', umbrellas: [], backer: null }];
}

/** The provinces and regions the gold place texts name; coordinates are rough centres. */
const REGIONS: DomainPack['regions'] = [
  { name: 'Anbar', aliases: ['Al Anbar'], country: 'IQ', province: 'Al Anbar', lat: 33.4, lon: 42.0, precision: 'province' },
  { name: 'Kurdistan Region', aliases: ['Kurdistan', 'Südkurdistan'], country: 'IQ', province: 'Erbil', lat: 36.19, lon: 44.01, precision: 'province' },
  { name: 'Erbil', aliases: ['Erbil Governorate'], country: 'IQ', province: 'Erbil', lat: 36.19, lon: 44.01, precision: 'town' },
  { name: 'Baghdad', aliases: [], country: 'IQ', province: 'Baghdad', lat: 33.315, lon: 44.366, precision: 'town' },
  { name: 'Babil', aliases: [], country: 'IQ', province: 'Babil', lat: 32.5, lon: 44.4, precision: 'province' },
  { name: 'Deir ez-Zor', aliases: ['Deir ez-Zour', 'Deir al-Zor'], country: 'SY', province: 'Deir ez-Zor', lat: 35.33, lon: 40.14, precision: 'province' },
  { name: 'Al-Hasakah', aliases: ['Hasakah', 'Hasaka'], country: 'SY', province: 'Al-Hasakah', lat: 36.5, lon: 40.75, precision: 'province' },
  { name: 'Mafraq', aliases: [], country: 'JO', province: 'Mafraq', lat: 32.34, lon: 36.2, precision: 'province' },
];

export function groundTruthPack(): DomainPack {
  return {
    name: 'ground-truth',
    description: 'Sites and actors of the ground-truth files.',
    settings: { since: '2023-10-07', defender: 'United States', coalitionLabel: 'Coalition', historyDays: 365, languages: ['en'] },
    sites: gazetteerSites(),
    actors: groundTruthActors(),
    regions: REGIONS,
    countries: Object.entries(COUNTRY_CODES).map(([name, code]) => ({ code, name, aliases: [name], adjectives: [] })),
    lexicon: { weapons: {}, weaponKin: loadPack().lexicon.weaponKin, cues: { official: ['Pentagon', 'CENTCOM', 'Central Command', 'official', 'officials', 'spokesman', 'spokesperson', 'Defense Department'] } },
  };
}

interface GoldMention extends Omit<Mention, 'start' | 'end' | 'evidence' | 'lat' | 'lon' | 'article'> {
  event: string | null;
}

export interface GoldMentionRecord {
  mention: StoredMention;
  /** Incident key (kind | event key), null where the gold cannot identify the incident. */
  goldKey: string | null;
  /** The fields an extractor states, to tell mentions that only their key sets apart. */
  signature: string;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function goldMentions(): GoldMentionRecord[] {
  const urls = new Map<string, string | null>();
  for (const line of readFileSync(ARTICLES_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; url: string | null };
    urls.set(a.id, a.url);
  }
  const records: GoldMentionRecord[] = [];
  for (const line of readFileSync(GOLD_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { article: string; published: string | null; mentions: GoldMention[] };
    const url = urls.get(doc.article) ?? null;
    doc.mentions.forEach((g, i) => {
      const { event, ...fields } = g;
      const mention: StoredMention = {
        ...fields,
        article: doc.article,
        lat: null,
        lon: null,
        start: i * 100,
        end: i * 100 + 50,
        evidence: {},
        id: `${doc.article}:${String(i).padStart(2, '0')}`,
        articleHash: `hash-${doc.article}`,
        outlet: hostOf(url),
        url,
        published: doc.published,
      };
      const signature = JSON.stringify([g.kind, g.date, g.date_end, g.date_precision, g.site, g.place, g.country, g.attacker, g.attribution, g.weapons, g.killed, g.injured, g.outcome]);
      records.push({ mention, goldKey: event === null ? null : `${g.kind}|${event}`, signature });
    });
  }
  return records;
}

/** Mentions fusion can be scored on: a known incident, and not told apart from another of its article only by the key. */
export function scorableGoldKeys(records: readonly GoldMentionRecord[]): Map<string, string> {
  const keysBySignature = new Map<string, Set<string | null>>();
  for (const r of records) {
    const sig = `${r.mention.article}\u0000${r.signature}`;
    keysBySignature.set(sig, (keysBySignature.get(sig) ?? new Set()).add(r.goldKey));
  }
  const keys = new Map<string, string>();
  for (const r of records) {
    const ambiguous = (keysBySignature.get(`${r.mention.article}\u0000${r.signature}`)?.size ?? 0) > 1;
    if (r.goldKey !== null && !ambiguous) keys.set(r.mention.id, r.goldKey);
  }
  return keys;
}
