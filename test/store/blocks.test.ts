import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open.js';
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

test('mentions are found by block key, by key prefix, and by id, with their article fields', async () => {
  const store = await storeOfFour();
  const [a0, a1, b0, b1] = await store.unfusedMentions(10);
  await store.replaceEvents([makeEvent('ev-1', [a0!, b0!]), makeEvent('ev-2', [a1!]), makeEvent('ev-3', [b1!])], [], [], [
    { mentionId: 'a-m0', blocks: ['attack|IQ|w2800'] },
    { mentionId: 'b-m0', blocks: ['attack|IQ|w2801'] },
    { mentionId: 'a-m1', blocks: ['strike|IQ|w2800'] },
    { mentionId: 'b-m1', blocks: ['attack|SY|undated'] },
  ]);
  const ids = async (keys: string[], prefixes: string[] = []) => (await store.mentionsInBlocks({ keys, prefixes })).map((m) => m.id);
  assert.deepEqual(await ids(['attack|IQ|w2801', 'attack|IQ|w2799']), ['b-m0']);
  assert.deepEqual(await ids([], ['attack|IQ|']), ['a-m0', 'b-m0']);
  assert.deepEqual(await ids(['attack|SY|undated'], ['strike|IQ|']), ['a-m1', 'b-m1']);
  assert.deepEqual(await ids([]), []);
  const [found] = await store.mentionsById(['b-m0', 'no-such-mention']);
  assert.equal(found?.outlet, 'Other News');
  assert.equal(found?.articleHash, 'hash-b');
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
