import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Phrasings of regional English outlets (monitors' round-ups, Iran-aligned outlets, agencies): their words for the dead,
// for losses, for Israel, and the stock lines that change the subject.
const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2024-01-05') => extract(article(text, published, 'en'), pack).mentions;

test('"martyred two members": the dead of a strike as Iran-aligned outlets tell them', () => {
  const m = mentionsOf('A US drone strike in eastern Baghdad on Thursday martyred two members of the Harakat al-Nujaba.');
  assert.deepEqual(m.map((x) => [x.kind, x.killed, x.outcome]), [['strike', 2, 'impact']]);
});

test('"without losses", "No casualties were reported so far": noughts', () => {
  assert.deepEqual(mentionsOf('The air defenses of Ayn al-Asad base shot down two drones early on Thursday, without losses.').map((x) => [x.killed, x.injured]), [[0, 0]]);
  assert.deepEqual(
    mentionsOf('Iranian-backed militias targeted, on Saturday, the US base at al-Omar oilfield in the eastern countryside of Deir Ezzor with several rockets. No casualties were reported so far.').map((x) => [x.killed, x.injured]),
    [[0, 0]],
  );
});

test('"without giving information on casualties" tells nothing of a hit', () => {
  const m = mentionsOf('The rockets targeted the US base in the Conoco natural gas field in eastern Syria on Sunday night, local sources told Anadolu, without giving information on casualties.');
  assert.deepEqual(m.map((x) => x.outcome), ['unknown']);
});

test('"the Zionist regime carried out an airstrike": a strike Israel made is none of the US\'s', () => {
  assert.deepEqual(mentionsOf('Earlier on Saturday, the Zionist regime carried out an airstrike on a residential building in the Mezzeh district of Damascus, killing five IRGC military advisers.'), []);
  assert.deepEqual(mentionsOf('Earlier on Saturday, the Israeli regime carried out an airstrike on a residential building in the Mezzeh district of Damascus, killing five IRGC military advisers.'), []);
});

test('"On the other hand, Israeli warplanes targeted … killing four members": another story adds nothing to the attack told before', () => {
  const m = mentionsOf(
    'SOHR documented on Sunday a drone attack on the US base in Conoco gas field, where coalition air defenses shot down the drone.\n\nOn the other hand, Israeli warplanes targeted positions of regime forces and Iranian-backed militias in Masyaf countryside in Hama, killing four members.',
  );
  assert.deepEqual(m.map((x) => [x.site, x.killed, x.outcome]), [['Conoco gas field', null, 'intercepted']]);
});

test('"the Resistance also announced that it targeted the Harir base": the group named before claims it', () => {
  const m = mentionsOf('The Islamic Resistance in Iraq announced on Friday that its fighters targeted the American occupation base in Conoco field, in Syria, with a drone.\n\nThe Resistance also announced that it targeted, on Thursday, the occupation base in Harir, in northern Iraq, with a drone.');
  assert.deepEqual(m.map((x) => [x.site, x.attacker, x.attribution]), [
    ['Conoco gas field', 'Islamic Resistance in Iraq', 'claimed'],
    ['Harir Air Base', 'Islamic Resistance in Iraq', 'claimed'],
  ]);
});

test('"On Sunday, the same faction said it had targeted the Harir base": the group named before claims it', () => {
  const m = mentionsOf('The Islamic Resistance in Iraq said it had targeted the Ain al-Asad base with a drone on Saturday. On Sunday, the same faction said it had targeted the Harir base with two drones.');
  assert.deepEqual(
    m.map((x) => [x.site, x.attacker, x.attribution]),
    [
      ['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed'],
      ['Harir Air Base', 'Islamic Resistance in Iraq', 'claimed'],
    ],
  );
});

test('"Last Wednesday\'s attack on the same base": another incident at the base told before', () => {
  const m = mentionsOf(
    "U.S. forces at the al-Tanf garrison in Syria shot down a drone on Tuesday, a U.S. official said on Wednesday, in the second attack on the base in less than a week. There were no injuries.\n\nLast Wednesday's attack on the same base lightly injured two American troops, the official said.",
    '2023-10-25',
  );
  assert.deepEqual(
    m.map((x) => [x.site, x.date, x.injured]),
    [
      ['Al-Tanf Garrison', '2023-10-24', 0],
      ['Al-Tanf Garrison', '2023-10-18', 2],
    ],
  );
});

test('"claimed both attacks" after a headline naming both bases: the claim is of each', () => {
  const m = mentionsOf(
    'Drones target Ain al-Asad and Erbil bases hosting US troops\n\nERBIL, Kurdistan Region - Two drones targeted Ain al-Asad airbase in Anbar province on Wednesday morning, one of which was shot down while the other crashed inside the base.\n\nAnother drone targeted the coalition base at Erbil International Airport late Tuesday but was shot down.\n\nA group calling itself the Islamic Resistance in Iraq claimed both attacks.',
    '2023-10-19',
  );
  assert.deepEqual(
    m.map((x) => [x.site, x.attacker, x.attribution]),
    [
      ['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed'],
      ['Erbil Air Base', 'Islamic Resistance in Iraq', 'claimed'],
    ],
  );
});

test('"…, the group said." closing the sentence that tells an attack: the group named before claims it', () => {
  const m = mentionsOf('The Islamic Resistance in Iraq said it had carried out more than 100 attacks since October. The latest, on Tuesday, saw rockets fired at Ain al-Asad, the group said.');
  assert.deepEqual(m.map((x) => [x.site, x.attacker, x.attribution]), [['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed']]);
});

test('"The Pentagon gave no casualty figures": no figures given is no nought', () => {
  const m = mentionsOf('U.S. F-15E fighter jets on Sunday struck a training facility near Abu Kamal in eastern Syria. The Pentagon gave no casualty figures.', '2023-11-13');
  assert.deepEqual(m.map((x) => [x.killed, x.injured]), [[null, null]]);
  assert.deepEqual(mentionsOf('Rockets hit Ain al-Asad on Sunday, causing no casualties.', '2023-11-13').map((x) => [x.killed, x.injured]), [[0, 0]]);
});
