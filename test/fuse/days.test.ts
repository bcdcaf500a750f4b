import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayHasLabel, dayNumber, daysIn, daysInterval, labelsAgree } from '../../src/fuse/days.js';

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
