import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreMentions } from '../../src/eval/score.js';
import { goldArticle, goldMention, systemArticles, systemMention, testPack } from './builders.js';

describe('mention matching', () => {
  it('scores a perfect extraction as F1 1 with every field right', () => {
    const gold = [goldArticle([goldMention(), goldMention({ kind: 'strike', site: 'River Air Base', country: 'IQ', quote: 'Jets struck River base.' })])];
    const system = systemArticles([
      systemMention({ kind: 'strike', site: 'River Air Base', country: 'IQ', quote: 'Jets struck River base.' }),
      systemMention(),
    ]);
    const report = scoreMentions(gold, system, testPack);
    assert.deepEqual([report.mentions.precision, report.mentions.recall, report.mentions.f1], [1, 1, 1]);
    for (const [field, score] of Object.entries(report.fields)) assert.equal(score.accuracy, 1, field);
  });

  it('lists a system mention with no gold partner as a false positive, with its quote', () => {
    const gold = [goldArticle([goldMention()])];
    const extra = systemMention({ site: 'River Air Base', country: 'IQ', quote: 'Rockets at River base.' });
    const report = scoreMentions(gold, systemArticles([systemMention(), extra]), testPack);
    assert.deepEqual([report.mentions.tp, report.mentions.fp, report.mentions.fn], [1, 1, 0]);
    assert.equal(report.mentions.precision, 0.5);
    assert.equal(report.perArticle[0]?.falsePositives[0]?.quote, 'Rockets at River base.');
  });

  it('lists a gold mention the system missed as a false negative, also for articles the system never saw', () => {
    const gold = [goldArticle([goldMention()]), goldArticle([goldMention({ quote: 'Another one.' })], [], 'x2')];
    const report = scoreMentions(gold, systemArticles([]), testPack);
    assert.deepEqual([report.mentions.tp, report.mentions.fn], [0, 2]);
    assert.equal(report.mentions.recall, 0);
    assert.equal(report.perArticle[1]?.falseNegatives[0]?.quote, 'Another one.');
  });

  it('matches days one apart, but not two', () => {
    const gold = [goldArticle([goldMention()])];
    const oneOff = scoreMentions(gold, systemArticles([systemMention({ date: '2024-01-06' })]), testPack);
    assert.equal(oneOff.mentions.tp, 1);
    assert.equal(oneOff.perArticle[0]?.matched[0]?.date, 'adjacent');
    assert.equal(oneOff.fields.date.accuracy, 0, 'a day off is a match but a wrong date');
    const twoOff = scoreMentions(gold, systemArticles([systemMention({ date: '2024-01-07' })]), testPack);
    assert.equal(twoOff.mentions.tp, 0);
  });

  it('matches a range that overlaps the gold range, and not one that does not', () => {
    const gold = [goldArticle([goldMention({ date: '2024-01-10', date_end: '2024-01-16', date_precision: 'range' })])];
    const overlapping = systemMention({ date: '2024-01-15', date_end: '2024-01-20', date_precision: 'range' });
    assert.equal(scoreMentions(gold, systemArticles([overlapping]), testPack).mentions.tp, 1);
    const later = systemMention({ date: '2024-01-18', date_end: '2024-01-20', date_precision: 'range' });
    assert.equal(scoreMentions(gold, systemArticles([later]), testPack).mentions.tp, 0);
  });

  it('matches when one side has no date, but prefers a dated partner', () => {
    const undatedGold = goldMention({ date: null, date_precision: 'unknown', quote: 'Earlier, drones targeted the garrison.' });
    const datedGold = goldMention({ quote: 'Drones hit North Garrison on Friday.' });
    // The undated gold comes first, so a first-come pairing would take it.
    const gold = [goldArticle([undatedGold, datedGold])];
    const report = scoreMentions(gold, systemArticles([systemMention({ quote: 'Drones were reported.' })]), testPack);
    assert.equal(report.perArticle[0]?.matched[0]?.gold.index, 1);
    assert.equal(report.perArticle[0]?.falseNegatives[0]?.index, 0);

    const alone = scoreMentions([goldArticle([undatedGold])], systemArticles([systemMention()]), testPack);
    assert.equal(alone.perArticle[0]?.matched[0]?.date, 'undated');
  });

  it('treats two pack sites within 30 km as one place, preferring the exact site', () => {
    const post9 = goldMention({ site: 'Post 9', country: 'JO', quote: 'Post 9 was hit.' });
    const near = scoreMentions([goldArticle([post9])], systemArticles([systemMention()]), testPack);
    assert.equal(near.mentions.tp, 1);
    assert.equal(near.perArticle[0]?.matched[0]?.place, 'near_site');
    assert.equal(near.fields.site.accuracy, 0);

    const far = scoreMentions(
      [goldArticle([goldMention({ site: 'River Air Base', country: 'IQ' })])],
      systemArticles([systemMention()]),
      testPack,
    );
    assert.equal(far.mentions.tp, 0);

    const both = scoreMentions(
      [goldArticle([goldMention(), post9])],
      systemArticles([systemMention({ site: 'P-9', country: 'JO' }), systemMention({ site: 'Northgate' })]),
      testPack,
    );
    assert.equal(both.mentions.tp, 2);
    assert.equal(both.fields.site.accuracy, 1, 'aliases resolve and each site pairs with itself');
  });

  it('uses the system coordinates when the pack does not know its site', () => {
    const gold = [goldArticle([goldMention()])];
    const nearby = systemMention({ site: 'Unlisted Outpost', lat: 33.55, lon: 38.65 });
    assert.equal(scoreMentions(gold, systemArticles([nearby]), testPack).mentions.tp, 1);
  });

  it('matches two site-less mentions in the same country only', () => {
    const gold = [goldArticle([goldMention({ site: null, place: 'eastern Syria', event: null })])];
    const sameCountry = systemMention({ site: null, place: 'a base in Syria' });
    const report = scoreMentions(gold, systemArticles([sameCountry]), testPack);
    assert.equal(report.perArticle[0]?.matched[0]?.place, 'same_country');
    const otherCountry = systemMention({ site: null, country: 'IQ' });
    assert.equal(scoreMentions(gold, systemArticles([otherCountry]), testPack).mentions.tp, 0);
    const named = systemMention();
    assert.equal(scoreMentions(gold, systemArticles([named]), testPack).mentions.tp, 0, 'a named site is not "no site"');
  });

  it('credits a system that names the base the text only describes, when the gold event key names it', () => {
    const described = goldMention({
      site: null,
      place: 'an outpost in Jordan near the Syrian border',
      country: 'JO',
      event: '2024-01-05|Post 9',
    });
    const gold = [goldArticle([described])];
    const report = scoreMentions(gold, systemArticles([systemMention({ site: 'Post Nine', country: 'JO' })]), testPack);
    assert.equal(report.perArticle[0]?.matched[0]?.place, 'described_site');
    assert.equal(report.fields.site.accuracy, 1);
    // North Garrison is within 30 km of Post 9, but it is not the base the key names.
    const wrongBase = scoreMentions(gold, systemArticles([systemMention()]), testPack);
    assert.equal(wrongBase.mentions.tp, 0);
    const noKey = scoreMentions(
      [goldArticle([{ ...described, event: null }])],
      systemArticles([systemMention({ site: 'Post 9', country: 'JO' })]),
      testPack,
    );
    assert.equal(noKey.mentions.tp, 0);
  });

  it('is one-to-one: two system mentions of one gold mention give one TP and one FP', () => {
    const report = scoreMentions([goldArticle([goldMention()])], systemArticles([systemMention(), systemMention()]), testPack);
    assert.deepEqual([report.mentions.tp, report.mentions.fp, report.mentions.fn], [1, 1, 0]);
  });

  it('breaks a tie between equal candidates by quote overlap', () => {
    const first = goldMention({ date: null, date_precision: 'unknown', quote: 'A drone struck the garrison on the 9th' });
    const second = goldMention({ date: null, date_precision: 'unknown', quote: 'rockets fell near the garrison on the 11th' });
    const gold = [goldArticle([first, second])];
    const system = systemArticles([systemMention({ quote: 'Later, rockets fell near the garrison on the 11th, officials said.' })]);
    const report = scoreMentions(gold, system, testPack);
    assert.equal(report.perArticle[0]?.matched[0]?.gold.index, 1);
    const swapped = scoreMentions([goldArticle([second, first])], system, testPack);
    assert.equal(swapped.perArticle[0]?.matched[0]?.gold.index, 0, 'the order of the gold list does not decide');
  });

  it('breaks the tie by offsets when the article text holds the gold quote', () => {
    const text = 'On the 9th a drone struck the garrison. On the 11th rockets fell near it.';
    const first = goldMention({ date: null, date_precision: 'unknown', quote: 'a drone struck the garrison' });
    const second = goldMention({ date: null, date_precision: 'unknown', quote: 'rockets fell near it' });
    const start = text.indexOf('On the 11th');
    const system = systemArticles([systemMention({ quote: 'an unrelated paraphrase', start, end: text.length })]);
    const report = scoreMentions([goldArticle([first, second])], system, testPack, { texts: new Map([['x1', text]]) });
    assert.equal(report.perArticle[0]?.matched[0]?.gold.index, 1);
    assert.equal(report.perArticle[0]?.matched[0]?.quoteOverlap, 1);
  });

  it('never pairs mentions of different kinds', () => {
    const report = scoreMentions([goldArticle([goldMention()])], systemArticles([systemMention({ kind: 'strike' })]), testPack);
    assert.equal(report.mentions.tp, 0);
  });

  it('ignores, but names, system articles that have no gold', () => {
    const system = new Map([
      ['x1', { mentions: [systemMention()], tallies: [] }],
      ['zz', { mentions: [systemMention({ article: 'zz' })], tallies: [] }],
    ]);
    const report = scoreMentions([goldArticle([goldMention()])], system, testPack);
    assert.deepEqual(report.systemOnlyArticles, ['zz']);
    assert.equal(report.mentions.fp, 0);
  });
});
