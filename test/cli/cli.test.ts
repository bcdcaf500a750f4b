import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, SAMPLES, sitrep } from './run.js';

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
}

test('ingest the samples, list events in every format, show one with its sources', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');

  const first = sitrep(['--db', db, 'ingest', SAMPLES]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /\d+ read: \d+ new, 0 duplicate/);

  // Re-running the same ingest changes nothing.
  const again = sitrep(['--db', db, 'ingest', SAMPLES]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, / 0 new, \d+ duplicate/);

  const json = sitrep(['--db', db, 'events', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const events = JSON.parse(json.stdout) as { id: string; site: string | null; kind: string; date: string | null; articles: number; mentions: { quote: string }[] }[];
  assert.ok(events.length >= 3);
  // The drone attack on Tower 22 is reported by two outlets: one event, two articles.
  const tower = events.filter((e) => e.site === 'Tower 22' && e.kind === 'attack');
  assert.equal(tower.length, 1, JSON.stringify(tower));
  assert.equal(tower[0]!.date, '2024-01-28');
  assert.ok(tower[0]!.articles >= 2);

  const jsonl = sitrep(['--db', db, 'events', '--format', 'jsonl', '--site', 'Tower 22']);
  const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; mentions: { article: string; start: number; end: number }[] });
  assert.deepEqual(lines.map((l) => l.id), [tower[0]!.id]);
  assert.ok(lines[0]!.mentions.every((m) => typeof m.start === 'number' && m.end > m.start));

  const geo = JSON.parse(sitrep(['--db', db, 'events', '--format', 'geojson']).stdout) as { type: string; features: { geometry: { coordinates: number[] } | null }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.ok(geo.features.some((f) => f.geometry && f.geometry.coordinates.length === 2));

  const csv = sitrep(['--db', db, 'events', '--format', 'csv', '--kind', 'strike']).stdout.trim().split('\n');
  assert.match(csv[0]!, /^id,kind,date/);
  assert.ok(csv.slice(1).every((row) => row.split(',')[1] === 'strike'));

  const table = sitrep(['--db', db, 'events', '--from', '2024-01-01', '--to', '2024-01-31']);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /Tower 22/);
  assert.doesNotMatch(table.stdout, /2023-11/);

  const show = sitrep(['--db', db, 'show', tower[0]!.id]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /Sources:/);
  assert.match(show.stdout, /Tower 22/);
  // The two outlets disagree on the wounded: the event carries the conflict.
  assert.match(show.stdout, /disagree/i);

  // The events no report dates, for review: none of them has a date, and every one is among all events.
  const undated = JSON.parse(sitrep(['--db', db, 'events', '--undated', '--format', 'json']).stdout) as { id: string; date: string | null }[];
  assert.ok(undated.length > 0 && undated.every((e) => e.date === null));
  assert.deepEqual(undated.map((e) => e.id), events.filter((e) => e.date === null).map((e) => e.id));

  const tallies = sitrep(['--db', db, 'tallies', '--format', 'json']);
  const rows = JSON.parse(tallies.stdout) as { count: number; sitrep: number | null }[];
  assert.ok(rows.some((r) => r.count === 160 && typeof r.sitrep === 'number'));
});

test('a reader that closes the pipe early ends the listing quietly, with success', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  assert.equal(sitrep(['--db', db, 'ingest', SAMPLES]).status, 0);
  // `true` reads nothing and exits at once: every write to the pipe finds it closed.
  const piped = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" --db "${db}" events --format json | true`], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(piped.stderr, '');
  assert.equal(piped.status, 0);
});

test('bad inputs get a one-line error naming them, and the rest of the batch still goes in', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({ id: 'ok-1', text: 'Drones attacked the Harir air base on Saturday, officials said.', published: '2024-01-08' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'ok-2', text: 'Rockets struck Ain al-Asad air base in western Iraq on Monday.', published: '2024-08-06' }),
    ].join('\n') + '\n',
  );
  const missing = join(dir, 'no-such-file.txt');
  const run = sitrep(['--db', db, 'ingest', join(dir, 'binary.txt'), join(dir, 'empty.txt'), join(dir, 'batch.jsonl'), missing]);
  assert.equal(run.status, 0, run.stderr);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('sitrep: '));
  assert.equal(errors.length, 4, run.stderr);
  assert.ok(errors.some((l) => l.includes('binary.txt')));
  assert.ok(errors.some((l) => l.includes('empty.txt')));
  assert.ok(errors.some((l) => l.includes('batch.jsonl:2')));
  assert.ok(errors.some((l) => l.includes('no-such-file.txt')));
  assert.match(run.stderr, / 2 new, 0 duplicate, 4 rejected/);
  const events = JSON.parse(sitrep(['--db', db, 'events', '--format', 'json']).stdout) as { site: string | null }[];
  assert.deepEqual(events.map((e) => e.site).sort(), ['Ain al-Asad Air Base', 'Harir Air Base']);
});

test('a malformed domain pack stops the command with a clear error', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pack = join(dir, 'pack');
  cpSync(new URL('../../../domains/iran-militias', import.meta.url), pack, { recursive: true });
  writeFileSync(join(pack, 'sites.yaml'), readFileSync(join(pack, 'sites.yaml'), 'utf8').replace('lat: 33.7856', 'lat: north'));
  const run = sitrep(['--db', join(dir, 'x.db'), '--pack', pack, 'ingest', SAMPLES]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr.trim(), /^sitrep: domain pack .*sites\.yaml: sites\.0\.lat/);
});

test('extract prints mentions in the gold interchange format, without a store', () => {
  const text = JSON.stringify({ id: 'x1', text: 'Two rockets struck the Ain al-Asad air base in western Iraq on Monday.', published: '2024-08-06' });
  const run = sitrep(['extract', '-', '--format', 'jsonl'], text + '\n');
  assert.equal(run.status, 0, run.stderr);
  const mention = JSON.parse(run.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
  assert.equal(mention.article, 'x1');
  assert.equal(mention.kind, 'attack');
  assert.equal(mention.site, 'Ain al-Asad Air Base');
  assert.equal(mention.date, '2024-08-05');
  for (const key of ['date_end', 'date_precision', 'place', 'country', 'attacker', 'attribution', 'target', 'weapons', 'killed', 'injured', 'outcome', 'quote', 'start', 'end', 'lat', 'lon']) {
    assert.ok(key in mention, `missing ${key}`);
  }
});

test('unknown format and bad dates are usage errors; an unknown event is an error naming it', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  const empty = join(dir, 'no-articles');
  mkdirSync(empty);
  assert.equal(sitrep(['--db', db, 'ingest', empty]).status, 0);
  assert.equal(sitrep(['--db', db, 'events', '--format', 'xml']).status, 2);
  assert.equal(sitrep(['--db', db, 'events', '--from', 'yesterday']).status, 2);
  assert.equal(sitrep(['--db', db, 'events', '--limit', '0']).status, 2);
  const undatedInPeriod = sitrep(['--db', db, 'events', '--undated', '--from', '2024-01-01']);
  assert.equal(undatedInPeriod.status, 2);
  assert.match(undatedInPeriod.stderr, /--undated .* cannot be combined with --from or --to/);
  for (const flags of [['--subsets', '0'], ['--subsets', '5', '--keep', '1.5'], ['--subsets', '5', '--seed', 'x']]) {
    const bad = sitrep(['eval', '--gold', join(dir, 'gold.jsonl'), empty, ...flags]);
    assert.equal(bad.status, 2, flags.join(' '));
    assert.match(bad.stderr, new RegExp(`${flags.at(-2)} must be`));
  }
  const missing = sitrep(['--db', db, 'show', 'ev_nope']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no event ev_nope/);
});

test('reading commands refuse a store file that does not exist, naming it; ingest creates it', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'mistyped.db');

  for (const args of [['events'], ['events', '--format', 'json'], ['show', 'ev-anything'], ['tallies']]) {
    const run = sitrep(['--db', db, ...args]);
    assert.notEqual(run.status, 0, `${args.join(' ')} must fail`);
    assert.ok(run.stderr.includes(`no store at ${db}`), run.stderr);
    assert.equal(run.stdout, '');
    assert.ok(!existsSync(db), `${args.join(' ')} must not create ${db}`);
  }

  const ingest = sitrep(['--db', db, 'ingest', SAMPLES]);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.ok(existsSync(db));
  const events = sitrep(['--db', db, 'events', '--format', 'json']);
  assert.equal(events.status, 0, events.stderr);
  assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0);
});

test('show quotes the sentence behind a field that a mention states outside its own sentence, with control characters removed', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  const text = 'Four rockets were launched at Ain al-Asad air base on Monday, security sources said.\n\nU.S. officials said there were no injuries\u0007 from the attack.';
  writeFileSync(join(dir, 'articles.jsonl'), JSON.stringify({ id: 'f1', url: 'https://example.com/f1', published: '2024-03-12', text }) + '\n');
  assert.equal(sitrep(['--db', db, 'ingest', join(dir, 'articles.jsonl')]).status, 0);
  type Spans = Record<string, { start: number; end: number }>;
  const events = JSON.parse(sitrep(['--db', db, 'events', '--format', 'json']).stdout) as { id: string; injured: number | null; support: Record<string, string[]>; mentions: { id: string; end: number; evidence: Spans }[] }[];
  assert.deepEqual(events.map((e) => e.injured), [0]);
  // Machine-readable too: which mention states the field, and where in its article.
  const [mention] = events[0]!.mentions;
  assert.deepEqual(events[0]!.support.injured, [mention!.id]);
  assert.match(text.slice(mention!.evidence.injured!.start, mention!.evidence.injured!.end), /no injuries/);
  assert.ok(mention!.evidence.injured!.start > mention!.end);
  const show = sitrep(['--db', db, 'show', events[0]!.id]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /injured: “U\.S\. officials said there were no injuries from the attack\.” \[\d+–\d+\]/);
  assert.ok(!show.stdout.includes('\u0007'), 'a control character reached the terminal');
});

test('sources that disagree are quoted by the sentence that states their figure, even when it is not the one that tells the incident', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  const lines = [
    { id: 'c1', url: 'https://one.example/a', published: '2024-03-12', text: 'Rockets struck Ain al-Asad air base on Monday, wounding three U.S. soldiers, officials said.' },
    { id: 'c2', url: 'https://two.example/b', published: '2024-03-12', text: 'Rockets struck Ain al-Asad air base on Monday.\n\nFive U.S. soldiers were wounded, officials said.' },
  ];
  writeFileSync(join(dir, 'two.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  assert.equal(sitrep(['--db', db, 'ingest', join(dir, 'two.jsonl')]).status, 0);
  const events = JSON.parse(sitrep(['--db', db, 'events', '--format', 'json']).stdout) as { id: string; injured: number; injured_high: number }[];
  assert.deepEqual(events.map((e) => [e.injured, e.injured_high]), [[3, 5]]);
  const show = sitrep(['--db', db, 'show', events[0]!.id]).stdout;
  assert.match(show, /Sources disagree:\n {2}injured:\n {4}3\n {6}one\.example: “Rockets struck Ain al-Asad air base on Monday, wounding three U\.S\. soldiers, officials said\.”\n {4}5\n {6}two\.example: “Five U\.S\. soldiers were wounded, officials said\.”/);
});

test('the demo sets each tally beside Sitrep\'s count, and beside the attacks it holds undated', (t) => {
  const dir = workdir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  const demo = sitrep(['--db', db, 'demo']);
  assert.equal(demo.status, 0, demo.stderr);
  const undated = (JSON.parse(sitrep(['--db', db, 'events', '--undated', '--kind', 'attack', '--format', 'json']).stdout) as unknown[]).length;
  assert.ok(undated > 0);
  const lines = demo.stdout.split('\n').filter((l) => l.startsWith('tally: '));
  assert.ok(lines.length > 0);
  for (const line of lines) assert.match(line, new RegExp(`— Sitrep: \\d+ events \\(\\+${undated} undated\\)$`), line);
});
