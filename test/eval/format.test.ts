import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEventReport, formatReport } from '../../src/eval/format.js';
import { scoreEvents } from '../../src/eval/events.js';
import { matchedPairs, scoreMentions } from '../../src/eval/score.js';
import { goldArticle, goldMention, systemArticles, systemMention, systemTally, testPack } from './builders.js';

const gold = [
  goldArticle(
    [goldMention(), goldMention({ site: 'River Air Base', country: 'IQ', quote: 'A rocket fell on River base.' })],
    [{ count: 12, qualifier: 'exact', since: null, until: null, speaker: null, quote: '12 attacks so far' }],
  ),
];
const system = systemArticles(
  [systemMention({ injured: 3 }), systemMention({ kind: 'strike', quote: 'Jets hit a depot.' })],
  [systemTally(21, 'exact', '21 attacks so far')],
);
const report = scoreMentions(gold, system, testPack);

describe('formatReport', () => {
  it('summarises precision, recall, F1 and field accuracy', () => {
    const text = formatReport(report);
    assert.match(text, /Mentions\s+0\.500\s+0\.500\s+0\.500\s+tp 1\s+fp 1\s+fn 1/);
    assert.match(text, /Tallies \(count, qualifier\)\s+0\.000/);
    assert.match(text, /injured\s+0\.000\s+\(0\/1\)/);
    assert.doesNotMatch(text, /Jets hit a depot/);
  });

  it('in verbose mode shows each false positive and false negative with its sentence, and each wrong field', () => {
    const text = formatReport(report, { verbose: true });
    assert.match(text, /FP strike 2024-01-05 North Garrison \(SY\)\s+"Jets hit a depot\."/);
    assert.match(text, /FN attack 2024-01-05 River Air Base \(IQ\)\s+"A rocket fell on River base\."/);
    assert.match(text, /≠ injured: gold null, system 3/);
    assert.match(text, /FP tally exact 21/);
    assert.match(text, /FN tally exact 12/);
  });

  it('in verbose mode shows a matched tally read from another day than the gold\'s', () => {
    const sinceGold = [goldArticle([], [{ count: 40, qualifier: 'at_least', since: '2023-10-17', until: null, speaker: null, quote: 'at least 40 attacks' }])];
    const sinceReport = scoreMentions(sinceGold, systemArticles([], [systemTally(40, 'at_least', 'at least 40 attacks')]), testPack);
    assert.match(formatReport(sinceReport, { verbose: true }), /≠ tally at_least 40\s+"at least 40 attacks"\s+since: gold 2023-10-17, system null/);
  });

  it('leaves a report that survives a JSON round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  });

  it('renders the event report', () => {
    const events = scoreEvents(gold, [], matchedPairs(report));
    const text = formatEventReport(events);
    assert.match(text, /gold incidents found\s+0\/1/);
    assert.match(text, /split\/duplicate rate\s+–/);
  });
});
