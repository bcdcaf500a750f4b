import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2024-01-10', lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('a base "attacked repeatedly", with no day named, tells a pattern, not an incident', () => {
  assert.equal(mentionsOf('The Ain al-Asad base hosts about 2,500 U.S. troops and has been attacked repeatedly.').length, 0);
  assert.equal(mentionsOf('Militants have targeted the Harir base frequently, officials said.').length, 0);
  assert.equal(mentionsOf("Erbil's airport, which hosts coalition troops, has been targeted by drones several times since October.").length, 0);
  // One day's attacks, however many, are that day's incident.
  assert.equal(mentionsOf('The Harir base was attacked repeatedly on Tuesday.').length, 1);
});

test('an incident its own year puts before the campaign is history, wherever the year stands', () => {
  assert.equal(mentionsOf('The 2020 US drone strike that killed Qassem Soleimani at Baghdad airport sparked years of retaliation.').length, 0);
  assert.equal(mentionsOf('A US drone strike killed Qassem Soleimani at Baghdad airport in 2020.').length, 0);
  assert.equal(mentionsOf('The 2021 drone attack on Erbil airport wounded a US contractor.').length, 0);
  // A year that tells something else leaves the incident as it was.
  assert.equal(mentionsOf('A drone attack on Erbil airport on Monday wounded a US contractor, the first since 2021.').length, 1);
});

test('an incident named as history in its own phrase stays history beside the day the clause tells of something else', () => {
  const gathered = (what: string) => mentionsOf(`Thousands gathered near Baghdad airport on Wednesday to mark ${what} that killed Qassem Soleimani.`);
  assert.equal(gathered('the fourth anniversary of the January 2020 US drone strike').length, 0);
  assert.equal(gathered('the anniversary of the 2020 US drone strike').length, 0);
  assert.equal(gathered('the fourth anniversary of the US drone strike').length, 0);
  // Months are no history: the Tower 22 attack a month on is recent background.
  assert.equal(mentionsOf('Supporters marked on Wednesday the one-month anniversary of the drone attack on Tower 22 in Jordan that killed three US soldiers.').length, 1);
});

test('what a clause told as history answered is history too', () => {
  // The cause comes before what it caused: a year-old retaliation answers something older still.
  assert.equal(mentionsOf('In January 2020, militants fired rockets at Ain al-Asad in retaliation for a U.S. strike in Baghdad.').length, 0);
  assert.equal(mentionsOf('In February 2024, U.S. forces struck targets in Iraq after the drone attack on Tower 22 in Jordan.', '2025-03-10').length, 0);
  // A recent answer keeps its cause.
  assert.deepEqual(
    mentionsOf('On Friday, U.S. forces struck targets in Iraq after the drone attack on Tower 22 in Jordan.', '2024-02-05').map((m) => m.kind).sort(),
    ['attack', 'strike'],
  );
});

test('"the following day" counts a day from the incident told before; it opens no earlier incident', () => {
  const mentions = mentionsOf('A drone hit the Harir base on Monday. Rockets struck Ain al-Asad the following day.');
  assert.deepEqual(mentions.map((m) => [m.site, m.date]), [['Harir Air Base', '2024-01-08'], ['Ain al-Asad Air Base', '2024-01-09']]);
});

test('each place followed by a day of its own, before the next place, was hit on that day', () => {
  const mentions = mentionsOf('Militants fired a rocket at the Harir base on Monday and another at Ain al-Asad on Tuesday.');
  assert.deepEqual(mentions.map((m) => [m.site, m.date]), [['Harir Air Base', '2024-01-08'], ['Ain al-Asad Air Base', '2024-01-09']]);
  const counted = mentionsOf('Militants fired a rocket at the Harir base on Monday and another at Ain al-Asad the next day.');
  assert.deepEqual(counted.map((m) => m.date), ['2024-01-08', '2024-01-09']);
  // One day told after all the places is each one's.
  const together = mentionsOf('Militants fired rockets at the Harir base and at Ain al-Asad on Tuesday.');
  assert.deepEqual(together.map((m) => m.date), ['2024-01-09', '2024-01-09']);
});

test('one weapon stopped and "a second" or "another" that hit: the attack hit', () => {
  const outcomes = (text: string) => mentionsOf(text).map((m) => m.outcome);
  assert.deepEqual(outcomes('U.S. troops at al-Tanf were attacked on Thursday, with one drone shot down and a second hitting the base.'), ['impact']);
  assert.deepEqual(outcomes('U.S. troops at al-Tanf were attacked on Thursday: one drone was shot down and another struck the base.'), ['impact']);
  assert.deepEqual(outcomes('U.S. troops at al-Tanf were attacked on Thursday, with one drone shot down and the second striking the base.'), ['impact']);
  assert.deepEqual(outcomes('A drone attacked al-Tanf on Thursday, and a second drone was shot down.'), ['intercepted']);
});

test('an Islamic State attack on others than the defender is not one of the campaign', () => {
  assert.equal(mentionsOf('An Islamic State attack on a Syrian Democratic Forces checkpoint in Deir ez-Zor killed four fighters on Monday.').length, 0);
  assert.equal(mentionsOf('ISIS militants attacked a village in Deir ez-Zor province on Monday, killing four fighters.').length, 0);
  // On the defender's forces, it is an attack still.
  assert.equal(mentionsOf('Islamic State militants attacked U.S. forces at a base in Deir ez-Zor on Monday.').length, 1);
  // The coalition named by its fight is no attacker.
  assert.equal(mentionsOf('Two drones attacked the base of the coalition against ISIS at Erbil airport on Monday.').length, 1);
});

test('"Oct. 18 and 19", an abbreviated month and two days, is two days', () => {
  const mentions = mentionsOf('On Oct. 18 and 19, drones targeted the al-Tanf garrison in Syria.', '2023-10-25');
  assert.deepEqual(mentions.map((m) => m.date), ['2023-10-18', '2023-10-19']);
});

test('the embassy compound in Baghdad is the US embassy', () => {
  const mentions = mentionsOf('At least seven mortar rounds struck the U.S. Embassy compound in Baghdad early Friday, causing minor damage.');
  assert.deepEqual(mentions.map((m) => m.site), ['US Embassy Baghdad']);
});

test('an incident that "would" or "could" do something is a hypothesis, unless a day or a relative clause tells it happened', () => {
  assert.equal(mentionsOf('A rocket attack on Ain al-Asad would be a major escalation, analysts said.').length, 0);
  assert.equal(mentionsOf('A U.S. strike on militia positions in Iraq could trigger more attacks, officials warned.').length, 0);
  assert.equal(mentionsOf('The drone attack on Tower 22 on Sunday would prove the deadliest of the campaign.', '2024-02-01').length, 1);
  assert.equal(mentionsOf('The drone attack that hit Tower 22 could have killed many more soldiers.', '2024-02-01').length, 1);
  assert.equal(mentionsOf('The drone attack that hit Tower 22 could prompt a wider U.S. response.', '2024-02-01').length, 1);
});

test('the day after a claim verb and before "that" dates the claim, not the attack', () => {
  const mentions = mentionsOf('The Islamic Resistance in Iraq claimed on Monday that it had targeted the Rumalyn base in Syria with drones on Sunday.');
  assert.deepEqual(mentions.map((m) => m.date), ['2024-01-07']);
});

test('"Al-Asad" alone names the Ain al-Asad base, but not in a person\'s name', () => {
  assert.deepEqual(mentionsOf('Four U.S. personnel were injured in the attack on Al-Asad on Saturday.', '2024-01-22').map((m) => m.site), ['Ain al-Asad Air Base']);
  assert.equal(mentionsOf('Syrian President Bashar al-Asad condemned the U.S. strikes on Saturday.', '2024-01-22').filter((m) => m.site).length, 0);
});

test('reports of an attack said to be false tell no attack', () => {
  assert.equal(mentionsOf('Reports of a drone attack on the Harir base on Monday were false, a Kurdish official said.').length, 0);
  assert.equal(mentionsOf('A coalition spokesman said claims of a rocket attack on Ain al-Asad on Monday were baseless.').length, 0);
});

test('a count told with the killed is not the wounded one\'s ("Three Killed, Dozens Wounded")', () => {
  const mentions = mentionsOf('Three US Troops Killed, Dozens Wounded in Drone Attack on Base in Jordan', '2024-01-30');
  assert.deepEqual(mentions.map((m) => [m.killed, m.injured]), [[3, null]]);
});

test('a strike on the Islamic State or al-Qaeda is not one of the campaign', () => {
  assert.equal(mentionsOf('U.S. forces conducted a raid in eastern Syria on Monday that killed a senior ISIS leader.').length, 0);
  assert.equal(mentionsOf('CENTCOM forces conducted an airstrike in northwest Syria on Friday targeting a senior al-Qaeda affiliated leader.').length, 0);
  assert.equal(mentionsOf('Iraqi F-16s struck Islamic State positions in Kirkuk province on Sunday.').length, 0);
  // The coalition named by its fight strikes the militias still.
  assert.equal(mentionsOf('The coalition fighting ISIS struck Kataib Hezbollah positions in Jurf al-Sakhar on Sunday.').length, 1);
});

test('an attack aimed at the partner force alone is on it', () => {
  const targets = (text: string) => mentionsOf(text).map((m) => m.target);
  assert.deepEqual(targets('Militiamen fired rockets at Syrian Democratic Forces positions near the Conoco field on Monday.'), ['Syrian Democratic Forces']);
  assert.deepEqual(targets('Drones targeted an SDF checkpoint near the Omar oil field on Monday.'), ['Syrian Democratic Forces']);
  // A place the partner holds is not the partner.
  assert.deepEqual(targets('Rockets were fired at the SDF-held Conoco field, which hosts U.S. troops, on Monday.'), ['United States']);
});

test('the defender\'s soldier who "was killed" did not kill: no strike', () => {
  assert.equal(mentionsOf('A U.S. soldier was killed in a vehicle accident at the al-Tanf garrison on Monday.').length, 0);
  // The defender that killed militants in a vehicle strikes.
  assert.deepEqual(mentionsOf('U.S. forces killed two militants in a vehicle near al-Qaim on Monday.').map((m) => m.kind), ['strike']);
});

test('"prompting U.S. strikes on …" tells the strike that followed, apart from the attack', () => {
  const mentions = mentionsOf('Last month, a drone attack on Erbil air base seriously wounded a U.S. service member, prompting U.S. strikes on Kataib Hezbollah facilities in Iraq.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.attacker, m.target]), [
    ['attack', null, 'United States'],
    ['strike', 'United States', "Kata'ib Hezbollah"],
  ]);
});

test('those hurt "after" an attack, in a clause that tells no incident of its own, were hurt in it', () => {
  const toll = (text: string) => mentionsOf(text).map((m) => [m.site, m.injured, m.outcome]);
  assert.deepEqual(toll('Two U.S. soldiers were injured after a rocket attack on Ain al-Asad on Monday.'), [['Ain al-Asad Air Base', 2, 'impact']]);
  assert.deepEqual(toll('Two service members were treated for minor injuries and returned to duty after a rocket attack on Ain al-Asad on Monday.'), [['Ain al-Asad Air Base', 2, 'impact']]);
});

test('"have since returned to duty": the hurt of the attack told before, not a count since some day', () => {
  const toll = (text: string) => mentionsOf(text).map((m) => [m.site, m.injured, m.outcome]);
  const attack = 'On Monday, U.S. forces at Al Asad Air Base were attacked with multiple rockets. ';
  assert.deepEqual(toll(`${attack}Three U.S. personnel sustained minor injuries and have since returned to duty.`), [['Ain al-Asad Air Base', 3, 'impact']]);
  assert.deepEqual(toll(`${attack}Three U.S. personnel sustained minor injuries, and all have since returned to duty.`), [['Ain al-Asad Air Base', 3, 'impact']]);
  // A count since some day is no toll of the attack.
  assert.deepEqual(toll(`${attack}Some 60 U.S. personnel have been injured since October.`), [['Ain al-Asad Air Base', null, 'unknown']]);
});

test('a toll told of "the attack" after a strike and the attack it answered is the attack\'s alone', () => {
  const text =
    'A U.S. AC-130 gunship carried out a strike in Iraq on Tuesday after militants fired a close-range ballistic missile at Al-Asad Air Base, a U.S. official said. The missile attack caused eight minor injuries and some minor damage to infrastructure, the official said.';
  assert.deepEqual(mentionsOf(text, '2023-11-21').map((m) => [m.kind, m.injured]), [['strike', null], ['attack', 8]]);
});

test('more words of a weapon stopped, or missing, and of a hit', () => {
  const outcome = (text: string) => mentionsOf(text).map((m) => m.outcome);
  assert.deepEqual(outcome('A drone approaching the Harir base was brought down by coalition forces on Monday.'), ['intercepted']);
  assert.deepEqual(outcome('A drone exploded in mid-air near the Harir base on Monday.'), ['intercepted']);
  assert.deepEqual(outcome('The C-RAM system took down a rocket fired at the U.S. embassy in Baghdad on Monday.'), ['intercepted']);
  assert.deepEqual(outcome('Rockets fired at the Conoco base on Monday missed their target and landed in an open field.'), ['intercepted']);
  assert.deepEqual(outcome('A drone attack on the al-Omar field on Monday caused a fire at the base.'), ['impact']);
});

test('rockets that struck "near the perimeter of" a base missed it', () => {
  assert.deepEqual(mentionsOf('Three rockets struck near the perimeter of the Victory base on Monday, causing no casualties.').map((m) => m.outcome), ['intercepted']);
});

test('an exercise or a controlled detonation is no incident', () => {
  assert.equal(mentionsOf('U.S. troops at Ain al-Asad conducted a live-fire exercise on Monday, the coalition said.').length, 0);
  assert.equal(mentionsOf('The coalition said explosions heard near the Harir base on Monday were part of a controlled detonation.').length, 0);
  // Training places struck are struck still.
  assert.equal(mentionsOf('U.S. jets struck a militia training facility near al-Qaim on Monday.').length, 1);
  // Nor does a call "to exercise restraint" undo strikes that happened.
  assert.equal(mentionsOf('Baghdad urged Washington to exercise restraint after U.S. jets struck militia positions near al-Qaim on Monday.').length, 1);
});

test('a U.S. or coalition patrol or convoy is the defender\'s', () => {
  const mentions = mentionsOf('A U.S. patrol in Hasakah came under small-arms fire on Monday, with no injuries reported.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.weapons, m.injured]), [['attack', 'SY', ['small_arms'], 0]]);
  // A militia's convoy struck is no attack on the defender.
  assert.equal(mentionsOf('Unidentified aircraft struck a PMF convoy near al-Qaim on Monday.').filter((m) => m.kind === 'attack').length, 0);
  // "a convoy of the international coalition", as the coalition's own words and Iraqi security statements put it.
  const convoy = mentionsOf('A roadside bomb targeted a convoy of the international coalition near Nasiriyah on Monday, without casualties.');
  assert.deepEqual(convoy.map((m) => [m.kind, m.place, m.country, m.target, m.weapons]), [['attack', 'Nasiriyah', 'IQ', 'Coalition', ['ied']]]);
});

test('a base named before "after", where what follows names no place, is where the incident after it was', () => {
  const mentions = mentionsOf('Sirens sounded at the U.S. Embassy in Baghdad late Monday after rockets were fired toward the compound.');
  assert.deepEqual(mentions.map((m) => [m.site, m.date]), [['US Embassy Baghdad', '2024-01-08']]);
  // What follows with a place of its own is an incident of its own.
  const apart = mentionsOf('Security was tightened at Ain al-Asad on Monday after a drone attack on the Harir base on Sunday.');
  assert.deepEqual(apart.map((m) => [m.site, m.date]), [['Harir Air Base', '2024-01-07']]);
});

test('a base attacked "on Monday and again on Wednesday" is two incidents, one a day', () => {
  const mentions = extract(article('Militants attacked Ain al-Asad air base with rockets on Monday and again on Wednesday, officials said.', '2024-02-03', 'en'), pack).mentions;
  assert.deepEqual(mentions.map((m) => [m.site, m.date]), [
    ['Ain al-Asad Air Base', '2024-01-29'],
    ['Ain al-Asad Air Base', '2024-01-31'],
  ]);
});

test('a toll brought up later ("the number of troops injured … has risen to 40") is the count; the number of attacks risen is not a toll', () => {
  const injured = (text: string) => extract(article(text, '2024-02-03', 'en'), pack).mentions.map((m) => m.injured);
  assert.deepEqual(injured('A drone attack hit Tower 22 in Jordan on Sunday. The number of US troops injured in the attack has risen to 40, the Pentagon said.'), [40]);
  assert.deepEqual(injured('Three soldiers were injured in the attack on Ain al-Asad on Sunday, and the number of attacks has risen to 150.'), [3]);
  // The attack named at length between the toll and the count it has risen to.
  assert.deepEqual(
    injured("The number of US service members injured in Monday's rocket attack on Ain al-Asad air base has risen to eight, the Pentagon said on Thursday, up from five initially reported."),
    [8],
  );
});

test('weapons named by their model: a Shahed is a drone, a Fateh-110 a ballistic missile', () => {
  assert.deepEqual(mentionsOf('An Iranian-made Shahed struck Tower 22 on Monday.').map((m) => m.weapons), [['drone']]);
  assert.deepEqual(mentionsOf('Fateh-110 missiles struck Ain al-Asad on Monday.').map((m) => m.weapons), [['ballistic_missile']]);
});

test('a live blog\'s next entry on Israeli strikes in Gaza tells nothing of the attack before it', () => {
  const toll = (text: string) => mentionsOf(text).map((m) => [m.site, m.killed, m.injured]);
  assert.deepEqual(
    toll('Rockets struck Ain al-Asad air base on Monday, US officials said.\n\nAt least 12 people were killed when Israeli air strikes hit a school in Gaza City.'),
    [['Ain al-Asad Air Base', null, null]],
  );
});

test('"Four years ago, a U.S. drone strike … killed Soleimani": history before the campaign, and four years are no toll', () => {
  const read = (text: string, published: string) => mentionsOf(text, published).map((m) => [m.site, m.killed]);
  const history = 'Four years ago, a U.S. drone strike at Baghdad airport killed Qassem Soleimani and Abu Mahdi al-Muhandis, and the militias they built swore revenge.';
  assert.deepEqual(read(history, '2024-01-03'), []);
  // A year back from 2025 is still the campaign's.
  assert.deepEqual(read('A year ago, a drone attack on Tower 22 killed three U.S. soldiers.', '2025-01-30'), [['Tower 22', 3]]);
});
