import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countEventsInPeriod, fuse } from '../../src/fuse/index.js';
import { mention, testPack } from './fixtures.js';

test('events are counted beside an official tally: inside the period, possibly inside, undated', () => {
  const { events } = fuse(
    [
      mention('a', { site: 'Fort Lark', date: '2023-10-18' }),
      mention('b', { site: 'Camp Heron', date: '2023-10-20' }),
      mention('c', { site: 'Camp Heron', date: '2023-10-10' }),
      mention('d', { site: 'Outpost Wren', date: '2023-10-01', date_precision: 'month' }),
      mention('e', { country: 'SY' }),
      mention('f', { kind: 'strike', site: 'Fort Lark', date: '2023-10-25' }),
    ],
    testPack,
  );
  assert.deepEqual(countEventsInPeriod(events, '2023-10-17', null), { within: 2, uncertain: 1, undated: 1 });
  assert.deepEqual(countEventsInPeriod(events, '2023-10-17', '2023-10-19'), { within: 1, uncertain: 1, undated: 1 });
  assert.equal(countEventsInPeriod(events, '2023-10-17', null, 'strike').within, 1);
});
