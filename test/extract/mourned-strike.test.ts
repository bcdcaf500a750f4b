import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentions = (text: string, published: string | null = null) => extract(article(text, published), pack).mentions;

test('the dead a crowd mourns were killed in a strike the clause tells, when it names the strike and places it itself', () => {
  const found = mentions('Crowds of mourners lined the road in Tehran for the coffin of a militia chief, killed in US airstrike in Syria on Tuesday.', '2024-03-08');
  assert.deepEqual(
    found.map((m) => [m.kind, m.place, m.country, m.attacker, m.date, m.weapons]),
    [['strike', 'Syria', 'SY', 'United States', '2024-03-05', ['air_strike']]],
  );
  // A funeral for those killed by the strikes told before tells no strike of its own, nor one where the funeral is held.
  assert.deepEqual(mentions('A funeral was held in Baghdad on Sunday for nine fighters killed by the airstrikes.', '2024-03-08'), []);
  assert.deepEqual(mentions('Mourners buried nine fighters killed by the American strikes in Syria on Friday.', '2024-03-08'), []);
  // Nor one the clause places only where the mourners are.
  assert.deepEqual(mentions('Mourners in Baghdad buried fighters killed in a US strike.'), []);
});
