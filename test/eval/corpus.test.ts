/** The scorer against the shared corpus: gold scored against itself must be perfect. */
import { CORPUS, GROUNDTRUTH } from '../shared-corpus.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { DomainPack, Site } from '../../src/domain/pack.js';
import { scoreEvents, type SystemEventRef } from '../../src/eval/events.js';
import { readGold, type GoldMention } from '../../src/eval/gold.js';
import { matchedPairs, scoreMentions, type SystemArticle } from '../../src/eval/score.js';
import type { Mention } from '../../src/model.js';
import { withoutEventKey } from './builders.js';

const GAZETTEER = `${GROUNDTRUTH}/gazetteer.csv`;
const COUNTRY_CODES: Record<string, string> = { Iraq: 'IQ', Syria: 'SY', Jordan: 'JO' };

interface GazetteerRow {
  canonical_name: string;
  aliases: string;
  country: string;
  lat: string;
  lon: string;
}

function packFromGazetteer(): DomainPack {
  const rows = parse(readFileSync(GAZETTEER, 'utf8'), { columns: true, skip_empty_lines: true }) as GazetteerRow[];
  const coordinate = (value: string) => (value.trim() === '' ? null : Number(value));
  const sites = rows.map(
    (row): Site => ({
      name: row.canonical_name,
      aliases: row.aliases.split('|').filter((alias) => alias !== ''),
      towns: [],
      // "Iraq (Kurdistan Region)" → IQ
      country: COUNTRY_CODES[row.country.split(/[\s(]/)[0] ?? ''] ?? 'XX',
      province: null,
      lat: coordinate(row.lat),
      lon: coordinate(row.lon),
      role: 'base',
    }),
  );
  return {
    name: 'gazetteer',
    description: 'sites of the shared gazetteer',
    settings: { since: '2023-10-07', defender: 'United States', coalitionLabel: 'Coalition', historyDays: 365, languages: ['en'] },
    sites,
    actors: [],
    regions: [],
    countries: [],
    lexicon: { weapons: {}, weaponKin: [], cues: {} },
  };
}

function asSystemMention(article: string, text: string, gold: GoldMention): Mention {
  const fields = withoutEventKey(gold);
  const start = text.indexOf(gold.quote);
  assert.ok(start >= 0, `${article}: gold quote not in the text: ${gold.quote}`);
  return { ...fields, article, lat: null, lon: null, start, end: start + gold.quote.length, evidence: {} };
}

const available = existsSync(`${CORPUS}/gold.jsonl`) && existsSync(`${CORPUS}/articles.jsonl`) && existsSync(GAZETTEER);

it('scores the shared gold against itself as perfect', { skip: available ? false : 'shared corpus absent' }, () => {
  const gold = readGold(`${CORPUS}/gold.jsonl`);
  const texts = new Map<string, string>();
  for (const line of readFileSync(`${CORPUS}/articles.jsonl`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as { id: string; text: string };
    texts.set(article.id, article.text);
  }
  const system = new Map<string, SystemArticle>(
    gold.map((article) => {
      const text = texts.get(article.article) ?? '';
      return [
        article.article,
        {
          mentions: article.mentions.map((mention) => asSystemMention(article.article, text, mention)),
          tallies: article.tallies,
        },
      ];
    }),
  );

  const report = scoreMentions(gold, system, packFromGazetteer(), { texts });
  assert.ok(report.mentions.tp > 0);
  assert.deepEqual([report.mentions.fp, report.mentions.fn, report.mentions.f1], [0, 0, 1]);
  assert.equal(report.tallies.exact.f1, 1);
  for (const [field, score] of Object.entries(report.fields)) {
    assert.equal(score.accuracy, 1, `${field}: ${JSON.stringify(report.perArticle.flatMap((a) => a.matched.flatMap((p) => p.mismatches)))}`);
  }

  // One event per gold key and kind (an event is of one kind), dated by the key: fusion scores must be perfect too.
  const byKey = new Map<string, SystemEventRef>();
  for (const pair of matchedPairs(report)) {
    if (pair.gold.event === null) continue;
    const key = `${pair.gold.event} ${pair.gold.kind}`;
    const event = byKey.get(key) ?? { id: key, date: key.slice(0, 10), mentions: [] };
    event.mentions.push({ article: pair.article, ...pair.system });
    byKey.set(key, event);
  }
  const events = scoreEvents(gold, [...byKey.values()], matchedPairs(report));
  assert.equal(events.incidentsFound, events.goldIncidents);
  assert.deepEqual(
    [events.splitRate, events.mergeRate, events.bcubed.f1, events.eventDate.accuracy],
    [0, 0, 1, 1],
  );
});
