/** Multi-article scenarios that probe grouping beyond the corpus: reports fusion should merge or keep apart. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import { groupsByArticle, mention, testPack } from './fixtures.js';

function groups(...mentions: Parameters<typeof fuse>[0]): string[][] {
  return groupsByArticle(fuse(mentions, testPack).events);
}

test('a report naming only the country joins the base attacked that day with its weapon, not one attacked the day before with another', () => {
  assert.deepEqual(
    groups(
      mention('lark1', { site: 'Fort Lark', date: '2024-02-11', weapons: ['drone'] }),
      mention('lark2', { site: 'Fort Lark', date: '2024-02-11', weapons: ['drone'] }),
      mention('wren1', { site: 'Outpost Wren', date: '2024-02-12', weapons: ['rocket'] }),
      mention('wren2', { site: 'Outpost Wren', date: '2024-02-12', weapons: ['rocket'] }),
      mention('syria', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['rocket'] }),
    ),
    [['lark1', 'lark2'], ['syria', 'wren1', 'wren2']],
  );
});
