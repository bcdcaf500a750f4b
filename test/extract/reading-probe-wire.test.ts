import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Phrasings of wires, live blogs and feeds: datelines, numeric dates, headlines, and the stock casualty and attribution lines.
const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2023-11-23', lang = 'en') => extract(article(text, published, lang), pack).mentions;
const one = (text: string, published?: string) => {
  const mentions = mentionsOf(text, published);
  assert.equal(mentions.length, 1, text);
  return mentions[0]!;
};

test('"No U.S. personnel were hurt": a subject "no" denies was not hurt, and nothing is told to have hit', () => {
  for (const text of [
    'No U.S. personnel were hurt in the rocket attack on the Harir base on Tuesday, an official said.',
    'A rocket attack targeted the Harir base on Tuesday. No U.S. personnel were hurt.',
    'A rocket attack targeted the Harir base on Tuesday. No American troops were harmed.',
    'A rocket attack targeted the Harir base on Tuesday. None of the troops at the base was hurt.',
  ]) {
    const m = one(text);
    assert.equal(m.injured, 0, text);
    assert.equal(m.outcome, 'unknown', text);
  }
  // Others than those counted: the count stands.
  assert.equal(one('A rocket attack targeted the Harir base on Tuesday, wounding two soldiers; no other troops were hurt.').injured, 2);
});

test('"no U.S. casualties", "no reports of injuries": denied casualties are noughts, and no hit', () => {
  const casualties = one('A rocket attack targeted the Harir base on Tuesday. There were no U.S. casualties.');
  assert.deepEqual([casualties.killed, casualties.injured, casualties.outcome], [0, 0, 'unknown']);
  const reports = one('A rocket attack targeted the Harir base on Tuesday. There were no reports of injuries.');
  assert.deepEqual([reports.injured, reports.outcome], [0, 'unknown']);
});

test('a drone that fell outside the perimeter was stopped short of the base', () => {
  assert.equal(one('A drone attack targeted al-Tanf on Tuesday. The drone fell outside the perimeter.').outcome, 'intercepted');
});

test('a group that says it had "no knowledge of" an attack is not named for it', () => {
  const m = one('Kataib Hezbollah said Friday it had no knowledge of the attack on Tower 22.');
  assert.equal(m.attacker, null);
  assert.equal(m.attribution, 'unknown');
});

test('"at 2:30 a.m. Wednesday": a time of day before its day ends no sentence, and the day dates the incident', () => {
  assert.equal(one('A drone struck the Harir base at 2:30 a.m. Wednesday, the Pentagon said.').date, '2023-11-22');
  assert.equal(one('A drone struck the Harir base at 11 p.m. Nov. 21, the Pentagon said.').date, '2023-11-21');
  // Before a sentence of its own, "a.m." still ends one.
  const m = one('A drone struck the Harir base at 3 a.m. No one was hurt.');
  assert.deepEqual([m.date, m.injured], [null, 0]);
});

test('"Nov 21–22" with a dash is the range of days it is with a hyphen', () => {
  for (const text of ['Drones targeted al-Tanf on Nov 21–22, according to the Pentagon.', 'Drones targeted al-Tanf on 21 – 22 November.']) {
    const m = one(text);
    assert.deepEqual([m.date, m.date_end, m.date_precision], ['2023-11-21', '2023-11-22', 'range'], text);
  }
  // A timeline's dash before a count is no range.
  assert.equal(one('Nov. 20 – 22 rockets hit Ain al-Asad.').date_precision, 'day');
});

test('"on the 22nd": a day of the month alone is the latest such day up to publication', () => {
  assert.equal(one('A drone attack hit the Harir base on the 22nd, officials said.').date, '2023-11-22');
  assert.equal(one('Rockets were fired at Ain al-Asad early on the 30th.').date, '2023-10-30');
  assert.deepEqual(
    mentionsOf('A drone attack hit the Harir base on the 21st and another struck al-Tanf on the 22nd.').map((m) => m.date),
    ['2023-11-21', '2023-11-22'],
  );
  // A unit's number is no day.
  assert.equal(one('A drone attack hit U.S. soldiers of the 82nd Airborne Division at the Harir base on Tuesday.').date, '2023-11-21');
});

test('a dateline with its country ("ERBIL, Iraq, Jan. 5 —") dates the story, not the incident', () => {
  for (const text of [
    'ERBIL, Iraq, Jan. 5 — Two drones targeted the Harir base north of Erbil, Kurdish officials said.',
    'AMMAN, Jordan, Jan. 7 (AP) — A drone hit the Tower 22 outpost, U.S. officials said.',
  ]) {
    const m = one(text, '2024-01-08');
    assert.deepEqual([m.date, m.date_precision], [null, 'unknown'], text);
  }
});

test('a page stamp ("Last updated: …", "Published …") dates the page, not the incident told after it', () => {
  for (const stamp of ['Last updated: 2024-01-06 08:12', 'Published Jan. 6, 2024', 'Published: 06 Jan 2024 10:12 GMT']) {
    const m = one(`${stamp}\nA drone attack targeted US forces at the Conoco gas field in Syria, officials said.`, '2024-01-08');
    assert.equal(m.date, null, stamp);
  }
});

test('"06/01/2024" that would be months after publication month first is the day-first date before it', () => {
  assert.equal(one('Militants fired rockets at the Ain al-Asad base on 06/01/2024, Iraqi officials said.', '2024-01-08').date, '2024-01-06');
  // Month first where that is past.
  assert.equal(one('Militants fired rockets at the Ain al-Asad base on 01/06/2024, a U.S. official said.', '2024-01-08').date, '2024-01-06');
  assert.equal(one('Militants fired rockets at the Ain al-Asad base on 11/22/2023.').date, '2023-11-22');
});

test('an explosion the defender says it did not cause is no strike of its', () => {
  assert.equal(
    mentionsOf('An explosion at an ammunition depot of the Popular Mobilization Forces south of Baghdad on Friday killed one person; the U.S. said it had not carried out any strikes.').length,
    0,
  );
  assert.equal(mentionsOf('U.S. forces carried out strikes on Kataib Hezbollah sites in Jurf al-Sakhar on Friday.').length, 1);
});

test('defences that "failed to stop" or did not intercept the weapon stopped nothing', () => {
  assert.equal(one('Air defenses at Tower 22 failed to stop the drone, which was mistaken for a returning U.S. drone.').outcome, 'impact');
  assert.equal(one('The drone that hit Tower 22 on Sunday was not intercepted.').outcome, 'impact');
  assert.equal(one('Air defenses at Tower 22 shot down the drone on Sunday.').outcome, 'intercepted');
});

test('a weapon described, then "was found", was found, not fired', () => {
  assert.equal(mentionsOf('A rocket launcher mounted on a truck was found near Ain al-Asad on Sunday.').length, 0);
  assert.equal(mentionsOf('Rockets that hit Ain al-Asad on Sunday were found to have been fired from a truck.').length, 1);
});

test('a headline\'s "US Forces Attacked Twice", "US troops attacked again in Syria": the defender was attacked, it struck nothing', () => {
  for (const text of ['US Forces Attacked Twice In 24 Hours In Iraq, Syria', 'US troops attacked again in Syria', 'US Forces Attacked Three Times In Iraq, Syria This Week']) {
    const kinds = mentionsOf(text).map((m) => m.kind);
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'attack'), `${text}: ${kinds.join(',')}`);
  }
  // The defender acting on a group it names still strikes.
  assert.deepEqual(mentionsOf('US forces attacked Kataib Hezbollah twice in Iraq.').map((m) => m.kind), ['strike']);
});

test('casualty lines of wires: "a service member suffered a minor injury" is one hurt; "unharmed", "None were injured", "zero casualties" are noughts', () => {
  const after = (line: string) => one(`A drone attack targeted the Harir base on Tuesday. ${line}`);
  assert.equal(after('A service member suffered a minor injury.').injured, 1);
  for (const line of ['U.S. personnel were unharmed.', 'None were injured.']) {
    const m = after(line);
    assert.deepEqual([m.injured, m.outcome], [0, 'unknown'], line);
  }
  for (const line of ['No U.S. troops were killed or wounded.', 'Zero casualties were reported.', 'Casualties: none.']) {
    const m = after(line);
    assert.deepEqual([m.killed, m.injured, m.outcome], [0, 0, 'unknown'], line);
  }
});

test('lists of days: "Jan. 18, 19 and 20" is three days (not a day of 2019), "Jan. 20, and again on Jan. 21" two', () => {
  const dates = (text: string) => mentionsOf(text, '2024-01-22').map((m) => m.date);
  assert.deepEqual(dates('Drones targeted al-Tanf on Jan. 18, 19 and 20.'), ['2024-01-18', '2024-01-19', '2024-01-20']);
  assert.deepEqual(dates('The attacks on Jan. 18, 19 and 20, 2024 targeted al-Tanf.'), ['2024-01-18', '2024-01-19', '2024-01-20']);
  assert.deepEqual(dates('Rockets hit Ain al-Asad on Jan. 20, and again on Jan. 21.'), ['2024-01-20', '2024-01-21']);
});

test('"from Jan. 20 to 21": "from" opening the range a date spans dates the incident by it', () => {
  const m = one('Rockets hit Ain al-Asad from Jan. 20 to 21.', '2024-01-22');
  assert.deepEqual([m.date, m.date_end, m.date_precision], ['2024-01-20', '2024-01-21', 'range']);
  // A period counted from a day is no incident's date.
  assert.deepEqual(extract(article('From Oct. 17 to Nov. 14, militants attacked U.S. forces 60 times.', '2024-01-22'), pack).mentions, []);
});

test('a death or fire the text calls non-hostile ("non-combat incident", "not the result of an attack") is no attack', () => {
  for (const text of [
    'A U.S. soldier died in a non-combat incident at al-Tanf on Tuesday.',
    'The Pentagon said the Tuesday incident at al-Tanf was not hostile.',
    'A fire broke out at the Ain al-Asad base on Tuesday; officials said it was not the result of an attack.',
  ]) {
    assert.equal(mentionsOf(text, '2024-03-20').length, 0, text);
  }
  assert.equal(mentionsOf('A U.S. soldier died in a drone attack at al-Tanf on Tuesday.', '2024-03-20').length, 1);
});

test('"Three were killed; dozens were wounded": an uncounted "dozens" of the hurt leaves the dead counted', () => {
  for (const line of ['Three were killed; dozens were wounded.', 'Three soldiers were killed and dozens were wounded.']) {
    const m = one(`A drone struck Tower 22 on Sunday. ${line}`, '2024-01-31');
    assert.deepEqual([m.killed, m.injured], [3, null], line);
  }
});

test('a live blog\'s day headings date the undated entries under them; one date line alone dates nothing', () => {
  const blog = [
    'Tuesday, 23 January',
    '18:05 GMT – US strikes three Kataib Hezbollah facilities in Iraq\nThe US military says it struck three facilities used by Kataib Hezbollah in Iraq.',
    'Monday, 22 January',
    '14:20 GMT – Drone attack targets al-Tanf\nA drone targeted US forces at al-Tanf, a US official says. No injuries were reported.',
  ].join('\n\n');
  assert.deepEqual(
    mentionsOf(blog, '2024-01-24').map((m) => [m.kind, m.date]),
    [
      ['strike', '2024-01-23'],
      ['attack', '2024-01-22'],
    ],
  );
  assert.equal(one('Tuesday, 23 January\n\nA drone targeted US forces at al-Tanf, a US official says.', '2024-01-24').date, null);
});

test('outcome lines: "causing a small fire", "damaging a vehicle" hit; "fell in a field" missed; "assessing the damage" tells neither', () => {
  const outcome = (tail: string) => one(`A drone targeted the Harir base on Tuesday${tail}`, '2024-01-31').outcome;
  assert.equal(outcome(', causing a small fire.'), 'impact');
  assert.equal(outcome(', damaging a vehicle.'), 'impact');
  assert.equal(outcome(' but fell in a field.'), 'intercepted');
  assert.equal(outcome('. U.S. officials were assessing the damage.'), 'unknown');
});

test('more datelines date the story: "Jan 7 (Reuters) -", "BAGHDAD/WASHINGTON, Jan 7", "Baghdad, Jan. 7 (AFP) -", a region "of Iraq", "WASHINGTON — Jan. 7, 2024 —"', () => {
  for (const line of [
    'Jan 7 (Reuters) - Rockets hit the Ain al-Asad air base in western Iraq, a security source said.',
    'BAGHDAD/WASHINGTON, Jan 7 (Reuters) - Rockets hit the Ain al-Asad air base in western Iraq, officials said.',
    'Baghdad, Jan. 7 (AFP) - Rockets hit the Ain al-Asad air base in western Iraq, officials said.',
    'ERBIL, Kurdistan Region of Iraq, Jan. 7 — Two drones targeted the Harir base, officials said.',
    'WASHINGTON — Jan. 7, 2024 — Rockets hit the Ain al-Asad air base, officials said.',
  ]) {
    assert.equal(one(line, '2024-01-08').date, null, line);
  }
  // A timeline's entries are dated by the day that opens them.
  assert.equal(one('Thursday, Nov. 9 – A drone struck the Conoco base; no one was hurt.').date, '2023-11-09');
  assert.equal(one('Oct. 18 – Rockets fired at Ain al-Asad air base; no injuries.').date, '2023-10-18');
});

test('"9:30 p.m. (Baghdad time)": a place that names the clock places nothing', () => {
  const m = one('"At approximately 9:30 p.m. (Baghdad time) on Feb. 7, U.S. Central Command forces conducted a unilateral strike in Iraq," CENTCOM said.', '2024-02-10');
  assert.deepEqual([m.kind, m.site, m.place, m.country, m.date], ['strike', null, 'Iraq', 'IQ', '2024-02-07']);
});

test('a dateline that gives the day and the wire ("BAGHDAD, Jan 8 (Reuters) -", "BAGHDAD/WASHINGTON, Jan. 8, 2024 (Reuters) -") places nothing, and a capital in it does not act', () => {
  const read = (text: string) => extract(article(text, '2024-01-08'), pack).mentions.map((m) => [m.kind, m.site, m.place, m.attacker]);
  assert.deepEqual(read('BAGHDAD, Jan 8 (Reuters) - Rockets targeted a base hosting U.S. troops in western Iraq on Monday, two security sources said.'), [['attack', null, 'western Iraq', null]]);
  assert.deepEqual(read('BAGHDAD/WASHINGTON, Jan. 8, 2024 (Reuters) - Rockets targeted a base hosting U.S. troops in Iraq on Monday, two security sources said.'), [['attack', null, 'Iraq', null]]);
  assert.deepEqual(read('ERBIL, Iraq, Jan 8 (AP) — A drone targeted a base hosting U.S. troops in northern Iraq on Monday, officials said.'), [['attack', null, 'northern Iraq', null]]);
});

test('a count of weapons is no count of the hurt: "Oct. 18: Two drones attacked al-Tanf garrison, causing minor injuries" wounded an unknown number', () => {
  const m = one('Oct. 18: Two drones attacked al-Tanf garrison in Syria, causing minor injuries.', '2023-10-25');
  assert.deepEqual([m.date, m.weapons, m.injured, m.outcome], ['2023-10-18', ['drone'], null, 'impact']);
  assert.equal(one('Two rockets hit Ain al-Asad air base on Monday, wounding three soldiers.', '2023-10-25').injured, 3);
});

test('"overnight" in a dated story is the night before it: the day before publication or publication day', () => {
  const m = one('The US military carried out strikes on three Kataib Hezbollah sites in Iraq overnight.', '2023-12-26');
  assert.deepEqual([m.kind, m.date, m.date_end, m.date_precision], ['strike', '2023-12-25', '2023-12-26', 'range']);
  assert.deepEqual(mentionsOf('Drones struck Erbil air base overnight, officials said.', null).map((m) => m.date), [null], 'an undated story: no night to name');
});

test('a paragraph that goes on about the incidents the one before dated ("launched two drone attacks on Wednesday" / "One drone targeted …") takes their day', () => {
  const text =
    'Iran-backed militants launched two separate drone attacks on American forces in Syria on Wednesday, a US official said, bringing the number of attacks on US troops to 27 since October 17.\n\n' +
    'One drone targeted the Al-Shaddadi base in Hasakah province, while a second was shot down near the Green Village.';
  const mentions = mentionsOf(text, '2023-11-02');
  assert.deepEqual(
    mentions.map((m) => [m.site, m.date]),
    [
      ['al-Shaddadi', '2023-11-01'],
      ['Al-Omar oil field (Green Village)', '2023-11-01'],
    ],
  );
  // Not a day the paragraph before gave to a statement, nor one it gave to an incident of the other kind.
  const said =
    'U.S. forces carried out airstrikes against a facility in eastern Syria used by the Revolutionary Guards, officials said Wednesday.\n\n' +
    'The strikes by F-15E jets were the second such attack in two weeks, a newspaper reported.\n\n' +
    'U.S. forces responded with airstrikes on Oct. 26, according to the Pentagon.';
  assert.deepEqual(mentionsOf(said, '2023-11-08').map((m) => m.date), [null, '2023-10-26']);
  const other = 'Rockets hit Ain al-Asad air base on Monday.\n\nUS jets struck a militia depot near al-Qaim in response.';
  assert.deepEqual(mentionsOf(other, '2023-11-08').filter((m) => m.kind === 'strike').map((m) => m.date), [null]);
});

test('"a drone attack earlier that day", "later in the day": the day of the incident the sentence tells', () => {
  const m = mentionsOf(
    'President Joe Biden ordered strikes against Kataib Hezbollah in Iraq on Monday after a one-way drone attack earlier that day on Erbil Air Base wounded three U.S. service members.',
    '2023-12-26',
  );
  assert.deepEqual(
    m.map((x) => [x.kind, x.date]),
    [
      ['strike', '2023-12-25'],
      ['attack', '2023-12-25'],
    ],
  );
});

test('rockets "falling inside the base" hit it, though they hurt no one', () => {
  const m = one('Two rockets were fired at the Ain al-Asad air base on Thursday night, falling inside the base without causing casualties, security sources said.', '2024-07-26');
  assert.deepEqual([m.outcome, m.killed, m.injured], ['impact', 0, 0]);
});

test('"the group said it targeted": the group named before tells of its own attack, a claim, in the next paragraph too', () => {
  for (const joint of [' ', '\n\n']) {
    const text = `The Islamic Resistance in Iraq said on Monday that its fighters had targeted the Conoco field in Syria with drones.${joint}In a separate statement, the group said it targeted the Ain al-Asad base with rockets late on Sunday.`;
    const asad = mentionsOf(text, '2024-01-16').find((m) => m.site === 'Ain al-Asad Air Base')!;
    assert.deepEqual([asad.attacker, asad.attribution, asad.date], ['Islamic Resistance in Iraq', 'claimed', '2024-01-14'], JSON.stringify(joint));
  }
  const also = mentionsOf('The Islamic Resistance in Iraq claimed a drone attack on the Conoco field. The group also said it targeted Ain al-Asad with rockets.', '2024-01-16');
  assert.equal(also.find((m) => m.site === 'Ain al-Asad Air Base')?.attribution, 'claimed');
  // What the group says of another's deed claims nothing.
  const other = mentionsOf('Kataib Hezbollah is an Iran-backed militia. The group said the attack on Ain al-Asad was carried out by others.', '2024-01-16');
  assert.notEqual(other.find((m) => m.site === 'Ain al-Asad Air Base')?.attribution, 'claimed');
});

test('"the first attack since US strikes on Friday hit 85 targets": the incident a period runs from keeps its day', () => {
  const read = (text: string) => mentionsOf(text, '2024-02-12').map((m) => [m.kind, m.date, m.site ?? m.place]);
  assert.deepEqual(read('Attacks have paused since a US drone strike in Baghdad on Feb. 7 killed a Kataib Hezbollah commander.'), [['strike', '2024-02-07', 'Baghdad']]);
  assert.deepEqual(read('Since a US drone strike in Baghdad on Feb. 7, militias have not claimed any attacks.'), [['strike', '2024-02-07', 'Baghdad']]);
  assert.deepEqual(read('The attack was the first since US strikes on Friday hit 85 targets in Iraq and Syria.'), [
    ['strike', '2024-02-09', 'Iraq'],
    ['strike', '2024-02-09', 'Syria'],
  ]);
  // A period from a day no incident word names is a pattern's, and dates nothing.
  assert.deepEqual(read('Militias have attacked US forces more than 160 times since October 17.'), []);
});

test('"came under attack several times this week, officials said Thursday": the day of a statement makes no habit one incident', () => {
  const text =
    'U.S. forces in Iraq and Syria came under attack several times this week, U.S. officials said Thursday.\n\n' +
    'Two drones targeted the al-Tanf garrison in southern Syria on Wednesday.\n\n' +
    'A drone was shot down near Ain al-Asad Air Base in western Iraq on Thursday.';
  assert.deepEqual(
    mentionsOf(text, '2023-10-20').map((m) => [m.site, m.date]),
    [
      ['Al-Tanf Garrison', '2023-10-18'],
      ['Ain al-Asad Air Base', '2023-10-19'],
    ],
  );
  // A day of the attacks' own still makes them that day's.
  assert.deepEqual(mentionsOf('Rockets struck the al-Tanf garrison several times on Wednesday.', '2023-10-20').map((m) => m.date), ['2023-10-18']);
});

test('"drone attacks on al-Tanf and al-Asad last week": attacks of a week named are its incidents, one per base, not a pattern', () => {
  const read = (text: string) => mentionsOf(text, '2023-10-27').map((m) => [m.site, m.date, m.date_end]);
  const lastWeek = [
    ['Al-Tanf Garrison', '2023-10-16', '2023-10-22'],
    ['Ain al-Asad Air Base', '2023-10-16', '2023-10-22'],
  ];
  assert.deepEqual(read('Drone attacks on al-Tanf and al-Asad last week injured 21 U.S. personnel.'), lastWeek);
  assert.deepEqual(read('Austin said 21 U.S. personnel had suffered minor injuries in drone attacks on al-Tanf and al-Asad last week.'), lastWeek);
  assert.deepEqual(read('Rocket attacks on Ain al-Asad earlier this week caused no injuries.'), [['Ain al-Asad Air Base', '2023-10-23', '2023-10-27']]);
  // Attacks of a month are still a pattern.
  assert.deepEqual(read('Drone attacks on al-Tanf and al-Asad last month injured dozens.'), []);
});

test('"the drone attack that killed three soldiers in Jordan a week earlier": about a week before the day told, not the week before publication', () => {
  const text =
    'U.S. aircraft struck militia targets in Iraq and Syria on Friday in retaliation for the drone attack that killed three U.S. soldiers in Jordan a week earlier.';
  const jordan = mentionsOf(text, '2024-02-05').find((m) => m.kind === 'attack')!;
  assert.deepEqual([jordan.date, jordan.date_end, jordan.date_precision], ['2024-01-24', '2024-01-28', 'range']);
});

test('"US forces returned fire. There were no US casualties.": the defenders\' toll after a strike is that of the attack it answered', () => {
  const read = (text: string) => mentionsOf(text, '2024-04-23').map((m) => [m.kind, m.killed, m.injured]);
  assert.deepEqual(read('Rockets were fired at a US base in Rumalyn on Sunday night. US forces returned fire. There were no US casualties.'), [
    ['attack', 0, 0],
    ['strike', null, null],
  ]);
  assert.deepEqual(read('Rockets were fired at a US base in Rumalyn on Sunday night. A US warplane destroyed the launch vehicle. No U.S. personnel were injured.'), [
    ['attack', null, 0],
    ['strike', null, null],
  ]);
  // The toll of those struck stays the strike's.
  assert.deepEqual(read('Rockets were fired at a US base in Rumalyn on Sunday night. A US warplane destroyed the launch vehicle. Two militants were killed.'), [
    ['attack', null, null],
    ['strike', 2, null],
  ]);
});

test('"struck militants who had fired a missile at Ain al-Asad" / next paragraph "The missile attack caused eight minor injuries": the toll is the attack\'s', () => {
  const text =
    'A U.S. AC-130 gunship struck Iran-backed militants who had fired a close-range ballistic missile at Ain al-Asad Air Base on Tuesday, the Pentagon said.\n\n' +
    'The missile attack caused eight minor injuries and some damage to infrastructure.';
  const attack = mentionsOf(text, '2023-11-22').find((m) => m.kind === 'attack')!;
  assert.deepEqual([attack.site, attack.injured, attack.outcome], ['Ain al-Asad Air Base', 8, 'impact']);
});

test('"Washington culpó del ataque a milicias que operan en Siria e Irak": the defender blaming an attack on others strikes nothing', () => {
  const read = (text: string) => mentionsOf(text, '2024-01-29', 'es').map((m) => [m.kind, m.place ?? m.site]);
  const told = 'Tres soldados estadounidenses murieron en un ataque con dron contra una base en Jordania el domingo. ';
  assert.deepEqual(read(told + 'Washington culpó del ataque a milicias proiraníes que operan en Siria e Irak.'), [['attack', 'Jordania']]);
  assert.deepEqual(read(told + 'Biden atribuyó el ataque a grupos militantes respaldados por Irán que operan en Siria e Irak.'), [['attack', 'Jordania']]);
  // The defender's own attack is still a strike.
  assert.deepEqual(read('Estados Unidos lanzó un ataque contra milicias en Siria el domingo.'), [['strike', 'Siria']]);
});

test('"the Kharab al-Jir base near Rmelan": a base named to say where another lies is no second target; "no immediate information on damage" tells no hit', () => {
  const text =
    'A U.S. military base in northeast Syria came under rocket attack on Monday night, two security sources said.\n\n' +
    'The rockets were fired toward the Kharab al-Jir base near Rmelan, one of the sources said. There was no immediate information on damage or casualties.';
  assert.deepEqual(
    mentionsOf(text, '2024-03-26').map((m) => [m.site, m.date, m.outcome, m.injured]),
    [['Kharab al-Jir', '2024-03-25', 'unknown', null]],
  );
  // Joined by "and", two bases are two targets.
  assert.equal(mentionsOf('Rockets targeted the Kharab al-Jir base and Rmelan on Monday.', '2024-03-26').length, 2);
});

test('"It is the third attack on Harir this week": ranking the incident just told tells no other; "claimed … both attacks" claims the two told last', () => {
  const text =
    'A drone attack targeted the Harir base late on Tuesday, officials said. It is the third attack on Harir this week.\n\n' +
    'On Sunday, two drones targeted Erbil International Airport, causing no damage.\n\n' +
    'The Islamic Resistance in Iraq later claimed responsibility for both attacks.';
  assert.deepEqual(
    mentionsOf(text, '2024-01-03').map((m) => [m.site, m.date, m.attacker, m.attribution]),
    [
      ['Harir Air Base', '2024-01-02', 'Islamic Resistance in Iraq', 'claimed'],
      ['Erbil Air Base', '2023-12-31', 'Islamic Resistance in Iraq', 'claimed'],
    ],
  );
});

test('"raised on Monday the number injured in the Jan. 28 drone attack": the incident named by its day in a phrase keeps that day', () => {
  const m = one('The Pentagon on Monday raised to more than 40 the number of service members injured in the Jan. 28 drone attack on Tower 22 in Jordan.', '2024-02-06');
  assert.deepEqual([m.site, m.date, m.injured], ['Tower 22', '2024-01-28', 40]);
  // A clause that opens with its day and tells the incident there is that day's.
  assert.equal(one('On Monday, a drone attack hit Tower 22, weeks after the Jan. 28 strike talks.', '2024-02-06').date, '2024-02-05');
});

test('"in direct response to attacks on U.S. forces", "in apparent retaliation for": the strike is told, and what it answers is its background', () => {
  const read = (text: string) => mentionsOf(text, '2023-12-27').map((m) => [m.kind, m.date, m.place ?? m.site]);
  assert.deepEqual(read('The U.S. military on Tuesday night carried out precision strikes against two Kataib Hezbollah facilities in Iraq in direct response to attacks on U.S. forces, including one on Tuesday.'), [
    ['strike', '2023-12-26', 'Iraq'],
    ['attack', '2023-12-26', 'Iraq'],
  ]);
  assert.deepEqual(read('The U.S. military on Tuesday night carried out strikes against Kataib Hezbollah in Iraq in apparent retaliation for a drone attack on Erbil air base.'), [
    ['strike', '2023-12-26', 'Iraq'],
    ['attack', null, 'Erbil Air Base'],
  ]);
});

test('"Around the same time", "plus tard dans la journée", "Vier Tage später": counted from the incident told before', () => {
  const same = mentionsOf('A drone struck near the U.S. Embassy in Baghdad on Monday, security officials said. Around the same time, rockets targeted the Union III base.', '2024-01-16');
  assert.deepEqual(
    same.map((m) => [m.site, m.date]),
    [
      ['US Embassy Baghdad', '2024-01-15'],
      ['Union III', '2024-01-15'],
    ],
  );
  const later = mentionsOf('Lundi, un drone a visé la base de Harir. Plus tard dans la journée, des roquettes ont visé la base d’Aïn al-Asad.', '2024-01-16', 'fr');
  assert.deepEqual(later.map((m) => m.date), ['2024-01-15', '2024-01-15']);
  const four = mentionsOf(
    'Am 5. August wurden bei einem Raketenangriff auf den Stützpunkt Ain al-Asad mehrere US-Soldaten verletzt. Vier Tage später wurde der Stützpunkt Rumalyn mit Drohnen angegriffen.',
    '2024-08-12',
    'de',
  );
  assert.deepEqual(four.map((m) => m.date), ['2024-08-05', '2024-08-09']);
});

test('"attacked on Tuesday by drones and again on Wednesday by rockets": two days, two incidents, each with its own weapons', () => {
  const read = (text: string) => mentionsOf(text, '2023-10-19').map((m) => [m.date, m.weapons]);
  assert.deepEqual(read('U.S. forces at Al-Asad Air Base were attacked on Tuesday by drones and again on Wednesday by rockets, officials said.'), [
    ['2023-10-17', ['drone']],
    ['2023-10-18', ['rocket']],
  ]);
  // Weapons told before the days are each day's.
  assert.deepEqual(read('Drones attacked Al-Asad Air Base on Tuesday and again on Wednesday.'), [
    ['2023-10-17', ['drone']],
    ['2023-10-18', ['drone']],
  ]);
});

test('"The facilities struck included sites near al-Qaim": what the strikes told hit is no attack of its own', () => {
  const text =
    'The U.S. military struck 85 targets in Iraq and Syria on Friday. The facilities struck included sites near al-Qaim and Akashat in western Iraq and around Mayadin and Abu Kamal in eastern Syria.';
  assert.deepEqual(
    mentionsOf(text, '2024-02-03').map((m) => [m.kind, m.place]),
    [
      ['strike', 'Iraq'],
      ['strike', 'Syria'],
    ],
  );
  // The defender's own facilities struck are attacked.
  assert.deepEqual(mentionsOf('US facilities struck by rockets on Friday included the Harir base.', '2024-02-03').map((m) => [m.kind, m.site]), [['attack', 'Harir Air Base']]);
});

test('"BAGHDAD (Rudaw) — U.S. airstrikes hit … in the Hilla area": a dateline with no comma places nothing when the sentence names a place', () => {
  const read = (text: string) => mentionsOf(text, '2023-12-26').map((m) => [m.kind, m.site ?? m.place]);
  assert.deepEqual(read('BAGHDAD (Rudaw) — U.S. airstrikes hit positions of Kataib Hezbollah in the Hilla area of Babil province early Tuesday, killing one member of the group.'), [['strike', 'Hilla']]);
  assert.deepEqual(read('BAGHDAD — U.S. airstrikes hit positions of Kataib Hezbollah in the Hilla area early Tuesday.'), [['strike', 'Hilla']]);
  // With no place after it, the city is all the sentence says of where.
  assert.deepEqual(read('BAGHDAD — Rockets hit a base hosting U.S. troops on Tuesday.'), [['attack', 'BAGHDAD']]);
});

test('"the first attack since the January 28 drone attack on Tower 22": a day naming the incident after it keeps its day; "reports … were inaccurate" deny it', () => {
  const text = 'Two drones targeted Ain al-Asad airbase on Tuesday. It was the first attack on US forces since the January 28 drone attack on Tower 22 in Jordan.';
  assert.deepEqual(
    mentionsOf(text, '2024-07-17').map((m) => [m.site, m.date]),
    [
      ['Ain al-Asad Air Base', '2024-07-16'],
      ['Tower 22', '2024-01-28'],
    ],
  );
  assert.deepEqual(mentionsOf('Reports of a rocket attack on Rumalyn last week were inaccurate, a US official said.', '2024-03-05'), []);
});

test('strikes "believed to have been carried out by Israel", by warplanes "likely Israeli", are no US strikes; a facility "used by Iran\'s IRGC" still is struck by the US', () => {
  assert.deepEqual(mentionsOf('Air strikes believed to have been carried out by Israel killed at least eight pro-Iranian fighters near Abu Kamal in eastern Syria on Friday, a war monitor said.', '2024-04-13'), []);
  assert.deepEqual(mentionsOf('Unidentified warplanes, likely Israeli, struck positions of pro-Iranian militias near Abu Kamal on Friday, killing eight fighters, a war monitor said.', '2024-04-13'), []);
  const us = mentionsOf('The US military carried out an airstrike on a facility in eastern Syria used by Iran’s Islamic Revolutionary Guard Corps on Wednesday, the Pentagon said.', '2023-11-09');
  assert.deepEqual(us.map((m) => [m.kind, m.attacker]), [['strike', 'United States']]);
  for (const text of [
    'Air strikes hit militia targets in Syria on Friday in response to attacks by Iran-backed militias, the Pentagon said.',
    'Airstrikes targeting those behind attacks by Iran-backed militias hit sites in Syria on Friday, the Pentagon said.',
  ]) {
    assert.deepEqual(mentionsOf(text, '2024-02-03').map((m) => [m.kind, m.attacker]), [['strike', 'United States']], text);
  }
});

test('"On Wednesday, the Islamic Resistance in Iraq said it targeted al-Tanf": the day that opens a group\'s claim dates the attack, as "said on Wednesday" does', () => {
  const day = (text: string) => mentionsOf(text, '2023-10-26').map((m) => [m.site, m.date, m.attribution]);
  assert.deepEqual(day('On Wednesday, the Islamic Resistance in Iraq said it targeted al-Tanf base with a drone.'), [['Al-Tanf Garrison', '2023-10-25', 'claimed']]);
  assert.deepEqual(day('The Islamic Resistance in Iraq claimed a drone attack on the Conoco field. Earlier on Wednesday, the group said it targeted al-Tanf base with a drone.').at(-1), ['Al-Tanf Garrison', '2023-10-25', 'claimed']);
  // The day a US official speaks on is not the attack's.
  assert.deepEqual(day('On Wednesday, a US official said drones had targeted al-Tanf base.'), [['Al-Tanf Garrison', null, 'unknown']]);
});

test('"our forces struck three Kataib Hezbollah facilities", in a US official\'s words, is a US strike', () => {
  const m = mentionsOf('"On Monday night, our forces struck three Kataib Hezbollah facilities in Iraq," Austin said.', '2023-12-27');
  assert.deepEqual(
    m.map((x) => [x.kind, x.attacker, x.target, x.country]),
    [['strike', 'United States', "Kata'ib Hezbollah", 'IQ']],
  );
});

test('"The strikes hit a depot used by Iraqi militias": the strikes told, placed only by the group\'s home, are no strike in Iraq; "US forces kill ISIS leader in Syria raid" is no attack', () => {
  const text = 'US fighter jets struck a weapons storage facility near Maysulun in Deir ez-Zor province on Wednesday, the Pentagon said. The strikes hit a depot used by Iraqi militias, including Kataib Hezbollah.';
  assert.deepEqual(mentionsOf(text, '2023-11-09').map((m) => [m.kind, m.site ?? m.place, m.date]), [['strike', 'Maysulun, Deir ez-Zor (US strike area)', '2023-11-08']]);
  assert.deepEqual(mentionsOf('US forces kill ISIS leader in Syria raid\n\nUS Central Command forces conducted a helicopter raid in eastern Syria on Saturday, killing a senior ISIS official.', '2024-03-10'), []);
});

test('a report the article goes on to deny at its site is no incident: "There was no attack on Tower 22 yesterday"', () => {
  const briefing = (answer: string) =>
    mentionsOf(`Q: There are reports out of Syria that a drone struck Tower 22 again yesterday. Can you confirm that? GEN. RYDER: I've seen those reports. ${answer}`, '2024-02-08');
  assert.deepEqual(briefing('There was no attack on Tower 22 yesterday.'), []);
  // A denial of another base leaves the report as it was.
  assert.deepEqual(
    briefing('There was no attack on the Harir base.').map((m) => [m.site, m.date]),
    [['Tower 22', '2024-02-07']],
  );
});

test('"but no strike was carried out": a strike denied is none', () => {
  const m = mentionsOf('At least five rockets were fired on Sunday from Zummar toward a US base in Rumeilan, in northeastern Syria. A US fighter jet was scrambled in self-defense, the official said, but no strike was carried out.', '2024-04-22');
  assert.deepEqual(m.map((x) => [x.kind, x.site]), [['attack', 'Rumalyn Landing Zone']]);
});

test('"the first attack on the site since a drone strike killed three soldiers": the toll is of the incident the count starts from', () => {
  const m = mentionsOf(
    'A drone was shot down over a small U.S. military outpost in Jordan near the Syrian border on Sunday, U.S. officials said, in the first attack on the site since a drone strike killed three American soldiers at Tower 22 in January. No one was hurt.',
    '2024-06-10',
  );
  assert.deepEqual(
    m.map((x) => [x.site ?? x.place, x.date, x.killed, x.injured]),
    [
      ['Jordan', '2024-06-09', null, 0],
      ['Tower 22', '2024-01-01', 3, null],
    ],
  );
});

test('a headline\'s "overnight" and the story\'s "overnight into Thursday" tell one incident, of that day; the next sentence\'s "no injuries" is each place\'s', () => {
  const m = mentionsOf(
    'Drones target US bases in Syria and Iraq overnight\n\nMilitants launched drones at three bases housing US troops in Syria and one in Iraq overnight into Thursday, a US defense official said. All of the drones were shot down and there were no injuries.',
    '2023-11-09',
  );
  assert.deepEqual(
    m.map((x) => [x.country, x.date, x.date_precision, x.injured]),
    [
      ['SY', '2023-11-09', 'day', 0],
      ['IQ', '2023-11-09', 'day', 0],
    ],
  );
});

test('"one crashed inside the base, causing minor injuries": a count that comes down counts weapons, not the hurt', () => {
  for (const text of [
    'Drones targeted Ain al-Asad air base on Tuesday. US forces shot down two of them; one crashed inside the base, causing minor injuries to coalition personnel.',
    'Oct. 17 - Drones target Ain al-Asad air base. US forces shoot down two of them; one crashes inside the base, causing minor injuries to coalition personnel.',
  ]) {
    assert.deepEqual(mentionsOf(text, '2023-10-18').map((m) => m.injured), [null], text);
  }
  // The count of the hurt themselves still counts.
  assert.deepEqual(mentionsOf('Three rockets hit Ain al-Asad air base on Tuesday, injuring two soldiers.', '2023-10-18').map((m) => m.injured), [2]);
});

test('"The outpost, known as Tower 22, houses …": the base an attack was told at, named a sentence later', () => {
  const m = mentionsOf(
    'Three US service members were killed and at least 34 were injured in a drone attack on a small outpost in northeast Jordan near the Syrian border on Sunday, President Joe Biden said. The outpost, known as Tower 22, houses about 350 Army and Air Force personnel.',
    '2024-01-29',
  );
  assert.deepEqual(m.map((x) => [x.site, x.country, x.killed]), [['Tower 22', 'JO', 3]]);
  // A base of another country named so is not the one told.
  const other = mentionsOf(
    'A drone attack hit a small outpost in northeast Jordan near the Syrian border on Sunday, officials said. The garrison, known as al-Tanf, lies across the border in Syria.',
    '2024-01-29',
  );
  assert.deepEqual(other.map((x) => [x.site, x.country]), [[null, 'JO']]);
});

test('"US jets hit three Kataib Hezbollah facilities in Iraq hours later": the day of the incident told before, not another strike of the timeline', () => {
  const m = mentionsOf(
    'Nov. 21 - An AC-130 gunship strikes a militia vehicle near Abu Ghraib, west of Baghdad.\n\nDec. 25 - A drone attack on Erbil air base wounds three US service members. US jets hit three Kataib Hezbollah facilities in Iraq hours later.',
    '2024-02-03',
  );
  assert.deepEqual(
    m.map((x) => [x.kind, x.site ?? x.place, x.date]),
    [
      ['strike', 'Abu Ghraib (US strike area)', '2023-11-21'],
      ['attack', 'Erbil Air Base', '2023-12-25'],
      ['strike', 'Iraq', '2023-12-25'],
    ],
  );
});

test('"On Tuesday, a drone was shot down near Ain al-Asad, and on Monday rockets targeted Erbil": each place has the day before it, and its part\'s outcome', () => {
  const m = mentionsOf('On Tuesday, a drone was shot down near Ain al-Asad air base, and on Monday rockets targeted US forces at Erbil airport without causing casualties.', '2024-01-04');
  assert.deepEqual(
    m.map((x) => [x.site, x.date, x.weapons, x.outcome]),
    [
      ['Ain al-Asad Air Base', '2024-01-02', ['drone'], 'intercepted'],
      ['Erbil Air Base', '2024-01-01', ['rocket'], 'unknown'],
    ],
  );
});

test('"Kataib Hezbollah had announced that it was suspending attacks": attacks a group halts are none it claims', () => {
  const m = mentionsOf(
    'The Pentagon has said the strike was a response to the Jan. 28 drone attack on a base in Jordan that killed three US soldiers, which Washington blamed on Kataib Hezbollah.\n\nKataib Hezbollah had announced on Jan. 30 that it was suspending attacks on US troops.',
    '2024-02-09',
  );
  assert.deepEqual(m.map((x) => [x.country, x.attacker, x.attribution]), [['JO', "Kata'ib Hezbollah", 'attributed']]);
});

test('what reads as a denial only at a glance keeps its incident: a group denying its part, no answer yet, damage after "but"', () => {
  const tower = mentionsOf('A drone attack killed three US soldiers at Tower 22 in Jordan on Sunday. Kataib Hezbollah said it did not carry out the attack on Tower 22.', '2024-01-30');
  assert.deepEqual(tower.map((m) => [m.site, m.killed]), [['Tower 22', 3]]);
  const asad = mentionsOf('Rockets hit Ain al-Asad air base on Tuesday, wounding two US soldiers. The United States has not retaliated for the attack on Ain al-Asad.', '2024-01-10');
  assert.deepEqual(asad.map((m) => [m.site, m.injured]), [['Ain al-Asad Air Base', 2]]);
  const damage = mentionsOf('Rockets hit Ain al-Asad air base on Tuesday. There were no injuries, but the damage was extensive.', '2024-01-10');
  assert.deepEqual(damage.map((m) => [m.injured, m.outcome]), [[0, 'impact']]);
});

test('near misses of the day rules: "48 hours later" is not the same day, "over the weekend" is no night, an anniversary opening a clause leaves its incident', () => {
  const later = mentionsOf('Dec. 25 - A drone attack on Erbil air base wounds three US service members. US jets hit three Kataib Hezbollah facilities in Iraq 48 hours later.', '2024-02-03');
  assert.deepEqual(later.map((m) => [m.kind, m.date]), [
    ['attack', '2023-12-25'],
    ['strike', null],
  ]);
  const weekend = mentionsOf('Drones attacked the al-Tanf garrison twice over the weekend, officials said. On Sunday, a drone attack on al-Tanf garrison wounded two soldiers.', '2024-01-10');
  assert.deepEqual(weekend.map((m) => [m.date, m.date_end]), [
    ['2024-01-06', '2024-01-07'],
    ['2024-01-07', null],
  ]);
  const anniversary = mentionsOf('On the anniversary of the Soleimani killing, militants fired rockets at Ain al-Asad air base on Wednesday, wounding two soldiers.', '2024-01-05');
  assert.deepEqual(anniversary.map((m) => [m.site, m.date]), [['Ain al-Asad Air Base', '2024-01-03']]);
});

test('a road named after a site runs elsewhere, and a state that blamed others still struck', () => {
  assert.deepEqual(
    mentionsOf('A US drone strike killed two Kataib Hezbollah members in a car on the Baghdad airport road on Thursday.', '2024-01-05').map((m) => [m.kind, m.site, m.place]),
    [['strike', null, 'Baghdad']],
  );
  assert.deepEqual(
    mentionsOf('The Pentagon blamed Iranian proxies and carried out strikes on three Kataib Hezbollah facilities in Iraq on Friday.', '2024-02-03').map((m) => [m.kind, m.country]),
    [['strike', 'IQ']],
  );
});

test('"A drone attack on a base hosting US troops … killed two fighters": the troops a base hosts do not strike', () => {
  const m = mentionsOf('A drone attack on a base hosting US troops in eastern Syria killed two fighters on Sunday, a monitor said.', '2024-02-05');
  assert.deepEqual(m.map((x) => [x.kind, x.attacker, x.killed]), [['attack', null, 2]]);
});

test('"vowed to pursue those behind the rocket attack on the US embassy": what is vowed is the pursuit, the attack happened', () => {
  assert.deepEqual(
    mentionsOf('Sudani vowed to pursue those behind the rocket attack on the US embassy in Baghdad on December 8. Officials gave no further details.', '2023-12-20').map((m) => [m.site, m.date]),
    [['US Embassy Baghdad', '2023-12-08']],
  );
  // A vow of attacks to come is still none.
  assert.deepEqual(mentionsOf('The militias vowed to carry out more attacks on the US embassy in Baghdad.', '2023-12-20'), []);
});

test('"The Pentagon has responded only a handful of times", "Washington has responded only sparingly": how often, no strike', () => {
  assert.deepEqual(mentionsOf('The militias fired rockets at Ain al-Asad this week. The Pentagon has responded only a handful of times.', '2023-12-29').map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('Rockets were fired at the US embassy in Baghdad on December 8. Washington has responded only sparingly.', '2023-12-20').map((m) => m.kind), ['attack']);
  // An answer on a day is a strike.
  assert.deepEqual(mentionsOf('Rockets hit Ain al-Asad on Monday. The US responded with airstrikes on Tuesday.', '2023-12-20').map((m) => [m.kind, m.date]), [
    ['attack', '2023-12-18'],
    ['strike', '2023-12-19'],
  ]);
});

test('"WASHINGTON (Nov 13) —": a date line with its day in brackets dates the story, and "on Sunday" the strike', () => {
  assert.deepEqual(
    mentionsOf('WASHINGTON (Nov 13) — U.S. F-15E fighter jets on Sunday struck a training facility near Abu Kamal in eastern Syria, the Pentagon said.', '2023-11-13').map((m) => [m.site, m.date]),
    [['Abu Kamal (US strike area)', '2023-11-12']],
  );
});

test('near misses of the pursuit and frequency rules: a threat to "those behind the attacks" is none, nor "the next attack"; a strike told after "rarely" is one', () => {
  assert.deepEqual(mentionsOf('The US warned those behind the attacks that it would strike back at Kataib Hezbollah in Iraq.', '2024-01-24'), []);
  assert.deepEqual(mentionsOf('Austin vowed to hold those behind the next attack on US troops in Iraq accountable.', '2024-01-24'), []);
  assert.deepEqual(
    mentionsOf('The US military retaliated rarely, but US jets struck Kataib Hezbollah headquarters in Jurf al-Sakhar this week.', '2024-01-24').map((m) => [m.kind, m.site]),
    [['strike', 'Jurf al-Sakhar (US strike area)']],
  );
  assert.deepEqual(mentionsOf('A drone attack hit the seldom targeted Harir air base on Tuesday.', '2024-01-24').map((m) => [m.site, m.date]), [['Harir Air Base', '2024-01-23']]);
});

test('"no casualty estimate", "gave no figures on casualties": what was not given is no nought', () => {
  for (const text of ['Rockets hit Ain al-Asad on Sunday. There was no casualty estimate.', 'Rockets hit Ain al-Asad on Sunday. The Pentagon gave no figures on casualties.']) {
    assert.deepEqual(mentionsOf(text, '2023-11-13').map((m) => [m.killed, m.injured]), [[null, null]], text);
  }
});

test('a live blog: each timed entry is news of its own, and "US official:" heading one is who speaks, not who strikes', () => {
  const blog = mentionsOf(
    "Israel-Hamas war live\n\n8:15am — Rockets target US embassy in Baghdad\nIraqi security sources say around seven rockets were fired at the US embassy compound in Baghdad's Green Zone early this morning. There are no reports of casualties.\n\n7:30am — Islamic Resistance in Iraq claims drone attack on Eilat\nThe Iraqi group says it launched a drone at \"a vital target\" in Eilat.",
    '2023-12-08',
  );
  assert.deepEqual(blog.map((m) => [m.site, m.attacker, m.attribution]), [['US Embassy Baghdad', null, 'unknown']]);
  const entry = mentionsOf('Israel-Hamas war live\n\n6:50am — US official: drone targeted base in northeastern Syria\nA US official says a one-way attack drone targeted US forces at Rumalyn Landing Zone in northeastern Syria late on Thursday. No injuries were reported.', '2023-12-08');
  assert.deepEqual(entry.map((m) => [m.kind, m.site]), [['attack', 'Rumalyn Landing Zone']]);
});

test('a title that sums up the incidents its story dates ("Biden tells Congress of November strikes") tells none of its own', () => {
  const m = mentionsOf(
    "Biden tells Congress of November strikes on Iran-backed groups in Syria\n\nPresident Joe Biden informed Congress that he ordered U.S. forces to conduct targeted strikes on November 11, 2024, and November 26, 2024, against facilities in Syria used by Iran's Islamic Revolutionary Guard Corps.",
    '2024-12-09',
  );
  assert.deepEqual(m.map((x) => [x.kind, x.date, x.date_precision]), [
    ['strike', '2024-11-11', 'day'],
    ['strike', '2024-11-26', 'day'],
  ]);
  // A title's incident at another site than the story's stays.
  const other = mentionsOf('Rockets hit Ain al-Asad overnight\n\nThe United States keeps troops in Iraq. On Wednesday, drones hit the Harir base, officials said.', '2024-01-11');
  assert.deepEqual(other.map((x) => x.site).sort(), ['Ain al-Asad Air Base', 'Harir Air Base']);
});
