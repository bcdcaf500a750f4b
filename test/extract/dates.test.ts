import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, latestFullDate } from '../../src/extract/dates.js';

const filler = ' The base hosts troops of the coalition.'.repeat(15);
const era = '2023-10-07';

test('an undated article takes its year anchor from the latest date it writes with its year, wherever it stands', () => {
  const text = `The base was hit on January 28, 2024.${filler} Another attack came on Feb. 4, 2024, officials said.${filler} A third came on Oct. 29.`;
  assert.equal(latestFullDate(text, 'en', era), '2024-02-04');
  assert.equal(latestFullDate(`Posted 1/28/24.${filler}`, 'en', era), '2024-01-28', 'a numeric date with a two-digit year');
  assert.equal(latestFullDate(`Le 28 janvier 2024, une attaque de drone a visé la base.${filler}`, 'fr', era), '2024-01-28');
});

test('a weekday beside a day of the month fixes the year, as the first such day of the era', () => {
  assert.equal(latestFullDate(`The U.S. military conducted a drone strike on Sunday, Dec. 3, killing five militants.${filler}`, 'en', era), '2023-12-03');
});

test('a year written apart from any day, or a day without its year, fixes no anchor', () => {
  assert.equal(latestFullDate(`In 2023 the militias began attacking.${filler} Rockets hit the base on October 29.`, 'en', era), null);
  assert.equal(latestFullDate(`Rockets hit the base on October 29.${filler}`, 'en', era), null);
});

test('a count of days is read in each language chrono reads, and a numeric date with it; a count of people is no date', () => {
  const days = (text: string, lang: string) => findDates(text, 0, text.length, lang, '2024-02-10').map((d) => d.date);
  assert.deepEqual(days('Une attaque a visé la base il y a 3 jours.', 'fr'), ['2024-02-07']);
  assert.deepEqual(days('Die Basis wurde vor 3 Tagen angegriffen.', 'de'), ['2024-02-07']);
  assert.deepEqual(days('The base was attacked 3 days before the vote.', 'en'), ['2024-02-07']);
  assert.deepEqual(days('Die Basis wurde am 28.01.2024 angegriffen.', 'de'), ['2024-01-28']);
  assert.deepEqual(days('40 soldiers were wounded in the attack on 85 targets.', 'en'), []);
});

test('"last weekend" said on a weekend is the weekend before it', () => {
  const [sunday] = findDates('the attack in Jordan last weekend', 0, 33, 'en', '2024-02-04');
  assert.deepEqual([sunday?.date, sunday?.dateEnd], ['2024-01-27', '2024-01-28']);
  const [monday] = findDates('the attack in Jordan last weekend', 0, 33, 'en', '2024-02-05');
  assert.deepEqual([monday?.date, monday?.dateEnd], ['2024-02-03', '2024-02-04']);
});
