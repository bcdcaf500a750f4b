import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();

test('a base named by any alias is placed at its canonical site, with coordinates', () => {
  const { mentions } = extract(article('Two rockets struck the Ain Al Assad airbase in western Iraq on Tuesday.', '2024-03-07'), pack);
  assert.equal(mentions.length, 1);
  const m = mentions[0]!;
  assert.equal(m.kind, 'attack');
  assert.equal(m.site, 'Ain al-Asad Air Base');
  assert.equal(m.country, 'IQ');
  assert.ok(m.lat && m.lon);
  assert.deepEqual(m.weapons, ['rocket']);
});

test('a weekday in the past tense is the most recent such day on or before publication', () => {
  // Published Monday 2024-01-08: "on Saturday" is 2024-01-06.
  const { mentions } = extract(article('Drones attacked the Harir air base on Saturday, officials said.', '2024-01-08'), pack);
  assert.equal(mentions[0]?.date, '2024-01-06');
  assert.equal(mentions[0]?.date_precision, 'day');
});

test('without a publication date a relative day is unknown, never guessed', () => {
  const { mentions } = extract(article('Drones attacked the Harir air base on Saturday, officials said.'), pack);
  assert.equal(mentions[0]?.date, null);
  assert.equal(mentions[0]?.date_precision, 'unknown');
});

test('"on the 9th and 11th of November" is two incidents', () => {
  const { mentions } = extract(article('The US base at Harir was subjected to drone attacks on the 9th and 11th of November.', '2023-11-20'), pack);
  assert.deepEqual(mentions.map((m) => m.date).sort(), ['2023-11-09', '2023-11-11']);
});

test('two bases in one sentence are two mentions', () => {
  const { mentions } = extract(article('The group said it attacked two bases, Al-Tanf and Al-Shaddadi, with drones on Saturday.', '2024-01-08'), pack);
  assert.deepEqual(mentions.map((m) => m.site).sort(), ['Al-Tanf Garrison', 'al-Shaddadi']);
});

test('threats and hypotheticals are not events', () => {
  const text = 'The group warned it would strike the Ain al-Asad base again. Attacks on US forces could soon resume.';
  assert.equal(extract(article(text, '2024-02-01'), pack).mentions.length, 0);
});

test('a claim by the group is "claimed"; a blame by officials is "attributed"', () => {
  const claimed = extract(article('Kataib Hezbollah claimed responsibility for a drone attack on the Conoco gas field on Monday.', '2024-01-10'), pack);
  assert.equal(claimed.mentions[0]?.attacker, "Kata'ib Hezbollah");
  assert.equal(claimed.mentions[0]?.attribution, 'claimed');
  const blamed = extract(article('US officials blamed Kataib Hezbollah for a drone attack on the Conoco gas field on Monday.', '2024-01-10'), pack);
  assert.equal(blamed.mentions[0]?.attribution, 'attributed');
  const none = extract(article('A drone attack hit the Conoco gas field on Monday.', '2024-01-10'), pack);
  assert.equal(none.mentions[0]?.attacker, null);
  assert.equal(none.mentions[0]?.attribution, 'unknown');
});

test('casualties and outcome are read from the sentence', () => {
  const { mentions } = extract(article('A drone struck Tower 22 in Jordan on Sunday, killing three US soldiers and wounding 34 others.', '2024-01-29'), pack);
  assert.equal(mentions[0]?.killed, 3);
  assert.equal(mentions[0]?.injured, 34);
  assert.equal(mentions[0]?.outcome, 'impact');
  const shot = extract(article('Air defences at Al-Tanf shot down a drone on Friday and there were no casualties.', '2024-01-08'), pack);
  assert.equal(shot.mentions[0]?.outcome, 'intercepted');
  assert.equal(shot.mentions[0]?.killed, 0);
  assert.equal(shot.mentions[0]?.injured, 0);
});

test('a launch site is not the target', () => {
  const { mentions } = extract(article('Rockets fired from Zummar targeted a US base in northeastern Syria on Sunday.', '2024-04-22'), pack);
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0]?.site, null);
  assert.equal(mentions[0]?.country, 'SY');
});

test('a US strike is a strike by the United States on the militia named', () => {
  const { mentions } = extract(article('US forces carried out airstrikes on Kataib Hezbollah facilities at Jurf al-Sakhar on Wednesday, the Pentagon said.', '2023-11-23'), pack);
  assert.equal(mentions[0]?.kind, 'strike');
  assert.equal(mentions[0]?.attacker, 'United States');
  assert.equal(mentions[0]?.target, "Kata'ib Hezbollah");
  assert.equal(mentions[0]?.site, 'Jurf al-Sakhar (US strike area)');
  assert.deepEqual(mentions[0]?.weapons, ['air_strike']);
});

test('every mention points at the text that supports it', () => {
  const text = 'Intro line here.\n\nTwo rockets struck the Ain Al Assad airbase on Tuesday.';
  const { mentions } = extract(article(text, '2024-03-07'), pack);
  const m = mentions[0]!;
  assert.equal(text.slice(m.start, m.end), m.quote);
  const site = m.evidence.site!;
  assert.equal(text.slice(site.start, site.end), 'Ain Al Assad airbase');
});

test('an aggregate count is a tally with its qualifier and period, not a mention', () => {
  const { mentions, tallies } = extract(article('US forces in Iraq and Syria have been attacked more than 110 times since October 17, the Pentagon said.', '2024-01-20'), pack);
  assert.equal(mentions.length, 0);
  assert.equal(tallies.length, 1);
  assert.equal(tallies[0]?.count, 110);
  assert.equal(tallies[0]?.qualifier, 'more_than');
  assert.equal(tallies[0]?.since, '2023-10-17');
  assert.equal(tallies[0]?.speaker, 'Pentagon');
});

test('a state\'s own attack ("an Iranian drone attacked", "Iran launched") is not a militia attack; a group Iran backs still attacks', () => {
  const kinds = (text: string) => extract(article(text, '2024-01-10'), pack).mentions.map((m) => m.kind);
  assert.deepEqual(kinds('An Iranian drone attacked a US military base near Erbil in Iraq.'), []);
  assert.deepEqual(kinds('Iran launched ballistic missiles at the Ain al-Asad air base in Iraq.'), []);
  assert.deepEqual(kinds('Iran-backed militias launched drones at the Ain al-Asad air base in Iraq.'), ['attack']);
  assert.deepEqual(kinds('Militias backed by Iran launched drones at the Ain al-Asad air base in Iraq.'), ['attack']);
  assert.deepEqual(kinds('Pro-Iranian militias fired rockets at the Ain al-Asad air base in Iraq.'), ['attack']);
  assert.deepEqual(kinds('An Iranian-made drone struck the Ain al-Asad air base in Iraq.'), ['attack']);
  // "Iranian militias", as the Syrian Observatory writes: the groups, not the state.
  assert.deepEqual(kinds('Iranian militias targeted the US base at the Conoco gas field with rockets on Tuesday.'), ['attack']);
  assert.deepEqual(kinds('Iranian forces fired missiles at the Ain al-Asad air base in Iraq.'), []);
});

test('an attack on Israel by the same militias is not an attack on US forces', () => {
  const { mentions } = extract(article('The Islamic Resistance in Iraq claimed a drone attack on Eilat in Israel on Monday.', '2024-01-10'), pack);
  assert.equal(mentions.length, 0);
});

test('articles in other languages: site, date and weapon of the main incident', () => {
  const de = extract(article('Am Sonntag wurde der US-Stützpunkt Ain al-Asad im Irak mit Drohnen angegriffen.', '2024-01-22', 'de'), pack);
  assert.equal(de.mentions[0]?.site, 'Ain al-Asad Air Base');
  assert.equal(de.mentions[0]?.date, '2024-01-21');
  assert.deepEqual(de.mentions[0]?.weapons, ['drone']);
  const fr = extract(article('Dimanche, la base américaine d’Aïn al-Assad en Irak a été visée par des roquettes.', '2024-01-22', 'fr'), pack);
  assert.equal(fr.mentions[0]?.site, 'Ain al-Asad Air Base');
  assert.deepEqual(fr.mentions[0]?.weapons, ['rocket']);
});

test('German "wurde" (was) is a past fact, not a hypothetical: its accents folded, "würde" (would) reads the same', () => {
  const { mentions } = extract(article('Der US-Stützpunkt Ain al-Asad im Irak wurde am Sonntag mit Drohnen angegriffen. Die Drohne wurde abgeschossen.', '2024-01-22', 'de'), pack);
  assert.deepEqual(mentions.map((m) => [m.site, m.date, m.outcome]), [['Ain al-Asad Air Base', '2024-01-21', 'intercepted']]);
});

test('"Tuesday" is not the French "tué" (killed) with its accent folded away: the militants\' rockets are an attack', () => {
  const { mentions } = extract(article('US forces on Tuesday said militants fired rockets at a base in Syria.', '2024-01-10'), pack);
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['attack', 'SY']]);
});

test('"the death of three soldiers" counts the dead in the languages the pack reads', () => {
  const killed = (text: string, lang: string) => extract(article(text, '2024-07-19', lang), pack).mentions.map((m) => m.killed);
  assert.deepEqual(killed('Las milicias anunciaron una pausa tras la muerte de tres militares estadounidenses por el impacto de un dron en una base en Jordania.', 'es'), [3]);
  assert.deepEqual(killed('Les frappes répondaient à la mort de trois soldats américains lors d’une attaque de drone en Jordanie.', 'fr'), [3]);
});

test('a count broken down by country is one tally per number; counts of US strikes are not tallies', () => {
  const text = 'Since October 17, US and coalition forces have been attacked at least 61 times. Of those, 29 have been in Iraq and 32 in Syria. The U.S. military has struck back just three times.';
  const { tallies } = extract(article(text, '2023-11-20'), pack);
  assert.deepEqual(
    tallies.map((t) => [t.count, t.qualifier]),
    [
      [61, 'at_least'],
      [29, 'exact'],
      [32, 'exact'],
    ],
  );
  assert.equal(tallies[0]?.since, '2023-10-17');
});

test('the defender answering a number of times, or its strikes counted as its subject, are no tallies of attacks on it', () => {
  const counts = (text: string) => extract(article(text, '2023-11-09'), pack).tallies.map((t) => t.count);
  assert.deepEqual(counts('The U.S. military responded just three times as the administration weighed its options.'), []);
  assert.deepEqual(counts('The strikes by Air Force F-15E jets against the corps and its proxies were the second attack in two weeks, the newspaper reported.'), []);
  // Counted attacks on the defender stay tallies, whoever answered them.
  assert.deepEqual(counts('US forces in Iraq and Syria have been attacked 40 times since October 17, and the U.S. military responded twice.'), [40]);
  assert.deepEqual(counts('This was the third drone attack on the base in the last six months, Pentagon officials said.'), [3]);
});

test('a count over a period between two days carries both ends', () => {
  const period = (text: string) => extract(article(text, '2024-12-05'), pack).tallies.map((t) => [t.count, t.since, t.until]);
  assert.deepEqual(period('The Pentagon reported 206 attacks on U.S. forces between October 17 and November 30.'), [[206, '2024-10-17', '2024-11-30']]);
  assert.deepEqual(period('From Oct. 17 to Nov. 14 there were 55 attacks on US forces.'), [[55, '2024-10-17', '2024-11-14']]);
  // A part of a month is its third: the period runs from the first day of one to the last of the other.
  assert.deepEqual(period('The Pentagon counted 206 attacks on U.S. forces between mid-October and late November.'), [[206, '2024-10-11', '2024-11-30']]);
  // Few attacks over a period are still a count, not incidents of one day.
  assert.deepEqual(period('Between October 17 and October 20 there were five attacks on US forces in Iraq.'), [[5, '2024-10-17', '2024-10-20']]);
});

test('a count of attacks since a day of the campaign is a tally in an article about the defender\'s forces, even when its sentence does not name them', () => {
  const counts = (text: string) => extract(article(text, '2023-11-07'), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  const lead = 'US troops at the Ain al-Asad air base came under drone attack on Monday.';
  assert.deepEqual(counts(`${lead} Since October 17, there have been at least 24 attacks, mostly with drones and rockets.`), [[24, 'at_least', '2023-10-17']]);
  assert.deepEqual(counts('Settlers raided a village. Since October 17, there have been at least 24 attacks, mostly at night.'), [], 'an article that never speaks of the defender counts other attacks');
  assert.deepEqual(counts(`${lead} Since 2019, there have been at least 24 attacks, mostly with drones and rockets.`), [], 'a count from before the campaign');
});

test('round counts in words are counts: "au moins une centaine de fois"', () => {
  const { tallies } = extract(article("L'armée américaine a été attaquée au moins une centaine de fois en Irak et en Syrie depuis octobre.", '2024-01-05', 'fr'), pack);
  assert.deepEqual(tallies.map((t) => [t.count, t.qualifier]), [[100, 'at_least']]);
});

test('a round count in a noun is about so many ("une soixantaine d\'attaques"), and a bound before its article still bounds it ("plus d\'une centaine", "more than a hundred")', () => {
  const counts = (text: string, lang: string) => extract(article(text, '2024-02-10', lang), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(counts("Depuis le 17 octobre, les troupes américaines ont subi une soixantaine d'attaques.", 'fr'), [[60, 'about']]);
  assert.deepEqual(counts("Les forces américaines ont été visées par plus d'une centaine d'attaques en Irak et en Syrie depuis la mi-octobre.", 'fr'), [[100, 'more_than']]);
  assert.deepEqual(counts('Las tropas de EEUU han sufrido más de un centenar de ataques desde el 17 de octubre.', 'es'), [[100, 'more_than']]);
  assert.deepEqual(counts('US forces have been attacked more than a hundred times since Oct. 17.', 'en'), [[100, 'more_than']]);
  assert.deepEqual(counts('Une vingtaine de soldats américains ont été blessés dans ces attaques depuis octobre.', 'fr'), [], 'troops hurt, not attacks');
});

test('a count in words after a German noun is a count; "these two attacks" points back to incidents and counts none', () => {
  const tallyOf = (text: string, lang: string) => extract(article(text, '2023-10-27', lang), pack).tallies.map((t) => t.count);
  assert.deepEqual(tallyOf('Es habe in den letzten drei Tagen sieben Angriffe auf US-Truppen im Irak und in Syrien gegeben.', 'de'), [7]);
  assert.deepEqual(tallyOf('Ces deux attaques contre les forces américaines ont été revendiquées par la Résistance islamique en Irak.', 'fr'), []);
  assert.deepEqual(tallyOf('These two attacks on US forces were claimed by the Islamic Resistance in Iraq.', 'en'), []);
});

test('an ordinal count is a tally; a date inside the sentence is not a count', () => {
  const { tallies } = extract(article('The attack marks the 144th attack on US forces in Iraq and Syria since the Oct. 7 attack on Israel.', '2024-01-21'), pack);
  assert.deepEqual(tallies.map((t) => t.count), [144]);
});

test('the incident an ordinal count ranks is still told; a total over a period tells none', () => {
  const ranked = extract(article('U.S. forces in Syria were targeted Tuesday by a drone, which was shot down, the Pentagon said, the 150th attack since Oct. 17.', '2024-02-07'), pack);
  assert.deepEqual(ranked.tallies.map((t) => t.count), [150]);
  assert.deepEqual(ranked.mentions.map((m) => [m.kind, m.country, m.date, m.outcome]), [['attack', 'SY', '2024-02-06', 'intercepted']]);
  const total = extract(article('U.S. forces in Syria and Iraq have been attacked 150 times since Oct. 17, the Pentagon said on Tuesday.', '2024-02-07'), pack);
  assert.deepEqual([total.tallies.map((t) => t.count), total.mentions], [[150], []]);
});

test('a count since the war began runs from the campaign\'s first day', () => {
  const { tallies } = extract(article('Iran-backed militias have carried out more than 150 attacks on American troops since the war in Gaza began.', '2024-02-07'), pack);
  assert.deepEqual(tallies.map((t) => [t.count, t.since]), [[150, pack.settings.since]]);
  const fr = extract(article("Depuis le début de la guerre à Gaza, l'armée américaine a été attaquée au moins 100 fois en Irak et en Syrie.", '2024-02-07', 'fr'), pack);
  assert.deepEqual(fr.tallies.map((t) => [t.count, t.since]), [[100, pack.settings.since]]);
});

test('a few attacks at a named base are incidents, not a tally; a count since a day still is', () => {
  const tallyOf = (text: string) => extract(article(text, null), pack).tallies.map((t) => t.count);
  assert.deepEqual(tallyOf('Two separate drone attacks targeted the al-Tanf base in southern Syria, officials said.'), []);
  assert.deepEqual(tallyOf('A second drone attack targeted the Conoco gas field, where U.S. troops are stationed.'), []);
  assert.deepEqual(tallyOf('It was the third attack on U.S. forces in Erbil since Saturday.'), [3]);
  assert.deepEqual(tallyOf('U.S. forces have been attacked 40 times, including at the al-Tanf base.'), [40]);
  // A few attacks of one day, even a day an undated article cannot resolve, are incidents.
  assert.deepEqual(tallyOf('United States forces were attacked four times in Iraq and Syria late on November 23, a U.S. military official said.'), []);
});

test('a count of attacks goes on in the next sentence; the defender\'s own strikes and the targets they hit are not counted', () => {
  const tallyOf = (text: string) => extract(article(text, '2023-11-09'), pack).tallies.map((t) => t.count);
  assert.deepEqual(tallyOf('U.S. forces have been attacked 38 times since October 17, the Pentagon said. He said that 20 of the attacks were in Iraq, and the other 18 were in Syria.'), [38, 20, 18]);
  assert.deepEqual(tallyOf('The U.S. in turn has launched three retaliatory attacks on facilities linked to the IRGC.'), []);
  assert.deepEqual(tallyOf('Four of these attacks on U.S. troops took place after U.S. strikes on two Iranian-linked targets in Syria.'), [4]);
});

test('the clause of a sentence that holds a count tells no incident, but another clause of it may', () => {
  const { mentions, tallies } = extract(article('Four of these attacks on U.S. troops took place following U.S. retaliatory strikes on two militia targets in Syria on Thursday.', '2023-10-28'), pack);
  assert.deepEqual(tallies.map((t) => t.count), [4]);
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.date]), [['strike', 'SY', '2023-10-26']]);
});

test('counts joined by "and" before one verb add up; counts of two verbs do not', () => {
  const toll = (text: string) => extract(article(text, '2024-03-12'), pack).mentions.map((m) => [m.killed, m.injured]);
  assert.deepEqual(toll('Four U.S. service members and one contractor were injured in a rocket attack on Ain al-Asad air base on Monday.'), [[null, 5]]);
  assert.deepEqual(toll('A rocket attack on Ain al-Asad air base on Monday injured four U.S. service members and one contractor.'), [[null, 5]]);
  assert.deepEqual(toll('Rockets hit Ain al-Asad air base on Monday, killing two soldiers and injuring three contractors.'), [[2, 3]]);
});

test('an aside that tells who a count is made of does not part the count from its verb, and a count inside it is only a part', () => {
  const toll = (text: string, lang = 'en') => extract(article(text, '2024-08-06', lang), pack).mentions.map((m) => m.injured);
  assert.deepEqual(toll('A rocket attack hit Ain al-Asad air base on Monday, and at least five people, including both U.S. troops and contractors, were injured.'), [5]);
  assert.deepEqual(toll("Une attaque de drone a visé la base d'Aïn al-Asad lundi. Cinq personnes, dont trois soldats américains, ont été blessées.", 'fr'), [5]);
  assert.deepEqual(toll('Un ataque con drones contra la base de Ain al-Asad dejó el lunes cinco personas heridas.', 'es'), [5]);
});

test('a group named between a count and its verb does not part them', () => {
  const [m] = extract(article('Three members of the Iran-backed Kataib Hezbollah militia were killed in a U.S. drone strike in Baghdad on Wednesday.', '2024-02-08'), pack).mentions;
  assert.deepEqual([m?.kind, m?.killed], ['strike', 3]);
});

test('a strike told again with the group it hit takes that group as its target', () => {
  const [m] = extract(article('U.S. carries out retaliatory strikes in Syria\n\nThe United States carried out airstrikes in Syria on Friday against targets linked to the Revolutionary Guard (IRGC), the military said.', '2024-02-02'), pack).mentions;
  assert.deepEqual([m?.kind, m?.target], ['strike', 'Islamic Revolutionary Guard Corps - Quds Force']);
});

test('a headline that counts the incidents its article tells is no tally; a total in the body is', () => {
  const { tallies } = extract(article('Iraqi militia group claims two drone attacks on US bases\n\nThe Islamic Resistance in Iraq said it had attacked Ain al-Asad air base with drones.\n\nUS forces have been attacked at least 46 times since October 17, the Pentagon said.', '2023-11-10'), pack);
  assert.deepEqual(tallies.map((t) => [t.count, t.qualifier]), [[46, 'at_least']]);
});

test('an ordinal count of recorded attacks is a tally too', () => {
  const { tallies } = extract(article('It was the 31st recorded attack on American bases in Syria since Oct. 19, the monitor said.', '2023-11-09'), pack);
  assert.deepEqual(tallies.map((t) => [t.count, t.since]), [[31, '2023-10-19']]);
});

test('an Arabic count of operations since the war began is a tally, and its breakdown after "and" too', () => {
  const ops = extract(article('نفذت المقاومة الإسلامية في العراق أكثر من 60 عملية منذ اندلاع الحرب على غزة ضد قواعد تضم قوات أمريكية.', '2023-11-29', 'ar'), pack);
  assert.deepEqual(ops.tallies.map((t) => [t.count, t.qualifier, t.since]), [[60, 'more_than', '2023-10-07']]);
  const split = extract(article('قال مسؤول أمريكي إن القوات الأمريكية تعرضت إلى 12 هجوما في العراق و7 في سوريا.', '2023-11-29', 'ar'), pack);
  assert.deepEqual(split.tallies.map((t) => t.count), [12, 7]);
});

test('a count of soldiers hurt in an attack is no count of attacks, in Arabic as in English', () => {
  const { tallies, mentions } = extract(article('أصيب 4 جنود أمريكيين في الهجوم الذي استهدف قاعدة في أربيل.', '2023-12-26', 'ar'), pack);
  assert.deepEqual(tallies, []);
  assert.deepEqual(mentions.map((m) => [m.site, m.injured]), [['Erbil Air Base', 4]]);
});
