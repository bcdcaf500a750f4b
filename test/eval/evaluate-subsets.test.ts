import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate } from '../../src/cli/eval.js';
import { loadPack } from '../../src/domain/load.js';

const reports = [
  { id: 'r1', published: '2024-03-04', text: 'Drones attacked the Harir air base on Sunday, a US official said. Nobody was hurt.' },
  { id: 'r2', published: '2024-03-04', text: 'Two drones targeted Harir air base in northern Iraq on Sunday, officials said.' },
  { id: 'r3', published: '2024-03-12', text: 'Rockets struck Ain al-Asad air base in western Iraq on Monday, officials said.' },
  { id: 'r4', published: '2024-03-12', text: 'Several rockets hit the Ain al-Asad airbase on Monday, security sources said.' },
];
const goldMention = (date: string, site: string, weapons: string[], quote: string) => ({
  kind: 'attack', date, date_end: null, date_precision: 'day', site, place: null, country: 'IQ', attacker: null, attribution: 'unknown',
  target: 'United States', weapons, killed: null, injured: null, outcome: 'unknown', quote, event: `${date}|${site}`,
});
const gold = [
  { article: 'r1', published: '2024-03-04', mentions: [goldMention('2024-03-03', 'Harir Air Base', ['drone'], reports[0]!.text)], tallies: [] },
  { article: 'r2', published: '2024-03-04', mentions: [goldMention('2024-03-03', 'Harir Air Base', ['drone'], reports[1]!.text)], tallies: [] },
  { article: 'r3', published: '2024-03-12', mentions: [goldMention('2024-03-11', 'Ain al-Asad Air Base', ['rocket'], reports[2]!.text)], tallies: [] },
  { article: 'r4', published: '2024-03-12', mentions: [goldMention('2024-03-11', 'Ain al-Asad Air Base', ['rocket'], reports[3]!.text)], tallies: [] },
];

test('eval scores fusion on random parts of the articles too, the same parts for the same seed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const articles = join(dir, 'articles.jsonl');
  const goldPath = join(dir, 'gold.jsonl');
  writeFileSync(articles, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const pack = loadPack();
  const whole = await evaluate(goldPath, [articles], pack);
  assert.equal(whole.subsets, undefined, 'only when asked for');
  assert.deepEqual([whole.events.goldIncidents, whole.events.extraEvents, whole.events.mergedEvents], [2, 0, 0]);
  const options = { runs: 6, keep: 0.5, seed: 3 };
  const { subsets } = await evaluate(goldPath, [articles], pack, options);
  assert.ok(subsets);
  assert.deepEqual([subsets.runs, subsets.keep, subsets.seed], [6, 0.5, 3]);
  assert.ok(subsets.articles.min >= 0 && subsets.articles.max <= 4 && subsets.articles.min <= subsets.articles.max);
  // Each incident's two reports, whichever of them a part keeps, stay one event apart from the other incident.
  assert.deepEqual([subsets.splitRate.pooled, subsets.mergeRate.pooled, subsets.merges], [0, 0, []]);
  assert.deepEqual((await evaluate(goldPath, [articles], pack, options)).subsets, subsets);
});
