import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import type { Mention } from '../../src/model.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string): Mention[] => extract(article(text, '2024-03-12'), pack).mentions;
const toll = (m: Mention | undefined) => (m ? { killed: m.killed, injured: m.injured } : undefined);

test('a later clause that names no other place or incident gives the incident told its casualties and outcome', () => {
  const text = 'Four rockets were launched at Ain al-Asad air base on Monday.\n\nThey landed near the perimeter, security sources said.\n\nU.S. officials confirmed there were no injuries or damage reported from the attack.';
  const [m] = mentionsOf(text);
  assert.deepEqual(toll(m), { killed: null, injured: 0 });
  assert.equal(m!.outcome, 'impact');
  const wounded = mentionsOf('A ballistic missile attack targeted Ain al-Asad air base on Saturday.\n\nAt least one Iraqi service member was reported wounded.');
  assert.equal(wounded[0]?.injured, 1);
  assert.equal(wounded[0]?.outcome, 'impact');
});

test('a follow-up ends where another place, a total, a pattern or another incident begins', () => {
  const total = mentionsOf('Rockets were fired at Ain al-Asad air base on Monday.\n\nSince October, more than 60 U.S. personnel have been injured.');
  assert.deepEqual(toll(total[0]), { killed: null, injured: null });
  const elsewhere = mentionsOf('Rockets were fired at Ain al-Asad air base on Monday.\n\nIn Syria, two U.S. soldiers were wounded.');
  assert.equal(elsewhere.find((m) => m.site === 'Ain al-Asad Air Base')?.injured, null);
  const another = mentionsOf('Rockets were fired at Ain al-Asad air base on Monday.\n\nU.S. aircraft later struck the launch site, killing two militants.');
  assert.equal(another.find((m) => m.site === 'Ain al-Asad Air Base')?.killed, null);
  const tooFar = mentionsOf(`Rockets were fired at Ain al-Asad air base on Monday.\n\n${'The base hosts U.S. and coalition troops.\n\n'.repeat(6)}No one was injured.`);
  assert.equal(tooFar[0]?.injured, null);
});

test('a follow-up that names no incident goes on about the main one, not the one its sentence answered', () => {
  const [strike, attack] = ['strike', 'attack'].map((kind) =>
    mentionsOf('U.S. forces carried out airstrikes on Kataib Hezbollah facilities in Iraq on Friday in response to a drone attack in Jordan.\n\nThe strikes killed two militants.').find((m) => m.kind === kind),
  );
  assert.equal(strike?.killed, 2);
  assert.equal(attack?.killed, null);
});

test('casualties denied, in so many words, are none; a denial of something else is not', () => {
  const of = (sentence: string) => toll(mentionsOf(`Rockets struck the Harir base on Monday. ${sentence}`)[0]);
  assert.deepEqual(of('The attack did not result in any casualties.'), { killed: 0, injured: 0 });
  assert.deepEqual(of('It caused minor damage without any reported human casualties.'), { killed: 0, injured: 0 });
  assert.deepEqual(of('There is no information available about any casualties.'), { killed: null, injured: null });
  assert.deepEqual(of('The attack did not cause any life-threatening injuries.'), { killed: null, injured: null });
  assert.deepEqual(of('There were no civilian casualties.'), { killed: null, injured: null });
});

test('a group that claims "the attack" in a later clause is its attacker; one that claims most of the attacks is not', () => {
  const claimed = mentionsOf('A drone targeting Erbil air base was shot down on Wednesday evening.\n\nNo casualties were reported.\n\nThe Islamic Resistance in Iraq, a network of militias backed by Iran, claimed responsibility for the attack on Telegram.');
  assert.deepEqual([claimed[0]?.attacker, claimed[0]?.attribution], ['Islamic Resistance in Iraq', 'claimed']);
  const most = mentionsOf('A drone targeting Erbil air base was shot down on Wednesday evening.\n\nThe Islamic Resistance in Iraq has claimed responsibility for most of these attacks.');
  assert.deepEqual([most[0]?.attacker, most[0]?.attribution], [null, 'unknown']);
});

test('a later clause that says where the troops hit were stationed names the base an attack was only placed near', () => {
  const [m] = mentionsOf('A one-way drone attack wounded three U.S. service members in northern Iraq on Monday.\n\nThe troops were stationed in Erbil, Iraq, according to Central Command.');
  assert.deepEqual([m?.site, m?.place], ['Erbil Air Base', null]);
  const elsewhere = mentionsOf('A one-way drone attack wounded three U.S. service members in northern Iraq on Monday.\n\nOther U.S. troops are stationed in Erbil and at Ain al-Asad.');
  assert.equal(elsewhere[0]?.site, null);
});

test('"the group" that claims an attack is the hostile group named a few clauses before', () => {
  const [m] = mentionsOf('Kataib Hezbollah is a radical Shiite group.\n\nThe group continues to operate in Iraq.\n\nThe group claimed credit for an explosive drone attack that struck US forces at Erbil Air Base on Monday morning.');
  assert.deepEqual([m?.attacker, m?.attribution], ["Kata'ib Hezbollah", 'claimed']);
  const unclaimed = mentionsOf('Kataib Hezbollah is a radical Shiite group.\n\nA drone attack struck US forces at Erbil Air Base on Monday morning.');
  assert.deepEqual([unclaimed[0]?.attacker, unclaimed[0]?.attribution], [null, 'unknown']);
});

test('a clause that restates incidents told together says its outcome of each, and its toll of none', () => {
  const told = mentionsOf('The United States carried out retaliatory airstrikes on Friday in Iraq and Syria, the military said.\n\nThe strikes hit more than 85 targets, killing 40 militants.');
  assert.deepEqual(told.map((m) => [m.country, m.outcome]), [['IQ', 'impact'], ['SY', 'impact']]);
  assert.deepEqual(told.map((m) => m.killed), [null, null]);
});

test('"the strike", when the article told one strike only, is that strike whatever other country the clause names', () => {
  const one = mentionsOf('A US drone strike in Baghdad killed three members of the Kataib Hezbollah militia on Wednesday night.\n\nOne of the three militants killed in the strike was the commander of Kataib Hezbollah’s operations in Syria.');
  assert.deepEqual(one.map((m) => m.country), ['IQ']);
  assert.ok(!one[0]?.place?.includes('Syria'), `place ${one[0]?.place}`);
  const two = mentionsOf('A US drone strike in Baghdad killed three militants on Wednesday night.\n\nA US airstrike also hit a militia depot in Syria on Wednesday.\n\nTwo militants were killed in the strike in Syria.');
  assert.deepEqual(two.map((m) => m.country), ['IQ', 'SY']);
});

test('a clause that tells the incident again without placing it still goes on about it', () => {
  const text =
    'Families mourn three U.S. soldiers, all reservists, killed in drone attack\n\nThe Pentagon now says more than 40 people were injured in the drone strike on a U.S. outpost in Jordan near the borders of Iraq and Syria this past Sunday. The president called the families of the three soldiers killed in the attack.';
  const [m, ...rest] = extract(article(text, '2024-01-30'), pack).mentions;
  assert.deepEqual(toll(m), { killed: 3, injured: 40 });
  assert.equal(rest.length, 0);
});

test('a place inside an outlet\'s name places nothing, and does not end a follow-up', () => {
  const [m, ...rest] = mentionsOf('Rockets were fired at the Erbil air base on Monday.\n\nA Pentagon official told Kurdistan 24 that the attack caused no casualties.');
  assert.deepEqual(toll(m), { killed: 0, injured: 0 });
  assert.equal(rest.length, 0);
});

test('a later clause that names the weapons of an incident told with none arms it; one about attacks in general does not', () => {
  const [m] = mentionsOf('An explosion was heard at Ain al-Asad air base late Tuesday, security forces said.\n\nA senior official said two Katyusha rockets were involved in the incident.');
  assert.deepEqual(m?.weapons, ['rocket']);
  const [named] = mentionsOf('A drone attack targeted Ain al-Asad air base late Tuesday.\n\nA senior official said rockets were also involved in the incident.');
  assert.deepEqual(named?.weapons, ['drone']);
  const [general] = mentionsOf('An explosion was heard at Ain al-Asad air base late Tuesday.\n\nSince October, militias have fired dozens of rockets at U.S. bases.');
  assert.deepEqual(general?.weapons, []);
});

test('a word of a pattern ends a follow-up only when it is said of attacks ("assessments are ongoing" goes on about the incident)', () => {
  const [ongoing] = mentionsOf('A ballistic missile attack targeted Ain al-Asad air base on Saturday.\n\nDamage assessments are ongoing.\n\nAt least one Iraqi service member was reported wounded.');
  assert.equal(ongoing?.injured, 1);
  const [continued] = mentionsOf('A ballistic missile attack targeted Ain al-Asad air base on Saturday.\n\nMilitias have continued to target U.S. forces.\n\nAt least one Iraqi service member was reported wounded.');
  assert.equal(continued?.injured, null);
  const flights = (between: string) => mentionsOf(`An explosion rocked Ain al-Asad air base late Tuesday.\n\n${between}\n\nOfficials said two Katyusha rockets were responsible for the explosion.`)[0]?.weapons;
  assert.deepEqual(flights('Despite the incident, flights continued as scheduled.'), ['rocket'], 'the pattern word is said of flights, past the comma');
  assert.deepEqual(flights('Despite the incident, attacks have continued.'), [], 'of attacks');
  const [told] = mentionsOf('A ballistic missile attack targeted Ain al-Asad air base on Saturday.\n\nRocket fire, officials said, has been ongoing.\n\nAt least one Iraqi service member was reported wounded.');
  assert.equal(told?.injured, null, 'who said it, between commas, does not part the pattern from its attacks');
});
