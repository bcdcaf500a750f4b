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

test('a story republished days later, its "on Saturday" read at its new date, stays with the incident the first copy dates', () => {
  const quote = 'A drone targeted coalition forces at Camp Heron on Saturday, security officials said in a statement.';
  const onSaturday = { start: 48, end: 59 };
  const copy = (article: string, published: string, date: string) =>
    mention(article, { site: 'Camp Heron', date, published, weapons: ['drone'], quote, start: 0, end: quote.length, evidence: { date: onSaturday } });
  assert.deepEqual(
    groups(
      copy('first', '2024-03-10', '2024-03-09'),
      copy('reprint', '2024-03-17', '2024-03-16'),
      mention('second1', { site: 'Camp Heron', date: '2024-03-16', published: '2024-03-16', weapons: ['drone'] }),
      mention('second2', { site: 'Camp Heron', date: '2024-03-16', published: '2024-03-17', weapons: ['drone'] }),
    ),
    [['first', 'reprint'], ['second1', 'second2']],
  );
  // The same outlet wording a new incident as the last one: its "Saturday" is its own.
  assert.deepEqual(
    groups(
      copy('first', '2024-03-10', '2024-03-09'),
      { ...copy('template', '2024-03-17', '2024-03-16'), outlet: 'outlet-first.example' },
      mention('second1', { site: 'Camp Heron', date: '2024-03-16', published: '2024-03-16', weapons: ['drone'] }),
    ),
    [['first'], ['second1', 'template']],
  );
});

test('a base attacked on two days in a row, no one killed the first day and two the next, is two incidents', () => {
  assert.deepEqual(
    groups(
      mention('mon1', { site: 'Camp Heron', date: '2024-01-22', weapons: ['rocket'], killed: 0 }),
      mention('mon2', { site: 'Camp Heron', date: '2024-01-22', weapons: ['rocket'] }),
      mention('tue1', { site: 'Camp Heron', date: '2024-01-23', weapons: ['rocket'], killed: 2 }),
      mention('tue2', { site: 'Camp Heron', date: '2024-01-23', weapons: ['rocket'] }),
    ),
    [['mon1', 'mon2'], ['tue1', 'tue2']],
  );
});

test('an undated report is of the incident before its article came out, not of one dated the day after', () => {
  assert.deepEqual(
    groups(
      mention('fri1', { site: 'Camp Heron', date: '2024-02-02', published: '2024-02-03' }),
      mention('fri2', { site: 'Camp Heron', date: '2024-02-02', published: '2024-02-03' }),
      mention('sun', { site: 'Camp Heron', date: '2024-02-04', published: '2024-02-05', weapons: ['drone'] }),
      mention('undated', { site: 'Camp Heron', published: '2024-02-03' }),
    ),
    [['fri1', 'fri2', 'undated'], ['sun']],
  );
  // Told on its publication day by one report and the next day by another: it can be its news, and which one is meant is unclear.
  assert.deepEqual(
    groups(
      mention('fri1', { site: 'Camp Heron', date: '2024-02-02', published: '2024-02-03' }),
      mention('sat', { site: 'Camp Heron', date: '2024-02-03', published: '2024-02-03', weapons: ['drone'] }),
      mention('sun', { site: 'Camp Heron', date: '2024-02-04', published: '2024-02-05', weapons: ['drone'] }),
      mention('undated', { site: 'Camp Heron', published: '2024-02-03' }),
    ),
    [['fri1'], ['sat', 'sun'], ['undated']],
  );
});

test('a report naming only the country joins the one base attacked on its day, not one attacked the day after', () => {
  assert.deepEqual(
    groups(
      mention('lark1', { site: 'Fort Lark', date: '2024-02-12', weapons: ['rocket'] }),
      mention('lark2', { site: 'Fort Lark', date: '2024-02-12', weapons: ['rocket'] }),
      mention('wren1', { site: 'Outpost Wren', date: '2024-02-13', weapons: ['rocket'] }),
      mention('wren2', { site: 'Outpost Wren', date: '2024-02-13', weapons: ['rocket'] }),
      mention('syria', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['rocket'] }),
    ),
    [['lark1', 'lark2', 'syria'], ['wren1', 'wren2']],
  );
});

test('reports naming only the country, of two attacks there the same day with different weapons, go each to its base', () => {
  assert.deepEqual(
    groups(
      mention('lark1', { site: 'Fort Lark', date: '2024-02-12', weapons: ['rocket'] }),
      mention('lark2', { site: 'Fort Lark', date: '2024-02-12', weapons: ['rocket'] }),
      mention('wren1', { site: 'Outpost Wren', date: '2024-02-12', weapons: ['drone'] }),
      mention('wren2', { site: 'Outpost Wren', date: '2024-02-12', weapons: ['drone'] }),
      mention('syria-rockets', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['rocket'] }),
      mention('syria-drone', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['drone'] }),
    ),
    [['lark1', 'lark2', 'syria-rockets'], ['syria-drone', 'wren1', 'wren2']],
  );
});

test('the scenarios group alike, under the same ids, whatever the order of the reports', () => {
  const quote = 'A drone targeted coalition forces at Outpost Wren on Saturday, security officials said in a statement.';
  const copy = (article: string, published: string, date: string) =>
    mention(article, { site: 'Outpost Wren', date, published, weapons: ['drone'], quote, start: 0, end: quote.length, evidence: { date: { start: 49, end: 60 } } });
  const mentions = [
    copy('first', '2024-02-11', '2024-02-10'),
    copy('reprint', '2024-02-18', '2024-02-17'),
    mention('lark1', { site: 'Fort Lark', date: '2024-02-12', weapons: ['rocket'] }),
    mention('wren1', { site: 'Outpost Wren', date: '2024-02-12', weapons: ['drone'] }),
    mention('wren2', { site: 'Outpost Wren', date: '2024-02-17', weapons: ['drone'], killed: 0 }),
    mention('syria-rockets', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['rocket'] }),
    mention('syria-drone', { place: 'Syria', country: 'SY', date: '2024-02-12', weapons: ['drone'] }),
    mention('undated', { site: 'Fort Lark', published: '2024-02-13' }),
  ];
  const events = (list: typeof mentions) =>
    fuse(list, testPack)
      .events.map((e) => `${e.id}:${e.mentions.map((m) => m.id).join()}`)
      .sort();
  assert.deepEqual(events([...mentions].reverse()), events(mentions));
  assert.deepEqual(events([...mentions.slice(3), ...mentions.slice(0, 3)]), events(mentions));
});
