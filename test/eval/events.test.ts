import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreEvents, type SystemEventRef } from '../../src/eval/events.js';
import type { GoldMention } from '../../src/eval/gold.js';
import { matchedPairs, scoreMentions } from '../../src/eval/score.js';
import type { Mention } from '../../src/model.js';
import { goldArticle, goldMention, systemMention, testPack, withoutEventKey } from './builders.js';

/** A system mention that repeats a gold mention, at its own offsets. */
function echo(article: string, gold: GoldMention, index: number): Mention {
  const fields = withoutEventKey(gold);
  return systemMention({ ...fields, article, start: index * 100, end: index * 100 + 50 });
}

const northKey = '2024-01-05|North Garrison';
const gold = [
  goldArticle(
    [goldMention(), goldMention({ site: 'River Air Base', country: 'IQ', event: '2024-01-05|River Air Base', quote: 'B' })],
    [],
    'x1',
  ),
  goldArticle(
    [
      goldMention({ quote: 'A again' }),
      goldMention({ site: 'Post 9', country: 'JO', date: '2024-01-10', event: '2024-01-10|Post 9', quote: 'C' }),
      goldMention({ kind: 'strike', site: 'River Air Base', country: 'IQ', date: '2024-01-12', event: '2024-01-12|River Air Base', quote: 'D' }),
    ],
    [],
    'x2',
  ),
  goldArticle(
    [
      // Told apart only by their keys ("on the 9th and 11th", no date fixed): left out.
      goldMention({ date: null, date_precision: 'unknown', event: '2024-01-09|North Garrison', quote: 'E' }),
      goldMention({ date: null, date_precision: 'unknown', event: '2024-01-11|North Garrison', quote: 'E' }),
      goldMention({ kind: 'strike', site: null, place: 'somewhere in Iraq', country: 'IQ', event: null, quote: 'F' }),
    ],
    [],
    'x3',
  ),
];

const system = new Map(
  gold.map((article) => [
    article.article,
    { mentions: article.mentions.map((mention, index) => echo(article.article, mention, index)), tallies: [] },
  ]),
);

function ref(article: string, index: number) {
  const mention = system.get(article)?.mentions[index];
  assert.ok(mention);
  const { kind, site, country, date, quote, start, end } = mention;
  return { article, kind, site, country, date, quote, start, end };
}

describe('event scoring', () => {
  const pairs = matchedPairs(scoreMentions(gold, system, testPack));
  const events: SystemEventRef[] = [
    { id: 'E1', date: '2024-01-06', mentions: [ref('x1', 0)] },
    { id: 'E2', date: null, mentions: [ref('x2', 0)] }, // a split: the same incident as E1
    { id: 'E3', date: '2024-01-05', mentions: [ref('x1', 1), ref('x2', 1)] }, // a merge of two incidents
    { id: 'E4', date: null, mentions: [ref('x3', 0), ref('x3', 1), ref('x3', 2)] }, // only left-out mentions
  ];
  const report = scoreEvents(gold, events, pairs);

  it('leaves out mentions without a key and those only their key tells apart', () => {
    assert.equal(report.excludedGoldMentions, 3);
    assert.equal(report.events, 4);
    assert.equal(report.scoredEvents, 3);
    assert.equal(report.scoredMentions, 4);
  });

  it('counts the incidents found, and a matched mention that no event holds', () => {
    assert.equal(report.goldIncidents, 4);
    assert.equal(report.incidentsFound, 3);
    assert.equal(report.matchesOutsideEvents, 1);
  });

  it('measures one split and one merge', () => {
    assert.equal(report.extraEvents, 1);
    assert.equal(report.splitRate, 1 / 3);
    assert.deepEqual(report.splits, [
      {
        key: northKey,
        events: ['E1', 'E2'],
        // What tells why they stayed apart: the dates the events have, and the articles that report each.
        parts: [
          { event: 'E1', date: '2024-01-06', articles: ['x1'] },
          { event: 'E2', date: null, articles: ['x2'] },
        ],
      },
    ]);
    assert.equal(report.mergedEvents, 1);
    assert.equal(report.mergeRate, 1 / 3);
    assert.deepEqual(report.merges, [{ event: 'E3', keys: ['2024-01-05|River Air Base', '2024-01-10|Post 9'] }]);
  });

  it('computes B-cubed precision and recall over the matched mentions', () => {
    // Items a(E1), a'(E2) of one key; b, c of two keys in E3.
    // Precision: 1, 1, 1/2, 1/2 → 3/4. Recall: 1/2, 1/2, 1, 1 → 3/4.
    assert.equal(report.bcubed.precision, 0.75);
    assert.equal(report.bcubed.recall, 0.75);
    assert.equal(report.bcubed.f1, 0.75);
  });

  it('checks the event date against the key date within a day', () => {
    // E1 is a day off (right), E2 has no date (wrong), E3's first key by count and name is River, dated the 5th (right).
    assert.deepEqual(report.eventDate, { correct: 2, total: 3, accuracy: 2 / 3 });
    assert.deepEqual(report.datedEventDate, { correct: 2, total: 2, accuracy: 1 }, 'E2, undated, is left out');
    assert.deepEqual(report.misdated, []);
    const late = scoreEvents(gold, [{ ...events[0]!, date: '2024-01-08' }, ...events.slice(1)], pairs);
    assert.deepEqual(late.misdated, [{ event: 'E1', key: northKey, date: '2024-01-08' }]);
  });

  it('gives a perfect score to one event per incident', () => {
    const perfect: SystemEventRef[] = [
      { id: 'A', date: '2024-01-05', mentions: [ref('x1', 0), ref('x2', 0)] },
      { id: 'B', date: '2024-01-05', mentions: [ref('x1', 1)] },
      { id: 'C', date: '2024-01-10', mentions: [ref('x2', 1)] },
      { id: 'D', date: '2024-01-12', mentions: [ref('x2', 2)] },
    ];
    const best = scoreEvents(gold, perfect, pairs);
    assert.deepEqual([best.splitRate, best.mergeRate, best.bcubed.f1, best.eventDate.accuracy], [0, 0, 1, 1]);
    assert.equal(best.incidentsFound, best.goldIncidents);
  });
});

describe('event scoring of a key shared by an attack and the strike that answered it', () => {
  // Gold's key (day and site) cannot tell the two apart; an event is of one kind.
  const shared = '2024-01-05|North Garrison';
  const answer = { kind: 'strike' as const, attacker: 'Blueland', target: 'Red Front', weapons: ['air_strike'] };
  const keyed = [
    goldArticle([goldMention({ quote: 'A' }), goldMention({ ...answer, quote: 'S' })], [], 'y1'),
    goldArticle([goldMention({ quote: 'A again' }), goldMention({ ...answer, quote: 'S again' })], [], 'y2'),
  ];
  const told = new Map(
    keyed.map((article) => [
      article.article,
      { mentions: article.mentions.map((mention, index) => echo(article.article, mention, index)), tallies: [] },
    ]),
  );
  const mentionOf = (article: string, index: number) => {
    const { kind, site, country, date, quote, start, end } = told.get(article)!.mentions[index]!;
    return { article, kind, site, country, date, quote, start, end };
  };
  const pairs = matchedPairs(scoreMentions(keyed, told, testPack));

  it('counts the attack and the strike as two incidents, one event each', () => {
    const report = scoreEvents(keyed, [
      { id: 'attack', date: '2024-01-05', mentions: [mentionOf('y1', 0), mentionOf('y2', 0)] },
      { id: 'strike', date: '2024-01-05', mentions: [mentionOf('y1', 1), mentionOf('y2', 1)] },
    ], pairs);
    assert.equal(report.goldIncidents, 2);
    assert.deepEqual([report.splitRate, report.mergeRate, report.bcubed.f1, report.eventDate.accuracy], [0, 0, 1, 1]);
  });

  it('still counts two events of one kind there as a split', () => {
    const report = scoreEvents(keyed, [
      { id: 'attack', date: '2024-01-05', mentions: [mentionOf('y1', 0)] },
      { id: 'again', date: null, mentions: [mentionOf('y2', 0)] },
      { id: 'strike', date: '2024-01-05', mentions: [mentionOf('y1', 1), mentionOf('y2', 1)] },
    ], pairs);
    assert.equal(report.extraEvents, 1);
    assert.deepEqual(report.splits.map((split) => [split.key, split.events]), [[`${shared} (attack)`, ['again', 'attack']]]);
  });

  it('counts an event holding both as a merge', () => {
    const report = scoreEvents(keyed, [
      { id: 'both', date: '2024-01-05', mentions: [0, 1].flatMap((i) => [mentionOf('y1', i), mentionOf('y2', i)]) },
    ], pairs);
    assert.equal(report.mergedEvents, 1);
  });
});
