import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreMentions } from '../../src/eval/score.js';
import { goldArticle, systemArticles, systemTally, testPack } from './builders.js';

const goldTally = (count: number, qualifier: 'exact' | 'at_least' | 'more_than' | 'about') => ({
  count,
  qualifier,
  since: '2023-10-17',
  until: null,
  speaker: 'a spokesperson',
  quote: `attacked ${count} times`,
});

describe('tally scoring', () => {
  it('matches a tally when count and qualifier agree; count-only scoring ignores the qualifier', () => {
    const gold = [goldArticle([], [goldTally(110, 'more_than'), goldTally(12, 'exact'), goldTally(4, 'exact')])];
    const system = systemArticles([], [systemTally(110, 'more_than'), systemTally(12, 'about'), systemTally(47, 'exact')]);
    const report = scoreMentions(gold, system, testPack);
    assert.deepEqual([report.tallies.exact.tp, report.tallies.exact.fp, report.tallies.exact.fn], [1, 2, 2]);
    assert.deepEqual([report.tallies.countOnly.tp, report.tallies.countOnly.fp, report.tallies.countOnly.fn], [2, 1, 1]);
    const article = report.perArticle[0];
    assert.deepEqual(
      article?.tallies.falseNegatives.map((t) => t.count),
      [12, 4],
    );
    assert.deepEqual(
      article?.tallies.falsePositives.map((t) => `${t.qualifier} ${t.count}`),
      ['about 12', 'exact 47'],
    );
  });

  it('lists the matched tallies whose period starts on another day, pairing equal counts by their day first', () => {
    const gold = [goldArticle([], [{ ...goldTally(4, 'exact'), since: null }, goldTally(4, 'exact'), goldTally(61, 'exact')])];
    const system = systemArticles([], [{ ...systemTally(4, 'exact'), since: '2023-10-17' }, systemTally(4, 'exact'), systemTally(61, 'exact', 'launched 61 attacks')]);
    const article = scoreMentions(gold, system, testPack).perArticle[0];
    assert.deepEqual(
      article?.tallies.sinceMismatches.map((t) => [t.count, t.gold, t.system, t.quote]),
      [[61, '2023-10-17', null, 'launched 61 attacks']],
    );
  });

  it('pairs repeated tallies one to one', () => {
    const gold = [goldArticle([], [goldTally(4, 'exact')])];
    const report = scoreMentions(gold, systemArticles([], [systemTally(4, 'exact'), systemTally(4, 'exact')]), testPack);
    assert.deepEqual([report.tallies.exact.tp, report.tallies.exact.fp], [1, 1]);
  });
});
