import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvent } from '../../src/export/events.js';
import { makeArticle, makeEvent, makeMention } from '../store/fixtures.js';

test('the sources of an event give each article its date, or, for an undated one, the day its text shows it was written', () => {
  const dated = makeMention(makeArticle('a1', { outlet: 'Wire' }), 0, { outlet: 'Wire', published: '2024-01-07' });
  const undated = makeArticle('a2', { outlet: 'Blog', published: null });
  const written = makeMention(undated, 0, { outlet: 'Blog', published: null, writtenOn: '2024-01-06' });
  const silent = makeMention(makeArticle('a3', { outlet: 'Forum', published: null }), 0, { outlet: 'Forum', published: null });
  const text = describeEvent(makeEvent('ev_1', [dated, written, silent]));
  assert.match(text, /^ {2}Wire, 2024-01-07 — /m);
  assert.match(text, /^ {2}Blog, undated, written 2024-01-06 by its text — /m);
  assert.match(text, /^ {2}Forum — /m);
});
