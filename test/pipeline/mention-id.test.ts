import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionIds } from '../../src/pipeline/mention-id.js';
import type { Mention } from '../../src/model.js';

function listed(start: number): Mention {
  return {
    article: 'a', kind: 'strike', date: null, date_end: null, date_precision: 'unknown', site: null, place: 'Syria', country: 'SY',
    lat: null, lon: null, attacker: null, attribution: 'unknown', target: null, weapons: [], killed: null, injured: null,
    outcome: 'unknown', quote: 'Strikes on three days.', start, end: start + 22, evidence: {},
  };
}

test('mentions that state the same things from one sentence get distinct ids, the same on every reading', () => {
  const mentions = [listed(0), listed(0), listed(0), listed(40)];
  const ids = mentionIds('hash', mentions);
  assert.equal(new Set(ids).size, 4);
  assert.deepEqual(mentionIds('hash', mentions), ids);
  assert.notDeepEqual(mentionIds('other', mentions), ids);
});
