/**
 * A synthetic news corpus for the bench: articles of about 600 words about incidents of the pack's
 * conflict (sites, actors, weapons and countries come from the pack), told by several outlets in
 * varied phrasings and dates, with exact duplicates, syndicated near-copies and paragraphs about
 * other things. Deterministic from a seed; articles come out in rough publication order, as a
 * stream of news does.
 *
 *   node dist/bench/generate.js OUT.jsonl COUNT [SEED]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { loadPack } from '../src/domain/load.js';
import type { DomainPack } from '../src/domain/pack.js';
import * as P from './phrases.js';
import { between, chance, pick, seededRandom, type Random } from './random.js';

/** One JSONL line of the corpus, in the form `sitrep ingest` reads. */
export interface BenchArticle {
  id: string;
  url: string;
  title: string;
  outlet: string;
  published?: string;
  text: string;
}

export interface CorpusOptions {
  seed?: number;
  /** New incidents a day: the density of the stream, which fusion's work per block depends on. */
  incidentsPerDay?: number;
  firstDay?: string;
  /** Words an article reaches before it stops adding background paragraphs. */
  words?: number;
}

interface Incident {
  n: number;
  kind: 'attack' | 'strike';
  day: number;
  site: string;
  country: string;
  province: string;
  actor: string;
  weaponTerms: readonly string[];
  wounded: number;
}

interface Vocabulary {
  bases: { names: string[]; country: string; province: string }[];
  strikeAreas: { names: string[]; country: string; province: string }[];
  militias: string[][];
  weapons: (readonly string[])[];
  countryNames: Map<string, string>;
  outlets: { name: string; domain: string }[];
}

const DAY_MS = 86_400_000;
const ascii = (term: string): boolean => /^[A-Za-z0-9 .'’-]+$/.test(term) && !term.endsWith('*');

function vocabulary(pack: DomainPack, r: Random): Vocabulary {
  const place = (site: DomainPack['sites'][number]) => ({
    names: [site.name, ...site.aliases.filter(ascii).slice(0, 4)],
    country: site.country,
    province: site.province ?? site.name,
  });
  const bases = pack.sites.filter((s) => s.role === 'base').map(place);
  const strikeAreas = pack.sites.filter((s) => s.role !== 'base').map(place);
  const outlets = Array.from({ length: 240 }, (_, i) => {
    const name = `${pick(P.OUTLET_PLACES, r)} ${pick(P.OUTLET_WORDS, r)}`;
    return { name, domain: `${name.toLowerCase().replace(/\W+/g, '-')}-${i}.example` };
  });
  return {
    bases,
    strikeAreas: strikeAreas.length > 0 ? strikeAreas : bases,
    militias: pack.actors.filter((a) => a.type === 'militia' || a.type === 'umbrella').map((a) => [a.name, ...a.aliases.filter(ascii).slice(0, 3)]),
    // Another pack's classes, which the bench has no English words for, are named by their first plain term.
    weapons: Object.entries(pack.lexicon.weapons)
      .map(([name, terms]) => P.WEAPON_WORDS[name] ?? terms.filter((t) => ascii(t) && !t.includes('*')).slice(0, 1))
      .filter((terms) => terms.length > 0),
    countryNames: new Map(pack.countries.map((c) => [c.code, c.name])),
    outlets,
  };
}

const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** How an article published on `published` names the incident's day, in one of several ways. */
function whenPhrase(day: number, published: number, r: Random): string {
  const date = new Date(day * DAY_MS);
  const weekday = P.WEEKDAYS[date.getUTCDay()]!;
  const monthDay = `${P.MONTHS[date.getUTCMonth()]!} ${date.getUTCDate()}`;
  const ago = published - day;
  const choices = [`on ${monthDay}`, `on ${weekday}, ${monthDay}`];
  if (ago >= 0 && ago < 6) choices.push(`on ${weekday}`, `late on ${weekday}`, `on the morning of ${weekday}, ${monthDay}`);
  if (ago === 1) choices.push('yesterday');
  if (ago === 0) choices.push('earlier today', 'overnight');
  return pick(choices, r);
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

function weaponPhrases(terms: readonly string[], r: Random): { weapon: string; weapons: string } {
  const singular = terms.filter((t) => !t.endsWith('s'));
  const plural = terms.filter((t) => t.endsWith('s'));
  const weapon = pick(singular.length > 0 ? singular : terms, r);
  const many = plural.length > 0 ? pick(plural, r) : `${weapon}s`;
  return { weapon, weapons: pick([`two ${many}`, `several ${many}`, `a salvo of ${many}`, `three ${many}`, many], r) };
}

function newIncident(n: number, day: number, vocab: Vocabulary, r: Random): Incident {
  const kind = chance(0.8, r) ? 'attack' : 'strike';
  const place = pick(kind === 'attack' ? vocab.bases : vocab.strikeAreas, r);
  return {
    n,
    kind,
    day,
    site: place.names[0]!,
    country: place.country,
    province: place.province,
    actor: pick(vocab.militias, r)[0]!,
    weaponTerms: pick(vocab.weapons, r),
    wounded: chance(0.2, r) ? between(1, 9, r) : 0,
  };
}

/** The paragraphs of one report of `incident` (its own choice of names, phrasing and details). */
function eventParagraphs(incident: Incident, published: number, vocab: Vocabulary, r: Random): string[] {
  const places = (incident.kind === 'attack' ? vocab.bases : vocab.strikeAreas).find((p) => p.names[0] === incident.site)!;
  const actorNames = vocab.militias.find((names) => names[0] === incident.actor)!;
  const { weapon, weapons } = weaponPhrases(incident.weaponTerms, r);
  const slots = {
    site: pick(places.names, r),
    country: vocab.countryNames.get(incident.country) ?? incident.country,
    actor: pick(actorNames, r),
    weapon,
    weapons,
    when: whenPhrase(incident.day, published, r),
    source: pick(P.SOURCES, r),
    n: String(incident.wounded || between(1, 5, r)),
    city: pick(P.CITIES, r),
    province: incident.province,
  };
  const lead = fill(pick(incident.kind === 'attack' ? P.ATTACK_LEADS : P.STRIKE_LEADS, r), slots);
  const out = [lead];
  if (incident.kind === 'attack') {
    out.push(fill(pick(P.OUTCOMES, r), slots) + ' ' + fill(pick(P.CLAIMS, r), slots));
  }
  if (chance(0.35, r)) out.push(fill(pick(P.TALLIES, r), { ...slots, n: String(60 + Math.floor(incident.n / 50)) }));
  return out;
}

/** Background paragraphs in a random order, none twice in one article. */
function distractors(province: string, r: Random): () => string {
  const order = P.DISTRACTORS.map((text) => ({ text, key: r() })).sort((a, b) => a.key - b.key);
  let next = 0;
  return () => fill(order[next++ % order.length]!.text, { city: pick(P.CITIES, r), city2: pick(P.CITIES, r), province });
}

const wordCount = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.split(' ').length, 0);

/** The synthetic corpus, one article at a time: `count` articles in all, copies included. */
export function* generateArticles(count: number, pack: DomainPack, options: CorpusOptions = {}): Generator<BenchArticle> {
  const r = seededRandom(options.seed ?? 1);
  const vocab = vocabulary(pack, r);
  const perDay = options.incidentsPerDay ?? 40;
  const targetWords = options.words ?? 600;
  let day = Math.floor(Date.parse(`${options.firstDay ?? '2023-10-18'}T00:00:00Z`) / DAY_MS);
  let emitted = 0;
  let incidents = 0;
  const recent: BenchArticle[] = [];

  const article = (published: number, paragraphs: string[], title: string): BenchArticle => {
    const outlet = pick(vocab.outlets, r);
    const id = `bench-${emitted}`;
    const url = `https://${outlet.domain}/${isoDay(published).replaceAll('-', '/')}/${title.toLowerCase().replace(/\W+/g, '-').slice(0, 40)}-${emitted}`;
    const record: BenchArticle = { id, url, title, outlet: outlet.name, text: [title, ...paragraphs].join('\n\n') };
    // Most callers state the date; some leave it to the URL; a few articles carry no date at all.
    const dating = r();
    if (dating < 0.75) record.published = isoDay(published);
    else if (dating > 0.97) record.url = `https://${outlet.domain}/news/${id}`;
    return record;
  };

  const copyOf = (original: BenchArticle): BenchArticle => {
    const outlet = pick(vocab.outlets, r);
    const id = `bench-${emitted}`;
    const exact = chance(0.3, r);
    // A syndicated copy: the same wire story under another headline and with the outlet's credit line.
    const text = exact ? original.text : `${original.title.toUpperCase()}\n\n${original.text.split('\n\n').slice(1).join('\n\n')}\n\n(Reporting by ${outlet.name} staff; editing by the desk)`;
    return { ...original, id, outlet: outlet.name, url: `https://${outlet.domain}/wire/${id}`, text };
  };

  while (emitted < count) {
    const today: Incident[] = Array.from({ length: between(Math.ceil(perDay / 2), Math.ceil((perDay * 3) / 2), r) }, () => newIncident(incidents++, day, vocab, r));
    for (const incident of today) {
      const reports = between(1, 6, r);
      for (let k = 0; k < reports && emitted < count; k++) {
        const published = day + (chance(0.6, r) ? 0 : between(1, 3, r));
        const paragraphs = eventParagraphs(incident, published, vocab, r);
        // A report sometimes also recalls another recent incident.
        const other = today[between(0, today.length - 1, r)]!;
        if (other !== incident && chance(0.15, r)) paragraphs.push(...eventParagraphs(other, published, vocab, r).slice(0, 1));
        const background = distractors(incident.province, r);
        while (wordCount(paragraphs) < targetWords) paragraphs.splice(between(1, paragraphs.length, r), 0, background());
        const title = incident.kind === 'attack' ? `Attack reported on ${incident.site}` : `US strikes ${incident.actor} targets`;
        const item = article(published, paragraphs, title);
        emitted++;
        yield item;
        recent.push(item);
        if (recent.length > 50) recent.shift();
        if (emitted < count && chance(0.15, r)) {
          const copy = copyOf(pick(recent, r));
          emitted++;
          yield copy;
        }
      }
    }
    // Articles with no incident at all.
    for (let k = 0; k < Math.ceil(perDay / 4) && emitted < count; k++) {
      const paragraphs: string[] = [];
      const background = distractors(pick(vocab.bases, r).province, r);
      while (wordCount(paragraphs) < targetWords) paragraphs.push(background());
      const item = article(day, paragraphs, `Notes from ${pick(P.CITIES, r)}`);
      emitted++;
      yield item;
    }
    day++;
  }
}

/** Writes `count` generated articles to a JSONL file without holding them in memory. */
export async function writeCorpus(path: string, count: number, pack: DomainPack, options: CorpusOptions = {}): Promise<{ bytes: number; words: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  let words = 0;
  for (const article of generateArticles(count, pack, options)) {
    const line = JSON.stringify(article) + '\n';
    bytes += Buffer.byteLength(line);
    words += article.text.split(/\s+/).length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { bytes, words };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path = '/tmp/sitrep-bench.jsonl', count = '1000', seed = '1'] = process.argv.slice(2);
  const { bytes, words } = await writeCorpus(path, Number(count), loadPack(), { seed: Number(seed) });
  console.log(`${count} articles, ${words} words, ${(bytes / 1048576).toFixed(1)} MB → ${path}`);
}
