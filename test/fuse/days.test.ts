import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayHasLabel, dayNumber, daysIn, daysInterval, labelsAgree, mayHoldLabel } from '../../src/fuse/days.js';

test('a day carries its weekday and its day of the year as labels', () => {
  const day = dayNumber('2024-02-01'); // a Thursday
  assert.ok(dayHasLabel(day, 'w4'));
  assert.ok(!dayHasLabel(day, 'w3'));
  assert.ok(dayHasLabel(day, '02-01'));
  assert.ok(!dayHasLabel(day, '01-02'));
});

test('late on a weekday ("w3+", late Wednesday) names that day or the next, and agrees with either', () => {
  const thursday = dayNumber('2024-02-01');
  assert.ok(dayHasLabel(thursday, 'w3+'));
  assert.ok(dayHasLabel(thursday, 'w4+'));
  assert.ok(!dayHasLabel(thursday, 'w2+'));
  assert.ok(labelsAgree('w3+', 'w4') && labelsAgree('w3+', 'w3') && labelsAgree('w3+', 'w2+'));
  assert.ok(!labelsAgree('w3+', 'w5') && !labelsAgree('w3', 'w4') && !labelsAgree('w3+', '02-01'));
});

test('an interval stands for the days it covers; the midnight between two reports for both days', () => {
  const d = dayNumber('2024-02-01');
  assert.deepEqual(daysIn(daysInterval(d, d), 2), [d]);
  assert.deepEqual(daysIn(daysInterval(d, d + 1), 2), [d, d + 1]);
  const midnight = [2 * d + 1, 2 * d + 1] as const; // what a report of the 1st and one of the 2nd both allow
  assert.deepEqual(daysIn(midnight, 2), [d, d + 1]);
  assert.equal(daysIn(daysInterval(d, d + 6), 2), null);
});

test('dates of any length hold a day of the year or a month only when one of their days has it, with a day either way', () => {
  const span = (first: string, last: string) => daysInterval(dayNumber(first), dayNumber(last));
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-15'), true);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-21'), true, 'a day either way');
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-23'), false);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '11-20'), false);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), 'm07'), true);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), 'm11'), false);
  assert.equal(mayHoldLabel(span('2023-12-20', '2024-01-10'), '01-02'), true, 'across the new year');
  assert.equal(mayHoldLabel(span('2023-12-20', '2024-01-10'), '12-28'), true);
  assert.equal(mayHoldLabel(span('2023-12-20', '2024-01-10'), 'm02'), false);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), 'w2'), true, 'every week has its Tuesday');
  assert.equal(mayHoldLabel(span('2022-01-01', '2024-01-01'), '11-20'), true);
});

test('the edges of dates that hold a labelled day: one day either way, across the new year, leap days, weekdays', () => {
  const span = (first: string, last: string) => daysInterval(dayNumber(first), dayNumber(last));
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-10'), true);
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-09'), false, 'two days before');
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-20'), '07-22'), false, 'two days after');
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-31'), 'm08'), true, 'the month begins the day after');
  assert.equal(mayHoldLabel(span('2024-07-11', '2024-07-30'), 'm08'), false);
  assert.equal(mayHoldLabel(span('2024-01-01', '2024-01-10'), '12-31'), true, 'the eve of dates that start on January 1');
  const midnight: [number, number] = [2 * dayNumber('2023-12-31') + 1, 2 * dayNumber('2023-12-31') + 1];
  assert.equal(mayHoldLabel(midnight, '12-31'), true, 'reports of December 31 and of January 1 leave the midnight between');
  assert.equal(mayHoldLabel(midnight, '01-01'), true);
  assert.equal(mayHoldLabel(span('2023-03-01', '2023-03-05'), '02-29'), false, 'no February 29 in 2023');
  assert.equal(mayHoldLabel(span('2024-03-01', '2024-03-05'), '02-29'), true);
  assert.equal(mayHoldLabel(span('2024-07-15', '2024-07-17'), 'w2'), true, 'Monday to Wednesday holds a Tuesday');
  assert.equal(mayHoldLabel(span('2024-07-15', '2024-07-17'), 'w5'), false, 'but no Friday');
});
