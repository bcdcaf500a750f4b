import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDateRight, type DatedMention } from '../../src/eval/dates.js';
import { scoreMentions } from '../../src/eval/score.js';
import { goldArticle, goldMention, systemArticles, systemMention, testPack } from './builders.js';

const day = (date: string): DatedMention => ({ date, date_end: null, date_precision: 'day' });
const range = (date: string, date_end: string): DatedMention => ({ date, date_end, date_precision: 'range' });
const month = (date: string): DatedMention => ({ date, date_end: null, date_precision: 'month' });
const unknown: DatedMention = { date: null, date_end: null, date_precision: 'unknown' };

describe('the date rule', () => {
  it('gold day: only the same day is right', () => {
    assert.equal(isDateRight(day('2024-01-05'), day('2024-01-05')), true);
    assert.equal(isDateRight(day('2024-01-05'), day('2024-01-06')), false);
    assert.equal(isDateRight(day('2024-01-05'), range('2024-01-05', '2024-01-06')), false);
    assert.equal(isDateRight(day('2024-01-05'), month('2024-01-01')), false);
    assert.equal(isDateRight(day('2024-01-05'), unknown), false);
  });

  it('gold month: a date inside the month is right; unknown is not, a month being no longer than a month', () => {
    assert.equal(isDateRight(month('2024-02-01'), day('2024-02-29')), true);
    assert.equal(isDateRight(month('2024-02-01'), range('2024-02-10', '2024-02-12')), true);
    assert.equal(isDateRight(month('2024-02-01'), day('2024-03-01')), false);
    assert.equal(isDateRight(month('2024-02-01'), unknown), false);
  });

  it('gold range: a date inside is right; unknown is right only when the range is longer than a month', () => {
    assert.equal(isDateRight(range('2024-01-10', '2024-01-16'), day('2024-01-16')), true);
    assert.equal(isDateRight(range('2024-01-10', '2024-01-16'), day('2024-01-17')), false);
    assert.equal(isDateRight(range('2024-01-10', '2024-01-16'), range('2024-01-09', '2024-01-12')), false);
    assert.equal(isDateRight(range('2024-01-10', '2024-01-16'), unknown), false);
    assert.equal(isDateRight(range('2023-10-07', '2024-02-10'), unknown), true);
  });

  it('gold unknown: only unknown is right', () => {
    assert.equal(isDateRight(unknown, unknown), true);
    assert.equal(isDateRight(unknown, day('2024-01-05')), false);
  });
});

describe('field accuracy on matched pairs', () => {
  it('counts the date field through scoreMentions with the same rule', () => {
    const gold = [goldArticle([goldMention({ date: '2024-01-01', date_precision: 'month' })])];
    const inside = scoreMentions(gold, systemArticles([systemMention({ date: '2024-01-20' })]), testPack);
    assert.equal(inside.fields.date.accuracy, 1);
    const undated = scoreMentions(gold, systemArticles([systemMention({ date: null, date_precision: 'unknown' })]), testPack);
    assert.equal(undated.mentions.tp, 1);
    assert.equal(undated.fields.date.accuracy, 0);
  });

  it('compares weapons as sets and actors by canonical name', () => {
    const gold = [goldArticle([goldMention({ weapons: ['drone', 'rocket'] })])];
    const system = systemMention({ weapons: ['rocket', 'drone', 'drone'], attacker: 'the Red Front', target: 'Blue forces' });
    const report = scoreMentions(gold, systemArticles([system]), testPack);
    assert.equal(report.fields.weapons.accuracy, 1);
    assert.equal(report.fields.attacker.accuracy, 1);
    assert.equal(report.fields.target.accuracy, 1);
  });

  it('reports each wrong field with the gold and the system value', () => {
    const gold = [goldArticle([goldMention({ killed: 0, injured: 5, attribution: 'claimed' })])];
    const system = systemMention({
      country: 'JO',
      killed: null,
      injured: 4,
      attribution: 'attributed',
      attacker: null,
      target: 'Coalition',
      weapons: ['rocket'],
      outcome: 'intercepted',
      date: '2024-01-04',
    });
    const report = scoreMentions(gold, systemArticles([system]), testPack);
    const mismatches = report.perArticle[0]?.matched[0]?.mismatches ?? [];
    assert.deepEqual(
      mismatches.map((m) => m.field),
      ['date', 'country', 'attacker', 'attribution', 'target', 'weapons', 'killed', 'injured', 'outcome'],
    );
    assert.deepEqual(mismatches.find((m) => m.field === 'injured'), { field: 'injured', gold: 5, system: 4 });
    assert.deepEqual(mismatches.find((m) => m.field === 'killed'), { field: 'killed', gold: 0, system: null });
    assert.equal(report.fields.site.accuracy, 1);
    assert.equal(report.fields.country.accuracy, 0);
  });

  it('averages each field over all matched pairs', () => {
    const gold = [goldArticle([goldMention(), goldMention({ site: 'River Air Base', country: 'IQ', injured: 2 })])];
    const system = systemArticles([systemMention(), systemMention({ site: 'River Air Base', country: 'IQ', injured: 3 })]);
    const report = scoreMentions(gold, system, testPack);
    assert.deepEqual(report.fields.injured, { correct: 1, total: 2, accuracy: 0.5 });
  });
});
