import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import { groupsByArticle, mention, testPack } from './fixtures.js';

function groups(...mentions: Parameters<typeof fuse>[0]): string[][] {
  return groupsByArticle(fuse(mentions, testPack).events);
}

const strike = (article: string, fields: Partial<Parameters<typeof mention>[1]> = {}) =>
  mention(article, { kind: 'strike', country: 'SY', place: 'Syria', attacker: 'United States', weapons: ['air_strike'], ...fields });

test('an undated report that names only its month ("since February, when US jets struck targets in Syria") is of the one incident there that month the news covered', () => {
  const february = ['a', 'b', 'c'].map((article) => strike(article, { date: '2024-02-02' }));
  const november = ['d', 'e'].map((article) => strike(article, { date: '2023-11-08' }));
  assert.deepEqual(groups(...february, ...november, strike('x', { day_label: 'm02' })), [['a', 'b', 'c', 'x'], ['d', 'e']]);
  assert.deepEqual(groups(...february, ...november, strike('x', { day_label: 'm03' })), [['a', 'b', 'c'], ['d', 'e'], ['x']], 'no incident there in March');
  assert.deepEqual(groups(...february, ...november, strike('x')), [['a', 'b', 'c'], ['d', 'e'], ['x']], 'without the month, the country alone tells nothing');
  const alsoFebruary = ['f', 'g'].map((article) => strike(article, { date: '2024-02-20' }));
  assert.deepEqual(
    groups(...february, ...alsoFebruary, strike('x', { day_label: 'm02' })),
    [['a', 'b', 'c'], ['f', 'g'], ['x']],
    'two incidents that month, neither far more widely reported',
  );
  assert.deepEqual(groups(strike('a', { date: '2024-02-02' }), ...november, strike('x', { day_label: 'm02' })), [['a'], ['d', 'e'], ['x']], 'one report beside it is too few to tell');
});

test('an undated report naming its month joins the one incident at its base that month, when enough reports agree', () => {
  const lark = (article: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { site: 'Fort Lark', ...fields });
  const march = [lark('a', { date: '2024-03-05' }), lark('b', { date: '2024-03-05' })];
  assert.deepEqual(groups(...march, lark('c', { date: '2024-04-10' }), lark('x', { day_label: 'm03' })), [['a', 'b', 'x'], ['c']]);
  assert.deepEqual(groups(...march, lark('c', { date: '2024-03-20' }), lark('x', { day_label: 'm03' })), [['a', 'b'], ['c'], ['x']], 'two that month');
  assert.deepEqual(groups(march[0]!, lark('c', { date: '2024-04-10' }), lark('x', { day_label: 'm03' })), [['a'], ['c'], ['x']], 'a month is as weak as a weekday');
});

test('an undated article comes out after the incidents it tells: its Thursday is the first after them, when the next is weeks later', () => {
  // Article x tells an attack at Fort Lark "on October 18" (a Wednesday, 2023) and a strike in Syria "on Thursday".
  // Thursdays: 2023-10-26, 2023-11-02, 2024-02-01.
  const attack = [mention('a', { site: 'Fort Lark', date: '2023-10-18' }), mention('x', { site: 'Fort Lark', day_label: '10-18' })];
  const october = ['s', 't'].map((article) => strike(article, { date: '2023-10-26' }));
  const february = ['u', 'v'].map((article) => strike(article, { date: '2024-02-01' }));
  const thursday = strike('x', { day_label: 'w4' });
  assert.deepEqual(groups(...october, ...february, thursday), [['s', 't'], ['u', 'v'], ['x']], 'alone, two Thursdays: no telling');
  assert.deepEqual(groups(...attack, ...october, ...february, thursday), [['a', 'x'], ['s', 't', 'x'], ['u', 'v']]);
  const november = ['w', 'y'].map((article) => strike(article, { date: '2023-11-02' }));
  assert.deepEqual(groups(...attack, ...october, ...november, thursday), [['a', 'x'], ['s', 't'], ['w', 'y'], ['x']], 'Thursdays a week apart: no telling');
  const before = ['s', 't'].map((article) => strike(article, { date: '2023-10-05' }));
  assert.deepEqual(groups(...attack, ...before, ...february, thursday), [['a', 'x'], ['s', 't'], ['u', 'v', 'x']], 'not a Thursday before the week of the day it told');
});

test('undated reports that name one weekday corroborate each other only when they can name one weapon', () => {
  // 2024-02-01 was a Thursday ("w4"); the dated report names no weapon.
  const dated = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const thursday = (article: string, weapons: string[]) => mention(article, { site: 'Fort Lark', day_label: 'w4', weapons });
  assert.deepEqual(groups(dated, thursday('c', ['drone']), thursday('d', ['drone'])), [['a', 'c', 'd']]);
  assert.deepEqual(groups(dated, thursday('c', ['drone']), thursday('d', [])), [['a', 'c', 'd']], 'a report that names no weapon disagrees with none');
  assert.deepEqual(groups(dated, thursday('c', ['drone']), thursday('d', ['rocket'])), [['a'], ['c'], ['d']], 'drones and rockets: two reports, no agreement');
});

test('two weekday reports of one undated article that agree on its week count as one more report for the weekday fit', () => {
  // 2023-10-27 was a Friday ("w5"); 2023-10-19, 10-26, 11-02 and 11-09 Thursdays ("w4").
  const at = (article: string, site: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { site, country: 'SY', ...fields });
  const friday = at('a', 'Fort Lark', { date: '2023-10-27' });
  const thursdays = [at('b', 'Outpost Wren', { date: '2023-10-26' }), at('c', 'Outpost Wren', { date: '2023-10-19' }), at('d', 'Outpost Wren', { date: '2023-11-09' })];
  // x's lead tells of Friday; further down, it tells of Thursday.
  const told = [at('x', 'Fort Lark', { day_label: 'w5', start: 0 }), at('x', 'Outpost Wren', { day_label: 'w4', start: 300 })];
  assert.deepEqual(groups(friday, ...thursdays, ...told), [['a', 'x'], ['b', 'x'], ['c'], ['d']], 'once the lead is placed on Friday, its Thursday is the day before');
  const thursdayLead = [at('x', 'Fort Lark', { day_label: 'w5', start: 300 }), at('x', 'Outpost Wren', { day_label: 'w4', start: 0 })];
  assert.deepEqual(groups(friday, ...thursdays, ...thursdayLead), [['a', 'x'], ['b'], ['c'], ['d'], ['x']], 'placed further down the story, a Friday does not tell the week of its lead');
  assert.deepEqual(groups(friday, ...thursdays, told[0]!), [['a'], ['b'], ['c'], ['d'], ['x']], 'a weekday and one dated report alone are too few');
  const alsoThatWeek = at('e', 'Outpost Wren', { date: '2023-11-02' });
  assert.deepEqual(
    groups(friday, ...thursdays, alsoThatWeek, ...told),
    [['a'], ['b'], ['c'], ['d'], ['e'], ['x'], ['x']],
    'two Thursdays within a week of that Friday: the other report does not tell the week',
  );
});

test('a late report of a kind whose every incident is announced is of the one such incident there in the two weeks before it', () => {
  const announcing = { ...testPack, settings: { ...testPack.settings, announcedKinds: ['strike' as const] } };
  const grouped = (...mentions: Parameters<typeof fuse>[0]) => groupsByArticle(fuse(mentions, announcing).events);
  const eightDaysBefore = ['a', 'b'].map((article) => strike(article, { date: '2023-11-08' }));
  const weeksBefore = ['c', 'd'].map((article) => strike(article, { date: '2023-10-27' }));
  const late = strike('x', { published: '2023-11-16' });
  assert.deepEqual(grouped(...eightDaysBefore, ...weeksBefore, late), [['a', 'b', 'x'], ['c', 'd']]);
  assert.deepEqual(groups(...eightDaysBefore, ...weeksBefore, late), [['a', 'b'], ['c', 'd'], ['x']], 'a kind the pack does not say is announced: too far back to tell');
  const alsoThoseWeeks = ['e', 'f'].map((article) => strike(article, { date: '2023-11-11' }));
  assert.deepEqual(grouped(...eightDaysBefore, ...alsoThoseWeeks, late), [['a', 'b'], ['e', 'f'], ['x']], 'two such incidents in those two weeks');
  const attack = (article: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { kind: 'attack', site: 'Fort Lark', country: 'SY', ...fields });
  assert.deepEqual(
    grouped(attack('a', { date: '2023-11-08' }), attack('b', { date: '2023-11-08' }), attack('x', { published: '2023-11-16' })),
    [['a', 'b'], ['x']],
    'an attack may have no dated report at all',
  );
});
