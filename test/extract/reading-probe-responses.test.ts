import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentions = (text: string, published = '2024-01-10') => extract(article(text, published), pack).mentions;
const read = (text: string) => mentions(text).map((m) => [m.kind, m.site ?? m.place, m.country, m.date]);

test('a self-defence strike with no place of its own is near the base whose attackers it hit, on the day of the attack', () => {
  assert.deepEqual(read('Rockets targeted Ain al-Asad air base in western Iraq on Monday. The AC-130 self-defence strike destroyed a militia vehicle, resulting in hostile fatalities.'), [
    ['attack', 'Ain al-Asad Air Base', 'IQ', '2024-01-08'],
    ['strike', 'Ain al-Asad Air Base', 'IQ', '2024-01-08'],
  ]);
  const [, strike] = mentions('Mortars hit the Conoco gas field in Syria late Sunday. U.S. Central Command retaliated against the attacking forces, which included rocket launchers and mortars.');
  assert.equal(strike?.kind, 'strike');
  assert.equal(strike.site, 'Conoco gas field');
  assert.ok(strike.lat !== null && strike.lon !== null);
});

test('drones and ballistic missiles are fired from afar: the strike on their crews is in the country, not at the base', () => {
  assert.deepEqual(read('A ballistic missile hit Ain al-Asad air base on Monday. A US gunship conducted a self-defense strike on the militants involved.'), [
    ['attack', 'Ain al-Asad Air Base', 'IQ', '2024-01-08'],
    ['strike', 'Iraq', 'IQ', '2024-01-08'],
  ]);
});

test('a strike on the launcher is at the launch site the story named', () => {
  assert.deepEqual(read('Rockets were fired from Zummar at a US base in Syria on Monday. In response to the rocket launches, a US-led coalition aircraft retaliated by targeting the launcher.'), [
    ['attack', 'Syria', 'SY', '2024-01-08'],
    ['strike', 'Zummar (launch site)', 'IQ', '2024-01-08'],
  ]);
  // Fired only "from Iraq": the launcher was near the base it fired on.
  assert.deepEqual(read('Rockets were fired from Iraq at al-Tanf on Monday. A US aircraft retaliated by targeting the launcher.').map((m) => m.slice(0, 3)), [
    ['attack', 'Al-Tanf Garrison', 'SY'],
    ['strike', 'Al-Tanf Garrison', 'SY'],
  ]);
});

test('the coalition named alone as the one that struck is the attacker of the strike', () => {
  const strike = mentions('Rockets were fired from Zummar at a US base in Syria on Monday. A US-led coalition aircraft retaliated by targeting the launcher.').find((m) => m.kind === 'strike');
  assert.equal(strike?.attacker, 'Combined Joint Task Force - Operation Inherent Resolve');
});

test('an answer told days apart, with no place of its own, or with no attack told, stays unplaced', () => {
  assert.deepEqual(read('Rockets targeted Ain al-Asad air base on Monday. US forces responded with strikes on Wednesday.').map((m) => m[0]), ['attack']);
  const tower = 'A drone attack killed three US soldiers at Tower 22 in Jordan on January 28. In response to the Tower 22 attack in Jordan, US forces';
  for (const answer of ['struck 85 targets on February 2.', 'retaliated against 85 targets.']) {
    assert.deepEqual(
      mentions(`${tower} ${answer}`, '2024-02-05').map((m) => [m.kind, m.site]),
      [['attack', 'Tower 22']],
      answer,
    );
  }
  assert.deepEqual(read('US forces carried out a self-defense strike against the attackers, the Pentagon said.'), []);
  // A strike told since the attack is what the self-defence clause goes on about.
  assert.deepEqual(
    read('Rockets targeted Ain al-Asad air base on Monday. Separately, US forces struck a Houthi missile launcher prepared to launch. US forces destroyed the missile in self-defense.').map((m) => m[0]),
    ['attack'],
  );
});

test('a response verb that answers a question is no strike', () => {
  assert.deepEqual(read('Rockets targeted the Conoco gas field on Monday. The U.S. military has not yet responded to requests for comment.').map((m) => m[0]), ['attack']);
});

test('a semicolon that joins two incidents gives both; one that goes on about the incident before it adds to it', () => {
  const both = mentions('Rockets attacked al-Tanf on Monday; US jets struck back hours later.');
  assert.deepEqual(
    both.map((m) => [m.kind, m.site, m.date]),
    [
      ['attack', 'Al-Tanf Garrison', '2024-01-08'],
      ['strike', 'Al-Tanf Garrison', '2024-01-08'],
    ],
  );
  // "struck back" is the strike's word, not a hit of the drones.
  assert.equal(both[0]!.outcome, 'unknown');
  const claimed = mentions('Drones attacked al-Tanf on Monday; Kataib Hezbollah claimed responsibility.');
  assert.equal(claimed.length, 1);
  assert.equal(claimed[0]!.attribution, 'claimed');
  const unhurt = mentions('Drones attacked al-Tanf on Monday; no one was hurt.');
  assert.equal(unhurt.length, 1);
  assert.equal(unhurt[0]!.injured, 0);
});

test('an attack and the strike on its launch truck told in one sentence are two incidents, each at its place', () => {
  const [attack, strike] = mentions('Rockets fired from Zummar targeted US forces in Syria on Monday, and US aircraft later struck the launch truck.');
  assert.deepEqual([attack?.kind, attack?.country, attack?.weapons, attack?.date], ['attack', 'SY', ['rocket'], '2024-01-08']);
  assert.deepEqual([strike?.kind, strike?.site, strike?.country], ['strike', 'Zummar (launch site)', 'IQ']);
});

test('a claim taken back is no claim', () => {
  for (const text of [
    'Kataib Hezbollah claimed the attack on Ain al-Asad air base on Monday, but later denied any role.',
    'A drone attacked Erbil air base on Monday. Kataib Hezbollah claimed the attack, but later denied any role.',
    'A drone attacked Erbil air base on Monday. Kataib Hezbollah initially claimed responsibility but later retracted the claim.',
  ]) {
    const [attack] = mentions(text);
    assert.equal(attack?.kind, 'attack', text);
    assert.notEqual(attack.attribution, 'claimed', text);
  }
  // Someone else's denial after the claim leaves the claim standing.
  const [kept] = mentions('Kataib Hezbollah claimed the drone attack on Erbil air base on Monday, while Iranian officials denied any role.');
  assert.equal(kept?.attribution, 'claimed');
});

test('fire returned at the attackers is a strike on the spot, on the day of the attack', () => {
  assert.deepEqual(read('Rockets hit the Conoco base on Monday. US forces returned fire.'), [
    ['attack', 'Conoco gas field', 'SY', '2024-01-08'],
    ['strike', 'Conoco gas field', 'SY', '2024-01-08'],
  ]);
  assert.deepEqual(read('U.S. forces in Syria came under rocket fire on Monday; coalition forces returned fire.'), [
    ['attack', 'Syria', 'SY', '2024-01-08'],
    ['strike', 'Syria', 'SY', '2024-01-08'],
  ]);
});

test('an answer told as coming hours later, at a place of its own, came on the day of the attack', () => {
  assert.deepEqual(read('Iran-backed militants launched a drone at Tower 22 on Sunday. The US responded hours later with strikes on the militants’ launch site near Albu Kamal, Syria.'), [
    ['attack', 'Tower 22', 'JO', '2024-01-07'],
    ['strike', 'Abu Kamal (US strike area)', 'SY', '2024-01-07'],
  ]);
});

test('a claim said in a statement and withdrawn is no claim', () => {
  const [attack] = mentions('The Islamic Resistance in Iraq said it targeted Ain al-Asad with drones on Monday, but later withdrew the claim.');
  assert.equal(attack?.kind, 'attack');
  assert.notEqual(attack.attribution, 'claimed');
});

test('a strike on the launch team of an attack told is where the attack hit', () => {
  assert.deepEqual(read('The militia fired four rockets at the Conoco base on Monday; US helicopters then engaged the launch team.'), [
    ['attack', 'Conoco gas field', 'SY', '2024-01-08'],
    ['strike', 'Conoco gas field', 'SY', '2024-01-08'],
  ]);
  // "engaged" is the helicopters' deed, not the rockets being stopped.
  assert.equal(mentions('The militia fired four rockets at the Conoco base on Monday; US helicopters then engaged the launch team.')[0]?.outcome, 'unknown');
});

test('militants struck, described by the attack they had made, are a strike near it and that attack', () => {
  const [strike, attack] = mentions('US forces struck Kataib Hezbollah militants who fired mortars at the Green Village base on Monday, killing four.');
  assert.deepEqual([strike?.kind, strike?.site, strike?.killed, strike?.target], ['strike', 'Al-Omar oil field (Green Village)', 4, "Kata'ib Hezbollah"]);
  assert.deepEqual([attack?.kind, attack?.site, attack?.weapons, attack?.date, attack?.killed, attack?.attacker], ['attack', 'Al-Omar oil field (Green Village)', ['mortar'], '2024-01-08', null, "Kata'ib Hezbollah"]);
  // Those who attacked from afar may be anywhere: the strike is not placed by their attack.
  assert.deepEqual(
    mentions('US forces struck Kataib Hezbollah fighters who had attacked Tower 22 with a drone.').map((m) => [m.kind, m.site, m.attacker]),
    [['attack', 'Tower 22', "Kata'ib Hezbollah"]],
  );
});

test('a strike told "hours after" or "two days after" a dated attack is dated from it, and the other way round', () => {
  const after = (text: string) => mentions(text).map((m) => [m.kind, m.date]);
  assert.deepEqual(after('US forces struck two militia sites in Syria hours after a drone attack on Tower 22 on Sunday.'), [
    ['strike', '2024-01-07'],
    ['attack', '2024-01-07'],
  ]);
  assert.deepEqual(after('US forces struck two militia sites in Syria two days after a drone attack on Tower 22 on Sunday.'), [
    ['strike', '2024-01-09'],
    ['attack', '2024-01-07'],
  ]);
  assert.deepEqual(after('US forces struck two militia sites in Syria on Tuesday, hours after a drone attack on Tower 22.'), [
    ['strike', '2024-01-09'],
    ['attack', '2024-01-09'],
  ]);
});

test('a strike told in the pluperfect ("had already") is one before the news the story told, not a restatement of it', () => {
  const told = mentions(
    'On Tuesday, the Pentagon said U.S. forces in Syria conducted a self-defense strike in response to rocket fire targeting their position at Mission Support Site Euphrates. On January 5, an A-10 had already been deployed to neutralize a rocket launcher threatening the base.',
  );
  assert.deepEqual(
    told.filter((m) => m.kind === 'strike').map((m) => [m.site, m.date]),
    [
      ['Mission Support Site Euphrates', null],
      ['Mission Support Site Euphrates', '2024-01-05'],
    ],
  );
});

test('a strike on a front and one of its members, both named, struck the member', () => {
  const struck = (text: string) => mentions(text).find((m) => m.kind === 'strike')?.target;
  assert.equal(struck('Six fighters of the Islamic Resistance in Iraq, all of them members of Kataib Hezbollah, were killed in U.S. airstrikes in Iraq on Monday.'), "Kata'ib Hezbollah");
  assert.equal(struck('A U.S. drone strike hit a vehicle of the Popular Mobilization Forces’ Nujaba movement in Baghdad on Monday.'), 'Harakat Hezbollah al-Nujaba');
  assert.equal(struck('U.S. airstrikes hit sites of the Islamic Resistance in Iraq near Baghdad on Monday.'), 'Islamic Resistance in Iraq');
});

test('a strike told "in a similar fashion" is another strike, not the one told before it', () => {
  const text =
    'A drone attack wounded three U.S. service members at Erbil Air Base. President Biden ordered retaliatory strikes on three locations in Iraq. In a similar retaliatory fashion, the U.S. conducted strikes on militia facilities after a ballistic missile attack on Al-Asad Airbase in Iraq on November 20.';
  const strikesOfUndated = (body: string) => extract(article(body), pack).mentions.filter((m) => m.kind === 'strike');
  const strikes = strikesOfUndated(text);
  assert.deepEqual(
    strikes.map((m) => m.country),
    ['IQ', 'IQ'],
  );
  assert.ok(strikes[1]!.quote.startsWith('In a similar retaliatory fashion'));
  const without = strikesOfUndated(text.replace('In a similar retaliatory fashion, the', 'The'));
  assert.equal(without.length, 1, 'without the marker, strikes in Iraq after an attack there restate those told before');
  const also = strikesOfUndated('U.S. airstrikes hit a militia depot in Iraq. Likewise, the Pentagon said that U.S. airstrikes hit the depot.');
  assert.equal(also.length, 1, '"likewise" says the same again');
});
