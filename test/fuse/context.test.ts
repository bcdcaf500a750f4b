import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse } from '../../src/fuse/index.js';
import type { StoredMention } from '../../src/model.js';
import { groupsByArticle, mention, testPack } from './fixtures.js';

function groups(...mentions: StoredMention[]): string[][] {
  return groupsByArticle(fuse(mentions, testPack).events);
}

/** A US strike somewhere in Iraq. */
const strike = (article: string, fields: Partial<StoredMention> = {}) =>
  mention(article, { kind: 'strike', place: 'Iraq', country: 'IQ', attacker: 'United States', weapons: ['air_strike'], ...fields });

/** A dated report of two incidents on one day: Fort Lark and Outpost Wren. */
const datedPair = [
  mention('a', { site: 'Fort Lark', date: '2024-02-01', published: '2024-02-02' }),
  mention('a', { site: 'Outpost Wren', date: '2024-02-01', published: '2024-02-02' }),
];
/** Other attacks on the same two bases, weeks apart, reported one at a time. */
const otherDays = [
  mention('x', { site: 'Fort Lark', date: '2024-03-10' }),
  mention('y', { site: 'Outpost Wren', date: '2024-04-20' }),
];

test('an undated article reporting the same two incidents as a dated one joins them both', () => {
  assert.deepEqual(
    groups(...datedPair, ...otherDays, mention('u', { site: 'Fort Lark' }), mention('u', { site: 'Outpost Wren' })),
    [['a', 'u'], ['a', 'u'], ['x'], ['y']],
  );
});

test('one undated mention alone, with several incidents at its base, stays apart', () => {
  assert.deepEqual(groups(...datedPair, ...otherDays, mention('u', { site: 'Fort Lark' })), [['a'], ['a'], ['u'], ['x'], ['y']]);
});

test('two articles reporting the combination on different days leave an undated third apart', () => {
  const second = [
    mention('b', { site: 'Fort Lark', date: '2024-03-10', published: '2024-03-11' }),
    mention('b', { site: 'Outpost Wren', date: '2024-03-10', published: '2024-03-11' }),
  ];
  const events = fuse([...datedPair, ...second, mention('u', { site: 'Fort Lark' }), mention('u', { site: 'Outpost Wren' })], testPack).events;
  assert.ok(events.filter((e) => e.mentions.some((m) => m.article === 'u')).every((e) => e.mentions.length === 1));
});

test('a pair that could also be two other incidents a day apart stays apart', () => {
  const nearby = [mention('p', { site: 'Fort Lark', date: '2024-03-10' }), mention('q', { site: 'Outpost Wren', date: '2024-03-11' })];
  const events = fuse([...datedPair, ...nearby, mention('u', { site: 'Fort Lark' }), mention('u', { site: 'Outpost Wren' })], testPack).events;
  assert.ok(events.filter((e) => e.mentions.some((m) => m.article === 'u')).every((e) => e.mentions.length === 1));
});

test('a report that only names the country joins through its article, its place allowing it', () => {
  const events = fuse(
    [
      ...datedPair,
      ...otherDays,
      mention('c', { site: 'Outpost Wren', date: '2024-02-20' }),
      mention('u', { site: 'Fort Lark' }),
      mention('u', { place: 'Syria', country: 'SY' }),
    ],
    testPack,
  ).events;
  const wren = events.find((e) => e.mentions.some((m) => m.article === 'a' && m.site === 'Outpost Wren'));
  assert.deepEqual(wren?.mentions.map((m) => m.article).sort(), ['a', 'u']);
  assert.equal(wren?.date, '2024-02-01');
});

test('through its article, a dated article joins only an incident of the week before its publication', () => {
  const late = [mention('u', { site: 'Fort Lark', published: '2024-06-01' }), mention('u', { site: 'Outpost Wren', published: '2024-06-01' })];
  assert.deepEqual(groups(...datedPair, ...otherDays, ...late), [['a'], ['a'], ['u'], ['u'], ['x'], ['y']]);
});

test('two undated articles that report exactly the same pair of incidents are one report of each', () => {
  const story = (article: string) => [
    mention(article, { site: 'Camp Heron', weapons: ['rocket'] }),
    mention(article, { kind: 'strike', site: 'Heron strike area' }),
  ];
  assert.deepEqual(groups(...story('u'), ...story('v')), [['u', 'v'], ['u', 'v']]);
  assert.deepEqual(groups(...story('u'), ...story('v'), mention('v', { site: 'Fort Lark' })), [['u'], ['u'], ['v'], ['v'], ['v']]);
});

test('a strike an undated story dates to its own day of the year is left out when another story tells the rest', () => {
  const story = (article: string) => [
    mention(article, { site: 'Camp Heron', weapons: ['rocket'] }),
    mention(article, { kind: 'strike', site: 'Heron strike area' }),
  ];
  const earlierStrike = (fields: Partial<StoredMention> = {}) => mention('v', { kind: 'strike', site: 'Heron strike area', ...fields });
  assert.deepEqual(
    groups(...story('u'), ...story('v'), earlierStrike({ day_label: '03-03' })),
    [['u', 'v'], ['u', 'v'], ['v']],
    '"On March 3, a gunship had already struck" is other news than the strike both stories tell',
  );
  assert.deepEqual(
    groups(...story('u'), ...story('v'), earlierStrike()),
    [['u'], ['u'], ['v'], ['v'], ['v']],
    'with no day of its own, either strike could be the one the other story tells',
  );
  assert.deepEqual(
    groups(...story('u'), mention('u', { kind: 'strike', site: 'Heron strike area', day_label: '03-03' }), ...story('v'), earlierStrike({ day_label: '03-03' })),
    [['u', 'v'], ['u', 'v'], ['u', 'v']],
    'two stories that both tell the strike of March 3 are one report of it',
  );
});

test('an undated report of the same number of wounded at a base joins that incident, whenever it was', () => {
  const dated = [mention('a', { site: 'Camp Heron', date: '2024-02-01', injured: 4 }), mention('b', { site: 'Camp Heron', date: '2024-05-01' })];
  assert.deepEqual(groups(...dated, mention('c', { site: 'Camp Heron', injured: 4 })), [['a', 'c'], ['b']]);
  assert.deepEqual(groups(...dated, mention('c', { site: 'Camp Heron', injured: 1 })), [['a'], ['b'], ['c']]);
});

test('an undated report of a ballistic missile attack at a base joins the one incident there fought with the same weapons', () => {
  const rarePack = { ...testPack, lexicon: { ...testPack.lexicon, weaponRare: ['ballistic_missile'] } };
  const dated = [
    mention('a', { site: 'Camp Heron', date: '2024-02-01', weapons: ['ballistic_missile', 'rocket'] }),
    mention('b', { site: 'Camp Heron', date: '2024-05-01', weapons: ['ballistic_missile'] }),
    mention('c', { site: 'Camp Heron', date: '2024-03-01', weapons: ['rocket'] }),
  ];
  const undated = [
    mention('u', { site: 'Camp Heron', weapons: ['ballistic_missile', 'rocket'] }),
    mention('v', { site: 'Camp Heron', weapons: ['rocket'] }),
    mention('w', { site: 'Camp Heron', weapons: ['ballistic_missile'] }),
  ];
  // Rockets are no rare weapon; a ballistic missile alone may be either incident that had one.
  assert.deepEqual(groupsByArticle(fuse([...dated, ...undated], rarePack).events), [['a', 'u'], ['b'], ['c'], ['v'], ['w']]);
  // Where the pack calls no weapon rare, the same report has nothing to tie it to one incident.
  assert.deepEqual(groups(...dated, ...undated), [['a'], ['b'], ['c'], ['u'], ['v'], ['w']]);
});

test('an article whose dated headline is other news joins its undated pair to the same pair another article tells alone', () => {
  const lastWeek = { date: '2024-04-29', date_end: '2024-05-05', date_precision: 'range', published: '2024-05-06' } as const;
  const dated = [
    mention('w', { site: 'Camp Heron', date: '2024-05-06', published: '2024-05-06' }),
    mention('w', { site: 'Fort Lark', ...lastWeek }),
    mention('w', { place: 'Syria', country: 'SY', ...lastWeek }),
  ];
  const undated = [mention('u', { site: 'Fort Lark' }), mention('u', { site: 'Outpost Wren' })];
  assert.deepEqual(groups(...dated, ...undated), [['u', 'w'], ['u', 'w'], ['w']]);
  // An undated article that tells a third incident besides is other news.
  assert.deepEqual(groups(...dated, ...undated, mention('u', { site: 'Heron Depot' })), [['u'], ['u'], ['u'], ['w'], ['w'], ['w']]);
});

test('a range with two incidents in it joins the one its article has not claimed already', () => {
  assert.deepEqual(
    groups(
      mention('a', { site: 'Fort Lark', date: '2024-02-01' }),
      mention('b', { site: 'Fort Lark', date: '2024-02-05' }),
      mention('r', { site: 'Fort Lark', date: '2024-02-05', date_end: '2024-02-06', date_precision: 'range' }),
      mention('r', { site: 'Fort Lark', date: '2024-01-31', date_end: '2024-02-06', date_precision: 'range' }),
    ),
    [['a', 'r'], ['b', 'r']],
  );
});

test('undated articles reporting the same combination as a dated one all join it, none vetoing the others', () => {
  const undated = (article: string) => [mention(article, { site: 'Fort Lark' }), mention(article, { place: 'Syria', country: 'SY' })];
  assert.deepEqual(groups(...datedPair, ...otherDays, ...undated('u'), ...undated('v')), [['a', 'u', 'v'], ['a', 'u', 'v'], ['x'], ['y']]);
});

test('a dated article reporting three incidents as another does recalls the same older one; with two, it does not', () => {
  const wide = [
    mention('b', { site: 'Fort Lark', date: '2024-02-01', published: '2024-02-09' }),
    mention('b', { site: 'Outpost Wren', date: '2024-02-08', published: '2024-02-09' }),
    mention('b', { site: 'Camp Heron', date: '2024-02-08', published: '2024-02-09' }),
  ];
  const earlier = mention('x', { site: 'Fort Lark', date: '2024-01-20' });
  const recalling = [
    mention('a', { site: 'Fort Lark', published: '2024-02-10' }),
    mention('a', { site: 'Outpost Wren', published: '2024-02-10' }),
    mention('a', { site: 'Camp Heron', published: '2024-02-10' }),
  ];
  assert.deepEqual(groups(...wide, earlier, ...recalling), [['a', 'b'], ['a', 'b'], ['a', 'b'], ['x']]);
  assert.deepEqual(groups(...wide.slice(0, 2), earlier, ...recalling.slice(0, 2)), [['a'], ['a', 'b'], ['b'], ['x']]);
});

test('two dated articles of the same news recall one older incident neither dates: their undated reports of it are one', () => {
  const story = (article: string, attack: Partial<StoredMention>) => [
    mention(article, { kind: 'strike', site: 'Heron strike area', date: '2024-11-12', published: '2024-11-13' }),
    mention(article, { ...attack, weapons: ['rocket'], published: '2024-11-13' }),
  ];
  const wren = story('a', { site: 'Outpost Wren' });
  const syria = story('b', { place: 'Syria', country: 'SY' });
  assert.deepEqual(groups(...wren, ...syria), [['a', 'b'], ['a', 'b']]);
  // The other article dating it weeks before: too old to join through the article alone.
  const older = story('e', { site: 'Outpost Wren', date: '2024-10-01' });
  assert.deepEqual(groups(...older, ...syria), [['b'], ['b', 'e'], ['e']]);
});

test('a strike "on Monday" told beside an attack joins the same undated strike another story tells, not a roundup\'s strike weeks later', () => {
  // 2023-11-20 and 2023-12-25 were Mondays; "late last month" in a December story runs from 2023-11-21 to 11-30.
  const attack = (article: string, fields: Partial<StoredMention> = {}) => mention(article, { site: 'Camp Heron', injured: 4, ...fields });
  const dated = attack('d', { date: '2023-11-20' });
  const onMonday = [attack('a', { day_label: 'w1' }), strike('a', { day_label: 'w1' })];
  const sameStory = [attack('b'), strike('b')];
  const lateLastMonth = strike('r', { date: '2023-11-21', date_end: '2023-11-30', date_precision: 'range', published: '2023-12-03' });
  assert.deepEqual(groups(dated, ...onMonday, ...sameStory, lateLastMonth), [['a', 'b'], ['a', 'b', 'd'], ['r']], "the range's only Monday is a week after the attack");
  const roundup = [attack('w'), strike('w', { date: '2023-12-25' })];
  assert.deepEqual(groups(dated, ...onMonday, ...roundup), [['a'], ['a', 'd', 'w'], ['w']], 'a story that tells the attack and a strike five weeks later is other news');
});

test('of two undated strikes an article tells, the one sharing the toll of the strike another story tells beside the same attack is that strike', () => {
  const attack = (article: string, fields: Partial<StoredMention> = {}) => mention(article, { site: 'Camp Heron', injured: 3, ...fields });
  const dated = [attack('d', { date: '2023-12-25', published: '2023-12-26' }), strike('d', { date: '2023-12-25', published: '2023-12-26' })];
  const withToll = [attack('b'), strike('b', { killed: 1 })];
  const twoStrikes = [attack('a'), strike('a', { killed: 1 }), strike('a', { weapons: [] })];
  const strikes = fuse([...dated, ...withToll, ...twoStrikes], testPack).events.filter((e) => e.kind === 'strike');
  assert.deepEqual(
    strikes.map((e) => e.mentions.map((m) => `${m.article}:${m.killed ?? '-'}`).sort()),
    [['a:1', 'b:1', 'd:-'], ['a:-']],
  );
});

test('two undated strikes in a country, naming nothing else, do not make their article the same news as another telling two strikes there', () => {
  const other = [strike('b', { date: '2024-02-02', published: '2024-02-03' }), strike('b', { site: 'Heron strike area', place: null, killed: 3, published: '2024-02-03' })];
  const vague = [strike('a', { killed: 1 }), strike('a')];
  assert.deepEqual(groups(...other, ...vague), [['a'], ['a'], ['b'], ['b']]);
});

test('a report naming its day of the year ("November 20") is no report of an incident dated to days that never fall on it', () => {
  const midJuly = [
    mention('b', { site: 'Camp Heron', date: '2024-07-11', date_end: '2024-07-20', date_precision: 'range', published: '2024-07-31' }),
    strike('b', { site: 'Heron strike area', place: null, date: '2024-07-30', published: '2024-07-31' }),
  ];
  const november = [mention('a', { site: 'Camp Heron', day_label: '11-20' }), strike('a')];
  assert.deepEqual(groups(...midJuly, ...november), [['a'], ['a'], ['b'], ['b']]);
  const july = [mention('a', { site: 'Camp Heron', day_label: '07-15' }), strike('a')];
  assert.deepEqual(groups(...midJuly, ...july), [['a', 'b'], ['a', 'b']], 'a day the dates hold');
});

test("of two undated strikes an article tells, the one told in a sentence with another story's attack is not the strike of this story", () => {
  const at = (start: number) => ({ start, end: start + 40 });
  const december = [
    mention('d', { site: 'Camp Heron', date: '2023-12-25', published: '2023-12-26', ...at(0) }),
    strike('d', { date: '2023-12-25', published: '2023-12-26', ...at(100) }),
  ];
  const november = mention('n', { site: 'Heron Depot', date: '2023-11-20', published: '2023-11-21' });
  const article = [
    mention('a', { site: 'Camp Heron', ...at(0) }),
    strike('a', { ...at(100) }),
    // "In a similar fashion, the U.S. struck militia sites after the attack on Heron Depot on November 20."
    mention('a', { site: 'Heron Depot', day_label: '11-20', ...at(200) }),
    strike('a', { ...at(200) }),
  ];
  const strikes = fuse([...december, november, ...article], testPack).events.filter((e) => e.kind === 'strike');
  assert.deepEqual(
    strikes.map((e) => e.mentions.map((m) => `${m.article}@${m.start}`).sort()),
    [['a@100', 'd@100'], ['a@200']],
  );
});

test("a report already one with another story's by a shared detail counts toward that story, beside a report that reaches its dated incident", () => {
  // Story b, out on 2024-02-02: an attack at Camp Heron that wounded five, and a strike of the day before. Another strike comes weeks later.
  const b = [mention('b', { site: 'Camp Heron', injured: 5, published: '2024-02-02' }), strike('b', { date: '2024-02-01', published: '2024-02-02' })];
  const later = strike('x', { date: '2024-03-10' });
  // Story u, undated: the same attack (five wounded at Camp Heron) and a strike in Iraq, neither dated.
  const u = [mention('u', { site: 'Camp Heron', injured: 5 }), strike('u')];
  assert.deepEqual(groups(...b, later, ...u), [['b', 'u'], ['b', 'u'], ['x']]);
  assert.deepEqual(groups(...b, later, u[1]!), [['b'], ['b'], ['u'], ['x']], 'its strike alone fits either strike');
});
