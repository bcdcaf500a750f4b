import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import type { EventKind } from '../../src/model.js';
import type { Store } from '../../src/store/store.js';
import { makeArticle, makeEvent, makeMention, tempDir } from './fixtures.js';

const temp = tempDir();
after(() => temp.cleanup());
let dbCount = 0;

/** Two articles, two mentions each, none fused yet. */
async function storeOfFour(): Promise<Store> {
  const store = await openStore(join(temp.dir, `blocks-${++dbCount}.db`));
  const a = makeArticle('a');
  const b = makeArticle('b', { outlet: 'Other News' });
  await store.addArticles([
    { article: a, extraction: { mentions: [makeMention(a, 0), makeMention(a, 1, { kind: 'strike' })], tallies: [] } },
    { article: b, extraction: { mentions: [makeMention(b, 0), makeMention(b, 1, { country: 'SY' })], tallies: [] } },
  ]);
  return store;
}

test('new mentions wait as unfused until events are stored with their blocks', async () => {
  const store = await storeOfFour();
  assert.deepEqual((await store.unfusedMentions(10)).map((m) => m.id), ['a-m0', 'a-m1', 'b-m0', 'b-m1']);
  assert.deepEqual((await store.unfusedMentions(2)).map((m) => m.id), ['a-m0', 'a-m1']);
  const [a0, , b0] = await store.unfusedMentions(10);
  await store.replaceEvents([makeEvent('ev-1', [a0!, b0!])], [], [], [
    { mentionId: 'a-m0', blocks: ['attack|IQ|w2800'] },
    { mentionId: 'b-m0', blocks: ['attack|IQ|w2800', 'attack|IQ|w2801'] },
  ]);
  assert.deepEqual((await store.unfusedMentions(10)).map((m) => m.id), ['a-m1', 'b-m1']);
  await store.close();
});

test('mentions are found by block and by id, with their article fields', async () => {
  const store = await storeOfFour();
  const [a0, a1, b0, b1] = await store.unfusedMentions(10);
  await store.replaceEvents([makeEvent('ev-1', [a0!, b0!]), makeEvent('ev-2', [a1!]), makeEvent('ev-3', [b1!])], [], [], [
    { mentionId: 'a-m0', blocks: ['attack|IQ|w2800'] },
    { mentionId: 'b-m0', blocks: ['attack|IQ|w2801', 'copy|x'] },
    { mentionId: 'a-m1', blocks: ['strike|IQ|w2800', 'copy|x'] },
    { mentionId: 'b-m1', blocks: ['attack|SY|undated|w2800'] },
  ]);
  const ids = async (blocks: string[]) => (await store.mentionsInBlocks(blocks)).map((m) => m.id);
  assert.deepEqual(await ids(['attack|IQ|w2801', 'attack|IQ|w2799']), ['b-m0']);
  assert.deepEqual(await ids(['copy|x', 'attack|SY|undated|w2800']), ['a-m1', 'b-m0', 'b-m1']);
  assert.deepEqual(await ids(['attack|IQ|']), [], 'a block is named whole');
  assert.deepEqual(await ids([]), []);
  const held = new Set(['b-m0']);
  assert.deepEqual((await store.mentionsInBlocks(['copy|x', 'attack|SY|undated|w2800'], held)).map((m) => m.id), ['a-m1', 'b-m1'], 'what the caller holds is left out');
  assert.deepEqual((await store.mentionsOfArticles(['a', 'b'], new Set(['a-m0', 'b-m1']))).map((m) => m.id), ['a-m1', 'b-m0']);
  assert.deepEqual(await store.mentionsOfArticles(['a', 'b'], new Set(['a-m0', 'a-m1', 'b-m0', 'b-m1'])), []);
  assert.deepEqual(await store.mentionsOfArticles(['a'], new Set()), await store.mentionsOfArticles(['a']));
  const [found] = await store.mentionsById(['b-m0', 'no-such-mention']);
  assert.equal(found?.outlet, 'Other News');
  assert.equal(found?.articleHash, 'hash-b');
  await store.close();
});

test('the days reported under a key are counted by kind, country and site, up to a bound; only fused mentions are read by key', async () => {
  const store = await openStore(join(temp.dir, `blocks-${++dbCount}.db`));
  const a = makeArticle('a');
  const b = makeArticle('b', { outlet: 'Other News' });
  await store.addArticles([
    { article: a, extraction: { mentions: [makeMention(a, 0, { date: '2024-02-01' }), makeMention(a, 1, { date: '2024-02-02' }), makeMention(a, 2, { site: null, date: '2024-02-03' })], tallies: [] } },
    { article: b, extraction: { mentions: [makeMention(b, 0, { date: '2024-02-01' }), makeMention(b, 1, { date: '2024-02-04', date_precision: 'month' })], tallies: [] } },
  ]);
  const key = (kind: EventKind, country: string, site: string | null) => ({ key: [kind, country, site].join('|'), kind, country, site });
  const keys = [key('attack', 'IQ', null), key('attack', 'IQ', 'Outpost Alpha'), key('strike', 'IQ', null), key('attack', 'IQ', 'Elsewhere')];
  const days = await store.reportedDays(keys, 10);
  assert.deepEqual(keys.map((k) => days.get(k.key)), [3, 2, 0, 0], 'a month is no day; one day reported twice counts once');
  assert.equal((await store.reportedDays([keys[0]!], 2)).get(keys[0]!.key), 2, 'counting stops at the bound');
  assert.equal((await store.reportedDays([keys[0]!], 10, true)).get(keys[0]!.key), 0, 'nothing fused yet');
  assert.deepEqual(await store.fusedMentionsUnder(keys), []);
  const [a0, a1] = await store.unfusedMentions(10);
  await store.replaceEvents([makeEvent('ev-1', [a0!]), makeEvent('ev-2', [a1!])], [], [], [
    { mentionId: 'a-m0', blocks: [] },
    { mentionId: 'a-m1', blocks: [] },
  ]);
  assert.equal((await store.reportedDays([keys[0]!], 10, true)).get(keys[0]!.key), 2);
  assert.deepEqual((await store.fusedMentionsUnder([keys[1]!])).map((m) => m.id), ['a-m0', 'a-m1']);
  assert.deepEqual((await store.fusedMentionsUnder([keys[1]!], new Set(['a-m0']))).map((m) => m.id), ['a-m1'], 'what the caller holds is left out');
  assert.deepEqual((await store.fusedMentionsUnder([keys[2]!, keys[3]!])).map((m) => m.id), []);
  await store.close();
});

test('the events holding some mentions come back with all their mention ids', async () => {
  const store = await storeOfFour();
  const [a0, a1, b0, b1] = await store.unfusedMentions(10);
  await store.replaceEvents([makeEvent('ev-1', [a0!, b0!]), makeEvent('ev-2', [a1!]), makeEvent('ev-3', [b1!])], [], []);
  assert.deepEqual(await store.eventsWithMentions(['b-m0', 'a-m1']), [
    { id: 'ev-1', mentionIds: ['a-m0', 'b-m0'] },
    { id: 'ev-2', mentionIds: ['a-m1'] },
  ]);
  assert.deepEqual(await store.eventsWithMentions([]), []);
  await store.close();
});

test('filing an unknown mention under a block rolls the whole fusion back', async () => {
  const store = await storeOfFour();
  const [a0] = await store.unfusedMentions(1);
  await assert.rejects(
    store.replaceEvents([makeEvent('ev-1', [a0!])], [], [], [{ mentionId: 'ghost', blocks: ['attack|IQ|w1'] }]),
    /mention ghost is not stored/,
  );
  assert.equal((await store.stats()).events, 0);
  assert.equal((await store.unfusedMentions(10)).length, 4);
  await store.close();
});
