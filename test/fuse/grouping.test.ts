import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import { groupsByArticle, mention, testPack } from './fixtures.js';

function groups(...mentions: Parameters<typeof fuse>[0]): string[][] {
  return groupsByArticle(fuse(mentions, testPack).events);
}

test('reports of one base one day apart are one incident; two days apart, two', () => {
  assert.deepEqual(
    groups(mention('a', { site: 'Camp Heron', date: '2024-01-05' }), mention('b', { site: 'Camp Heron', date: '2024-01-06' })),
    [['a', 'b']],
  );
  assert.deepEqual(
    groups(mention('a', { site: 'Camp Heron', date: '2024-01-05' }), mention('b', { site: 'Camp Heron', date: '2024-01-07' })),
    [['a'], ['b']],
  );
});

test('a chain of days does not drift: 5th, 6th and 7th cannot all be one incident', () => {
  const events = fuse(
    [
      mention('a', { site: 'Camp Heron', date: '2024-01-05' }),
      mention('b', { site: 'Camp Heron', date: '2024-01-06' }),
      mention('c', { site: 'Camp Heron', date: '2024-01-07' }),
    ],
    testPack,
  ).events;
  assert.equal(events.length, 2);
});

test('one day apart with different weapons are two incidents at one base', () => {
  assert.deepEqual(
    groups(
      mention('a', { site: 'Camp Heron', date: '2024-01-05', weapons: ['drone'] }),
      mention('b', { site: 'Camp Heron', date: '2024-01-06', weapons: ['rocket'] }),
    ),
    [['a'], ['b']],
  );
});

test('two mentions of one article are two events, even at one base on one day', () => {
  assert.deepEqual(
    groups(mention('a', { site: 'Camp Heron', date: '2024-01-05' }), mention('a', { site: 'Camp Heron', date: '2024-01-05' })),
    [['a'], ['a']],
  );
});

test('different bases attacked the same day stay apart, even when close', () => {
  assert.deepEqual(
    groups(mention('a', { site: 'Camp Heron', date: '2024-01-05' }), mention('b', { site: 'Heron Depot', date: '2024-01-05' })),
    [['a'], ['b']],
  );
});

test('a vague strike area close to a named site can be the same place', () => {
  const { events } = fuse(
    [
      mention('a', { kind: 'strike', site: 'Camp Heron', date: '2024-01-05' }),
      mention('b', { kind: 'strike', site: 'Heron strike area', date: '2024-01-05' }),
    ],
    testPack,
  );
  assert.equal(events.length, 1);
  assert.ok(events[0]?.conflicts.some((c) => c.field === 'site'));
  assert.equal(events[0]?.grade, 'contested');
});

test('a report naming only a province joins the one base of that province attacked that day', () => {
  const { events } = fuse(
    [
      mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
      mention('b', { site: 'Outpost Wren', date: '2024-02-01' }),
      mention('c', { place: 'a base in north province', country: 'SY', date: '2024-02-01' }),
    ],
    testPack,
  );
  assert.deepEqual(groupsByArticle(events), [['a', 'c'], ['b']]);
  const lark = events.find((e) => e.site === 'Fort Lark');
  assert.equal(lark?.place_precision, 'site');
});

test('a report naming only the country stays its own event when two bases were attacked that day', () => {
  const { events } = fuse(
    [
      mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
      mention('b', { site: 'Outpost Wren', date: '2024-02-01' }),
      mention('c', { place: 'a base in Syria', country: 'SY', date: '2024-02-01' }),
    ],
    testPack,
  );
  assert.deepEqual(groupsByArticle(events), [['a'], ['b'], ['c']]);
  assert.equal(events.find((e) => e.mentions[0]?.article === 'c')?.place_precision, 'country');
});

test('an undated report joins the only incident at its site in the three days before publication', () => {
  const incident = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  assert.deepEqual(groups(incident, mention('c', { site: 'Fort Lark', published: '2024-02-04' })), [['a', 'c']]);
  assert.deepEqual(groups(incident, mention('c', { site: 'Fort Lark', published: '2024-02-06' })), [['a'], ['c']], 'five days on, an undated report is of something newer');
  assert.deepEqual(groups(incident, mention('c', { site: 'Fort Lark', published: '2024-02-06', killed: 2 }), mention('d', { site: 'Fort Lark', date: '2024-02-01', killed: 2 })), [['a', 'c', 'd']]);
});

test('an undated report joins the only incident at its site among those of the last days', () => {
  assert.deepEqual(
    groups(
      mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
      mention('b', { site: 'Fort Lark', date: '2024-03-20' }),
      mention('c', { site: 'Fort Lark', published: '2024-02-03' }),
    ),
    [['a', 'c'], ['b']],
  );
});

test('an undated report of the last days that names another weapon joins the only incident there; of two, the weapon tells', () => {
  const drone = mention('a', { site: 'Fort Lark', date: '2024-02-01', weapons: ['drone'] });
  const rocketReport = mention('c', { site: 'Fort Lark', published: '2024-02-03', weapons: ['rocket'] });
  assert.deepEqual(groups(drone, rocketReport), [['a', 'c']]);
  assert.deepEqual(groups(drone, mention('b', { site: 'Fort Lark', date: '2024-02-02', weapons: ['rocket'] }), rocketReport), [['a'], ['b', 'c']]);
  assert.deepEqual(groups(drone, mention('b', { site: 'Fort Lark', date: '2024-02-02', weapons: ['mortar'] }), rocketReport), [['a'], ['b'], ['c']], 'two incidents of other weapons: no telling');
  assert.deepEqual(groups(drone, mention('c', { site: 'Fort Lark', weapons: ['rocket'] })), [['a'], ['c']], 'an undated article has no last days');
  assert.deepEqual(
    groups(drone, mention('c', { site: 'Fort Lark', published: '2024-02-05', weapons: ['rocket'] })),
    [['a'], ['c']],
    'four days on, the incident lies only in the slack of the last days',
  );
});

test('an undated report of a dated article joins the only incident at its base in the three days before, not one of the day before those', () => {
  const drone = mention('a', { site: 'Fort Lark', date: '2024-02-01', weapons: ['drone'] });
  const report = (published: string) => mention('c', { site: 'Fort Lark', published, weapons: ['drone'] });
  assert.deepEqual(groups(drone, report('2024-02-04')), [['a', 'c']]);
  assert.deepEqual(groups(drone, report('2024-02-05')), [['a'], ['c']], 'four days on, the incident lies only in the slack of the last days');
});

test('an undated report naming only the country joins the only incident of its kind there in the last days', () => {
  const strike = mention('a', { kind: 'strike', place: 'a depot in Syria', country: 'SY', date: '2024-02-01' });
  const report = mention('c', { kind: 'strike', place: 'Syria', country: 'SY', published: '2024-02-03', start: 800 });
  assert.deepEqual(groups(strike, report), [['a', 'c']]);
  assert.deepEqual(groups(strike, mention('b', { kind: 'strike', site: 'Fort Lark', date: '2024-02-03' }), report), [['a'], ['b'], ['c']], 'two incidents: no telling');
  assert.deepEqual(groups(strike, mention('c', { kind: 'strike', place: 'Syria', country: 'SY', published: '2024-02-05' })), [['a'], ['c']], 'four days on, the incident lies only in the slack of the last days');
  assert.deepEqual(groups(strike, mention('c', { kind: 'strike', place: 'Syria', country: 'SY' })), [['a'], ['c']], 'an undated article has no last days');
});

test('an undated article whose text shows the day it was written on ("for 91 days") has last days before that day', () => {
  const strike = mention('a', { kind: 'strike', place: 'a depot in Syria', country: 'SY', date: '2024-02-01' });
  const report = (writtenOn?: string) => mention('c', { kind: 'strike', place: 'Syria', country: 'SY', start: 800, ...(writtenOn ? { writtenOn } : {}) });
  assert.deepEqual(groups(strike, report('2024-02-03')), [['a', 'c']]);
  assert.deepEqual(groups(strike, report()), [['a'], ['c']], 'without it, an undated article has no last days');
  assert.deepEqual(groups(strike, report('2024-02-05')), [['a'], ['c']], 'four days on, the incident lies only in the slack of the last days');
  assert.deepEqual(groups(strike, mention('b', { kind: 'strike', site: 'Fort Lark', date: '2024-02-03' }), report('2024-02-03')), [['a'], ['b'], ['c']], 'two incidents: no telling');
});

test('a headline naming only the country tells the news of its day or the day before', () => {
  const older = mention('a', { kind: 'strike', site: 'Fort Lark', date: '2024-02-03' });
  const headline = mention('c', { kind: 'strike', place: 'Syria', country: 'SY', published: '2024-02-06', start: 0 });
  assert.deepEqual(groups(older, mention('b', { kind: 'strike', site: 'Outpost Wren', date: '2024-02-05' }), headline), [['a'], ['b', 'c']]);
  assert.deepEqual(groups(older, mention('b', { kind: 'strike', site: 'Outpost Wren', date: '2024-02-05' }), { ...headline, start: 900 }), [['a'], ['b'], ['c']], 'further on, it may recall either');
  assert.deepEqual(groups(older, mention('b', { kind: 'strike', site: 'Outpost Wren', date: '2024-02-03' }), headline), [['a'], ['b'], ['c']], 'neither of its day or the day before: no telling');
});

test("an undated article's report of an attack in a country is of the incident there the news covered, when its reports far outnumber all others", () => {
  const covered = ['a', 'b', 'c', 'd'].map((id) => mention(id, { site: 'Fort Lark', date: '2024-01-28', published: '2024-01-29' }));
  const report = mention('e', { place: 'Syria', country: 'SY' });
  assert.deepEqual(groups(...covered, report), [['a', 'b', 'c', 'd', 'e']]);
  const other = ['f', 'g'].map((id) => mention(id, { site: 'Outpost Wren', date: '2024-03-10', published: '2024-03-10' }));
  assert.deepEqual(groups(...covered, ...other, report), [['a', 'b', 'c', 'd'], ['e'], ['f', 'g']], 'another incident there, reported half as much: no telling');
  assert.deepEqual(groups(...covered, { ...report, published: '2024-06-01' }), [['a', 'b', 'c', 'd'], ['e']], 'a dated article tells the news of its days');
  assert.deepEqual(groups(...covered, { ...report, place: null, site: 'Outpost Wren' }), [['a', 'b', 'c', 'd'], ['e']], 'another base than the incident\'s');
});

test('an undated report with two candidate incidents at its site stays alone', () => {
  assert.deepEqual(
    groups(
      mention('a', { site: 'Fort Lark', date: '2024-02-02' }),
      mention('b', { site: 'Fort Lark', date: '2024-02-04' }),
      mention('c', { site: 'Fort Lark', published: '2024-02-05' }),
    ),
    [['a'], ['b'], ['c']],
  );
});

test('an undated report from an undated article joins an old incident only with its death toll', () => {
  const dated = [mention('a', { site: 'Fort Lark', date: '2024-02-01', killed: 3 })];
  assert.deepEqual(groups(...dated, mention('c', { site: 'Fort Lark', killed: 3 })), [['a', 'c']]);
  assert.deepEqual(groups(...dated, mention('c', { site: 'Fort Lark' })), [['a'], ['c']]);
});

test('a range joins the day inside it', () => {
  const { events } = fuse(
    [
      mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
      mention('b', { site: 'Fort Lark', date: '2024-01-29', date_end: '2024-02-02', date_precision: 'range' }),
    ],
    testPack,
  );
  assert.deepEqual(groupsByArticle(events), [['a', 'b']]);
  assert.equal(events[0]?.date, '2024-02-01');
});

test('no mention is dropped: every mention ends in exactly one event', () => {
  const input = [
    mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
    mention('b'),
    mention('c', { country: 'SY' }),
    mention('d', { kind: 'strike', place: 'Syria', country: 'SY', date: '2024-02-02' }),
    mention('e', { site: 'Camp Heron', date: '2024-02-01', date_end: '2024-05-01', date_precision: 'range' }),
  ];
  const ids = fuse(input, testPack).events.flatMap((e) => e.mentions.map((m) => m.id));
  assert.deepEqual(ids.sort(), input.map((m) => m.id).sort());
});

test('copies of one story left undated are one event', () => {
  const copy = { site: 'Fort Lark', articleHash: 'same-text' };
  assert.deepEqual(groups(mention('a', copy), mention('b', copy)), [['a', 'b']]);
});

test('a later reference sharing the toll of two incidents joins the one the news covered, and only that way', () => {
  const covered = ['a', 'b', 'c', 'd'].map((id) => mention(id, { site: 'Fort Lark', date: '2024-01-28', killed: 3, published: '2024-01-29' }));
  const passing = mention('e', { site: 'Fort Lark', date: '2024-01-31', killed: 3, published: '2024-02-01' });
  const reference = { place: 'Syria', country: 'SY', published: '2024-02-02' };
  assert.deepEqual(groups(...covered, passing, mention('f', { ...reference, killed: 3 })), [['a', 'b', 'c', 'd', 'f'], ['e']]);
  // Without the toll, the reference is of the only incident of its last days; with none there, nothing tells which it means.
  assert.deepEqual(groups(...covered, passing, mention('f', reference)), [['a', 'b', 'c', 'd'], ['e', 'f']]);
  assert.deepEqual(groups(...covered, passing, mention('f', { ...reference, published: '2024-02-05' })), [['a', 'b', 'c', 'd'], ['e'], ['f']]);
  // Two incidents sharing the toll and covered alike: no choice.
  const alike = [passing, mention('g', { site: 'Fort Lark', date: '2024-01-31', killed: 3, published: '2024-02-01' })];
  assert.deepEqual(groups(...covered.slice(0, 2), ...alike, mention('f', { ...reference, killed: 3 })), [['a', 'b'], ['e', 'g'], ['f']]);
});

test('an undated report looks no later than its publication day', () => {
  const later = mention('a', { site: 'Fort Lark', date: '2024-02-02', published: '2024-02-02' });
  assert.deepEqual(groups(later, mention('b', { site: 'Fort Lark', published: '2024-01-31' })), [['a'], ['b']]);
  assert.deepEqual(groups(later, mention('b', { site: 'Fort Lark', published: '2024-02-01' })), [['a', 'b']]);
});

test('undated reports of one base with the same number of wounded are one incident; with no named base, a shared toll is not enough', () => {
  assert.deepEqual(
    groups(
      mention('a', { site: 'Camp Heron', injured: 5, weapons: ['rocket'] }),
      mention('b', { site: 'Camp Heron', injured: 5 }),
      mention('c', { site: 'Camp Heron', injured: 5, weapons: ['drone'] }),
    ),
    [['a', 'b'], ['c']],
  );
  assert.deepEqual(groups(mention('a', { site: 'Camp Heron', killed: 1 }), mention('b', { site: 'Camp Heron', killed: 1 })), [['a', 'b']]);
  assert.deepEqual(groups(mention('a', { place: 'Iraq', country: 'IQ', killed: 1 }), mention('b', { place: 'Iraq', country: 'IQ', killed: 1 })), [['a'], ['b']]);
});

test('a report naming only the country joins the incident whose number of wounded it repeats', () => {
  const incident = [mention('a', { site: 'Fort Lark', date: '2024-01-28', injured: 40, published: '2024-01-29' }), mention('b', { site: 'Fort Lark', date: '2024-01-28', published: '2024-01-29' })];
  assert.deepEqual(groups(...incident, mention('c', { place: 'Syria', country: 'SY', injured: 40, published: '2024-02-03' })), [['a', 'b', 'c']]);
  assert.deepEqual(groups(...incident, mention('c', { place: 'Syria', country: 'SY', injured: 12, published: '2024-02-03' })), [['a', 'b'], ['c']]);
});

test('weapon classes the pack declares kin do not tell two reports apart', () => {
  const kinPack = { ...testPack, lexicon: { ...testPack.lexicon, weaponKin: [['air_strike', 'drone']] } };
  const reports = [
    mention('a', { kind: 'strike', site: 'Heron strike area', date: '2024-01-04', weapons: ['air_strike'] }),
    mention('b', { kind: 'strike', site: 'Heron strike area', date: '2024-01-05', weapons: ['drone'] }),
  ];
  assert.deepEqual(groupsByArticle(fuse(reports, kinPack).events), [['a', 'b']]);
  assert.deepEqual(groupsByArticle(fuse(reports, testPack).events), [['a'], ['b']]);
});

test('a report blaming another group of the same front still joins; an unrelated group needs a shared toll', () => {
  const incident = [
    mention('a', { site: 'Camp Heron', date: '2024-03-10', attacker: 'Brigade One', killed: 2, published: '2024-03-10' }),
    mention('b', { site: 'Camp Heron', date: '2024-03-10', attacker: 'Brigade One', published: '2024-03-11' }),
  ];
  const march = { site: 'Camp Heron', date: '2024-03-01', date_end: '2024-03-31', date_precision: 'month' as const, published: '2024-04-20' };
  assert.deepEqual(groups(...incident, mention('c', { ...march, attacker: 'Brigade Two' })), [['a', 'b', 'c']]);
  assert.deepEqual(groups(...incident, mention('c', { ...march, attacker: 'Lone Cell' })), [['a', 'b'], ['c']]);
  assert.deepEqual(groups(...incident, mention('c', { ...march, attacker: 'Lone Cell', killed: 2 })), [['a', 'b', 'c']]);
  const [event] = fuse([...incident, mention('c', { ...march, attacker: 'Brigade Two' })], testPack).events;
  assert.ok(event?.conflicts.some((c) => c.field === 'attacker'), 'the disagreement on the attacker is recorded');
});

test('an undated report naming the day of the year ("February 1", no year) joins the incident on that day, and only that one', () => {
  const dated = [mention('a', { site: 'Fort Lark', date: '2024-02-01' }), mention('b', { site: 'Fort Lark', date: '2024-02-08' })];
  assert.deepEqual(groups(...dated, mention('c', { site: 'Fort Lark', day_label: '02-01' })), [['a', 'c'], ['b']]);
  assert.deepEqual(groups(...dated, mention('c', { site: 'Fort Lark', day_label: '02-03' })), [['a'], ['b'], ['c']]);
  assert.deepEqual(groups(...dated, mention('c', { site: 'Camp Heron', day_label: '02-01' })), [['a'], ['b'], ['c']]);
});

test('an undated report naming a weekday joins the incident on it only when enough reports agree', () => {
  // 2024-02-01 was a Thursday ("w4"), 2024-02-06 a Tuesday.
  const single = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const other = mention('b', { site: 'Fort Lark', date: '2024-02-06' });
  const thursday = (article: string) => mention(article, { site: 'Fort Lark', day_label: 'w4' });
  assert.deepEqual(groups(single, other, thursday('c')), [['a'], ['b'], ['c']], 'one dated report and one undated: a Thursday by chance');
  assert.deepEqual(groups(single, other, thursday('c'), thursday('d')), [['a', 'c', 'd'], ['b']]);
  const reported = mention('e', { site: 'Fort Lark', date: '2024-02-01' });
  assert.deepEqual(groups(single, reported, other, thursday('c')), [['a', 'c', 'e'], ['b']]);
  const alsoThursday = mention('f', { site: 'Fort Lark', date: '2024-02-08' });
  assert.deepEqual(groups(single, reported, alsoThursday, thursday('c'), thursday('d')), [['a', 'e'], ['c'], ['d'], ['f']], 'two Thursdays: no telling');
});

test('two outlets printing one wire sentence that names a weekday are one report agreeing on it, not two', () => {
  // 2024-02-01 was a Thursday ("w4").
  const single = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const other = mention('b', { site: 'Fort Lark', date: '2024-02-06' });
  const wire = 'The militia said on Thursday that it had launched a drone at the Fort Lark base, where foreign troops are stationed.';
  const printed = (article: string, quote: string) => mention(article, { site: 'Fort Lark', day_label: 'w4', quote });
  assert.deepEqual(groups(single, other, printed('c', wire), printed('d', wire)), [['a'], ['b'], ['c', 'd']], 'one wire story: a Thursday by chance');
  assert.deepEqual(groups(single, other, printed('c', wire), printed('d', `${wire.slice(0, -1)}, its statement said.`)), [['a', 'c', 'd'], ['b']]);
});

test('a weekday named in an article whose date line gives only its month falls in that month or the week before it', () => {
  // 2024-02-01 and 2024-03-07 were Thursdays ("w4"); the articles came out in March 2024.
  const february = [mention('a', { site: 'Fort Lark', date: '2024-02-01' }), mention('b', { site: 'Fort Lark', date: '2024-02-01' })];
  const thursday = (article: string, publishedMonth?: string) => mention(article, { site: 'Fort Lark', day_label: 'w4', ...(publishedMonth ? { publishedMonth } : {}) });
  assert.deepEqual(groups(...february, thursday('c'), thursday('d')), [['a', 'b', 'c', 'd']], 'no month: the one Thursday there is');
  assert.deepEqual(groups(...february, thursday('c', '2024-03'), thursday('d', '2024-03')), [['a', 'b'], ['c'], ['d']], 'out in March: not a Thursday of February');
  const march = mention('e', { site: 'Fort Lark', date: '2024-03-07' });
  assert.deepEqual(groups(...february, march, thursday('c', '2024-03'), thursday('d', '2024-03')), [['a', 'b'], ['c', 'd', 'e']]);
});

test('an undated report of several hurt on a weekday is of the one incident at its base on that weekday whose reports count several hurt', () => {
  // 2024-01-29 and 2024-02-05 were Mondays ("w1"); two outlets report each.
  const hurt = [mention('a', { site: 'Fort Lark', date: '2024-01-29', injured: 4 }), mention('b', { site: 'Fort Lark', date: '2024-01-29' })];
  const later = (injured: number | null) => [mention('c', { site: 'Fort Lark', date: '2024-02-05', injured }), mention('d', { site: 'Fort Lark', date: '2024-02-05' })];
  const monday = (injured: number | null) => mention('x', { site: 'Fort Lark', day_label: 'w1', injured });
  assert.deepEqual(groups(...hurt, ...later(null), monday(5)), [['a', 'b', 'x'], ['c', 'd']], 'five hurt, as against four');
  assert.deepEqual(groups(...hurt, ...later(3), monday(5)), [['a', 'b'], ['c', 'd'], ['x']], 'both Mondays hurt several');
  assert.deepEqual(groups(...hurt, ...later(null), monday(null)), [['a', 'b'], ['c', 'd'], ['x']], 'no one counted hurt: two Mondays fit');
});

test('a weekday named in an undated article falls in no week before the latest day its text names', () => {
  // 2024-02-07 was a Wednesday ("w3"); two outlets report the attack.
  const february = [mention('a', { site: 'Fort Lark', date: '2024-02-07' }), mention('b', { site: 'Fort Lark', date: '2024-02-07' })];
  const wednesday = (writtenAfter?: string) => mention('x', { site: 'Fort Lark', day_label: 'w3', ...(writtenAfter ? { writtenAfter } : {}) });
  assert.deepEqual(groups(...february, wednesday()), [['a', 'b', 'x']]);
  assert.deepEqual(groups(...february, wednesday('2024-02-10')), [['a', 'b', 'x']], 'the week before February 10 holds it');
  assert.deepEqual(groups(...february, wednesday('2024-03-01')), [['a', 'b'], ['x']], 'out after March 1: not a Wednesday of early February');
});

test("an undated article's weekdays are of one week: its Thursday at a base rules out another Thursday for its strike", () => {
  // 2024-02-01 and 2024-02-08 were Thursdays ("w4"). Article x reports an attack at Fort Lark and a strike in Syria, both "on Thursday".
  const attack = [mention('a', { site: 'Fort Lark', date: '2024-02-01' }), mention('w', { site: 'Fort Lark', day_label: 'w4' })];
  const strike = (article: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { kind: 'strike', country: 'SY', weapons: ['air_strike'], ...fields });
  const strikes = [strike('s', { date: '2024-02-08' }), strike('y', { day_label: 'w4' })];
  const x = [mention('x', { site: 'Fort Lark', day_label: 'w4' }), strike('x', { day_label: 'w4' })];
  assert.deepEqual(groups(...attack, ...strikes, x[1]!), [['a'], ['s', 'x', 'y'], ['w']], 'alone, its strike is the Thursday one');
  assert.deepEqual(groups(...attack, ...strikes, ...x), [['a', 'w', 'x'], ['s'], ['x'], ['y']], 'its attack fixes its Thursday');
});

test("an undated article's weekdays are of one week: its Thursday at a base attacked on other Thursdays only rules out a Thursday weeks away for its strike", () => {
  // 2024-02-01, 2024-02-15 and 2024-03-07 were Thursdays ("w4"). Article x reports an attack at Fort Lark and a strike in Syria, both "on Thursday".
  const attacks = [mention('a', { site: 'Fort Lark', date: '2024-02-01' }), mention('b', { site: 'Fort Lark', date: '2024-02-15' })];
  const strike = (article: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { kind: 'strike', country: 'SY', weapons: ['air_strike'], ...fields });
  const strikes = [strike('s', { date: '2024-03-07' }), strike('y', { day_label: 'w4' })];
  const x = [mention('x', { site: 'Fort Lark', day_label: 'w4' }), strike('x', { day_label: 'w4' })];
  assert.deepEqual(groups(...attacks, ...strikes, x[1]!), [['a'], ['b'], ['s', 'x', 'y']], 'alone, its strike is the Thursday one');
  // Its attack fits two Thursdays at Fort Lark, which of them the text does not tell, but neither is in the strike's week.
  assert.deepEqual(groups(...attacks, ...strikes, ...x), [['a'], ['b'], ['s'], ['x'], ['x'], ['y']]);
});

test("an undated article's weekdays at two bases: one base's Mondays on record, all weeks away, do not undo its Friday at the other", () => {
  // 2024-03-08 was a Friday ("w5"); 2024-02-05 and 2024-02-19 were Mondays ("w1"). Article x reports rockets at Outpost Wren
  // "on Friday" and a drone at Fort Lark "on Monday": Fort Lark's Monday may be one no report dates.
  const friday = [mention('d', { site: 'Outpost Wren', date: '2024-03-08' }), mention('e', { site: 'Outpost Wren', date: '2024-03-08' })];
  const mondays = [mention('a', { site: 'Fort Lark', date: '2024-02-05' }), mention('b', { site: 'Fort Lark', date: '2024-02-19' })];
  const x = [mention('x', { site: 'Outpost Wren', day_label: 'w5' }), mention('x', { site: 'Fort Lark', day_label: 'w1' })];
  assert.deepEqual(groups(...friday, ...mondays, ...x), [['a'], ['b'], ['d', 'e', 'x'], ['x']]);
});

test("an undated article's weekday fit that one story alone reports does not undo its other fit, to an incident well reported that day", () => {
  // 2024-02-01 and 2024-09-05 were Thursdays ("w4"). Article x tells rockets at Fort Lark and a drone at Outpost Wren "on Thursday":
  // three outlets dated Fort Lark's; one story tells a Thursday at Outpost Wren seven months later, and x's Wren Thursday may be one no report dates.
  const lark = ['a', 'b', 'c'].map((id) => mention(id, { site: 'Fort Lark', date: '2024-02-01', weapons: ['rocket'] }));
  const wren = mention('d', { site: 'Outpost Wren', date: '2024-09-05', weapons: ['drone'] });
  const x = [mention('x', { site: 'Fort Lark', day_label: 'w4', weapons: ['rocket'] }), mention('x', { site: 'Outpost Wren', day_label: 'w4', weapons: ['drone'] })];
  assert.deepEqual(groups(...lark, wren, ...x), [['a', 'b', 'c', 'x'], ['d'], ['x']]);
  // Reported by one story too, Fort Lark's Thursday is no better placed than Wren's: the article's week is not told, and both stay apart.
  assert.deepEqual(groups(lark[0]!, wren, ...x), [['a'], ['d'], ['x'], ['x']]);
});

test("a report that names no day, in an undated article whose week is fixed, is that week's one incident at its base", () => {
  // Article x: an attack at Fort Lark "on Thursday" (2024-02-01, as a and w tell) and rockets at Outpost Wren, no day given.
  const thursday = [mention('a', { site: 'Fort Lark', date: '2024-02-01' }), mention('w', { site: 'Fort Lark', day_label: 'w4' }), mention('x', { site: 'Fort Lark', day_label: 'w4' })];
  const rockets = mention('x', { site: 'Outpost Wren', weapons: ['rocket'] });
  const wren = (article: string, date: string) => mention(article, { site: 'Outpost Wren', date, weapons: ['drone'] });
  assert.deepEqual(groups(...thursday, rockets, wren('b', '2024-01-31')), [['a', 'w', 'x'], ['b', 'x']], 'early reports disagree on the weapon');
  assert.deepEqual(groups(...thursday, rockets, wren('b', '2024-02-20')), [['a', 'w', 'x'], ['b'], ['x']], 'not an incident weeks later');
  assert.deepEqual(groups(...thursday, rockets, wren('b', '2024-01-26')), [['a', 'w', 'x'], ['b'], ['x']], 'nor one days before the days its news can be of');
  assert.deepEqual(groups(...thursday, rockets, wren('b', '2024-01-29'), wren('c', '2024-02-03')), [['a', 'w', 'x'], ['b'], ['c'], ['x']], 'two incidents that week: no telling');
  assert.deepEqual(groups(thursday[0]!, thursday[2]!, rockets, wren('b', '2024-01-31')), [['a'], ['b'], ['x'], ['x']], 'a week no other report confirms fixes nothing');
});

test('a report without a site shares a distinctive detail with an incident by naming the same province or town', () => {
  // 2024-02-01 was a Thursday. Two dated reports place a strike in Westprov; an undated one says "Thursday", in Westprov or only in Iraq.
  const dated = ['a', 'b'].map((article) => mention(article, { kind: 'strike', place: 'Westprov', country: 'IQ', date: '2024-02-01' }));
  const thursday = (place: string) => mention('x', { kind: 'strike', place, country: 'IQ', day_label: 'w4' });
  assert.deepEqual(groups(...dated, thursday('Westprov')), [['a', 'b', 'x']]);
  assert.deepEqual(groups(...dated, thursday('Iraq')), [['a', 'b'], ['x']], 'the country alone tells nothing');
});

test('undated reports of an attack late on a weekday join the incident dated the next day, when enough agree', () => {
  // 2024-02-01 was a Thursday: "late Wednesday" ("w3+") may be its night.
  const dated = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const late = (article: string, day_label = 'w3+') => mention(article, { site: 'Fort Lark', day_label });
  assert.deepEqual(groups(dated, late('b'), late('c')), [['a', 'b', 'c']]);
  assert.deepEqual(groups(dated, late('b', 'w3'), late('c', 'w3')), [['a'], ['b'], ['c']], 'Wednesday, not late: another day');
});

test('undated reports of one base naming the same day of the year are one incident; the same weekday is not enough', () => {
  assert.deepEqual(groups(mention('a', { site: 'Camp Heron', day_label: '10-18' }), mention('b', { site: 'Camp Heron', day_label: '10-18' })), [['a', 'b']]);
  assert.deepEqual(groups(mention('a', { site: 'Camp Heron', day_label: 'w2' }), mention('b', { site: 'Camp Heron', day_label: 'w2' })), [['a'], ['b']]);
  assert.deepEqual(groups(mention('a', { site: 'Camp Heron', day_label: '10-18' }), mention('b', { site: 'Camp Heron', day_label: '10-19' })), [['a'], ['b']]);
});

test('an undated report naming its day of the year and one whose short dates hold that day, at one base, are one incident when each matches only the other', () => {
  const strike = (article: string, fields: Partial<Parameters<typeof mention>[1]>) => mention(article, { kind: 'strike', site: 'Heron strike area', attacker: 'United States', ...fields });
  // "On July 30, U.S. forces struck ..." in a story that has no date; a story out on July 31 that tells the strike with no day.
  const named = strike('x', { day_label: '07-30' });
  assert.deepEqual(groups(named, strike('y', { published: '2024-07-31' })), [['x', 'y']]);
  assert.deepEqual(groups(named, strike('y', { published: '2024-08-10' })), [['x'], ['y']], 'its last days are of August');
  assert.deepEqual(groups(named, strike('y', { published: '2024-07-31' }), strike('z', { day_label: '07-29' })), [['x'], ['y'], ['z']], 'its last days hold two named days');
  assert.deepEqual(groups(named, strike('y', { published: '2024-07-31' }), strike('z', { day_label: '08-01' })), [['x'], ['y'], ['z']], 'a day after its last days, as dates are read');
  assert.deepEqual(groups(named, strike('y', { published: '2024-07-31' }), strike('w', { published: '2024-08-01' })), [['w'], ['x'], ['y']], 'two stories hold the named day');
  assert.deepEqual(groups(named, strike('y', { writtenOn: '2024-07-31' })), [['x', 'y']], 'a story its text dates has last days too');
  // "In mid-July the attacks resumed at Camp Heron", and "July 16" in an undated story.
  const july16 = mention('x', { site: 'Camp Heron', day_label: '07-16' });
  assert.deepEqual(groups(july16, mention('y', { site: 'Camp Heron', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range' })), [['x', 'y']]);
  const early = mention('y', { site: 'Camp Heron', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range', published: '2024-07-13' });
  assert.deepEqual(groups(july16, early), [['x'], ['y']], 'a story out on July 13 tells nothing of July 16');
  assert.deepEqual(groups(july16, mention('y', { site: 'Camp Heron', date: '2024-07-01', date_precision: 'month' })), [['x'], ['y']], 'a month holds too many days');
  assert.deepEqual(groups(july16, mention('y', { site: 'Fort Lark', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range' })), [['x'], ['y']], 'another base');
});

test('three undated reports of one base naming the same weekday are one incident, unless copies of one story make up the three', () => {
  const tuesday = (article: string, extra: Partial<Parameters<typeof mention>[1]> = {}) => mention(article, { site: 'Camp Heron', day_label: 'w2', ...extra });
  assert.deepEqual(groups(tuesday('a'), tuesday('b'), tuesday('c')), [['a', 'b', 'c']]);
  assert.deepEqual(groups(tuesday('a'), tuesday('b'), tuesday('c', { site: 'Fort Lark' })), [['a'], ['b'], ['c']]);
  assert.deepEqual(groups(tuesday('a'), tuesday('b', { weapons: ['drone'] }), tuesday('c', { weapons: ['rocket'] })), [['a'], ['b'], ['c']], 'the three must agree on everything else');
  const wire = 'The Front of Fronts claimed on Tuesday a drone attack on US troops near the airport of Heronville, among other operations.';
  assert.deepEqual(groups(tuesday('a', { quote: wire }), tuesday('b', { quote: wire }), tuesday('c')), [['a', 'b'], ['c']], 'two copies are one report');
});

test('two undated reports of one base naming the same weekday are one incident when they also name one weapon', () => {
  const monday = (article: string, weapons: string[], extra: Partial<Parameters<typeof mention>[1]> = {}) =>
    mention(article, { site: 'Camp Heron', day_label: 'w1', weapons, ...extra });
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', ['drone'])), [['a', 'b']]);
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', ['drone', 'rocket'])), [['a', 'b']]);
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', [])), [['a'], ['b']], 'a report naming no weapon may recall another Monday');
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', ['rocket'])), [['a'], ['b']]);
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', ['drone'], { day_label: 'w2' })), [['a'], ['b']]);
  assert.deepEqual(groups(monday('a', ['drone']), monday('b', ['drone'], { site: 'Heron Depot' })), [['a'], ['b']]);
});

test('two undated reports that name one region and no site are told by a shared weekday and weapon as reports of one base are', () => {
  const monday = (article: string, place: string, weapons = ['rocket']) => mention(article, { country: 'SY', place, day_label: 'w1', weapons });
  assert.deepEqual(groups(monday('a', 'a base in north province'), monday('b', 'a US base in North Province')), [['a', 'b']]);
  assert.deepEqual(groups(monday('a', 'a base in north province'), monday('b', 'a base in Southprov')), [['a'], ['b']]);
  assert.deepEqual(groups(monday('a', 'a base in north province'), monday('b', 'a base in north province', ['drone'])), [['a'], ['b']]);
  assert.deepEqual(groups(monday('a', 'a base in Syria'), monday('b', 'a base in Syria')), [['a'], ['b']], 'a country is no region');
  const killed = (article: string, place: string) => mention(article, { country: 'SY', place, killed: 4 });
  assert.deepEqual(groups(killed('a', 'a base in north province'), killed('b', 'an outpost in North Province')), [['a', 'b']], 'a shared toll');
  assert.deepEqual(groups(killed('a', 'a base in north province'), killed('b', 'a base in Southprov')), [['a'], ['b']]);
});

test('two undated reports that name one quarter of a country and no region are told by a shared weekday and weapon as well', () => {
  const sunday = (article: string, place: string, weapons = ['rocket']) => mention(article, { country: 'SY', place, day_label: 'w0', weapons });
  assert.deepEqual(groups(sunday('a', 'a US base in northeastern Syria'), sunday('b', 'a base in north-eastern Syria')), [['a', 'b']]);
  assert.deepEqual(groups(sunday('a', 'a US base in northeast Syria'), sunday('b', 'a base in northeastern Syria')), [['a', 'b']]);
  assert.deepEqual(groups(sunday('a', 'a base in northeastern Syria'), sunday('b', 'a base in eastern Syria')), [['a'], ['b']], 'another quarter may be another base');
  assert.deepEqual(groups(sunday('a', 'a base in northeastern Syria'), sunday('b', 'a base in northeastern Syria', ['drone'])), [['a'], ['b']]);
  assert.deepEqual(groups(sunday('a', 'a base in northeastern Syria'), sunday('b', 'a base in north province')), [['a'], ['b']], 'a quarter is not a region');
  assert.deepEqual(groups(sunday('a', 'a base in the Middle East'), sunday('b', 'a base in the Middle East')), [['a'], ['b']], 'the East of "the Middle East" is no quarter of Syria');
});

test('two articles printing one long sentence word for word are one report; a short common sentence is not', () => {
  const sentence = 'The Front of Fronts claimed on Tuesday a drone attack on US troops near the airport of Heronville, among other operations.';
  const copied = (article: string, quote: string) => mention(article, { site: 'Camp Heron', quote, day_label: 'w2' });
  assert.deepEqual(groups(copied('a', sentence), copied('b', ` ${sentence.replace(/ /g, '  ')}`)), [['a', 'b']]);
  assert.deepEqual(groups(copied('a', sentence), copied('b', sentence.replace('drone', 'rocket'))), [['a'], ['b']]);
  assert.deepEqual(groups(copied('a', 'US troops came under attack.'), copied('b', 'US troops came under attack.')), [['a'], ['b']]);
});

test('a toll that one older incident shares does not outweigh the only incident of the last days', () => {
  const older = mention('a', { site: 'Fort Lark', date: '2024-01-10', killed: 1 });
  const recent = mention('b', { site: 'Fort Lark', date: '2024-02-01' });
  assert.deepEqual(groups(older, recent, mention('c', { site: 'Fort Lark', published: '2024-02-02', killed: 1 })), [['a'], ['b', 'c']]);
});

test('a report that no date places does not join an incident whose report says no one was hurt when it counts several wounded', () => {
  const unhurt = mention('a', { site: 'Fort Lark', date: '2024-02-01', injured: 0 });
  const later = (injured: number | null) => mention('b', { site: 'Fort Lark', published: '2024-02-02', injured });
  assert.deepEqual(groups(unhurt, later(null)), [['a', 'b']]);
  assert.deepEqual(groups(unhurt, later(1)), [['a', 'b']], 'one wounded is too common a figure to tell');
  assert.deepEqual(groups(unhurt, later(5)), [['a'], ['b']]);
  // Dated to the same day at the same base, the two are one incident whose sources disagree.
  assert.deepEqual(groups(unhurt, mention('b', { site: 'Fort Lark', date: '2024-02-01', injured: 5 })), [['a', 'b']]);
});

test('an undated report naming the weekday of an incident and its toll joins it without more reports to agree', () => {
  // 2024-02-01 was a Thursday ("w4").
  const dated = mention('a', { site: 'Fort Lark', date: '2024-02-01', killed: 2 });
  assert.deepEqual(groups(dated, mention('b', { site: 'Fort Lark', day_label: 'w4', killed: 2 })), [['a', 'b']]);
  assert.deepEqual(groups(dated, mention('b', { site: 'Fort Lark', day_label: 'w4' })), [['a'], ['b']]);
  assert.deepEqual(groups(dated, mention('b', { site: 'Fort Lark', day_label: 'w3', killed: 2 })), [['a'], ['b']], 'another weekday');
});

test("an undated report at a site joins the incident whose reports name only the site's province, when it shares their toll", () => {
  // 2024-02-07 was a Wednesday ("w3"); Fort Lark lies in Northprov.
  const dated = mention('a', { country: 'SY', place: 'a base in north province', date: '2024-02-07', killed: 3 });
  const atSite = (article: string, killed: number | null, site = 'Fort Lark') => mention(article, { site, day_label: 'w3', killed });
  assert.deepEqual(groups(dated, atSite('b', 3)), [['a', 'b']]);
  assert.deepEqual(groups(dated, atSite('b', null)), [['a'], ['b']], 'no toll, no join at a site');
  assert.deepEqual(groups({ ...dated, place: 'a base in Southprov' }, atSite('b', 3)), [['a'], ['b']], 'another province');
  // The incident told only by its province is one incident: of two bases there, one report's joins it, not both.
  const westprov = mention('a', { country: 'IQ', place: 'eastern Westprov', date: '2024-02-07', killed: 3 });
  assert.deepEqual(groups(westprov, atSite('b', 3, 'Camp Heron'), atSite('c', 3, 'Heron Depot')), [['a', 'b'], ['c']]);
});

test("a report at a site is of the incident at its site that shares its toll, not of one its province's reports tell", () => {
  const atBase = mention('a', { site: 'Camp Heron', date: '2024-01-05', killed: 3 });
  const inProvince = mention('b', { country: 'IQ', place: 'eastern Westprov', date: '2024-02-05', killed: 3 });
  assert.deepEqual(groups(atBase, inProvince, mention('c', { site: 'Camp Heron', killed: 3 })), [['a', 'c'], ['b']]);
});

test('reports placed in one round do not join one incident when they contradict each other', () => {
  const dated = mention('a', { site: 'Fort Lark', date: '2024-02-01' });
  const next = (article: string, injured: number) => mention(article, { site: 'Fort Lark', published: '2024-02-02', injured });
  assert.deepEqual(groups(dated, next('b', 0), next('c', 5)), [['a', 'b'], ['c']]);
});

test('a day a report names rules out incidents on other days, whatever else they share', () => {
  const dated = mention('a', { site: 'Fort Lark', date: '2024-02-01', killed: 2 });
  assert.deepEqual(groups(dated, mention('c', { site: 'Fort Lark', killed: 2, day_label: '02-05' })), [['a'], ['c']]);
  assert.deepEqual(groups(dated, mention('c', { site: 'Fort Lark', killed: 2, day_label: '02-01' })), [['a', 'c']]);
  assert.deepEqual(groups(dated, mention('c', { site: 'Fort Lark', killed: 2, day_label: '02-02' })), [['a', 'c']], 'a day one off, as dates are');
  assert.deepEqual(groups(dated, mention('c', { site: 'Fort Lark', killed: 2, day_label: '02-03' })), [['a'], ['c']]);
  assert.deepEqual(groups(dated, mention('c', { site: 'Fort Lark', killed: 2, day_label: 'w5' })), [['a'], ['c']], 'a weekday one off is not the day');
  const undated = (article: string, day_label: string) => mention(article, { site: 'Camp Heron', killed: 1, day_label });
  assert.deepEqual(groups(undated('a', '10-18'), undated('b', '10-25')), [['a'], ['b']]);
  assert.deepEqual(groups(undated('a', 'w1'), undated('b', 'w3')), [['a'], ['b']]);
  assert.deepEqual(groups(undated('a', 'w1'), undated('b', '10-16')), [['a', 'b']], 'a weekday and a day of the year without its year can be one day');
});

test('a place told by a landmark ("south of Heronville") is placed no finer than its country', () => {
  const { events } = fuse([mention('a', { kind: 'strike', place: 'south of Heronville', country: 'IQ', date: '2024-02-01' })], testPack);
  assert.equal(events[0]?.place_precision, 'country');
  const town = fuse([mention('a', { kind: 'strike', place: 'Heronville', country: 'IQ', date: '2024-02-01' })], testPack).events;
  assert.equal(town[0]?.place_precision, 'town');
});
