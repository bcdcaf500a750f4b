/**
 * A live news day as ingest meets it: short feed items (a headline and a line) beside full stories,
 * live updates, claims before confirmations, round-ups, syndicated copies. Every scenario is
 * ingested from JSONL in several orders, at once and one article at a time, and must give the same
 * events under the same ids. All texts are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../../src/domain/load.js';
import type { SitrepEvent } from '../../src/model.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/open.js';

const pack = loadPack();

interface Row {
  id: string;
  url?: string;
  published?: string;
  title?: string;
  text: string;
}

/** What a scenario checks of an event: its articles, kind, place, date and tolls. */
interface Seen {
  id: string;
  articles: string;
  kind: string;
  where: string;
  date: string;
  killed: string;
  injured: string;
  conflicts: string;
}

function seen(e: SitrepEvent): Seen {
  const range = (low: number | null, high: number | null) => (low === null ? '-' : low === high ? `${low}` : `${low}-${high}`);
  return {
    id: e.id,
    articles: [...new Set(e.mentions.map((m) => m.article))].sort().join(' '),
    kind: e.kind,
    where: e.site ?? e.place ?? '-',
    date: e.date === null ? 'undated' : e.date_end !== null && e.date_end !== e.date ? `${e.date}..${e.date_end}` : e.date,
    killed: range(e.killed, e.killed_high),
    injured: range(e.injured, e.injured_high),
    conflicts: e.conflicts
      .map((c) => c.field)
      .sort()
      .join(' '),
  };
}

/** A fixed shuffle. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Ingests the rows at once forward, reversed and shuffled, and one article at a time forward and
 * reversed; checks that every run gives the same events under the same ids, and returns them.
 */
async function run(rows: readonly Row[]): Promise<Seen[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    const runs: Seen[][] = [];
    const orders: [string, readonly Row[], boolean][] = [
      ['forward', rows, false],
      ['reverse', [...rows].reverse(), false],
      ['shuffled', shuffled(rows), false],
      ['single', rows, true],
      ['single-reverse', [...rows].reverse(), true],
    ];
    for (const [name, order, single] of orders) {
      const store = await openStore(join(dir, `${name}.db`));
      try {
        const files = (single ? order.map((r) => [r]) : [order]).map((part, i) => {
          const path = join(dir, `${name}-${i}.jsonl`);
          writeFileSync(path, part.map((r) => JSON.stringify({ lang: 'en', ...r })).join('\n') + '\n');
          return path;
        });
        for (const file of files) await ingest([file], store, pack);
        runs.push((await store.queryEvents()).map(seen).sort((a, b) => (a.articles < b.articles ? -1 : a.articles > b.articles ? 1 : 0)));
      } finally {
        await store.close();
      }
    }
    for (const [i, other] of runs.entries()) assert.deepEqual(other, runs[0], `${orders[i]![0]} order differs from forward`);
    return runs[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The events' articles, one string per event. */
function grouped(events: readonly Seen[]): string[] {
  return events.map((e) => e.articles);
}

test('a morning drone attack and an evening rocket attack on one base are two events, each report with its own', async () => {
  const events = await run([
    { id: 'am', url: 'https://a.example.com/am', published: '2024-01-15', text: 'Two drones attacked the Conoco gas field base in eastern Syria on Monday morning, a source said. No injuries were reported.' },
    { id: 'pm', url: 'https://b.example.com/pm', published: '2024-01-16', text: 'Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said. No injuries were reported.' },
    { id: 'am2', url: 'https://c.example.com/am2', published: '2024-01-15', text: 'A drone attack targeted US forces at the Conoco gas field in Syria on Monday, the Islamic Resistance in Iraq said.' },
    { id: 'pm2', url: 'https://d.example.com/pm2', published: '2024-01-16', text: 'Several rockets landed near the Conoco base in eastern Syria late on Monday, a war monitor said.' },
  ]);
  assert.deepEqual(grouped(events), ['am am2', 'pm pm2']);
  assert.deepEqual(
    events.map((e) => [e.where, e.date, e.conflicts]),
    [
      ['Conoco gas field', '2024-01-15', ''],
      ['Conoco gas field', '2024-01-15', ''],
    ],
  );
});

test('a story that lumps the morning and evening attacks on one base joins one of them and does not fuse the two', async () => {
  const events = await run([
    { id: 'am', url: 'https://a.example.com/am', published: '2024-01-15', text: 'Two drones attacked the Conoco gas field base in eastern Syria on Monday morning, a source said. No injuries were reported.' },
    { id: 'pm', url: 'https://b.example.com/pm', published: '2024-01-16', text: 'Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said. No injuries were reported.' },
    {
      id: 'both',
      url: 'https://c.example.com/both',
      published: '2024-01-16',
      text: 'The US base at the Conoco gas field in Syria was attacked twice on Monday, first by drones in the morning and then by rockets in the evening, the Syrian Observatory said.',
    },
  ]);
  assert.equal(events.length, 2);
  assert.ok(grouped(events).includes('pm') || grouped(events).includes('am'), grouped(events).join(' | '));
});

test('the same text from several outlets is stored as the copy that came out first, whatever order the copies come in', async () => {
  const line = 'Rockets hit Ain al-Asad air base in western Iraq on Tuesday, causing no casualties, security sources said.';
  const events = await run([
    { id: 'late-copy', url: 'https://b.example.com/d2', published: '2024-02-28', text: line },
    { id: 'first-copy', url: 'https://a.example.com/d1', published: '2024-02-21', text: line },
    { id: 'undated-copy', url: 'https://c.example.com/d3', text: line },
    {
      id: 'full',
      url: 'https://wire.example.com/full',
      published: '2024-02-20',
      text: "Several rockets were fired at Ain al-Asad air base in Iraq's Anbar province on Tuesday, Iraqi officials said. There were no casualties.",
    },
    {
      id: 'next-week',
      url: 'https://wire.example.com/other',
      published: '2024-02-27',
      text: 'A drone attack targeted Ain al-Asad air base in western Iraq on Tuesday, a US official said. The drone was shot down.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.date, e.conflicts]),
    [
      ['first-copy full', '2024-02-20', ''],
      ['next-week', '2024-02-27', ''],
    ],
  );
});

test('one headline and line carried word for word by three outlets beside the full story is one event under one id', async () => {
  const line = 'Rockets fired at Ain al-Asad air base in western Iraq, no casualties reported.';
  const events = await run([
    { id: 'h1', url: 'https://a.example.com/x1', published: '2024-02-20', text: line },
    { id: 'h2', url: 'https://b.example.com/x2', published: '2024-02-20', text: line },
    { id: 'h3', url: 'https://c.example.com/x3', published: '2024-02-21', text: line },
    {
      id: 'full',
      url: 'https://d.example.com/2024/02/20/asad',
      published: '2024-02-20',
      text: 'BAGHDAD — Several rockets were fired at Ain al-Asad air base in western Iraq on Tuesday, Iraqi security officials said. There were no casualties. It was the first attack on the base in two weeks.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.where, e.date]),
    [['full h1', 'Ain al-Asad Air Base', '2024-02-20']],
  );
});

test('a wire story reprinted twice a week later, its "on Saturday" read at the new date, is dated by its first copy, with no conflict', async () => {
  const story = 'A drone targeted coalition forces at Union III in Baghdad on Saturday, a security official said in a statement.';
  const events = await run([
    { id: 'wire', url: 'https://wire.example.com/a', published: '2024-03-03', text: `${story} No casualties were reported.` },
    { id: 'reprint', url: 'https://paper.example.com/b', published: '2024-03-10', text: `${story} No casualties were reported in the attack.` },
    { id: 'reprint2', url: 'https://paper2.example.com/b2', published: '2024-03-10', text: `${story} No casualties were reported, it added.` },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.date, e.conflicts]),
    [['reprint reprint2 wire', '2024-03-02', '']],
  );
});

/** Scenarios of a live news day: each gives the same events in every order, and where `expect` is given, these groups and dates. */
const DAY: { title: string; rows: Row[]; expect: [articles: string, date: string][] | null }[] = [
  {
    title: "an RSS item dated the day before, and one with no date, beside the wire story are one event",
    rows: [
      {"id": "wire", "url": "https://wire.example.com/2024/01/07/harir", "published": "2024-01-07", "text": "ERBIL, Iraq (Wire) — A drone attack targeted Harir air base in Iraq's Kurdistan region on Saturday, a US defense official said on Sunday. The drone was shot down before it reached the base and there were no injuries or damage, the official said. The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed the attack in a statement on Telegram. US forces in Iraq and Syria have been attacked more than 100 times since mid-October."},
      {"id": "rss1", "url": "https://feed.example.org/news/98765", "published": "2024-01-06", "title": "Drone targets Harir air base in Iraqi Kurdistan", "text": "Drone targets Harir air base in Iraqi Kurdistan. A drone attack targeted the Harir base hosting US forces, security sources said."},
      {"id": "rss2", "url": "https://news.example.net/item/5521", "title": "Drone targets Harir air base in Iraqi Kurdistan", "text": "Drone targets Harir air base in Iraqi Kurdistan. A drone attack targeted the Harir base on Saturday, security sources said."},
    ],
    expect: [["rss1 rss2 wire", "2024-01-06"]],
  },
  {
    title: "live updates of a toll (three injured, then five, then a death the next day) are one event with the range",
    rows: [
      {"id": "u1", "url": "https://live.example.com/a1", "published": "2024-01-20", "text": "A ballistic missile attack struck Ain al-Asad air base in western Iraq on Saturday, injuring three US service members, a US official said."},
      {"id": "u2", "url": "https://other.example.com/b2", "published": "2024-01-20", "text": "Iran-backed militants fired ballistic missiles and rockets at Ain al-Asad air base in Iraq on Saturday. Five US personnel were injured, according to US Central Command."},
      {"id": "u3", "url": "https://third.example.org/c3", "published": "2024-01-21", "text": "An Iraqi soldier wounded in Saturday's missile attack on Ain al-Asad air base later died of his wounds, officials said on Sunday."},
    ],
    expect: [["u1 u2 u3", "2024-01-20"]],
  },
  {
    title: "a strike and the attack it answers, told in the same sentences by different outlets, are two events",
    rows: [
      {"id": "s1", "url": "https://a.example.com/s1", "published": "2024-01-24", "text": "US forces struck three Kataib Hezbollah facilities in Iraq early Wednesday in response to Saturday's ballistic missile attack on Ain al-Asad air base, the Pentagon said."},
      {"id": "s2", "url": "https://b.example.com/s2", "published": "2024-01-24", "text": "The US military carried out strikes on Kataib Hezbollah sites in Iraq on Wednesday. The strikes followed an attack on Ain al-Asad air base on Saturday in which several US personnel were injured."},
      {"id": "s3", "url": "https://c.example.com/s3", "published": "2024-01-20", "text": "Ballistic missiles struck Ain al-Asad air base in western Iraq on Saturday, wounding several US service members."},
    ],
    expect: [["s1 s2", "2024-01-24"], ["s1 s2 s3", "2024-01-20"]],
  },
  {
    title: "strikes in Iraq and Syria on one night are an event for each place they are told at",
    rows: [
      {"id": "n1", "url": "https://a.example.com/n1", "published": "2024-02-03", "text": "US forces struck more than 85 targets in Iraq and Syria on Friday night in retaliation for the drone attack on Tower 22 that killed three US soldiers, the Pentagon said."},
      {"id": "n2", "url": "https://b.example.com/n2", "published": "2024-02-03", "text": "US strikes hit militia positions near Al-Qaim in Iraq on Friday, Iraqi officials said, killing 16 people."},
      {"id": "n3", "url": "https://c.example.com/n3", "published": "2024-02-03", "text": "US strikes on Friday targeted sites near Abu Kamal and Mayadin in eastern Syria, killing at least 23 fighters, the Syrian Observatory said."},
    ],
    expect: null,
  },
  {
    title: "a militia claim of a drone attack and the Pentagon's word of it the next day are one event",
    rows: [
      {"id": "tg", "url": "https://t.example.com/claim", "published": "2024-01-10", "text": "The Islamic Resistance in Iraq said it targeted the occupation base at Harir with a drone on Wednesday."},
      {"id": "dod", "url": "https://dod.example.gov/release", "published": "2024-01-11", "text": "A one-way attack drone targeted US and coalition forces at Harir air base in Iraq on Wednesday. There were no injuries or damage, a US defense official said."},
    ],
    expect: [["dod tg", "2024-01-10"]],
  },
  {
    title: "a weekly round-up of five attacks joins the single report of each, and keeps the fifth alone",
    rows: [
      {"id": "r1", "url": "https://a.example.com/r1", "published": "2024-01-08", "text": "A drone attack targeted Harir air base in northern Iraq on Monday, a US official said. There were no casualties."},
      {"id": "r2", "url": "https://b.example.com/r2", "published": "2024-01-09", "text": "Rockets were fired at Ain al-Asad air base in Iraq on Tuesday, causing no casualties, officials said."},
      {"id": "r3", "url": "https://c.example.com/r3", "published": "2024-01-11", "text": "A drone attacked the Al-Tanf garrison in Syria on Wednesday, US officials said."},
      {"id": "r4", "url": "https://d.example.com/r4", "published": "2024-01-12", "text": "Rockets targeted the Conoco gas field base in Syria on Thursday, a source said."},
      {"id": "wk", "url": "https://week.example.org/roundup", "published": "2024-01-13", "text": "Weekly round-up: attacks on US forces continued this week.\n\nOn Monday, a drone targeted Harir air base in Iraq.\n\nOn Tuesday, rockets were fired at Ain al-Asad air base.\n\nOn Wednesday, a drone attacked the Al-Tanf garrison in Syria.\n\nOn Thursday, rockets struck near the Conoco gas field base.\n\nOn Friday, a drone targeted the Rumalyn base in northeast Syria."},
    ],
    expect: [["r1 wk", "2024-01-08"], ["r2 wk", "2024-01-09"], ["r3 wk", "2024-01-10"], ["r4 wk", "2024-01-11"], ["wk", "2024-01-12"]],
  },
  {
    title: "syndicated copies with small edits and later publication dates are one event",
    rows: [
      {"id": "orig", "url": "https://wire.example.com/2024/02/05/x", "published": "2024-02-05", "text": "A drone attack on Sunday struck the Rumalyn base in northeastern Syria, wounding two US service members, a US official said on Monday. The Islamic Resistance in Iraq claimed responsibility."},
      {"id": "copy1", "url": "https://paper.example.com/world/x", "published": "2024-02-06", "text": "A drone attack on Sunday struck the Rumalyn base in northeastern Syria, wounding two US service members, a US official said on Monday. The Islamic Resistance in Iraq, an Iran-backed umbrella group, claimed responsibility."},
      {"id": "copy2", "url": "https://paper2.example.com/x", "published": "2024-02-08", "text": "A drone attack on Sunday struck the Rumalyn base in northeastern Syria, wounding two US service members, a US official said Monday. The Islamic Resistance in Iraq claimed responsibility."},
    ],
    expect: [["copy1 copy2 orig", "2024-02-04"]],
  },
  {
    title: "a feed item with no publication date naming the weekday joins the two dated reports of it",
    rows: [
      {"id": "d1", "url": "https://a.example.com/2024/03/05/x", "published": "2024-03-05", "text": "Rockets were fired at the Victory base near Baghdad airport on Tuesday, Iraqi security sources said. No casualties were reported."},
      {"id": "d2", "url": "https://b.example.com/y", "published": "2024-03-05", "text": "Two rockets targeted the Victory base near Baghdad International Airport on Tuesday, a security official said."},
      {"id": "f1", "url": "https://feed.example.org/item/77", "text": "Rockets hit Victory base near Baghdad airport on Tuesday, no casualties."},
    ],
    expect: [["d1 d2 f1", "2024-03-05"]],
  },
  {
    title: "a headline naming only the country and two wounded joins the base where two were wounded that day",
    rows: [
      {"id": "a1", "url": "https://a.example.com/a1", "published": "2024-02-26", "text": "A drone attack targeted Ain al-Asad air base in western Iraq on Sunday, wounding two US service members, a US official said."},
      {"id": "a2", "url": "https://b.example.com/a2", "published": "2024-02-26", "text": "Rockets were fired at Harir air base in northern Iraq on Sunday, causing no casualties, Kurdish officials said."},
      {"id": "f", "url": "https://feed.example.org/f", "published": "2024-02-25", "text": "Two US troops wounded in drone attack in Iraq. Two American service members were wounded in a drone attack on a base in Iraq, officials said."},
    ],
    expect: [["a1 f", "2024-02-25"], ["a2", "2024-02-25"]],
  },
  {
    title: "a feed headline, an undated one, the wire story and the toll's later rise are one Tower 22 event",
    rows: [
      {"id": "t1", "url": "https://feed.example.org/t1", "published": "2024-01-28", "title": "Three US troops killed in drone attack in Jordan", "text": "Three US troops killed in drone attack in Jordan. Three American service members were killed and dozens injured in a drone attack on a base in Jordan, President Biden said."},
      {"id": "t2", "url": "https://wire.example.com/2024/01/28/t22", "published": "2024-01-28", "text": "A one-way attack drone struck Tower 22, a small US outpost in northeastern Jordan near the Syrian border, early on Sunday, killing three US service members and wounding at least 25, US officials said."},
      {"id": "t3", "url": "https://paper.example.com/t3", "published": "2024-01-29", "text": "The number of US troops injured in Sunday's drone attack on Tower 22 in Jordan has risen to 40, the Pentagon said on Monday."},
      {"id": "t4", "url": "https://feed2.example.org/t4", "text": "Drone attack kills three US soldiers at base in Jordan."},
    ],
    expect: [["t1 t2 t3 t4", "2024-01-28"]],
  },
  {
    title: "reports that disagree on whether the drone was shot down are one event with the disagreement",
    rows: [
      {"id": "i1", "url": "https://a.example.com/i1", "published": "2024-03-12", "text": "A drone targeting Al-Tanf garrison was shot down on Monday, US officials said."},
      {"id": "i2", "url": "https://b.example.com/i2", "published": "2024-03-12", "text": "A drone struck the Al-Tanf garrison in Syria on Monday, causing minor damage, a monitor said."},
    ],
    expect: [["i1 i2", "2024-03-11"]],
  },
  {
    title: "feed timestamps late at night in UTC and the next morning elsewhere are one event",
    rows: [
      {"id": "z1", "url": "https://a.example.com/z1", "published": "2024-02-17T23:40:00Z", "text": "Rockets were fired at the Rumalyn base in northeastern Syria on Saturday, a source said. No casualties were reported."},
      {"id": "z2", "url": "https://b.example.com/z2", "published": "2024-02-18T06:10:00+03:00", "text": "Rockets targeted the US base at Rumalyn in Hasakah province on Saturday night, the Syrian Observatory said. No casualties were reported."},
      {"id": "z3", "url": "https://c.example.com/z3", "published": "2024-02-18T09:00:00Z", "text": "Rockets targeted the US base at Rumalyn in Hasakah province overnight, no casualties."},
    ],
    expect: [["z1 z2 z3", "2024-02-17"]],
  },
  {
    title: "a strike in Baghdad told by two outlets and one in Syria the same night are two events",
    rows: [
      {"id": "q1", "url": "https://a.example.com/q1", "published": "2024-02-08", "text": "A US drone strike in Baghdad on Wednesday killed a Kataib Hezbollah commander, US Central Command said."},
      {"id": "q2", "url": "https://b.example.com/q2", "published": "2024-02-08", "text": "A US strike hit a car in the Mashtal district of eastern Baghdad on Wednesday night, killing a senior Kataib Hezbollah commander and his driver, Iraqi officials said."},
      {"id": "q3", "url": "https://c.example.com/q3", "published": "2024-02-08", "text": "US forces also struck a weapons depot near Mayadin in eastern Syria on Wednesday, a war monitor said."},
    ],
    expect: [["q1 q2", "2024-02-07"], ["q3", "2024-02-07"]],
  },
  {
    title: "bare headlines of two attacks on one day join the full story of each",
    rows: [
      {"id": "f1", "url": "https://a.example.com/f1", "published": "2024-02-04", "text": "Drone attack targets US forces at Mission Support Site Euphrates in Syria"},
      {"id": "f2", "url": "https://b.example.com/f2", "published": "2024-02-04", "text": "Drone attack targets US base at Green Village in eastern Syria, no injuries"},
      {"id": "w", "url": "https://wire.example.com/2024/02/04/w", "published": "2024-02-04", "text": "A drone attack targeted US forces at Mission Support Site Euphrates in eastern Syria on Sunday, a US official said. There were no injuries."},
      {"id": "w2", "url": "https://wire.example.com/2024/02/04/w2", "published": "2024-02-04", "text": "Militants launched a drone at the US base at the al-Omar oil field, known as Green Village, on Sunday, a monitor said. No injuries were reported."},
    ],
    expect: [["f1 w", "2024-02-04"], ["f2 w2", "2024-02-04"]],
  },
  {
    title: "a claim and the Pentagon's dated confirmation three days later are one event",
    rows: [
      {"id": "t", "url": "https://t.example.com/1", "published": "2024-01-26", "text": "The Islamic Resistance in Iraq said it attacked the US base at al-Tanf with drones on Friday."},
      {"id": "p", "url": "https://dod.example.gov/2", "published": "2024-01-29", "text": "US forces at al-Tanf garrison were attacked by a one-way drone on January 26, causing no injuries, Pentagon press secretary said on Monday."},
    ],
    expect: [["p t", "2024-01-26"]],
  },
  {
    title: "a live blog's first line and later updates of a strike wave go to the strike at the place they name",
    rows: [
      {"id": "l1", "url": "https://live.example.com/1", "published": "2024-02-02", "text": "US strikes hit targets in Iraq and Syria. The US military launched strikes against Iran-backed militias in Iraq and Syria on Friday, officials said."},
      {"id": "l2", "url": "https://live.example.com/2", "published": "2024-02-03", "text": "US forces struck more than 85 targets at seven locations in Iraq and Syria on Friday, including sites near Al-Qaim in Iraq, US Central Command said."},
      {"id": "l3", "url": "https://iq.example.com/3", "published": "2024-02-03", "text": "Sixteen people, including civilians, were killed in US strikes on Friday on the Al-Qaim region in western Iraq, the Iraqi government said."},
    ],
    expect: [["l1", "2024-02-02"], ["l1 l2 l3", "2024-02-02"]],
  },
  {
    title: "a feed item dated only by its URL joins the dated story of the same rockets",
    rows: [
      {"id": "u1", "url": "https://news.example.com/2024/03/20/rockets-erbil", "text": "Rockets target US forces at Erbil airport. Two rockets fell near the airport, security officials said."},
      {"id": "u2", "url": "https://wire.example.com/x", "published": "2024-03-20", "text": "Two rockets were fired at Erbil airport, which hosts US-led coalition forces, on Wednesday, Kurdish security officials said. There were no casualties."},
    ],
    expect: [["u1 u2", "2024-03-20"]],
  },
  {
    title: "a correction of the weapon stays one event, the weapons in conflict",
    rows: [
      {"id": "k1", "url": "https://a.example.com/k1", "published": "2024-01-30", "text": "A rocket attack hit Harir air base on Monday night, sources said."},
      {"id": "k2", "url": "https://b.example.com/k2", "published": "2024-01-30", "text": "A drone, not rockets as first reported, struck Harir air base late on Monday, a US official said."},
    ],
    expect: [["k1 k2", "2024-01-29"]],
  },
  {
    title: "a wire story reprinted a week later stays with the first Saturday, apart from the next Saturday's rockets",
    rows: [
      {"id": "a", "url": "https://wire.example.com/a", "published": "2024-03-03", "text": "A drone targeted coalition forces at Union III in Baghdad on Saturday, a security official said in a statement. No casualties were reported."},
      {"id": "b", "url": "https://paper.example.com/b", "published": "2024-03-10", "text": "A drone targeted coalition forces at Union III in Baghdad on Saturday, a security official said in a statement. No casualties were reported in the attack."},
      {"id": "c", "url": "https://other.example.com/c", "published": "2024-03-09", "text": "Rockets targeted Union III base in central Baghdad on Saturday, security sources said."},
    ],
    expect: [["a b", "2024-03-02"], ["c", "2024-03-09"]],
  },
  {
    title: "one feed's same headline over two different bases stays two events",
    rows: [
      {"id": "x", "url": "https://feed.example.org/x", "published": "2024-02-12", "text": "Drone attack targets US base in Syria. A drone targeted US forces at the Conoco gas field, a monitor said."},
      {"id": "y", "url": "https://feed.example.org/y", "published": "2024-02-12", "text": "Drone attack targets US base in Syria. A drone targeted US forces at al-Shaddadi, a monitor said."},
    ],
    expect: [["x", "undated"], ["y", "undated"]],
  },
  {
    title: "a strike told by local sources and by CENTCOM is one event; the funeral after it none",
    rows: [
      {"id": "s1", "url": "https://a.example.com/s1", "published": "2024-02-08", "text": "A drone strike on a vehicle in Baghdad killed a Kataib Hezbollah commander on Wednesday night, Iraqi security sources said."},
      {"id": "s2", "url": "https://b.example.com/s2", "published": "2024-02-08", "text": "US Central Command said it carried out a strike in Baghdad on Wednesday that killed a Kataib Hezbollah commander responsible for planning attacks on US forces."},
      {"id": "s3", "url": "https://c.example.com/s3", "published": "2024-02-09", "text": "Thousands attended a funeral in Baghdad on Thursday for the commander killed by the US strike."},
    ],
    expect: [["s1 s2", "2024-02-07"]],
  },
  {
    title: "a headline naming only the country stays alone when two bases there were attacked that day",
    rows: [
      {"id": "a", "url": "https://a.example.com/a", "published": "2024-02-12", "text": "A drone attack targeted the Conoco gas field base in Syria on Monday, a monitor said."},
      {"id": "b", "url": "https://b.example.com/b", "published": "2024-02-12", "text": "Rockets were fired at the Rumalyn base in northeastern Syria on Monday, a monitor said."},
      {"id": "f", "url": "https://feed.example.org/f", "published": "2024-02-12", "text": "US base in Syria attacked on Monday, monitor says."},
    ],
    expect: [["a", "2024-02-12"], ["b", "2024-02-12"], ["f", "2024-02-12"]],
  },
  {
    title: "an evening and a night of one day can be one moment: one event",
    rows: [
      {"id": "e", "url": "https://a.example.com/e", "published": "2024-03-10", "text": "Rockets struck Harir air base on Saturday evening, a security official said."},
      {"id": "n", "url": "https://b.example.com/n", "published": "2024-03-10", "text": "Two rockets hit the Harir base in Erbil province on Saturday night, Kurdish officials said."},
      {"id": "p", "url": "https://c.example.com/p", "published": "2024-03-10", "text": "A rocket attack targeted Harir air base in northern Iraq on Saturday, causing no casualties."},
    ],
    expect: [["e n p", "2024-03-09"]],
  },
  {
    title: "a round-up's Tuesday joins the single report of late Monday night at the same base",
    rows: [
      {"id": "s", "url": "https://a.example.com/s", "published": "2024-01-09", "text": "Rockets targeted Ain al-Asad air base late on Monday night, Iraqi officials said."},
      {"id": "r", "url": "https://r.example.org/r", "published": "2024-01-13", "text": "Attacks this week.\n\nOn Tuesday, rockets were fired at Ain al-Asad air base.\n\nOn Thursday, a drone targeted Harir air base."},
      {"id": "h", "url": "https://b.example.com/h", "published": "2024-01-11", "text": "A drone targeted Harir air base in northern Iraq on Thursday morning, officials said."},
    ],
    expect: [["h r", "2024-01-11"], ["r s", "2024-01-08"]],
  },
  {
    title: "reports naming only the country, one of a morning drone and one of evening rockets, are not one event",
    rows: [
      {"id": "a", "url": "https://a.example.com/a", "published": "2024-02-12", "text": "A drone attack targeted US forces in Syria on Monday morning, a monitor said."},
      {"id": "b", "url": "https://b.example.com/b", "published": "2024-02-13", "text": "Rockets were fired at US forces in Syria on Monday evening, a monitor said."},
      {"id": "c", "url": "https://c.example.com/c", "published": "2024-02-12", "text": "A drone attack targeted the Conoco gas field base in Syria on Monday, a monitor said."},
    ],
    expect: [["a c", "2024-02-12"], ["b", "2024-02-12"]],
  },
  {
    title: "a claim of an attack at dawn and the Pentagon's morning are one event with the report naming no part",
    rows: [
      {"id": "m", "url": "https://t.example.com/m", "published": "2024-02-05", "text": "The Islamic Resistance in Iraq said it attacked the Rumalyn base with a drone at dawn on Monday."},
      {"id": "p", "url": "https://dod.example.gov/p", "published": "2024-02-06", "text": "A drone attacked US forces at Rumalyn Landing Zone in Syria on Monday morning. There were no injuries, a US official said."},
      {"id": "q", "url": "https://q.example.com/q", "published": "2024-02-06", "text": "A drone attacked the Rumalyn base on Monday, a monitor said."},
    ],
    expect: [["m p q", "2024-02-05"]],
  },
  {
    title: "a feed item with neither date nor toll next to a dated report: the same events in every order",
    rows: [
      {"id": "dated", "url": "https://wire.example.com/2024/03/02/tanf", "published": "2024-03-02", "text": "A drone attack targeted the al-Tanf garrison in southern Syria on Friday, a US official said. The drone was intercepted and there were no casualties."},
      {"id": "nodate", "url": "https://feed.example.org/item/abc", "text": "Drone attack targets al-Tanf base in Syria. A drone was intercepted near the US garrison at al-Tanf, no casualties."},
    ],
    expect: null,
  },
  {
    title: "a correction of the base (earlier reported as another): the same events in every order",
    rows: [
      {"id": "c1", "url": "https://quick.example.com/a", "published": "2024-02-10", "text": "Drones attacked Ain al-Asad air base on Saturday morning, security sources said."},
      {"id": "c2", "url": "https://quick.example.com/b", "published": "2024-02-10", "text": "Correction: A drone attack on Saturday targeted Harir air base in the Kurdistan region, not Ain al-Asad as earlier reported, security sources said."},
      {"id": "c3", "url": "https://kurd.example.net/c", "published": "2024-02-10", "text": "Two drones targeted Harir air base north of Erbil on Saturday morning. Both were shot down, the Kurdistan Region's counter-terrorism service said."},
    ],
    expect: null,
  },
  {
    title: "one feed's headline again three days later: the same events in every order",
    rows: [
      {"id": "e1", "url": "https://feed.example.org/e1", "published": "2024-01-22", "text": "Drone attack on US base in Syria. A drone targeted US forces at the Shaddadi base in Hasakah, a source said."},
      {"id": "e2", "url": "https://feed.example.org/e2", "published": "2024-01-25", "text": "Drone attack on US base in Syria. A drone targeted US forces at the Shaddadi base in Hasakah again, a source said."},
      {"id": "e3", "url": "https://wire.example.com/e3", "published": "2024-01-22", "text": "A drone attack targeted the US base at al-Shaddadi in northeastern Syria on Monday, a war monitor said."},
    ],
    expect: null,
  },
];

const MORE: typeof DAY = [
  {
    title: "an undated feed item of a drone attack joins the drone attack of the days before, not the rockets",
    rows: [
      {"id": "a", "url": "https://a.example.com/a", "published": "2024-02-18", "text": "Rockets struck Ain al-Asad air base in western Iraq on Sunday, officials said."},
      {"id": "b", "url": "https://b.example.com/b", "published": "2024-02-20", "text": "A drone attacked Ain al-Asad air base in western Iraq on Tuesday, officials said."},
      {"id": "f", "url": "https://feed.example.org/f", "published": "2024-02-21", "text": "Drone attack targets Ain al-Asad air base in Iraq."},
    ],
    expect: [["a", "2024-02-18"], ["b f", "2024-02-20"]],
  },
  {
    title: "a claim with no day, published the day of a drone attack, joins it and not the rockets two days before",
    rows: [
      {"id": "r", "url": "https://a.example.com/r", "published": "2024-01-08", "text": "Rockets were fired at Harir air base on Monday, Kurdish officials said."},
      {"id": "d", "url": "https://b.example.com/d", "published": "2024-01-10", "text": "A drone targeted Harir air base on Wednesday, a US official said."},
      {"id": "c", "url": "https://t.example.com/c", "published": "2024-01-10", "text": "The Islamic Resistance in Iraq said it targeted the occupation base at Harir with a drone."},
    ],
    expect: [["c d", "2024-01-10"], ["r", "2024-01-08"]],
  },
  {
    title: "a headline of strikes in Iraq joins the strike of the day before, not one ten days earlier",
    rows: [
      {"id": "q", "url": "https://a.example.com/q", "published": "2024-02-03", "text": "US forces struck militia targets near Al-Qaim in western Iraq on Friday, officials said."},
      {"id": "j", "url": "https://b.example.com/j", "published": "2024-01-24", "text": "US forces struck Kataib Hezbollah sites in Jurf al-Sakhar, south of Baghdad, on Wednesday."},
      {"id": "h", "url": "https://feed.example.org/h", "published": "2024-02-03", "text": "US launches strikes in Iraq."},
    ],
    expect: [["h q", "2024-02-02"], ["j", "2024-01-24"]],
  },
  {
    title: "rockets on Saturday night and early on Sunday morning at one base are one event",
    rows: [
      {"id": "n", "url": "https://a.example.com/n", "published": "2024-03-03", "text": "Rockets targeted the Victory base near Baghdad airport on Saturday night, security sources said."},
      {"id": "m", "url": "https://b.example.com/m", "published": "2024-03-03", "text": "Rockets hit the Victory base near Baghdad airport early on Sunday morning, security sources said."},
    ],
    expect: [["m n", "2024-03-02"]],
  },
  {
    title: "a report naming no part and no weapon beside a morning and an evening attack on one base: the same events in every order",
    rows: [
      {"id": "am", "url": "https://a.example.com/am", "published": "2024-01-15", "text": "Two drones attacked the Conoco gas field base in eastern Syria on Monday morning, a source said."},
      {"id": "pm", "url": "https://b.example.com/pm", "published": "2024-01-15", "text": "Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said, and no injuries were reported."},
      {"id": "pmcopy", "url": "https://c.example.com/pmcopy", "published": "2024-01-16", "text": "Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday evening, local sources said, and no injuries were reported by them."},
      {"id": "x", "url": "https://d.example.com/x", "published": "2024-01-16", "text": "The Conoco gas field base in Syria came under attack on Monday, a monitor said."},
    ],
    expect: null,
  },
  {
    title: "one base's drone reports on two days in a row, each dated by its own weekday: the same events in every order",
    rows: [
      {"id": "x1", "url": "https://a.example.com/x1", "published": "2024-01-03", "text": "Drone attack targets Erbil air base. A drone was shot down near Erbil airport, which hosts US forces, on Wednesday."},
      {"id": "x2", "url": "https://b.example.com/x2", "published": "2024-01-04", "text": "Drone attack targets Erbil air base. A drone was shot down near Erbil airport, which hosts US forces, on Thursday."},
      {"id": "x3", "url": "https://c.example.com/x3", "published": "2024-01-04", "text": "Another drone was downed near the US base at Erbil airport on Thursday, Kurdish officials said, a day after a similar attack."},
    ],
    expect: null,
  },
  {
    title: "a report of an attack \"tonight\" with no weapon goes to the night's rockets, not the morning's drones at the same base",
    rows: [
      {"id": "am", "url": "https://a.example.com/am", "published": "2024-01-15", "text": "Two drones attacked the Conoco gas field base in eastern Syria this morning, a source said."},
      {"id": "tonight", "url": "https://feed.example.org/f", "published": "2024-01-15", "text": "The US base at the Conoco gas field in Syria came under attack tonight, local sources say."},
      {"id": "full", "url": "https://c.example.com/full", "published": "2024-01-16", "text": "Rockets were fired at the US base at the Conoco gas field in Deir ez-Zor on Monday night, local sources said."},
      {"id": "d", "url": "https://d.example.com/d", "published": "2024-01-16", "text": "A drone attack on Monday morning targeted the Conoco base in Syria, the Islamic Resistance in Iraq said."},
    ],
    expect: [["am d", "2024-01-15"], ["full tonight", "2024-01-15"]],
  },
];

for (const { title, rows, expect } of [...DAY, ...MORE]) {
  test(title, async () => {
    const events = await run(rows);
    if (expect !== null) assert.deepEqual(events.map((e) => [e.articles, e.date]), expect);
  });
}

test('a claim "on the 9th and 11th of November" at one base, from no known outlet, tells two incidents, each joined with its own day\'s report, not one copied from the other', async () => {
  const events = await run([
    { id: 'claim', published: '2023-11-14', text: 'The Islamic Resistance in Iraq said it had attacked Ain al-Asad air base with drones on the 9th and 11th of November, causing damage.' },
    { id: 'thursday', url: 'https://b.example.com/2', published: '2023-11-10', text: 'Drones attacked Ain al-Asad air base in western Iraq on Thursday, a U.S. official said. No injuries were reported.' },
    { id: 'saturday', url: 'https://c.example.com/3', published: '2023-11-12', text: 'Rockets were fired at Ain al-Asad air base in western Iraq on Saturday, a U.S. official said. No injuries were reported.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.date]),
    [
      ['claim saturday', '2023-11-11'],
      ['claim thursday', '2023-11-09'],
    ],
  );
});

test("an undated attack beside today's strikes is today's news: not the months-old attack another story recalls beside the same strikes", async () => {
  const events = await run([
    {
      id: 'today',
      published: '2024-02-02',
      text: 'The U.S. military on Friday struck 85 targets at seven facilities in Iraq and Syria, officials said.\n\nSeparately, a U.S. base in eastern Syria came under drone attack, a coalition official said. No injuries were reported.',
    },
    {
      id: 'recap',
      published: '2024-02-06',
      text: 'The U.S. answered on Feb. 2 with strikes on 85 targets at seven facilities in Iraq and Syria.\n\nThe al-Tanf garrison was targeted by two drones on Oct. 18, an attack that left some U.S. troops with minor injuries.',
    },
  ]);
  assert.deepEqual(
    events.filter((e) => e.kind === 'attack').map((e) => [e.articles, e.where, e.date]),
    [
      ['recap', 'Al-Tanf Garrison', '2023-10-18'],
      ['today', 'eastern Syria', 'undated'],
    ],
  );
});

test('an undated report of "missiles" at a base joins the incident of its weekday that dated reports call rockets: "missiles" may be rockets', async () => {
  const events = await run([
    { id: 'first', url: 'https://a.example.com/2023/12/20/x', text: "Rockets hit US base in al-Shaddadi\n\nThe US base at al-Shaddadi in Syria's Hasakah province came under rocket fire on Tuesday, a monitor said. At least three projectiles landed inside the base." },
    { id: 'second', url: 'https://b.example.com/2023/12/20/y', text: 'Rockets strike US base in northeast Syria\n\nSeveral rockets struck the US military base at al-Shaddadi on Tuesday, a Pentagon official said. Three US soldiers were lightly wounded.' },
    { id: 'undated', text: 'Missiles target US base in al-Shaddadi\n\nSeveral missiles fell inside the American base in the town of al-Shaddadi in southern Hasakah countryside on Tuesday, local sources said.\n\nThe attack is part of a series targeting US bases in Syria since mid-October.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.where, e.date]),
    [['first second undated', 'al-Shaddadi', '2023-12-19']],
  );
});

test('an undated report of two wounded joins the incident whose reports already disagree, "no casualties" and two wounded', async () => {
  const events = await run([
    { id: 'first', url: 'https://a.example.com/2023/12/02/x', text: 'Rockets hit Ain al-Asad air base\n\nAt least three rockets struck inside Ain al-Asad air base in western Iraq today, causing no casualties, an Iraqi security source said.' },
    { id: 'later', url: 'https://b.example.com/2023/12/04/y', text: 'Drone downed over Ain al-Asad\n\nA drone was shot down over Ain al-Asad air base on Monday, an Iraqi official said.\n\nOn Saturday, rockets hit the base, lightly wounding two American soldiers, US officials said.' },
    { id: 'undated', text: 'Rockets target base hosting US troops in Iraq\n\nSeveral rockets were fired on Saturday at Ain al-Asad air base in western Iraq, lightly wounding two American soldiers, a US military official said.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.date, e.injured]),
    [
      ['first later undated', '2023-12-02', '0-2'],
      ['later', '2023-12-04', '-'],
    ],
  );
});

test('undated reports at Tower 22 with its three dead join the dated report that only described the outpost in northeast Jordan', async () => {
  const events = await run([
    {
      id: 'wire',
      url: 'https://a.example.com/2024/01/28/jordan-drone-attack',
      text: 'Three US troops killed, dozens hurt in drone attack in Jordan\n\nThree US service members were killed and at least 34 were injured in a drone attack on a small outpost in northeast Jordan near the Syrian border on Sunday, President Joe Biden said, blaming Iran-backed militias.\n\nIt was the first time US troops were killed by enemy fire in the region since the Israel-Hamas war began.',
    },
    { id: 'vow', text: 'US vows response\n\nThe United States has vowed to respond to the deadly attack. Three US soldiers were killed in the attack on the Tower 22 base.\n\nMore world news' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.where, e.date, e.killed]),
    [['vow wire', 'Tower 22', '2024-01-28', '3']],
  );
});

test('an undated report of strikes "early on Tuesday" joins the strikes a dated story told on Monday, with the same dead', async () => {
  const events = await run([
    {
      id: 'wire',
      url: 'https://a.example.com/2023/12/26/us-strikes-iraq',
      text: 'US strikes kill two Kataib Hezbollah fighters in Iraq\n\nThe United States struck three Kataib Hezbollah facilities in Iraq on Monday, killing two fighters, officials said.',
    },
    { id: 'dawn', text: 'US jets hit militia sites in Iraq\n\nUS jets struck Kataib Hezbollah sites in Iraq early on Tuesday, killing two fighters, the group said in a statement.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.kind, e.where, e.date]),
    [['dawn wire', 'strike', 'Iraq', '2023-12-25']],
  );
});

test('a drone attack on a base hosting US troops in Syria is one attack, apart from an undated report at Tower 22 with as many dead: a death toll joins only within the site\'s country', async () => {
  const events = await run([
    { id: 'syria', url: 'https://a.example.com/2024/02/05/syria-base', text: 'Drone kills two at base in eastern Syria\n\nA drone attack on a base hosting US troops in eastern Syria killed two fighters on Sunday, a monitor said.' },
    { id: 'tower', text: 'Deadly drone attack in Jordan\n\nTwo soldiers were killed in a drone attack on the Tower 22 base, officials said.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.where]).sort(),
    [
      ['syria', 'eastern Syria'],
      ['tower', 'Tower 22'],
    ],
  );
});

test('an undated briefing of a US drone strike near Kirkuk "on Sunday" joins the Sunday drone strike there: every strike is announced, so site, weekday and weapon tell it', async () => {
  const events = await run([
    {
      id: 'wire',
      url: 'https://a.example.com/2023/12/04/us-strikes-kirkuk',
      text: 'US strikes militants near Kirkuk\n\nA U.S. MQ-9 Reaper drone struck a group of militants preparing to launch a one-way attack drone near Kirkuk, in northern Iraq, on Sunday, killing five, a U.S. official said.',
    },
    { id: 'briefing', text: 'Deputy Pentagon Press Secretary Holds a Press Briefing\n\nMS. SINGH: Good afternoon. On Sunday, a U.S. drone conducted a self-defense strike in the vicinity of Kirkuk, Iraq, on a launch site.' },
  ]);
  assert.deepEqual(
    events.map((e) => [e.articles, e.kind, e.where, e.date]),
    [['briefing wire', 'strike', 'Kirkuk (US strike area)', '2023-12-03']],
  );
});

test('an undated briefing of a strike near Kirkuk "on Sunday" with no detail in common with the Sunday strike there stays apart: a weekday alone may be another week\'s', async () => {
  const events = await run([
    {
      id: 'wire',
      url: 'https://a.example.com/2023/12/04/us-strikes-kirkuk',
      text: 'US strikes militants near Kirkuk\n\nA U.S. MQ-9 Reaper drone struck a group of militants preparing to launch a one-way attack drone near Kirkuk, in northern Iraq, on Sunday, killing five, a U.S. official said.',
    },
    { id: 'briefing', text: 'Press briefing\n\nOn Sunday, U.S. forces conducted a self-defense strike on a rocket launch site near Kirkuk, Iraq. It was the first US strike in Iraq this year.' },
  ]);
  assert.deepEqual(events.map((e) => e.articles).sort(), ['briefing', 'wire']);
});
