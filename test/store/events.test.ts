import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent, StoredMention } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import type { EventFilter, Store } from '../../src/store/store.js';
import { makeArticle, makeEvent, makeMention, tempDir } from './fixtures.js';

const temp = tempDir();
after(() => temp.cleanup());
let dbCount = 0;

/** A store holding two articles (outlets A and B) with four mentions each. */
async function storeWithMentions(): Promise<{ store: Store; mentions: StoredMention[] }> {
  const store = await openStore(join(temp.dir, `events-${++dbCount}.db`));
  const a = makeArticle('a', { outlet: 'Outlet A', published: '2024-02-03' });
  const b = makeArticle('b', { outlet: 'Outlet B', url: null, published: null });
  const mentionsA = [0, 1, 2, 3].map((n) => makeMention(a, n));
  const mentionsB = [0, 1, 2, 3].map((n) => makeMention(b, n, { kind: 'strike', country: 'SY' }));
  await store.addArticles([
    { article: a, extraction: { mentions: mentionsA, tallies: [] } },
    { article: b, extraction: { mentions: mentionsB, tallies: [] } },
  ]);
  return { store, mentions: [...mentionsA, ...mentionsB] };
}

function fullEvent(id: string, mentions: StoredMention[]): SitrepEvent {
  return makeEvent(id, mentions, {
    date: '2024-01-28',
    date_end: '2024-01-29',
    date_precision: 'range',
    site: 'Outpost Alpha',
    place: 'near the border',
    country: 'JO',
    lat: 32.123456,
    lon: 38.654321,
    place_precision: 'site',
    attacker: 'Example Front',
    attribution: 'attributed',
    target: 'United States',
    weapons: ['drone', 'rocket'],
    killed: 3,
    killed_high: 3,
    injured: 25,
    injured_high: 47,
    outcome: 'impact',
    articles: 2,
    outlets: 2,
    grade: 'contested',
    support: { date: [mentions[0]!.id], injured: [mentions[1]!.id], weapons: mentions.map((m) => m.id) },
    conflicts: [
      {
        field: 'injured',
        values: [
          { value: 25, citations: [{ mention: mentions[0]!.id, article: 'a', outlet: 'Outlet A', quote: 'q1', start: 1, end: 5 }] },
          { value: 47, citations: [{ mention: mentions[1]!.id, article: 'b', outlet: null, quote: 'q2', start: 7, end: 9 }] },
        ],
      },
      { field: 'attacker', values: [{ value: null, citations: [] }, { value: 'Other Group', citations: [] }] },
    ],
    merged_from: ['ev-old-1', 'ev-old-2'],
  });
}

test('an event reads back exactly as fusion wrote it, mentions in fusion order with their article fields', async () => {
  const { store, mentions } = await storeWithMentions();
  const event = fullEvent('ev-1', [mentions[5]!, mentions[0]!, mentions[1]!]);
  await store.replaceEvents([event], [], []);
  assert.deepEqual(await store.getEvent('ev-1'), event);
  assert.deepEqual(await store.queryEvents({}), [event]);
  const [listed] = await store.queryEvents({}, { mentions: false });
  assert.deepEqual(listed, { ...event, mentions: [] });
  assert.equal(await store.getEvent('ev-unknown'), null);
  assert.equal((await store.stats()).events, 1);
  await store.close();
});

test('replacing an event updates its fields, its mention links and what filters find it under', async () => {
  const { store, mentions } = await storeWithMentions();
  await store.replaceEvents([fullEvent('ev-1', mentions.slice(0, 3))], [], []);
  const updated = makeEvent('ev-1', [mentions[3]!], {
    attacker: 'Second Group',
    target: 'Coalition',
    site: 'Outpost Beta',
    date: '2024-03-01',
  });
  await store.replaceEvents([updated], [], []);
  assert.deepEqual(await store.getEvent('ev-1'), updated);
  assert.deepEqual(await store.queryEvents({ actor: 'Example Front' }), []);
  assert.deepEqual(await store.queryEvents({ actor: 'United States' }), []);
  assert.deepEqual((await store.queryEvents({ actor: 'coalition' })).map((e) => e.id), ['ev-1']);
  assert.deepEqual(await store.queryEvents({ site: 'Outpost Alpha' }), []);
  assert.deepEqual(await store.queryEvents({ to: '2024-02-01' }), []);
  assert.equal((await store.stats()).events, 1);
  await store.close();
});

test('an id merged away still resolves to the event that absorbed it, through later merges too', async () => {
  const { store, mentions } = await storeWithMentions();
  const a = makeEvent('ev-a', [mentions[0]!]);
  const b = makeEvent('ev-b', [mentions[1]!]);
  const c = makeEvent('ev-c', [mentions[2]!]);
  await store.replaceEvents([a, b, c], [], []);

  const merged = makeEvent('ev-a', [mentions[0]!, mentions[1]!], { merged_from: ['ev-b'] });
  await store.replaceEvents([merged], ['ev-b'], [{ from: 'ev-b', to: 'ev-a' }]);
  assert.deepEqual(await store.getEvent('ev-b'), merged);
  assert.equal((await store.stats()).events, 2);

  const mergedAgain = makeEvent('ev-c', [mentions[0]!, mentions[1]!, mentions[2]!], { merged_from: ['ev-a', 'ev-b'] });
  await store.replaceEvents([mergedAgain], ['ev-a'], [{ from: 'ev-a', to: 'ev-c' }]);
  assert.deepEqual(await store.getEvent('ev-a'), mergedAgain);
  assert.deepEqual(await store.getEvent('ev-b'), mergedAgain);
  assert.deepEqual((await store.queryEvents({})).map((e) => e.id), ['ev-c']);

  // An id that comes back as an event of its own names that event again.
  const reborn = makeEvent('ev-b', [mentions[3]!]);
  await store.replaceEvents([reborn], [], []);
  assert.deepEqual(await store.getEvent('ev-b'), reborn);
  await store.close();
});

test('inconsistent event updates are refused and change nothing', async () => {
  const { store, mentions } = await storeWithMentions();
  const a = makeEvent('ev-a', [mentions[0]!]);
  await store.replaceEvents([a], [], []);

  await assert.rejects(store.replaceEvents([makeEvent('ev-b', [])], ['ev-b'], []), /both replaced and removed/);
  await assert.rejects(store.replaceEvents([], [], [{ from: 'ev-x', to: 'ev-missing' }]), /not stored/);

  const ghost = makeMention(makeArticle('never-stored'), 0);
  const changed = makeEvent('ev-a', [mentions[1]!], { grade: 'confirmed' });
  await assert.rejects(store.replaceEvents([changed, makeEvent('ev-g', [ghost])], [], []), /cites mention never-stored-m0, which is not stored/);
  assert.deepEqual(await store.getEvent('ev-a'), a);
  assert.equal(await store.getEvent('ev-g'), null);
  await store.close();
});

describe('queryEvents and countEvents', () => {
  let store: Store;
  let mentions: StoredMention[];
  const events: SitrepEvent[] = [];

  before(async () => {
    ({ store, mentions } = await storeWithMentions());
    const m = mentions;
    events.push(
      makeEvent('e1', [m[0]!], { date: '2024-01-10', site: 'Outpost Alpha', country: 'IQ', attacker: 'Example Front' }),
      makeEvent('e2', [m[1]!], { date: '2024-01-10', site: 'Outpost Beta', country: 'SY', attacker: 'Second Group' }),
      makeEvent('e3', [m[4]!], {
        kind: 'strike',
        date: '2024-02-02',
        site: null,
        place: 'a depot',
        country: 'IQ',
        attacker: 'United States',
        target: 'Example Front',
      }),
      makeEvent('e4', [m[2]!], { date: '2024-01-01', date_precision: 'month', site: 'Outpost Alpha', country: 'IQ', attacker: null }),
      makeEvent('e5', [m[3]!], {
        date: '2024-01-20',
        date_end: '2024-01-25',
        date_precision: 'range',
        site: 'Camp Été',
        country: 'JO',
        attacker: 'Example Front',
      }),
      makeEvent('e6', [m[5]!], { date: null, date_precision: 'unknown', site: null, country: null, attacker: null, target: null }),
      makeEvent('e0', [m[6]!], { date: '2024-01-10', site: 'Outpost Alpha', country: 'IQ', attacker: 'Second Group' }),
    );
    await store.replaceEvents(events, [], []);
  });
  after(() => store.close());

  async function ids(filter: EventFilter): Promise<string[]> {
    const found = (await store.queryEvents(filter)).map((e) => e.id);
    if (filter.limit === undefined && filter.offset === undefined) assert.equal(await store.countEvents(filter), found.length);
    return found;
  }

  test('without a filter: every event, by date then id, undated last', async () => {
    assert.deepEqual(await ids({}), ['e4', 'e0', 'e1', 'e2', 'e5', 'e3', 'e6']);
  });

  test('by kind', async () => {
    assert.deepEqual(await ids({ kind: 'strike' }), ['e3']);
    assert.deepEqual(await ids({ kind: 'attack' }), ['e4', 'e0', 'e1', 'e2', 'e5', 'e6']);
  });

  test('undated only: the events no period holds, alone or with another filter', async () => {
    assert.deepEqual(await ids({ undated: true }), ['e6']);
    assert.deepEqual(await ids({ undated: true, kind: 'attack' }), ['e6']);
    assert.deepEqual(await ids({ undated: true, kind: 'strike' }), []);
    assert.deepEqual(await ids({ undated: true, country: 'IQ' }), []);
  });

  test('by country, however it is capitalised', async () => {
    assert.deepEqual(await ids({ country: 'IQ' }), ['e4', 'e0', 'e1', 'e3']);
    assert.deepEqual(await ids({ country: 'jo' }), ['e5']);
  });

  test('by site, ignoring case (accented letters too)', async () => {
    assert.deepEqual(await ids({ site: 'outpost alpha' }), ['e4', 'e0', 'e1']);
    assert.deepEqual(await ids({ site: 'CAMP ÉTÉ' }), ['e5']);
    assert.deepEqual(await ids({ site: 'Outpost' }), []);
  });

  test('by actor, as attacker or as target', async () => {
    assert.deepEqual(await ids({ actor: 'example front' }), ['e1', 'e5', 'e3']);
    assert.deepEqual(await ids({ actor: 'United States' }), ['e4', 'e0', 'e1', 'e2', 'e5', 'e3']);
  });

  test('by dates: every event whose date span overlaps the range', async () => {
    assert.deepEqual(await ids({ from: '2024-01-10', to: '2024-01-10' }), ['e4', 'e0', 'e1', 'e2']);
    assert.deepEqual(await ids({ from: '2024-01-22', to: '2024-01-22' }), ['e4', 'e5']);
    assert.deepEqual(await ids({ from: '2024-01-26' }), ['e4', 'e3']);
    assert.deepEqual(await ids({ to: '2024-01-09' }), ['e4']);
    assert.deepEqual(await ids({ from: '2024-02-01', to: '2024-01-01' }), []);
  });

  test('filters combine', async () => {
    assert.deepEqual(await ids({ actor: 'Example Front', kind: 'attack', from: '2024-01-15' }), ['e5']);
    assert.deepEqual(await ids({ country: 'IQ', site: 'Outpost Alpha', to: '2024-01-05' }), ['e4']);
    assert.deepEqual(await ids({ actor: 'second group', country: 'IQ', from: '2024-01-01', to: '2024-01-31' }), ['e0']);
  });

  test('limit and offset page through the same order; counts ignore them', async () => {
    assert.deepEqual(await ids({ limit: 3 }), ['e4', 'e0', 'e1']);
    assert.deepEqual(await ids({ limit: 3, offset: 3 }), ['e2', 'e5', 'e3']);
    assert.deepEqual(await ids({ offset: 6 }), ['e6']);
    assert.equal(await store.countEvents({ kind: 'attack', limit: 1 }), 6);
    await assert.rejects(store.queryEvents({ limit: -1 }), /limit must be a whole number/);
    await assert.rejects(store.queryEvents({ offset: 1.5 }), /offset must be a whole number/);
  });

  test('a malformed date filter is refused', async () => {
    await assert.rejects(store.queryEvents({ from: '2024-13-45' }), /from must be a date/);
    await assert.rejects(store.countEvents({ to: "2024-01-01' OR 1=1 --" }), /to must be a date/);
  });

  test('SQL in a filter value is only ever a value', async () => {
    for (const hostile of ["x' OR '1'='1", "Outpost Alpha'; DROP TABLE events; --", '%', '_']) {
      assert.deepEqual(await ids({ site: hostile }), []);
      assert.deepEqual(await ids({ actor: hostile }), []);
      assert.deepEqual(await ids({ kind: hostile }), []);
      assert.deepEqual(await ids({ country: hostile }), []);
    }
    assert.equal(await store.countEvents({}), events.length);
  });
});

test('counts by kind stay exact as events are added, change kind, merge away and are removed', async () => {
  const { store, mentions } = await storeWithMentions();
  const counts = async () => ({
    all: await store.countEvents({}),
    attack: await store.countEvents({ kind: 'attack' }),
    strike: await store.countEvents({ kind: 'strike' }),
    unknown: await store.countEvents({ kind: 'protest' }),
  });
  assert.deepEqual(await counts(), { all: 0, attack: 0, strike: 0, unknown: 0 });

  await store.replaceEvents([0, 1, 2].map((n) => makeEvent(`ev-${n}`, [mentions[n]!])), [], []);
  await store.replaceEvents([makeEvent('ev-s', [mentions[4]!], { kind: 'strike' })], [], []);
  assert.deepEqual(await counts(), { all: 4, attack: 3, strike: 1, unknown: 0 });

  // Re-fusion rewrites an event: same kind, then another kind.
  await store.replaceEvents([makeEvent('ev-0', [mentions[0]!], { grade: 'confirmed' })], [], []);
  assert.deepEqual(await counts(), { all: 4, attack: 3, strike: 1, unknown: 0 });
  await store.replaceEvents([makeEvent('ev-1', [mentions[1]!], { kind: 'strike' })], [], []);
  assert.deepEqual(await counts(), { all: 4, attack: 2, strike: 2, unknown: 0 });

  const merged = makeEvent('ev-0', [mentions[0]!, mentions[2]!], { merged_from: ['ev-2'] });
  await store.replaceEvents([merged], ['ev-2'], [{ from: 'ev-2', to: 'ev-0' }]);
  assert.deepEqual(await counts(), { all: 3, attack: 1, strike: 2, unknown: 0 });

  // A failed write leaves the counts as they were.
  const ghost = makeMention(makeArticle('never-stored'), 0);
  await assert.rejects(store.replaceEvents([makeEvent('ev-g', [ghost])], [], []), /not stored/);
  assert.deepEqual(await counts(), { all: 3, attack: 1, strike: 2, unknown: 0 });

  // The counts agree with a count that reads the events themselves.
  assert.equal(await store.countEvents({ kind: 'strike', country: 'IQ' }), (await store.queryEvents({ kind: 'strike', country: 'IQ' })).length);
  assert.equal((await store.queryEvents({ kind: 'strike' })).length, 2);
  await store.close();
});
