import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2024-01-10', lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('a country inside a group name places nothing', () => {
  const mentions = mentionsOf('The Islamic Resistance in Iraq said it launched a rocket attack on US forces in Syria on Monday.');
  assert.deepEqual(mentions.map((m) => m.country), ['SY']);
});

test('a dateline says where the story was filed, not where the incident was', () => {
  const mentions = mentionsOf('AMMAN, Jordan (Example Wire) – US forces struck a militia weapons depot in Iraq on Monday, the Pentagon said.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
});

test('a pattern of attacks is not an incident, even at a named base', () => {
  assert.equal(mentionsOf('The Harir base has faced multiple drone attacks claimed by the militias.').length, 0);
  assert.equal(mentionsOf('Al-Tanf is a frequent target of rocket and drone attacks.').length, 0);
  assert.equal(mentionsOf('Militias have launched a series of attacks on US bases in Syria.').length, 0);
  // Several weapons in one attack are still one attack.
  assert.equal(mentionsOf('US forces were attacked at a base in eastern Syria with multiple rockets on Monday.').length, 1);
});

test('a long line without closing punctuation ends its sentence', () => {
  const first = 'According to a defence official, US forces were attacked at a base in eastern Syria with several rockets and a drone';
  const text = `${first}\nIn Iraq, drones were launched at the Ain al-Asad air base in the western province of Anbar on Monday.`;
  assert.equal(splitSentences(text, 'en').length, 2);
  assert.deepEqual(mentionsOf(text).map((m) => m.country).sort(), ['IQ', 'SY']);
});

test('an ellipsis before a capital ends a sentence', () => {
  const text = 'The statement read: "In response to many attacks, US forces struck depots in Iraq… Earlier, militants attacked coalition forces at Erbil air base."';
  assert.equal(splitSentences(text, 'en').length, 2);
});

test('a strike that killed the defender\'s troops is an attack on them', () => {
  const mentions = mentionsOf('Three U.S. soldiers were killed in a drone strike near the Jordan-Syria border last month.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.killed]), [['attack', 'JO', 3]]);
});

test('US troops who kill militants in a strike are the ones striking', () => {
  const mentions = mentionsOf('U.S. and coalition troops killed five militia fighters in a drone strike near Kirkuk on Sunday.');
  assert.deepEqual(mentions.map((m) => m.kind), ['strike']);
});

test('the defender named as what was hit is not the one striking', () => {
  assert.deepEqual(mentionsOf('US Military Forces in Syria Targeted in a Drone Attack on Monday').map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('Two U.S. bases in Syria were targeted in drone attacks on Monday.').map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('The United States attacked militia groups in Iraq on Monday.').map((m) => m.kind), ['strike']);
});

test('a strike a militia or another state made is not a US strike', () => {
  assert.equal(mentionsOf("The Revolutionary Guard's (IRGC) missile strike on civilian areas in Erbil killed four people on Monday.").length, 0);
});

test('a country named only as a border the place is near does not place it', () => {
  assert.equal(mentionsOf('A drone hit a base near the Syrian border on Monday.').length, 0);
  const landmark = mentionsOf('Two drones attacked a coalition base near the border, east of al-Rukban camp, on Monday.');
  assert.deepEqual(landmark.map((m) => m.site), ['Rukban']);
});

test('listed days the text cannot resolve are still incidents, one a day, not a pattern', () => {
  const mentions = mentionsOf('US forces have also carried out strikes on militia facilities in Syria on Oct. 26 and Nov. 8.', null);
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.date]), [['strike', 'SY', null], ['strike', 'SY', null]]);
});

test('the campaign\'s first day, with or without its year, dates no incident', () => {
  assert.equal(mentionsOf('About 900 US troops were deployed in Syria before the Oct. 7 Hamas attacks.', null).length, 0);
});

test('a strike noun where the defender\'s strikes land is a strike', () => {
  const mentions = mentionsOf('The strike occurred on a busy street in the Mashtal neighborhood of Baghdad on Wednesday.', '2024-02-08');
  assert.deepEqual(mentions.map((m) => [m.kind, m.site, m.date]), [['strike', 'Baghdad Mashtal district (US strike area)', '2024-02-07']]);
});

test('"an air assault" by the defender is an air strike; "Iraq\'s capital" is Baghdad', () => {
  const mentions = mentionsOf("The US military launched an air assault on militia sites in Iraq's capital on Friday.", '2024-02-04');
  assert.deepEqual(mentions.map((m) => [m.kind, m.place, m.weapons]), [['strike', "Iraq's capital", ['air_strike']]]);
});

test('the defender named last before the verb is who acts', () => {
  const attacked = mentionsOf('CENTCOM confirmed that U.S. forces had been attacked by drones in Iraq on Thursday.', '2024-01-12');
  assert.deepEqual(attacked.map((m) => m.kind), ['attack']);
  // Militias "that have attacked U.S. troops" are what was struck, not who was hit.
  const struck = mentionsOf('U.S. forces targeted over 80 sites in Iraq on Friday used by groups that have repeatedly attacked U.S. troops.', '2024-02-04');
  assert.deepEqual(struck.map((m) => m.kind), ['strike']);
});

test('"this morning" is the publication day; "two dozen" is 24; the day in "a Jan. 28 strike" is no casualty count', () => {
  const [m] = mentionsOf('Three U.S. soldiers were killed and two dozen were injured early this morning in a drone attack on Tower 22.', '2024-01-29');
  assert.deepEqual([m?.date, m?.killed, m?.injured], ['2024-01-29', 3, 24]);
  const [jordan] = mentionsOf('Officials recalled a Jan. 28 strike that led to the deaths of three service members in Jordan.', '2024-02-07');
  assert.deepEqual([jordan?.kind, jordan?.date, jordan?.killed], ['attack', '2024-01-28', 3]);
});

test('"this morning" inside a quotation is the day it was said, not the day of publication', () => {
  const text = 'Three U.S. service members were injured in a drone attack in northern Iraq on Christmas Day, officials said.\n\n“Early this morning in northern Iraq, U.S. military personnel were targeted by a one-way attack drone,” a spokeswoman said.';
  const mentions = mentionsOf(text, '2023-12-26');
  assert.deepEqual(mentions.map((m) => [m.country, m.date]), [['IQ', '2023-12-25']]);
  const straight = mentionsOf(text.replace('“', '"').replace('”', '"'), '2023-12-26');
  assert.deepEqual(straight.map((m) => [m.country, m.date]), [['IQ', '2023-12-25']], 'straight quotes too');
  const [told] = mentionsOf('U.S. military personnel were targeted by a one-way attack drone in northern Iraq early this morning.', '2023-12-26');
  assert.equal(told?.date, '2023-12-26');
});

test('Arabic dates: weekdays, today, last week and day-month-year', () => {
  // Published Monday 2024-01-08.
  const today = mentionsOf('أسقطت الدفاعات الجوية اليوم الاثنين طائرة مسيرة فوق قاعدة عين الأسد', '2024-01-08', 'ar');
  assert.deepEqual(today.map((m) => [m.site, m.date, m.weapons]), [['Ain al-Asad Air Base', '2024-01-08', ['drone']]]);
  const lastWeek = mentionsOf('والأسبوع الماضي، تعرضت قاعدة حرير لهجوم بطائرة مسيرة', '2024-01-08', 'ar');
  assert.deepEqual(lastWeek.map((m) => [m.date, m.date_end, m.date_precision]), [['2024-01-01', '2024-01-07', 'range']]);
  const absolute = mentionsOf('استهدفت طائرة مسيرة قاعدة التنف في 11 نوفمبر 2024', null, 'ar');
  assert.deepEqual(absolute.map((m) => [m.site, m.date]), [['Al-Tanf Garrison', '2024-11-11']]);
});

test('"a day after" dates the incident of the clause it opens to the day before the main clause\'s', () => {
  const text = "Friday's drone attack on Harir air base came a day after a US strike in Baghdad killed a militia commander.";
  const dated = mentionsOf(text, '2024-01-06');
  assert.deepEqual(
    dated.map((m) => [m.kind, m.site ?? m.place, m.date]),
    [
      ['attack', 'Harir Air Base', '2024-01-05'],
      ['strike', 'Baghdad', '2024-01-04'],
    ],
  );
  // Undated, the weekday alone moves back: Friday's day before is a Thursday.
  const french = mentionsOf("L'attaque de drone de vendredi contre la base de Harir a eu lieu un jour après que l'armée américaine a effectué une frappe à Bagdad.", null, 'fr');
  assert.deepEqual(
    french.map((m) => [m.kind, m.date, m.day_label]),
    [
      ['attack', null, 'w5'],
      ['strike', null, 'w4'],
    ],
  );
  const twoDays = mentionsOf('Drones struck Harir air base on Saturday, two days after a US strike in Baghdad killed a militia commander.', '2024-01-08');
  assert.deepEqual(twoDays.map((m) => m.date), ['2024-01-06', '2024-01-04']);
  // "after" alone counts no days: the clause keeps no date but its own.
  const after = mentionsOf("Friday's drone attack on Harir air base came after a US strike in Baghdad killed a militia commander.", '2024-01-06');
  assert.deepEqual(after.map((m) => m.date), ['2024-01-05', null]);
});

test('an incident dated weeks before publication is recalled beside the undated news, not folded into it', () => {
  const text =
    'US jets bomb militia depot in eastern Syria\n\n' +
    'American warplanes struck an ammunition depot in eastern Syria used by Iran-backed militias, officials said Thursday. ' +
    'The United States carried out airstrikes on Nov. 2 as well.';
  const mentions = mentionsOf(text, '2023-11-16');
  // The news stays undated, for fusion to place among the days before publication; the strike of two weeks before is its own.
  assert.deepEqual(
    mentions.map((m) => [m.kind, m.country, m.date]),
    [
      ['strike', 'SY', null],
      ['strike', 'SY', '2023-11-02'],
    ],
  );
  // A few days before publication, the dated strike is the news told again.
  assert.deepEqual(mentionsOf(text.replace('Nov. 2', 'Nov. 14'), '2023-11-16').map((m) => m.date), ['2023-11-14']);
  // At a named base, the undated headline is the incident the story then dates, however long ago.
  const base = mentionsOf('What we know about the drone attack on Tower 22\n\nA drone attack killed three US soldiers at Tower 22 in Jordan on Jan. 28.', '2024-02-20');
  assert.deepEqual(base.map((m) => [m.site, m.date]), [['Tower 22', '2024-01-28']]);
});

test('"the previous day", "a day earlier", "the next day" count from the incident told last, and put a placeless one where the story is', () => {
  const text =
    'American forces on Tuesday struck a militia depot in Syria, the military said.\n\n' +
    'No troops were hurt, officials said.\n\n' +
    'The previous day, US warplanes bombed nine targets linked to the same militias.';
  assert.deepEqual(
    mentionsOf(text, '2024-11-13').map((m) => [m.kind, m.country, m.date]),
    [
      ['strike', 'SY', '2024-11-12'],
      ['strike', 'SY', '2024-11-11'],
    ],
  );
  // Counted from Monday's strike, not from publication on Wednesday.
  const earlier = mentionsOf('US jets struck a militia depot in eastern Syria on Monday. A day earlier, US drones struck a convoy near Abu Kamal.', '2024-11-13');
  assert.deepEqual(earlier.map((m) => m.date), ['2024-11-11', '2024-11-10']);
  // And forward: "the next day", "two days later".
  const later = mentionsOf('Drones struck Ain al-Asad air base on Oct. 17. The next day, rockets hit Harir air base. Two days later, a drone targeted Erbil air base.', '2023-10-25');
  assert.deepEqual(later.map((m) => m.date), ['2023-10-17', '2023-10-18', '2023-10-20']);
  // "Days earlier" with no count: within the week before.
  const days = mentionsOf('Drones struck the Rumalyn landing zone on Aug. 9. Just days prior, a rocket attack on the al-Asad air base injured five.', '2024-08-12');
  assert.deepEqual(
    days.map((m) => [m.site, m.date, m.date_end]),
    [
      ['Rumalyn Landing Zone', '2024-08-09', null],
      ['Ain al-Asad Air Base', '2024-08-02', '2024-08-08'],
    ],
  );
  // With strikes told in two countries, a placeless one is placed in neither.
  const two = mentionsOf('US jets struck militia depots in Iraq on Tuesday. US drones struck a convoy in Syria on Tuesday. The previous day, US warplanes bombed nine targets.', '2024-11-13');
  assert.deepEqual(two.map((m) => m.country), ['IQ', 'SY']);
});

test('"within hours" dates an incident to the day before publication or that day, apart from one "last week" at the same base', () => {
  const text =
    'Air defences shot down a drone over Ain al-Asad air base on Monday. It was the second attack within hours after a drone was shot down over Erbil airport. ' +
    'Last week, a base near Erbil airport was hit by a drone attack.';
  const mentions = mentionsOf(text, '2024-01-08');
  assert.deepEqual(
    mentions.map((m) => [m.site, m.date, m.date_end]),
    [
      ['Ain al-Asad Air Base', '2024-01-08', null],
      ['Erbil Air Base', '2024-01-07', '2024-01-08'],
      ['Erbil Air Base', '2024-01-01', '2024-01-07'],
    ],
  );
  const arabic = mentionsOf('وهو الثاني خلال ساعات بعد إسقاط مسيّرة فوق مطار أربيل', '2024-01-08', 'ar');
  assert.deepEqual(arabic.map((m) => [m.site, m.date, m.date_end]), [['Erbil Air Base', '2024-01-07', '2024-01-08']]);
  // Without a publication date the hours fix nothing.
  assert.equal(mentionsOf('Hours ago, a drone was shot down over Erbil airport.', null)[0]?.date, null);
});

test('"late last month", "mid-November", "the end of October": a third of the month, not the whole of it', () => {
  const dated = (text: string, lang = 'en') => mentionsOf(text, '2023-12-03', lang).map((m) => [m.date, m.date_end, m.date_precision]);
  assert.deepEqual(dated('Late last month, the US carried out an air strike in Iraq, killing nine militiamen.'), [['2023-11-21', '2023-11-30', 'range']]);
  assert.deepEqual(dated('In mid-November, rockets were fired at Ain al-Asad air base.'), [['2023-11-11', '2023-11-20', 'range']]);
  assert.deepEqual(dated('At the end of October, rockets were fired at Ain al-Asad air base.'), [['2023-10-21', '2023-10-31', 'range']]);
  assert.deepEqual(dated('A principios de octubre, un dron atacó la base de Al Tanf.', 'es'), [['2023-10-01', '2023-10-10', 'range']]);
  assert.deepEqual(dated('In November, rockets were fired at Ain al-Asad air base.'), [['2023-11-01', '2023-11-30', 'month']]);
});

test('days that do not resolve still tell incidents apart', () => {
  const pair = mentionsOf('The US base at Harir was subjected to drone attacks on the 9th and 11th of November.', null);
  assert.equal(pair.length, 2);
  const text = 'A militia attacked the al-Tanf base with drones on Monday evening. Last Thursday, a drone attack also targeted the al-Tanf base.';
  assert.equal(mentionsOf(text, null).length, 2);
  assert.equal(mentionsOf('A militia attacked the al-Tanf base with drones on Monday. The drone attack on the al-Tanf base caused no damage.', null).length, 1);
});

test('a base described in one province is not the one named in another', () => {
  const text = 'The group once again targeted a US military base in the Iraqi province of Anbar. Earlier, the US base at Harir was hit by a drone attack.';
  assert.deepEqual(mentionsOf(text, null).map((m) => m.site ?? m.place), ['Anbar', 'Harir Air Base']);
});

test('a dateline with a colon places nothing', () => {
  assert.deepEqual(mentionsOf('BAGDAD: Une attaque de drone a visé lundi une base militaire en Syrie.', '2024-01-10', 'fr').map((m) => m.country), ['SY']);
});

test('a strike on what threatened "the base" is placed at the base named before', () => {
  const text = 'Rockets were fired at Mission Support Site Euphrates on Tuesday. An A-10 warplane destroyed a rocket launcher threatening the base.';
  const kinds = mentionsOf(text, '2024-12-04').map((m) => [m.kind, m.site]);
  assert.deepEqual(kinds, [['attack', 'Mission Support Site Euphrates'], ['strike', 'Mission Support Site Euphrates']]);
});

test('"in the past 96 days" dates no incident', () => {
  const [m] = mentionsOf('The attack on the Conoco base marks the 164th attack on US facilities in the past 96 days.', '2024-01-22');
  assert.equal(m?.date, null);
});

test('a habit of attacking is no incident, but a strike on groups with that habit is', () => {
  assert.equal(mentionsOf('Militias began attacking US military bases in Iraq and Syria after the war erupted.').length, 0);
  assert.equal(mentionsOf('Since then, pro-Iran groups have repeatedly targeted US forces in Iraq.').length, 0);
  const strike = mentionsOf('US forces struck sites in Iraq on Friday used by groups that have repeatedly attacked U.S. troops.', '2024-02-04');
  assert.deepEqual(strike.map((m) => m.kind), ['strike']);
});

test('attacks in general are no incident, in any language', () => {
  assert.equal(mentionsOf('Les attaques contre les bases américaines en Syrie ont repris.', null, 'fr').length, 0);
});

test('forces and bases of others are not the defender\'s', () => {
  assert.equal(mentionsOf('Last night, two explosive drones struck a Peshmerga base in Erbil.', '2023-12-31').length, 0);
  assert.equal(mentionsOf("Officials said a militia launched the drone, one backed by Iran's armed forces in Iraq.").length, 0);
});

test('"the border between Jordan and Syria" is in the first; "near Syria" is not in Syria', () => {
  const between = mentionsOf('Tres militares estadounidenses murieron por el impacto de un dron en una base en la frontera entre Jordania y Siria.', null, 'es');
  assert.deepEqual(between.map((m) => m.country), ['JO']);
  assert.equal(mentionsOf('Three U.S. soldiers were killed in a drone strike near Syria this weekend.', '2024-01-30').length, 0);
});

test('a day governed by what is to come dates no incident', () => {
  const [m] = mentionsOf('Biden will attend the transfer on Friday of the three soldiers killed during a drone strike in Jordan.', '2024-02-01');
  assert.equal(m?.date, null);
  assert.equal(m?.country, 'JO');
});

test('a strike with no place of its own is not placed by the story around it', () => {
  const text = 'A drone attack killed three US soldiers in Jordan on Sunday. The strikes are believed to be the first of many.';
  assert.deepEqual(mentionsOf(text, '2024-02-02').map((m) => m.kind), ['attack']);
});

test('in a strike sentence a drone is the defender\'s only when it strikes', () => {
  const [own] = mentionsOf('A U.S. drone struck a vehicle in Baghdad on Wednesday, killing a militia commander.', '2024-02-08');
  assert.deepEqual(own?.weapons, ['drone']);
  const [object] = mentionsOf('A US air strike in northern Iraq killed five militants as they prepared to launch a one-way attack drone on Sunday.', '2023-12-04');
  assert.deepEqual(object?.weapons, ['air_strike']);
});

test('rockets also called missiles are rockets', () => {
  const [m] = mentionsOf('At least five rockets were launched at a US base in northeastern Syria on Sunday; the missiles fell short.', '2024-04-22');
  assert.deepEqual(m?.weapons, ['rocket']);
});

test('several places and weapons in one sentence: each weapon with the place of its own part of the sentence, else the nearest', () => {
  const mentions = mentionsOf('The group claimed a drone attack on US troops in northern Iraq and a rocket attack in Syria on Monday.', '2024-01-10');
  assert.deepEqual(mentions.map((m) => [m.country, m.weapons]), [['IQ', ['drone']], ['SY', ['rocket']]]);
  // The second weapon is named nearer the first base than the second: the joining "and" tells whose it is.
  const parts = mentionsOf('Local media said a drone attack was launched on the Al-Tanf base and a ballistic missile attack was carried out at the Conoco gas field.', '2024-01-10');
  assert.deepEqual(parts.map((m) => [m.site, m.weapons]), [['Al-Tanf Garrison', ['drone']], ['Conoco gas field', ['ballistic_missile']]]);
  const passive = mentionsOf('On Monday the Al-Tanf base was hit by rockets and the Conoco gas field was targeted by drones.', '2024-01-10');
  assert.deepEqual(passive.map((m) => [m.site, m.weapons]), [['Al-Tanf Garrison', ['rocket']], ['Conoco gas field', ['drone']]]);
});

test('a weekday with a day and month fixes the year of an undated article, and of its other dates', () => {
  const text = 'The U.S. military conducted a drone strike on Sunday, Dec. 3, killing five militants near Kirkuk. U.S. forces also carried out strikes on militia facilities in Syria on Nov. 12.';
  assert.deepEqual(mentionsOf(text, null).map((m) => m.date), ['2023-12-03', '2023-11-12']);
});

test('German weekdays joined to the time of day are read', () => {
  const [m] = mentionsOf('Eine Miliz hat am Montagabend die Basis al-Tanf mit Drohnen angegriffen.', '2023-10-25', 'de');
  assert.deepEqual([m?.site, m?.date], ['Al-Tanf Garrison', '2023-10-23']);
});

test('a clause about an earlier incident without a place of its own is where its sentence is', () => {
  const mentions = mentionsOf('US forces on Monday struck a militia depot in Syria in response to a rocket attack on American troops in the country.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]).sort(), [['attack', 'SY'], ['strike', 'SY']]);
  // With two places in the sentence the earlier incident's place is not known.
  const two = mentionsOf('US forces on Monday struck militia depots in Iraq and Syria in response to a rocket attack on American troops.');
  assert.deepEqual(two.map((m) => m.kind).sort(), ['strike', 'strike']);
});

test('an opening phrase that gives the cause leaves the rest of the sentence its own incident', () => {
  const strike = mentionsOf('In response to attacks against U.S. personnel in Iraq and Syria, U.S. forces have carried out a defensive strike in eastern Syria.');
  assert.deepEqual(strike.map((m) => [m.kind, m.country]), [['strike', 'SY']]);
  // The cause names an incident of its own: two incidents, each with its own day and place.
  const both = mentionsOf('In response to a drone attack on Tower 22 in Jordan on Sunday, US forces struck militia depots in Iraq on Friday.', '2024-02-03');
  assert.deepEqual(both.map((m) => [m.kind, m.site ?? m.country, m.date]).sort(), [['attack', 'Tower 22', '2024-01-28'], ['strike', 'IQ', '2024-02-02']]);
  // The rest tells no incident: the sentence stays whole, with its toll and day.
  const whole = mentionsOf('After a drone attack on Ain al-Asad, three US soldiers were wounded on Tuesday.');
  assert.deepEqual(whole.map((m) => [m.kind, m.site, m.injured, m.date]), [['attack', 'Ain al-Asad Air Base', 3, '2024-01-09']]);
});

test('the defender\'s forces that carry out a strike are not what it hit', () => {
  const mentions = mentionsOf('On Tuesday, U.S. forces in Syria conducted a self-defense strike near the Euphrates.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['strike', 'SY']]);
});

test('strikes told in Indonesian, Portuguese, Spanish and French are read', () => {
  const id = mentionsOf('Seorang pemimpin milisi tewas dalam serangan udara Amerika Serikat di Baghdad, Irak.', null, 'id');
  assert.deepEqual(id.map((m) => [m.kind, m.country, m.weapons]), [['strike', 'IQ', ['air_strike']]]);
  const fr = mentionsOf("L'armée américaine a effectué une frappe à Bagdad qui a tué un chef de milice.", null, 'fr');
  assert.deepEqual(fr.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
  // The defender owns the attack named before it: "num ataque com drones dos EUA", "un ataque de drones de EEUU".
  const pt = mentionsOf('O comandante do Kataib Hezbollah morreu esta quarta-feira num ataque com drones dos EUA no leste de Bagdade.', '2024-02-08', 'pt');
  assert.deepEqual(pt.map((m) => [m.kind, m.country, m.attacker, m.date]), [['strike', 'IQ', 'United States', '2024-02-07']]);
  const es = mentionsOf('Un ataque de drones de EEUU mató el miércoles a un comandante de Kataib Hezbolá en Bagdad.', '2024-02-08', 'es');
  assert.deepEqual(es.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
});

test('attacks told only in the plural restate a pattern, even at named bases', () => {
  assert.equal(mentionsOf('The attacks against US forces have hit Ain al-Asad in western Iraq and the Harir air base near Erbil.').length, 0);
  assert.equal(mentionsOf('The prime minister ordered investigations into the attacks on US troops at the Ain al-Asad air base.').length, 0);
  // Counted attacks are incidents; so are attacks the sentence before dates.
  assert.equal(mentionsOf('Three drones were shot down over the Erbil air base in two separate attacks on US forces.').length, 1);
  const dated = mentionsOf('On Wednesday coalition forces repelled drone attacks in Iraq. The targets of the attacks on US troops were the Ain al-Asad air base.');
  assert.deepEqual(dated.map((m) => [m.site, m.date]), [['Ain al-Asad Air Base', '2024-01-10']]);
});

test('"the base" is the base named last, however far back, and another country in the sentence is another incident', () => {
  const text = [
    'Several US troops were hurt on Monday in a rocket attack at the Ain al-Asad air base in western Iraq.',
    'Personnel there are assessing the damage.',
    'The Pentagon is moving additional forces into the region.',
    'Officials expect more pressure from militias in the coming weeks.',
    'The defense secretary spoke with his counterparts in the region.',
    'Militants fired two rockets at the base last week, along with another attack in Syria, officials said.',
  ].join(' ');
  const mentions = mentionsOf(text, '2024-08-05');
  assert.deepEqual(mentions.map((m) => [m.site, m.country, m.date_precision]), [['Ain al-Asad Air Base', 'IQ', 'day'], ['Ain al-Asad Air Base', 'IQ', 'range'], [null, 'SY', 'range']]);
});

test('aircraft named in the plural ("two F-16s") make a strike an air strike', () => {
  const mentions = mentionsOf('US forces struck two weapons depots in eastern Syria on Thursday with two F-16s.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.weapons]), [['strike', ['air_strike']]]);
});

test('a day that opens a statement dates the statement, not the incident it reports', () => {
  const statement = mentionsOf('On Monday, the Pentagon announced the killing of five militants in Iraq in a US drone strike.', '2024-01-10');
  assert.deepEqual(statement.map((m) => [m.kind, m.date]), [['strike', null]]);
  const incident = mentionsOf('On Monday, US forces struck a militia depot in Iraq, the Pentagon announced.', '2024-01-10');
  assert.deepEqual(incident.map((m) => [m.kind, m.date]), [['strike', '2024-01-08']]);
});

test('the clause or sentence that goes on about an incident adds its weapons, when it agrees with what was said', () => {
  const more = mentionsOf('A ballistic missile attack hit the Ain al-Asad air base on Saturday. The attack involved ballistic missiles and rockets.');
  assert.deepEqual(more.map((m) => m.weapons), [['ballistic_missile', 'rocket']]);
  const clause = mentionsOf('In another incident, the Harir air base caught fire on Thursday after being struck by two suicide drones.');
  assert.deepEqual(clause.map((m) => m.weapons), [['drone']]);
  // Other weapons are another incident's; a sentence with a day of its own tells its own incident.
  const other = mentionsOf('Rockets hit the Ain al-Asad air base on Saturday. Details of the drone attack remain unclear.');
  assert.deepEqual(other.map((m) => m.weapons), [['rocket']]);
  const dated = mentionsOf('An attack hit the Ain al-Asad air base on Saturday. Later on Sunday, Houthis launched drones at ships.');
  assert.deepEqual(dated.map((m) => m.weapons), [[]]);
});
test('bases listed in one undated clause share the day the story gave one of them', () => {
  const text = 'The Islamic Resistance in Iraq targeted American bases in Syria with drones on Saturday. It called the attacks a response to the war in Gaza. The group said it attacked two bases, Al-Tanf and Al-Shaddadi, in Syria.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.site, m.date]), [['Al-Tanf Garrison', '2024-01-06'], ['al-Shaddadi', '2024-01-06']]);
});

test('a day after "said in a statement" is the statement\'s', () => {
  const mentions = mentionsOf('Drones targeted US forces at the Harir air base, Central Command said in a press release on Wednesday.');
  assert.deepEqual(mentions.map((m) => m.date), [null]);
});

test('two quarters of one country are two places; the country alone is either', () => {
  const two = mentionsOf('US forces were attacked with drones in Iraq on Monday. Drones targeted US troops in western Iraq. A drone attack on US forces was also reported in northern Iraq.');
  assert.deepEqual(two.map((m) => m.place), ['western Iraq', 'northern Iraq']);
});

test('countries listed after the defender\'s forces say where they serve, not where an incident was', () => {
  assert.equal(mentionsOf('The strike was the latest attack on American troops operating in Iraq and Syria.').length, 0);
  // A base so placed is where the attack hit.
  assert.deepEqual(mentionsOf('A rocket attack hit a small U.S. base in eastern Syria on Monday.').map((m) => m.place), ['eastern Syria']);
});

test('an attack verb whose subject is the defender\'s forces is a strike', () => {
  const mentions = mentionsOf('On Tuesday, U.S. forces launched against a militia facility in Syria.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['strike', 'SY']]);
});

test('"Iranian-backed forces" are not the defender\'s', () => {
  assert.equal(mentionsOf('A drone attack hit Iranian-backed forces in eastern Syria on Monday.').length, 0);
});

test('countries attacks came from are not where they hit', () => {
  assert.equal(mentionsOf('On Monday, attacks emanating in Iraq and Yemen endangered U.S. service members.').length, 0);
  assert.deepEqual(mentionsOf('Rockets fired from Iraq hit a US base in Syria on Monday.').map((m) => m.country), ['SY']);
});

test('a condemnation of attacking is no report of an attack', () => {
  assert.equal(mentionsOf('The prime minister publicly denounced attacking the foreign forces stationed in Iraq.').length, 0);
  // The attack condemned is still told.
  assert.equal(mentionsOf('The prime minister condemned the drone attack on US forces at the Ain al-Asad air base on Monday.').length, 1);
});

test('forces attacked in two countries are two incidents; forces stationed in them say only where they serve', () => {
  assert.deepEqual(mentionsOf('Militants attacked US forces in Iraq and Syria on Monday.').map((m) => [m.country, m.date]), [['IQ', '2024-01-08'], ['SY', '2024-01-08']]);
  assert.deepEqual(mentionsOf('It was the latest attack on American troops stationed in Iraq and Syria, officials said on Monday.').map((m) => m.country), []);
});

test('a day opening the sentence dates the incident a weapon tells of, though a statement follows', () => {
  const [m] = mentionsOf('On Monday, US troops at the Ain al-Asad air base came under drone fire, the Pentagon said.');
  assert.equal(m?.date, '2024-01-08');
});

test('a sentence that opens by naming the incident again dates it, when it names no other place', () => {
  const [m] = mentionsOf('Pemimpin milisi tewas dalam serangan udara Amerika Serikat di Baghdad, Irak. Serangan pada Kamis (4/1/2024), merupakan balasan AS.', null, 'id');
  assert.equal(m?.date, '2024-01-04');
  const [english] = mentionsOf('A drone hit US forces at the Ain al-Asad air base. The attack came on Saturday, officials said.');
  assert.equal(english?.date, '2024-01-06');
  const [elsewhere] = mentionsOf('A drone hit US forces at the Ain al-Asad air base. The attack in Syria came on Saturday, officials said.');
  assert.equal(elsewhere?.date, null, 'a sentence about another place dates nothing here');
});

test('a date line with the full date and the outlet is when the story was filed, not the incident', () => {
  const [m] = mentionsOf('Washington, January 10, 2024, Example Daily: CENTCOM said the Ain al-Asad air base came under a missile attack on Saturday.', '2024-01-10');
  assert.equal(m?.date, '2024-01-06');
});

test('a byline carrying the publication day dates nothing after it; a dated line in an undated article still does', () => {
  const byline = 'Example Wire January 29, 2024\nATLANTA — Three U.S. soldiers were killed in a drone strike in Jordan, the Pentagon said Monday.';
  assert.deepEqual(mentionsOf(byline, '2024-01-29').map((m) => [m.country, m.date]), [['JO', null]]);
  const tweet = '— Example News (@ExampleNews) January 20, 2024\nMilitants fired ballistic missiles at the Ain al-Asad air base.';
  assert.deepEqual(mentionsOf(tweet, null).map((m) => m.date), ['2024-01-20']);
});

test('an aside set off by dashes that tells another incident is read apart from its sentence', () => {
  const text = 'A US drone strike hit a car in Baghdad on Wednesday. The strike — part of the US response to a drone attack that killed three American soldiers in Jordan last month — hit a car in the Mashtal neighborhood.';
  const told = mentionsOf(text, '2024-02-08').map((m) => [m.kind, m.site ?? m.country, m.date, m.date_precision]);
  assert.deepEqual(told, [['strike', 'Baghdad Mashtal district (US strike area)', '2024-02-07', 'day'], ['attack', 'JO', '2024-01-01', 'month']]);
  const plain = mentionsOf('Three U.S. service members were injured — including one critically — in a drone attack at the Ain al-Asad air base on Monday.');
  assert.deepEqual(plain.map((m) => [m.site, m.injured]), [['Ain al-Asad Air Base', 3]], 'an aside that tells nothing stays in its sentence');
});

test('a relative clause after a group that recalls its deed is read apart: the sentence tells the strike on the group', () => {
  const told = (text: string) => mentionsOf(text, '2024-02-08').map((m) => [m.kind, m.place ?? m.site ?? m.country, m.killed]);
  const unplaced = 'A commander of Kataib Hezbollah, a militia in Iraq that the Pentagon linked to an attack that killed three American soldiers, was killed in a drone strike in eastern Baghdad.';
  assert.deepEqual(told(unplaced), [['strike', 'Baghdad', null]], 'a deed placed nowhere is no incident here, and its toll is not the strike\'s');
  const placed = 'Kataib Hezbollah, which the Pentagon blamed for the attack that killed three American soldiers in Jordan, said its commander was killed in a drone strike in Baghdad.';
  assert.deepEqual(told(placed), [['strike', 'Baghdad', null], ['attack', 'Jordan', 3]]);
  const description = 'Kataib Hezbollah, a militia founded in 2003, attacked the Ain al-Asad air base with drones on Monday.';
  assert.deepEqual(told(description), [['attack', 'Ain al-Asad Air Base', null]], 'a clause that tells no incident stays in its sentence');
});

test('the defender killing or engaging militants is a strike, with their number and its impact', () => {
  const [m] = mentionsOf('CENTCOM said a MQ-9 Reaper engaged five militants preparing to launch a one-way attack drone, killing all five, on Tuesday near Kirkuk, Iraq.');
  assert.deepEqual([m?.kind, m?.site, m?.date, m?.killed, m?.outcome], ['strike', 'Kirkuk (US strike area)', '2024-01-09', 5, 'impact']);
  const [killed] = mentionsOf('A US drone killed two fighters near Kirkuk on Monday.');
  assert.deepEqual([killed?.kind, killed?.killed], ['strike', 2]);
  const [passive] = mentionsOf('Three US soldiers were killed in a drone attack at the Tower 22 base on Sunday.');
  assert.deepEqual([passive?.kind, passive?.killed], ['attack', 3]);
});

test('a strike told in the passive with the defender as agent, or as a hit on a militia object, is a strike', () => {
  const [passive] = mentionsOf('Militia headquarters in Baghdad were targeted by American drones on Monday.');
  assert.deepEqual([passive?.kind, passive?.place, passive?.attacker], ['strike', 'Baghdad', 'United States']);
  const [caption] = mentionsOf('This image shows a Jan. 8, 2024, airstrike on a weapons warehouse in eastern Syria.');
  assert.deepEqual([caption?.kind, caption?.place, caption?.date], ['strike', 'eastern Syria', '2024-01-08']);
  assert.deepEqual(mentionsOf('The US responded after strikes by Iran-backed militants in Syria.').map((m) => m.kind), [], 'strikes by militants hit no militia object');
});

test('a town named with a base word in a list of bases is its base', () => {
  const listed = mentionsOf('The Islamic Resistance in Iraq claimed drone attacks on Monday on the Harir, Ain al-Asad and Erbil bases.');
  assert.deepEqual(listed.map((m) => m.site), ['Harir Air Base', 'Ain al-Asad Air Base', 'Erbil Air Base']);
});

test('militias "backed by Iran", in any language the pack reads, attack; Iran does not', () => {
  const told = [
    ["Des milices soutenues par l'Iran ont attaqué la base de Harir mardi.", 'fr', 'Harir Air Base'],
    ['Milicias respaldadas por Irán atacaron la base de Ain al-Asad el martes.', 'es', 'Ain al-Asad Air Base'],
    ['Militan yang didukung Iran menyerang pasukan AS di Suriah pada hari Selasa.', 'id', 'Suriah'],
  ] as const;
  for (const [text, lang, place] of told) {
    const [attack] = mentionsOf(text, '2024-01-10', lang);
    assert.deepEqual([attack?.kind, attack?.site ?? attack?.place, attack?.date], ['attack', place, '2024-01-09'], text);
  }
  assert.deepEqual(mentionsOf("L'Iran a attaqué la base de Harir mardi.", '2024-01-10', 'fr'), [], "a state's own attack is another campaign");
});

test('the United States striking, named as French, Arabic and Italian news name it', () => {
  const told = [
    ['Les États-Unis ont mené vendredi des frappes aériennes contre des groupes armés pro-iraniens en Irak et en Syrie.', 'fr'],
    ['شنت الولايات المتحدة يوم الجمعة غارات جوية على مواقع لفصائل موالية لإيران في العراق وسوريا.', 'ar'],
    ['Gli Stati Uniti hanno condotto venerdì raid aerei contro milizie filoiraniane in Iraq e Siria.', 'it'],
  ] as const;
  for (const [text, lang] of told) {
    const strikes = mentionsOf(text, '2024-01-10', lang);
    assert.deepEqual(strikes.map((m) => [m.kind, m.country, m.attacker, m.date]), [['strike', 'IQ', 'United States', '2024-01-05'], ['strike', 'SY', 'United States', '2024-01-05']], text);
  }
});

test('an Arabic place joined to "and" is quoted without it', () => {
  const strikes = mentionsOf('شنت الولايات المتحدة يوم الجمعة غارات جوية على مواقع في العراق وسوريا.', '2024-01-10', 'ar');
  assert.deepEqual(strikes.map((m) => m.place), ['العراق', 'سوريا']);
});

test('a count after a weekday that begins like a month is a count ("el martes 3 soldados")', () => {
  const [es] = mentionsOf('Un ataque con drones contra la base de Al Tanf dejó el martes 3 soldados estadounidenses heridos.', '2024-01-10', 'es');
  assert.deepEqual([es?.injured, es?.date], [3, '2024-01-09']);
  const [en] = mentionsOf('A drone attack on Dec. 3 hit the Al-Tanf base in Syria.', '2024-01-10');
  assert.deepEqual([en?.injured, en?.date], [null, '2023-12-03'], 'after a month, a number is a day');
});

test('a drone destroyed before it reached the base was intercepted', () => {
  const [stopped] = mentionsOf('On Sunday, a drone targeting the Rumalyn base was destroyed before it reached the base, Central Command said.');
  assert.deepEqual([stopped?.site, stopped?.outcome], ['Rumalyn Landing Zone', 'intercepted']);
});

test('a drone shot down, in Spanish or Portuguese, was intercepted', () => {
  const [es] = mentionsOf('Las fuerzas estadounidenses derribaron el martes un dron que se dirigía a la base de Al Tanf, en Siria.', '2024-01-10', 'es');
  assert.deepEqual([es?.site, es?.outcome], ['Al-Tanf Garrison', 'intercepted']);
  const [pt] = mentionsOf('As forças americanas derrubaram na terça-feira um drone que se dirigia à base de Al-Tanf, na Síria.', '2024-01-10', 'pt');
  assert.deepEqual([pt?.site, pt?.outcome], ['Al-Tanf Garrison', 'intercepted']);
});

test('a group claims an attack by a claim, or by a statement that goes on to tell it; officials saying they suspect a group attribute it', () => {
  const [told] = mentionsOf('The Islamic Resistance in Iraq said in a statement that it had attacked the Harir air base with a drone on Monday.');
  assert.deepEqual([told?.attacker, told?.attribution], ['Islamic Resistance in Iraq', 'claimed']);
  const [suspended] = mentionsOf('Two days after the drone attack on the Tower 22 base on Sunday, Kataib Hezbollah announced it was suspending operations.');
  assert.notEqual(suspended?.attribution, 'claimed', 'announcing something else claims nothing');
  const text = 'A drone hit the Harir air base on Monday. Officials said they suspected Kataib Hezbollah, which has carried out similar operations.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.attacker, m.attribution]), [["Kata'ib Hezbollah", 'attributed']]);
});

test('a group named before an aside that tells its deed is the subject of that deed', () => {
  const text = "Kataib Hezbollah, who is suspected to have been behind Sunday's deadly drone attack against the Tower 22 outpost in Jordan, has announced the suspension of its operations.";
  const [attack] = mentionsOf(text, '2024-01-30');
  assert.deepEqual([attack?.site, attack?.date, attack?.attacker, attack?.attribution], ['Tower 22', '2024-01-28', "Kata'ib Hezbollah", 'attributed']);
});

test('a clause naming the incident\'s own base again still goes on about it; one naming another base does not', () => {
  const again = mentionsOf('A drone attack targeted the Harir air base on Tuesday. Officials said it came from the south. At Harir, there were no casualties or damage, the official said.');
  assert.deepEqual(again.map((m) => [m.site, m.killed, m.injured]), [['Harir Air Base', 0, 0]]);
  const other = mentionsOf('A drone attack targeted the Harir air base on Tuesday. Officials said it came from the south. At the Ain al-Asad air base, there were no casualties, the official said.');
  assert.deepEqual(other.map((m) => [m.site, m.killed, m.injured]), [['Harir Air Base', null, null]]);
});

test('one person named with "a" or "an" is a count of one', () => {
  const [passive] = mentionsOf('A U.S. soldier was injured in a rocket attack on the Ain al-Asad air base on Monday.');
  assert.equal(passive?.injured, 1);
  const [both] = mentionsOf('A drone attack on the Tower 22 base on Sunday killed a U.S. service member and injured 30 others.');
  assert.deepEqual([both?.killed, both?.injured], [1, 30]);
  const [cardiac] = mentionsOf('A U.S. contractor died of a cardiac episode while sheltering from a drone attack on the Ain al-Asad air base on Monday.');
  assert.equal(cardiac?.killed, null, 'a death told without "was" is no count of the attack');
});

test('the day a period starts from dates the incident its when-clause tells', () => {
  const text = 'It was the first attack on U.S. forces in Syria since February 4, when a drone struck the Al-Omar oil field base and killed six Kurdish fighters.';
  const [first, recalled] = mentionsOf(text, '2024-03-04');
  assert.deepEqual([recalled?.site, recalled?.date, recalled?.killed], ['Al-Omar oil field (Green Village)', '2024-02-04', 6]);
  // The attack counted to that day is another, later one, with nothing of the recalled one's.
  assert.deepEqual([first?.site, first?.country, first?.date, first?.killed], [null, 'SY', null, null]);
});

test('a clause naming the day of an incident just told goes on about it, and does not end the run', () => {
  const text = "U.S. forces struck a weapons depot in Syria on Tuesday in response to a rocket attack on a U.S. base in Syria on Monday. The president, briefed on Monday's attack, ordered the strike. The strike killed four militants, officials said.";
  const [strike] = mentionsOf(text, '2024-12-26');
  assert.deepEqual([strike?.kind, strike?.date, strike?.killed], ['strike', '2024-12-24', 4]);
});

test('a weapon found or seized, not fired, tells no attack', () => {
  assert.deepEqual(mentionsOf('Iraqi security forces found a rocket launcher in a truck near the Ain al-Asad air base on Monday.'), []);
  assert.deepEqual(mentionsOf('Two drones were seized near the Ain al-Asad air base on Monday.'), []);
  const [fired] = mentionsOf('Two rockets landed inside the Ain al-Asad air base on Monday.');
  assert.deepEqual([fired?.kind, fired?.site], ['attack', 'Ain al-Asad Air Base']);
});

test('the defender killing a named militia member is a strike on that militia', () => {
  const [strike] = mentionsOf('An American MQ-9 Reaper drone killed a Kataib Hezbollah commander in Baghdad on Monday.');
  assert.deepEqual([strike?.kind, strike?.place, strike?.attacker, strike?.target], ['strike', 'Baghdad', 'United States', "Kata'ib Hezbollah"]);
});

test('a group denying its part in an attack denies neither the attack nor names itself for it; a denial that it happened does', () => {
  const [denied] = mentionsOf("Kataib Hezbollah denied any involvement in Sunday's drone attack on the Tower 22 outpost in Jordan.");
  assert.deepEqual([denied?.kind, denied?.site, denied?.attacker, denied?.attribution], ['attack', 'Tower 22', null, 'unknown']);
  const [claimed] = mentionsOf('The Islamic Resistance in Iraq claimed the drone attack on the Harir air base on Monday, while Kataib Hezbollah denied any role.');
  assert.deepEqual([claimed?.attacker, claimed?.attribution], ['Islamic Resistance in Iraq', 'claimed']);
  assert.deepEqual(mentionsOf('Iraqi officials denied reports of a rocket attack on the Ain al-Asad air base on Monday.'), []);
  const [spoken] = mentionsOf('A spokesman for Kataib Hezbollah said the group was not behind the attack on the al-Tanf base on Thursday.');
  assert.deepEqual([spoken?.site, spoken?.attacker], ['Al-Tanf Garrison', null], 'a group whose statement denies it');
  const [suspected] = mentionsOf('Kataib Hezbollah, which denied responsibility, is suspected of launching the drone attack on the Tower 22 outpost on Sunday.');
  assert.deepEqual([suspected?.attacker, suspected?.attribution], ["Kata'ib Hezbollah", 'attributed'], 'a denial in a relative clause leaves the suspicion');
});

test('a militia named as what the defender struck, in the passive, does not make the strike its attack', () => {
  for (const text of [
    'In Baghdad, the Kataib Hezbollah headquarters was struck by US forces on Monday.',
    'In Baghdad, the headquarters of Kataib Hezbollah were targeted by American drones on Monday.',
    'The militia headquarters in Baghdad was hit by a US airstrike on Monday.',
  ]) {
    const [struck, more] = mentionsOf(text);
    assert.deepEqual([struck?.kind, struck?.place, struck?.attacker, struck?.date, more], ['strike', 'Baghdad', 'United States', '2024-01-08', undefined], text);
  }
  const [attack] = mentionsOf('US forces at the Ain al-Asad air base were attacked by Kataib Hezbollah drones on Monday.');
  assert.deepEqual([attack?.kind, attack?.attacker], ['attack', "Kata'ib Hezbollah"]);
});

test('"the attack last weekend", told later without a place, dates the one undated attack the article told', () => {
  const text = 'US forces struck targets in Iraq on Friday, after a deadly attack in Jordan that killed three US troops. The strikes answered the attack last weekend by Iran-backed militants.';
  assert.deepEqual(mentionsOf(text, '2024-02-02').map((m) => [m.kind, m.country, m.date, m.date_end]), [['strike', 'IQ', '2024-02-02', null], ['attack', 'JO', '2024-01-27', '2024-01-28']]);
  const two = 'A drone attack hit a base in Jordan. Rockets hit a base in Syria. Officials met on Monday.\n\nThe attack last weekend angered officials.';
  assert.deepEqual(mentionsOf(two, '2024-02-02').map((m) => m.date), [null, null], 'with two undated attacks, the day belongs to neither');
  const own = mentionsOf('A drone attack hit a base in Jordan. Sunday\'s attack on the Ain al-Asad air base wounded two.', '2024-02-02');
  assert.deepEqual(own.map((m) => [m.site ?? m.country, m.date]), [['JO', null], ['Ain al-Asad Air Base', '2024-01-28']]);
});

test('the attack a defender\'s strike answers, where it names its own place, was an attack on the defender', () => {
  const told = mentionsOf('U.S. launches strikes on Iraq and Syria in wake of Jordan drone attack').map((m) => [m.kind, m.country]);
  assert.deepEqual(told, [['strike', 'IQ'], ['strike', 'SY'], ['attack', 'JO']]);
  const unplaced = mentionsOf('The United States carried out air strikes in Iraq on Monday after a drone attack by Iran-aligned militants.').map((m) => [m.kind, m.country]);
  assert.deepEqual(unplaced, [['strike', 'IQ']], 'an answered attack without a place of its own is not put where the strike was');
});

test('what a militia claims is an attack on the defender, wherever it names', () => {
  const claimed = mentionsOf('Der „Islamische Widerstand im Irak“ reklamierte am Dienstag auch einen Angriff in Syrien für sich.', null, 'de');
  assert.deepEqual(claimed.map((m) => [m.kind, m.country, m.attacker]), [['attack', 'SY', 'Islamic Resistance in Iraq']]);
  const statement = mentionsOf('In a statement, Kataib Hezbollah, which has been behind previous attacks on US interests in Iraq, called for an investigation.');
  assert.deepEqual(statement, [], 'a statement by a group that once attacked claims nothing');
});

test('"another attack" at a base already told is a second incident there; the headline\'s is the same one', () => {
  const text = 'Militias keep up pressure on US troops\n\nDrones attacked the Ain al-Asad air base on Monday. Officials reported another attack in Iraq, where U.S. forces intercepted a drone near the Asad base.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.site, m.outcome]), [['Ain al-Asad Air Base', 'unknown'], ['Ain al-Asad Air Base', 'intercepted']]);
  const headline = 'Another attack hits Ain al-Asad air base\n\nAnother attack hit the Ain al-Asad air base on Monday, officials said.';
  assert.deepEqual(mentionsOf(headline).map((m) => [m.site, m.date]), [['Ain al-Asad Air Base', '2024-01-08']]);
});

test('"at one base and another at a base in northern Iraq": two places, two incidents', () => {
  const told = mentionsOf('Coalition troops engaged two drones at the Ain al-Asad air base and another at a base in northern Iraq on Monday.').map((m) => [m.site ?? m.place, m.date]);
  assert.deepEqual(told, [['Ain al-Asad Air Base', '2024-01-08'], ['northern Iraq', '2024-01-08']]);
});

test('a time-stamped date line and a Cyrillic date line date no incident', () => {
  const stamped = 'Drone attack targets US forces in Iraq\n\n2024-01-10 | 08:57\nDrone attack targets US forces in Iraq\n\nA drone attack targeted US forces at the Ain al-Asad air base, an official said.';
  assert.deepEqual(mentionsOf(stamped, '2024-01-10').map((m) => m.date), [null]);
  const cyrillic = 'ДОХА, 10 янв — Пример Новости.\nАвиабаза США в районе Конико подверглась атаке беспилотника.';
  assert.deepEqual(mentionsOf(cyrillic, '2024-01-10', 'ru').map((m) => [m.site, m.date]), [['Conoco gas field', null]]);
});

test('defender forces named in what the struck facilities were used for are not what the strike hit', () => {
  const [m] = mentionsOf('The facilities targeted by the U.S. military near Jurf al Saqr were used by Kataib Hezbollah to support recent attacks on U.S. and coalition bases.');
  assert.deepEqual([m?.kind, m?.site, m?.attacker], ['strike', 'Jurf al-Sakhar (US strike area)', 'United States']);
});

test('an incident the militias claim, at a base with the defender\'s people, is an attack though the defender is named', () => {
  const told = mentionsOf('Un dron explosivo impactó hoy en el interior de una base militar con presencia de personal estadounidense en el norte de Irak, en un nuevo ataque reivindicado por las milicias proiraníes.', '2024-01-10', 'es');
  assert.deepEqual(told.map((m) => [m.kind, m.country, m.weapons]), [['attack', 'IQ', ['drone']]]);
});

test('an incident given as an example of many ("including a Jan. 28 strike ...") is read as its own clause', () => {
  const text = 'A U.S. drone strike killed a leader of a group responsible for a spate of attacks on American troops, including a Jan. 28 strike that led to the deaths of three service members in Jordan.';
  assert.deepEqual(mentionsOf(text, '2024-02-07').map((m) => [m.kind, m.country, m.date, m.killed]), [['attack', 'JO', '2024-01-28', 3]]);
  const people = mentionsOf('Three people were killed in a drone attack on the Ain al-Asad air base on Monday, including two U.S. contractors.');
  assert.deepEqual(people.map((m) => [m.site, m.killed]), [['Ain al-Asad Air Base', 3]], 'people listed after "including" stay with their incident');
});

test('a time of day beside the day, before or after it, leaves the day as it is', () => {
  const dayOf = (sentence: string) => mentionsOf(sentence, '2024-01-21').map((m) => m.date);
  assert.deepEqual(dayOf('Rockets struck Ain al-Asad air base on Saturday at 6:30 p.m. local time.'), ['2024-01-20']);
  assert.deepEqual(dayOf('Rockets struck Ain al-Asad air base at 9:30 p.m. on Friday.'), ['2024-01-19']);
  assert.deepEqual(dayOf('Rockets struck Ain al-Asad air base in the morning of Tuesday, January 16, 2024 at 05:05.'), ['2024-01-16']);
  assert.deepEqual(dayOf('Rockets struck Ain al-Asad air base at 05:05.'), [null]);
});

test('the coalition alone hit is the target; U.S. forces named beside it make the United States the target', () => {
  const targetOf = (text: string) => mentionsOf(text).map((m) => m.target);
  assert.deepEqual(targetOf('Two drones targeting the coalition base at Erbil airport were shot down on Tuesday.'), ['Coalition']);
  assert.deepEqual(targetOf('U.S. and coalition forces at Ain al-Asad air base engaged two drones on Tuesday.'), ['United States']);
  // "U.S.-led" names the coalition, not U.S. forces beside it.
  assert.deepEqual(targetOf('An explosion rocked a U.S.-led coalition military base at Baghdad International Airport late Tuesday.'), ['Coalition']);
});

test('a feast names its day of the year', () => {
  assert.deepEqual(mentionsOf('A drone attack wounded three U.S. soldiers at Erbil air base on Christmas Day.', '2023-12-26').map((m) => m.date), ['2023-12-25']);
  assert.deepEqual(mentionsOf('Rockets struck Ain al-Asad air base on New Year’s Eve.', '2024-01-02').map((m) => m.date), ['2023-12-31']);
});

test('a group that tells of its own attack claims it', () => {
  const [m] = mentionsOf('The Islamic Resistance in Iraq said on Friday it had attacked Ain al-Asad air base with two drones.', '2023-11-10');
  assert.deepEqual([m?.attacker, m?.attribution], ['Islamic Resistance in Iraq', 'claimed']);
  const [blamed] = mentionsOf('Officials blamed the Islamic Resistance in Iraq for a drone attack on Ain al-Asad air base on Friday, the Pentagon said.', '2023-11-10');
  assert.deepEqual([blamed?.attacker, blamed?.attribution], ['Islamic Resistance in Iraq', 'attributed']);
});

test('an undated article that counts the days of the campaign fixes its "today", once, from that sentence', () => {
  const text = 'Iraqi militias said they had bombed the Harir air base with drones on Friday. They called it a response to the aggression on Gaza for 91 days. The group had vowed on Monday to attack for 100 days more.';
  assert.deepEqual(mentionsOf(text, null).map((m) => m.date), ['2024-01-05']);
  assert.deepEqual(mentionsOf('Iraqi militias said they had bombed the Harir air base with drones on Friday, after 91 days of talks.', null).map((m) => m.date), [null]);
});

test('the day an undated article was written on, when its text shows it, is kept for fusion; a date line is not repeated', () => {
  const text = 'Iraqi militias said they had bombed the Harir air base with drones on Friday. They called it a response to the aggression on Gaza for 91 days.';
  assert.equal(extract(article(text, null), pack).writtenOn, '2024-01-06');
  assert.equal(extract(article(text, '2024-01-07'), pack).writtenOn, undefined, 'the article has its date');
  assert.equal(extract(article('Iraqi militias said they had bombed the Harir air base with drones on Friday.', null), pack).writtenOn, undefined, 'nothing shows it');
});

test('an undated article came out after the latest day its text names in words, taken in the first year it can be since the campaign began', () => {
  const drone = 'The Islamic Resistance in Iraq said on Wednesday it had struck Ain al-Asad air base with a drone.';
  const after = (rest: string, published: string | null = null) => extract(article(`${drone} ${rest}`, published), pack).writtenAfter;
  assert.equal(after('The House on November 2 passed an aid package for Israel.'), '2023-11-02');
  assert.equal(after('The House on November 2 passed an aid package. On January 28, 2024, three soldiers were killed in Jordan.'), '2024-01-28');
  assert.equal(after('The House on November 2 passed an aid package. The Senate will vote on December 12.'), '2023-11-02', 'a day yet to come bounds nothing');
  assert.equal(after('The House on November 2 passed an aid package. Follow our 24/7 news.'), '2023-11-02', 'digits alone are no day');
  assert.equal(after('The House on November 2 passed an aid package.', '2023-12-06'), undefined, 'the article has its date');
  assert.equal(after('The House passed an aid package.'), undefined, 'it names no day');
});

test('an incident that may come ("any retaliatory attack") is no incident, and lends the one told no attacker', () => {
  const text = 'A rocket attack on US forces at Ain al-Asad air base injured several troops on Monday. Iran has said that any retaliatory attack will involve its proxy forces, including the Houthis in Yemen and militants in Iraq.';
  const mentions = mentionsOf(text);
  assert.deepEqual(mentions.map((m) => [m.site, m.attacker]), [['Ain al-Asad Air Base', null]]);
  assert.equal(mentionsOf('Toute attaque contre les forces américaines en Irak recevra une réponse, a averti le Pentagone.', '2024-01-10', 'fr').length, 0);
  // "any" before other words than the incident's adjective determines something else.
  assert.equal(mentionsOf('There were not any casualties in the rocket attack on US forces at Ain al-Asad air base on Monday.').length, 1);
});

test('"this week" runs from its Monday to publication; an incident "earlier this month" is not dropped as after publication', () => {
  const week = mentionsOf('Earlier this week, nine fighters were killed in U.S. strikes on Iraq.', '2023-11-25');
  assert.deepEqual(week.map((m) => [m.date, m.date_end, m.date_precision]), [['2023-11-20', '2023-11-25', 'range']]);
  const month = mentionsOf('Earlier this month, nine fighters were killed in U.S. strikes on Iraq.', '2023-11-25');
  assert.deepEqual(month.map((m) => [m.kind, m.date, m.date_precision]), [['strike', '2023-11-01', 'month']]);
  // A month still to come is after publication.
  assert.equal(mentionsOf('Next month, U.S. strikes on Iraq killed nine fighters.', '2023-11-25').length, 0);
});

test('Portuguese, Italian, Indonesian, Arabic and Russian casualty words and counts', () => {
  const pt = mentionsOf('Um ataque com foguetes atingiu a base aérea de Ain al-Asad na segunda-feira, ferindo três militares americanos e matando dois.', '2024-01-10', 'pt');
  assert.deepEqual(pt.map((m) => [m.weapons, m.killed, m.injured, m.outcome]), [[['rocket'], 2, 3, 'impact']]);
  const it = mentionsOf('Un attacco con droni ha colpito la base di Ain al-Asad lunedì.', '2024-01-10', 'it');
  assert.deepEqual(it.map((m) => [m.weapons, m.outcome]), [[['drone'], 'impact']]);
  const id = mentionsOf('Serangan drone menghantam pangkalan AS di Al-Tanf pada hari Senin, melukai tiga tentara dan menewaskan empat.', '2024-01-10', 'id');
  assert.deepEqual(id.map((m) => [m.killed, m.injured]), [[4, 3]]);
  const ar = mentionsOf('أسفر هجوم بطائرة مسيرة على قاعدة عين الأسد يوم الاثنين عن إصابة ثلاثة جنود أمريكيين.', '2024-01-10', 'ar');
  assert.deepEqual(ar.map((m) => [m.site, m.injured]), [['Ain al-Asad Air Base', 3]]);
  const ru = mentionsOf('В понедельник беспилотник атаковал базу Эт-Танф, ранены три американских военных.', '2024-01-10', 'ru');
  assert.deepEqual(ru.map((m) => [m.site, m.injured]), [['Al-Tanf Garrison', 3]]);
});

test('Russian names of the bases', () => {
  const ru = mentionsOf('Во вторник беспилотник атаковал американскую базу Эт-Танф в Сирии.', '2024-01-10', 'ru');
  assert.deepEqual(ru.map((m) => [m.site, m.date, m.weapons]), [['Al-Tanf Garrison', '2024-01-09', ['drone']]]);
  const harir = mentionsOf('Беспилотник атаковал американскую авиабазу Харир в Ираке в понедельник.', '2024-01-10', 'ru');
  assert.deepEqual(harir.map((m) => m.site), ['Harir Air Base']);
});

test('a participle after a comma counts what follows it, not what the clause before counted', () => {
  const strike = mentionsOf('The US military said it conducted strikes Tuesday against three facilities in Iraq used by Kataib Hezbollah, killing several militants.');
  assert.deepEqual(strike.map((m) => [m.kind, m.killed]), [['strike', null]]);
  const attack = mentionsOf('A drone struck Tower 22 in Jordan on Sunday, killing three soldiers.');
  assert.deepEqual(attack.map((m) => m.killed), [3]);
});

test('"a third drone" elsewhere is an attack of its own, and says nothing of the attack told before it', () => {
  const told = 'US troops engaged two drones in western Iraq, destroying one and damaging a second. Coalition forces sustained minor injuries in the incident.';
  const mentions = mentionsOf(`${told} A third drone was destroyed in northern Iraq, resulting in no injuries, officials added.`, '2023-10-20');
  assert.deepEqual(
    mentions.map((m) => [m.kind, m.place, m.injured, m.outcome]),
    [
      // The coalition hurt in it: something got through.
      ['attack', 'western Iraq', null, 'impact'],
      ['attack', 'northern Iraq', 0, 'intercepted'],
    ],
  );
  // Without the marker the clause goes on about the attack told.
  const on = mentionsOf(`${told} The drone was destroyed, officials added.`, '2023-10-20');
  assert.deepEqual(on.map((m) => m.place), ['western Iraq']);
});

test('bases listed as the targets of an incident told before take its weekday and its group; an incident it only restates gives none', () => {
  const listed = mentionsOf(
    'Militants attacked two US bases in Syria with drones on Monday evening, the Islamic Resistance in Iraq said in a statement.\n\nThe targets of the drone strikes were the bases at Al-Tanf and al-Shaddadi.',
    null,
  );
  assert.deepEqual(
    listed.map((m) => [m.site, m.day_label, m.attacker, m.attribution]),
    [
      ['Al-Tanf Garrison', 'w1+', 'Islamic Resistance in Iraq', 'claimed'],
      ['al-Shaddadi', 'w1+', 'Islamic Resistance in Iraq', 'claimed'],
    ],
  );
  // "an air assault on sites in Iraq and Syria", days before the strike told on Wednesday: neither takes its day.
  const recalled = mentionsOf('Three militants were killed in a US drone strike in Baghdad on Wednesday. The strike came days after the US military launched an air assault on dozens of sites in Iraq and Syria.', null);
  assert.deepEqual(recalled.map((m) => [m.place, m.day_label ?? null]), [['Baghdad', 'w3'], ['Iraq', null], ['Syria', null]]);
});

test('German: the group said to be behind an attack, a claim letter, "Verletzt wurde ... niemand", and a base attacked on another weekday', () => {
  const text = [
    'Eine pro-iranische Miliz hat am Montagabend mehrere Militärbasen der USA in Syrien mit Drohnen angegriffen. Dabei soll es sich um die Gruppe „Islamischer Widerstand im Irak“ handeln. Ein entsprechendes Bekennerschreiben kursierte in sozialen Netzwerken. Verletzt wurde bei den Attacken offenbar niemand.',
    'Ziel der Drohnenschläge waren die Stützpunkte in al-Tanf und asch-Schaddadi.',
    'Auch am vergangenen Donnerstag wurden zwei US-Militärstützpunkte in Syrien angegriffen. Wie die Beobachtungsstelle berichtete, richtete sich ein Drohnenangriff gegen die Basis al-Tanf.',
  ].join('\n');
  assert.deepEqual(
    mentionsOf(text, null, 'de').map((m) => [m.site, m.day_label, m.attacker, m.attribution, m.injured, m.outcome]),
    [
      ['Al-Tanf Garrison', 'w1+', 'Islamic Resistance in Iraq', 'claimed', 0, 'unknown'],
      ['al-Shaddadi', 'w1+', 'Islamic Resistance in Iraq', 'claimed', 0, 'unknown'],
      ['Al-Tanf Garrison', 'w4', null, 'unknown', null, 'unknown'],
    ],
  );
});

test('the only attack an article told, named again paragraphs later, takes what is said of it there; a question or a denial names no group', () => {
  const lead = 'Rockets were fired at US forces at the Ain al-Asad air base on Wednesday.';
  const between = [
    'The provincial council met to debate the budget for road repairs.',
    'The national football team began training ahead of the championship.',
    'The central bank kept its exchange rate unchanged.',
    'Oil exports through the southern terminals rose slightly last month.',
    'A cultural festival drew thousands of visitors to its book fair.',
    'Farmers said the wheat harvest was better than expected.',
  ].join('\n\n');
  const later = (sentence: string) => mentionsOf(`${lead}\n\n${between}\n\n${sentence}`, '2023-10-20').map((m) => [m.site, m.attacker, m.attribution, m.injured]);
  assert.deepEqual(later("Kataib Hezbollah claimed responsibility for the attack in a post on its Telegram channel."), [['Ain al-Asad Air Base', "Kata'ib Hezbollah", 'claimed', null]]);
  assert.deepEqual(later('Officials said no US personnel were injured in the attack.'), [['Ain al-Asad Air Base', null, 'unknown', 0]]);
  assert.deepEqual(later('In a statement, Kataib Hezbollah called on the authorities to determine who was behind the attack.'), [['Ain al-Asad Air Base', null, 'unknown', null]]);
  assert.deepEqual(later('Kataib Hezbollah denied involvement and said that the attack was aimed at disrupting a visit.'), [['Ain al-Asad Air Base', null, 'unknown', null]]);
  // Two attacks told: "the attack" could be either.
  const two = mentionsOf(`${lead} A drone targeted the Harir air base on Thursday.\n\n${between}\n\nKataib Hezbollah claimed responsibility for the attack.`, '2023-10-20');
  assert.deepEqual(two.map((m) => m.attacker), [null, null]);
});

test('a group that says, in the sentence after the attack, that it had no part in it is not its claimant', () => {
  const after = (text: string, lang = 'en') => mentionsOf(text, '2024-08-14', lang).map((m) => [m.site, m.attacker, m.attribution]);
  const none = [['Ain al-Asad Air Base', null, 'unknown']];
  assert.deepEqual(after('Two rockets were fired on Tuesday at Ain al-Asad air base in western Iraq. Kataib Hezbollah said it had no involvement in the attack.'), none);
  assert.deepEqual(after('Две ракеты были выпущены во вторник по авиабазе Айн-эль-Асад на западе Ирака. Группировка "Катаиб Хезболла" заявила о непричастности к обстрелу.', 'ru'), none);
  assert.deepEqual(after('Две ракеты были выпущены во вторник по авиабазе Айн-эль-Асад на западе Ирака. Группировка "Катаиб Хезболла" отрицает причастность к обстрелу.', 'ru'), none);
  assert.deepEqual(
    after('Две ракеты были выпущены во вторник по авиабазе Айн-эль-Асад на западе Ирака. Группировка "Катаиб Хезболла" взяла на себя ответственность за обстрел.', 'ru'),
    [['Ain al-Asad Air Base', "Kata'ib Hezbollah", 'claimed']],
  );
});

test('a claim before the clause a group opens ("The groups claimed …, when Kataib Hezbollah announced") is not the group\'s', () => {
  const text =
    'The groups claimed more than 170 attacks on U.S. forces between October 2023 and February 2024, when Kataib Hezbollah announced it was suspending operations after the drone attack that killed three U.S. soldiers at Tower 22 in Jordan.';
  assert.deepEqual(mentionsOf(text, '2024-12-05').map((m) => [m.site, m.attacker, m.attribution]), [['Tower 22', null, 'unknown']]);
  // The group's own statement, however far its verb stands before it, still claims.
  const statement = 'The statement further explained that, in retaliation for the massacres in Gaza, the Islamic Resistance in Iraq attacked the Al-Tanf base in Syria with drones.';
  assert.deepEqual(mentionsOf(statement, '2024-01-08').map((m) => [m.site, m.attacker, m.attribution]), [['Al-Tanf Garrison', 'Islamic Resistance in Iraq', 'claimed']]);
});

test('a group the next sentence says was blamed for the attack ("which Washington blamed for the attack") is its attacker, by attribution', () => {
  const read = (text: string) => mentionsOf(text, '2024-02-10').map((m) => [m.site, m.attacker, m.attribution]);
  const attack = 'The Jan. 28 drone attack on Tower 22 killed three U.S. soldiers. ';
  assert.deepEqual(read(`${attack}Kataib Hezbollah, which Washington blamed for the attack, later suspended operations.`), [['Tower 22', "Kata'ib Hezbollah", 'attributed']]);
  // Named next without a word of blame, it is not.
  assert.deepEqual(read(`${attack}Kataib Hezbollah later suspended its attacks on US forces.`), [['Tower 22', null, 'unknown']]);
});

test('a group that "has not commented on the strike" is not what it struck; one that tells of its fighters killed is', () => {
  const target = (text: string) => mentionsOf(text, null).map((m) => [m.kind, m.target]);
  assert.deepEqual(
    target('An American airstrike on Wednesday targeted a weapons depot belonging to Iran-backed factions in al-Mayadin. The Islamic Resistance in Iraq has not commented on the strike.'),
    [['strike', null]],
  );
  assert.deepEqual(target('Kataib Hezbollah said a US airstrike killed two of its fighters near al-Qaim on Wednesday.'), [['strike', "Kata'ib Hezbollah"]]);
  assert.deepEqual(target('A US airstrike hit a position near al-Qaim on Wednesday. Kataib Hezbollah said two of its fighters were killed in the strike.'), [['strike', "Kata'ib Hezbollah"]]);
});

test('a group that announced a halt on a day ("suspending operations", then "the Tower 22 attack") neither claims nor dates the attack again', () => {
  const text =
    'On Jan. 28, 2024, a drone strike on Tower 22 in Jordan killed three American soldiers.\n\nKataib Hezbollah had already announced on Jan. 30 that it was suspending operations against U.S. forces, and Tehran denied any role in the Tower 22 attack.';
  assert.deepEqual(
    mentionsOf(text, '2024-03-01').map((m) => [m.kind, m.site, m.date, m.attacker, m.attribution]),
    [['attack', 'Tower 22', '2024-01-28', null, 'unknown']],
  );
});

test('the forces and bases attacked are named in each language the pack reads', () => {
  const read = (text: string, lang: string) => mentionsOf(text, null, lang).map((m) => [m.kind, m.country, m.day_label]);
  assert.deepEqual(read('Am Donnerstag wurden zwei US-Militärstützpunkte in Syrien angegriffen.', 'de'), [['attack', 'SY', 'w4']]);
  assert.deepEqual(read('Un dron atacó a soldados estadounidenses en Siria el lunes.', 'es'), [['attack', 'SY', 'w1']]);
  assert.deepEqual(read('Un drone ha colpito le truppe americane in Siria lunedì.', 'it'), [['attack', 'SY', 'w1']]);
  // "Forças de Mobilização Popular" names a militia: its forces are not the defender's.
  assert.deepEqual(read('O ataque, que teve como alvo um veículo utilizado pelas Forças de Mobilização Popular do Iraque, fez ainda outros dois mortos.', 'pt'), []);
});

test('what a clause says of the attacks just told counts, even when a relative clause after it speaks of a period; a total over a period counts for none', () => {
  const lead = 'Militants attacked the Ain al-Asad and Harir air bases with drones on Wednesday.';
  const after = (sentence: string) => mentionsOf(`${lead} ${sentence}`, '2023-10-20').map((m) => [m.site, m.injured, m.outcome]);
  assert.deepEqual(after('Troops sustained minor injuries in the attacks, which were the first against U.S. forces since October 17.'), [
    ['Ain al-Asad Air Base', null, 'impact'],
    ['Harir Air Base', null, 'impact'],
  ]);
  assert.deepEqual(after('Since October 17, about 60 troops have sustained minor injuries.'), [
    ['Ain al-Asad Air Base', null, 'unknown'],
    ['Harir Air Base', null, 'unknown'],
  ]);
  const one = mentionsOf('Militants attacked the Ain al-Asad air base with drones on Wednesday. Since October 17, about 60 troops have sustained minor injuries.', '2023-10-20');
  assert.deepEqual(one.map((m) => [m.injured, m.outcome]), [[null, 'unknown']]);
});

test('the forces the defender retaliates against are the attackers, not its own', () => {
  const mentions = mentionsOf('The US military retaliated against the attacking forces in Syria on Monday.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country, m.attacker]), [['strike', 'SY', 'United States']]);
  assert.deepEqual(mentionsOf('US forces struck the attackers near the base in eastern Syria on Monday.').map((m) => m.kind), ['strike']);
});

test('the coalition a later statement names is whom the attack was on; the coalition that speaks is not', () => {
  const text = 'Drone attack foiled at Erbil airport\n\nTwo drones carrying explosives, aimed at the base of the international coalition at Erbil airport, were downed on Monday.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.site, m.target]), [['Erbil Air Base', 'Coalition']]);
  assert.deepEqual(mentionsOf('A rocket attack targeted the Harir base on Monday, a spokesman for the coalition said.').map((m) => m.target), ['United States']);
  // A statement that names the defender keeps it, whatever another statement adds.
  const named = 'Drones attacked US forces at Erbil airport on Monday\n\nThe drones were directed at the base of the international coalition at Erbil airport.';
  assert.deepEqual(mentionsOf(named).map((m) => m.target), ['United States']);
});

test('a monitor whose name holds a country places nothing, in any language', () => {
  const text = "Une base abritant des soldats américains en Syrie a été visée mardi par une attaque de drones, selon l'Observatoire syrien des droits de l'homme.";
  assert.deepEqual(mentionsOf(text, '2024-01-10', 'fr').map((m) => [m.place, m.country]), [['Syrie', 'SY']]);
});

test('the weapon of the attack a strike answers is not the strike\'s', () => {
  const mentions = mentionsOf('The US struck militia sites in Iraq on Tuesday after a drone attack.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.weapons]), [['strike', []]]);
  // A clause that only goes on about the incident ("after being struck by two drones") still tells its weapons.
  const burning = mentionsOf('The Harir air base came under attack late Thursday, after being hit by two explosive drones, officials said.');
  assert.deepEqual(burning.map((m) => m.weapons), [['drone']]);
});

test('a German perfect with the defender as subject is a strike, whoever it names before the participle', () => {
  const struck = mentionsOf('Die US-Armee hat Ziele der Kataib Hisbollah im Irak angegriffen.', '2024-01-10', 'de');
  assert.deepEqual(struck.map((m) => [m.kind, m.country, m.attacker, m.target]), [['strike', 'IQ', 'United States', "Kata'ib Hezbollah"]]);
  // The militias as subject, or the defender only as the one who confirms it, is still an attack.
  const attacked = mentionsOf('Die USA haben bestätigt, dass Milizen den Stützpunkt Ain al-Asad angegriffen haben.', '2024-01-10', 'de');
  assert.deepEqual(attacked.map((m) => m.kind), ['attack']);
  assert.deepEqual(mentionsOf('Milizen haben den US-Stützpunkt Ain al-Asad im Irak angegriffen.', '2024-01-10', 'de').map((m) => m.kind), ['attack']);
});

test('a statement that gave no casualty figures does not say nobody was hurt', () => {
  const mentions = mentionsOf('A drone hit the al-Shaddadi base in Syria on Sunday, but officials did not elaborate on casualties.');
  assert.deepEqual(mentions.map((m) => [m.site, m.killed, m.injured]), [['al-Shaddadi', null, null]]);
});

test('the country an attacking group is from is not where it struck, when the sentence names another', () => {
  const mentions = mentionsOf('A Tehran-aligned group in Iraq said on Sunday that it had targeted an American base in Syria with drones.');
  assert.deepEqual(mentions.map((m) => [m.kind, m.country]), [['attack', 'SY']]);
  // With no other country named, it is all the sentence says of where; and the groups a strike hits are where it hit.
  assert.deepEqual(mentionsOf('Militants in Iraq fired rockets at a US base on Monday.').map((m) => m.country), ['IQ']);
  assert.deepEqual(mentionsOf('US launches new strikes on Iran-backed groups in Syria').map((m) => [m.kind, m.country]), [['strike', 'SY']]);
});

test('a city in small letters that opens the story with a colon is its dateline, when the sentence names a place after it', () => {
  const mentions = mentionsOf('Baghdad: An Iraqi armed group said it launched drones at an American base in eastern Syria.');
  assert.deepEqual(mentions.map((m) => [m.place, m.country]), [['eastern Syria', 'SY']]);
  assert.deepEqual(mentionsOf("Baghdad: rockets hit a base hosting US troops on Monday.").map((m) => m.place), ['Baghdad']);
});

test('"Iraq\'s Islamic Resistance" is the umbrella group, not a place', () => {
  const mentions = mentionsOf("Iraq's Islamic Resistance said on Monday that its fighters had sent a drone against a base of American forces in eastern Syria.");
  assert.deepEqual(mentions.map((m) => [m.country, m.attacker, m.attribution]), [['SY', 'Islamic Resistance in Iraq', 'claimed']]);
});

test('a strike takes no toll from the attack it answers, told in its sentence or after it', () => {
  const text = 'American jets struck militia sites in Iraq on Monday after a drone attack earlier that day that left a US soldier badly hurt and wounded three more.';
  const [strike, answered] = mentionsOf(text);
  assert.deepEqual([strike?.kind, strike?.country, strike?.injured], ['strike', 'IQ', null]);
  // The attack it answers is an incident of its own, with the wounded.
  assert.deepEqual([answered?.kind, answered?.country], ['attack', 'IQ']);
  assert.ok((answered?.injured ?? 0) > 0);
  const after = mentionsOf('American jets hit militia depots in Iraq on Monday in retaliation. One of the service members wounded earlier in the day sustained severe injuries.');
  assert.deepEqual(after.map((m) => [m.kind, m.injured]), [['strike', null]]);
  // The toll of those it hit is the strike's.
  assert.deepEqual(mentionsOf('American jets hit militia depots in Iraq on Monday in retaliation. The strikes killed two militants.').map((m) => m.killed), [2]);
});

test('a follow-up that a spokesman gave on a day of its own still goes on about the incident', () => {
  const text = 'A US air base in Erbil was attacked by drones overnight. A Pentagon spokesman said this morning that there were no casualties and that the drones were shot down by air defence systems.';
  assert.deepEqual(mentionsOf(text, '2024-02-06').map((m) => [m.site, m.killed, m.injured, m.outcome]), [['Erbil Air Base', 0, 0, 'intercepted']]);
});

test('"the Islamic Resistance", short, is the umbrella group', () => {
  const text = 'A US air base in Erbil was attacked by drones on Monday. The Islamic Resistance claimed responsibility for the attack.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.attacker, m.attribution]), [['Islamic Resistance in Iraq', 'claimed']]);
});

test('"a coalition of Iran-backed militias" describes the group; the coalition of the defender still strikes', () => {
  const text = 'Rockets were fired at al-Shaddadi on Thursday. The Islamic Resistance in Iraq, a coalition of Iran-backed militias, said it had targeted the base.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.kind, m.site, m.attacker, m.attribution]), [['attack', 'al-Shaddadi', 'Islamic Resistance in Iraq', 'claimed']]);
  const french = "Des roquettes ont visé jeudi la base d'al-Chaddadi. La Résistance islamique en Irak, une coalition de milices pro-iraniennes, a revendiqué l'attaque.";
  assert.deepEqual(mentionsOf(french, '2024-01-10', 'fr').map((m) => [m.kind, m.attacker]), [['attack', 'Islamic Resistance in Iraq']]);
  assert.deepEqual(
    mentionsOf('The coalition of more than 80 nations struck militia positions near al-Qaim on Monday.').map((m) => [m.kind, m.attacker]),
    [['strike', 'Combined Joint Task Force - Operation Inherent Resolve']],
  );
});

test('the defender named before a place is whose place it is, not who acts', () => {
  assert.deepEqual(mentionsOf('Key US Base in Iraq Attacked on Monday').map((m) => [m.kind, m.country]), [['attack', 'IQ']]);
  assert.deepEqual(mentionsOf('A US military base in Syria was struck by rockets on Monday.').map((m) => m.kind), ['attack']);
});

test('a place in brackets after a base says where the base is', () => {
  const text = 'A drone hit Tower 22 (a small outpost in Rukban, northeast Jordan) on January 28, 2024, killing three US soldiers.';
  assert.deepEqual(mentionsOf(text, '2024-01-29').map((m) => [m.site, m.date]), [['Tower 22', '2024-01-28']]);
});

test('the incident told undated, named again on a day of its own, is told that day; the day of a statement is not its day', () => {
  const text = 'A drone killed three American soldiers at an outpost in Jordan, the Pentagon said on Sunday. The president said the attack was launched late Saturday by Iran-backed militias.';
  assert.deepEqual(mentionsOf(text, '2024-01-29').map((m) => [m.country, m.date, m.killed]), [['JO', '2024-01-27', 3]]);
});

test('a period that opens a sentence ends at its comma: a month after it dates an incident', () => {
  const text = 'US forces have hit Iranian targets in Syria since the start of the war, with November airstrikes on IRGC depots near al-Bukamal.';
  assert.deepEqual(mentionsOf(text, '2024-01-21').map((m) => [m.kind, m.date, m.date_end]), [['strike', '2023-11-01', '2023-11-30']]);
});

test('an opening cause with an example ("after repeated attacks, including …") leaves the main clause its own incident', () => {
  const mentions = mentionsOf('After repeated attacks on US troops, including a rocket attack on Al-Tanf on Sunday that wounded two soldiers, American jets struck militia depots near Al-Qaim on Monday.', '2024-03-05');
  const byKind = Object.fromEntries(mentions.map((m) => [m.kind, [m.date, m.site, m.injured]]));
  assert.deepEqual(byKind, { strike: ['2024-03-04', 'Al-Qaim (US strike area)', null], attack: ['2024-03-03', 'Al-Tanf Garrison', 2] });
});

test('an undated incident told in a year before the campaign is history', () => {
  assert.equal(mentionsOf('In 2019, parliament voted to expel foreign forces after an American drone strike near Baghdad airport killed a militia chief.', '2024-03-10').length, 0);
  assert.equal(mentionsOf('A US drone strike in 2019 near Baghdad airport killed a militia chief.', '2024-03-10').length, 0);
  // A year of the campaign, or one that dates something else, does not.
  assert.equal(mentionsOf('In 2024, a drone attack hit the Ain al-Asad air base, officials said.', '2024-03-10').length, 1);
  assert.equal(mentionsOf('Militants hit the Ain al-Asad base, which opened in 2003, with a drone.', '2024-03-10').length, 1);
});

test('each item of a bulleted list is a paragraph of its own: nothing runs from one item into the next', () => {
  const text = [
    'What happened so far:',
    '- From May 2 to May 5, militias struck US bases in Syria about 6 times. In all, 9 soldiers were hurt.',
    '- On May 6, the White House vowed a response.',
    '• On May 7, US aircraft struck three militia depots in Syria.',
  ].join('\n');
  const { mentions, tallies } = extract(article(text, '2024-05-10'), pack);
  assert.deepEqual(mentions.map((m) => [m.kind, m.date, m.country, m.injured]), [['strike', '2024-05-07', 'SY', null]]);
  assert.deepEqual(tallies.map((t) => t.count), [6]);
  assert.equal(splitSentences(text, 'en').filter((s) => text.slice(s.start, s.end).startsWith('What')).length, 1);
});

test('"May" the month is no "may" of what may come', () => {
  for (const text of ['On May 7, US jets struck three militia depots in Syria.', 'On 7 May, US jets struck three militia depots in Syria.']) {
    assert.deepEqual(mentionsOf(text, '2024-05-10').map((m) => [m.kind, m.date]), [['strike', '2024-05-07']], text);
  }
  assert.equal(mentionsOf('The militias may attack US bases in Syria again, officials warned.', '2024-05-10').length, 0);
});

test('casualties: the dead and "the others" wounded are two counts; "no US casualties" leaves room for others hurt', () => {
  const [strike] = mentionsOf('Two militiamen were killed and six others wounded in a US air strike on a depot near Al-Qaim on Tuesday.', '2024-01-05');
  assert.deepEqual([strike?.killed, strike?.injured], [2, 6]);
  // The counts of one kind still add up: "four soldiers and one contractor were injured".
  assert.equal(mentionsOf('Three soldiers and two contractors were injured in a rocket attack on Al-Tanf on Monday.', '2024-01-05')[0]?.injured, 5);
  const text = 'A drone struck the Conoco base on Sunday, killing four SDF fighters. There were no casualties among American troops. The SDF said the drone also wounded seven of its fighters.';
  const [attack] = mentionsOf(text, '2024-02-06');
  assert.deepEqual([attack?.killed, attack?.injured], [4, 7]);
  // Alone, it is still a nought.
  assert.deepEqual(mentionsOf('A drone struck the Conoco base on Sunday. There were no casualties among American troops.', '2024-02-06').map((m) => [m.killed, m.injured]), [[0, 0]]);
});

test('number words past ten in French, Spanish and German, and Italian number words', () => {
  const counts = (text: string, lang: string) => mentionsOf(text, '2024-01-08', lang).map((m) => [m.killed, m.injured]);
  assert.deepEqual(counts('Une attaque de drone contre la base de Conoco dimanche a fait douze blessés.', 'fr'), [[null, 12]]);
  assert.deepEqual(counts('Un ataque con drones contra la base de Conoco el domingo dejó doce heridos.', 'es'), [[null, 12]]);
  assert.deepEqual(counts('Bei dem Drohnenangriff auf den Stützpunkt Conoco am Sonntag wurden zwölf Kämpfer verletzt.', 'de'), [[null, 12]]);
  assert.deepEqual(counts('Due soldati sono stati uccisi e sei feriti in un attacco con droni contro la base di Conoco domenica.', 'it'), [[2, 6]]);
});

test('"a series of strikes on Friday" is that day\'s incident; a series with no day is a pattern', () => {
  assert.deepEqual(
    mentionsOf('The US launched a wave of strikes on Friday against militia targets in Iraq and Syria.', '2024-02-05').map((m) => [m.kind, m.date, m.country]),
    [['strike', '2024-02-02', 'IQ'], ['strike', '2024-02-02', 'SY']],
  );
  assert.equal(mentionsOf('The US has launched a wave of strikes against militia targets in Iraq and Syria.', '2024-02-05').length, 0);
});

test('a strike "retaliating for attacks" is a strike; the attacks it answers are told apart', () => {
  const mentions = mentionsOf('US jets bombed two militia depots near Mayadin on Sunday, retaliating for a rocket attack on Al-Tanf that wounded one soldier.', '2023-11-13');
  assert.deepEqual(mentions.map((m) => [m.kind, m.date, m.site, m.injured]), [
    ['strike', '2023-11-12', 'Mayadin (US strike area)', null],
    ['attack', null, 'Al-Tanf Garrison', 1],
  ]);
});

test('a group that "said it" attacked, in French and Spanish, claims it; one accused by another does not', () => {
  const claim = (text: string, lang: string) => mentionsOf(text, '2024-01-10', lang).map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(claim('Le groupe Kataeb Hezbollah a dit avoir tiré deux roquettes contre la base d’Al-Tanf lundi.', 'fr'), [["Kata'ib Hezbollah", 'claimed']]);
  assert.deepEqual(claim('Kataib Hezbollah dijo haber lanzado dos cohetes contra la base de Al-Tanf el lunes.', 'es'), [["Kata'ib Hezbollah", 'claimed']]);
  assert.deepEqual(claim('Washington accuse le Kataeb Hezbollah d’avoir tiré deux roquettes contre la base d’Al-Tanf lundi.', 'fr'), [["Kata'ib Hezbollah", 'attributed']]);
});

test('Indonesian tallies, denials of casualties in French, German and the present tense, and more spellings of the bases', () => {
  const { mentions, tallies } = extract(article('Sejak 17 Oktober, telah terjadi lebih dari 150 serangan terhadap pasukan AS di Irak dan Suriah.', '2024-08-10', 'id'), pack);
  assert.equal(mentions.length, 0);
  assert.deepEqual(tallies.map((t) => [t.count, t.qualifier, t.since]), [[150, 'more_than', '2023-10-17']]);
  const read = (text: string, lang: string) => mentionsOf(text, '2024-01-10', lang).map((m) => [m.site, m.killed, m.injured]);
  assert.deepEqual(read('Une roquette a visé la base d’Al-Tanf mardi, sans faire de blessés.', 'fr'), [['Al-Tanf Garrison', null, 0]]);
  assert.deepEqual(read('Eine Rakete traf am Dienstag den Stützpunkt Al-Asad, ohne dass es Verletzte gab.', 'de'), [['Ain al-Asad Air Base', null, 0]]);
  assert.deepEqual(read('A rocket hit the Harir base on Tuesday. No one is killed.', 'en'), [['Harir Air Base', 0, null]]);
  assert.deepEqual(read('قصفت طائرة مسيرة قاعدة الحرير يوم الثلاثاء.', 'ar'), [['Harir Air Base', null, null]]);
  assert.deepEqual(read('Des avions américains ont frappé des dépôts près de Boukamal mardi.', 'fr'), [['Abu Kamal (US strike area)', null, null]]);
});

test('", whose …" tells what someone did before: the incident it names is background, not the main clause\'s', () => {
  const mentions = mentionsOf('On March 3, a US drone strike in Baghdad killed a Nujaba commander, whose fighters were blamed for the Tower 22 attack.', '2024-03-10');
  assert.deepEqual(mentions.map((m) => [m.kind, m.date, m.site ?? m.place]), [['strike', '2024-03-03', 'Baghdad'], ['attack', null, 'Tower 22']]);
});

test('"near Jordan\'s border with Syria" is in Jordan', () => {
  for (const text of ["A drone struck an outpost near Jordan's border with Syria on Sunday.", "A drone struck an outpost near Jordan's borders with Iraq and Syria on Sunday."]) {
    assert.deepEqual(mentionsOf(text, '2024-03-12').map((m) => m.country), ['JO'], text);
  }
});

test('a toll told with where the troops were stationed, or as nouns ("the injury of 20"), is the incident\'s', () => {
  const [attack] = mentionsOf('A drone struck a US outpost in Jordan on Sunday. Two US soldiers stationed at Tower 22 were killed.', '2024-01-29');
  assert.deepEqual([attack?.site, attack?.killed], ['Tower 22', 2]);
  const [strike] = mentionsOf('US jets bombed militia positions in Al-Qaim on Monday. Officials said the raids led to the killing of nine people and the injury of 14 others.', '2024-03-12');
  assert.deepEqual([strike?.killed, strike?.injured], [9, 14]);
});

test('a strike that "responded" to the attack told before takes no day from it', () => {
  const read = (text: string) => mentionsOf(text, '2024-03-10').map((m) => [m.kind, m.date]);
  assert.deepEqual(read('On March 3, two US soldiers were hurt in a rocket attack in Syria. The United States retaliated with air strikes on militia depots in Iraq.'), [['attack', '2024-03-03'], ['strike', null]]);
  assert.deepEqual(read('On March 3, two US soldiers were hurt in a rocket attack in Syria. The United States retaliated on March 5 with air strikes on militia depots in Iraq.'), [['attack', '2024-03-03'], ['strike', '2024-03-05']]);
});

test('weapons kept in what a strike hit ("rocket and drone storage sites") are not weapons of the attack told before', () => {
  const text = 'After the attack in Jordan on March 3 that killed two soldiers, US troops struck March 10 on three facilities in Syria. The facilities hit included rocket and drone storage sites.';
  const attack = mentionsOf(text, '2024-03-12').find((m) => m.kind === 'attack');
  assert.deepEqual(attack?.weapons, []);
  assert.deepEqual(mentionsOf('US drones struck a militia rocket launch site near Al-Qaim on Monday.', '2024-03-12').map((m) => m.weapons), [['drone']]);
});

test('a claim of an attack on one base is no claim of another base reported by others; "it also" carries it', () => {
  const claims = (second: string) =>
    mentionsOf(`Kataib Hezbollah claimed a rocket attack on the Harir base on Monday. ${second}`, '2024-03-12').map((m) => [m.site, m.attacker, m.attribution]);
  assert.deepEqual(claims('Security sources said the Erbil air base was also targeted by drones.'), [
    ['Harir Air Base', "Kata'ib Hezbollah", 'claimed'],
    ['Erbil Air Base', null, 'unknown'],
  ]);
  assert.deepEqual(claims('It also targeted the Erbil air base with drones.'), [
    ['Harir Air Base', "Kata'ib Hezbollah", 'claimed'],
    ['Erbil Air Base', "Kata'ib Hezbollah", 'claimed'],
  ]);
});

test('"its fighters also targeted" another base: the group named in the sentence before, as it was named there', () => {
  const mentions = mentionsOf('Kataib Hezbollah fired rockets at the Harir base on Thursday, US officials said. Later on Thursday, its fighters also targeted the Erbil air base.', '2024-03-12');
  assert.deepEqual(mentions.map((m) => [m.site, m.attacker, m.attribution]), [
    ['Harir Air Base', "Kata'ib Hezbollah", 'attributed'],
    ['Erbil Air Base', "Kata'ib Hezbollah", 'attributed'],
  ]);
});

test('the toll of someone else\'s strike told next is not the attack\'s', () => {
  for (const gap of [' ', '\n\n']) {
    const text = `Militias fired rockets at the Harir base on Tuesday.${gap}Earlier on Tuesday, a Turkish drone strike near Sulaymaniyah killed two fighters.`;
    assert.deepEqual(mentionsOf(text, '2024-03-13').map((m) => [m.site, m.killed]), [['Harir Air Base', null]]);
  }
  // The attack's own toll, told next, still is.
  assert.deepEqual(mentionsOf('Militias fired rockets at the Harir base on Tuesday. The attack wounded two soldiers.', '2024-03-13').map((m) => m.injured), [2]);
});

test('a toll of several places listed together is of no one of them', () => {
  const tolls = (text: string) => mentionsOf(text, '2024-03-12').map((m) => [m.site ?? m.place, m.injured]);
  assert.deepEqual(tolls('Rockets struck the Harir base and the Erbil air base on Monday, wounding four soldiers.'), [['Harir Air Base', null], ['Erbil Air Base', null]]);
  // Each in a part of its own, the toll goes with its part's place.
  assert.deepEqual(tolls('A drone struck the Harir base on Monday, while rockets hit the Erbil air base, wounding four soldiers.').find(([place]) => place === 'Erbil Air Base'), ['Erbil Air Base', 4]);
});

test('"came days after" an incident: that incident falls in the week before the one told', () => {
  const text = 'Militias fired rockets at the Harir base on Monday. The barrage came days after a drone aimed at the Erbil air base was shot down.';
  assert.deepEqual(mentionsOf(text, '2024-10-01').map((m) => [m.site, m.date, m.date_end]), [
    ['Harir Air Base', '2024-09-30', null],
    ['Erbil Air Base', '2024-09-23', '2024-09-29'],
  ]);
});

test('a funeral tells no strike: its dead were killed in one told elsewhere, and it is held elsewhere', () => {
  // Read as reports, these would place a strike where the funeral was and date it by the funeral's day.
  assert.equal(mentionsOf('In Syria, a funeral was held in Deir ez-Zor for nine fighters killed by the American airstrikes on 3 February.', '2024-02-10').length, 0);
  assert.equal(mentionsOf('On Sunday, a funeral was held in Najaf for 12 fighters killed by US strikes near Al-Qaim.', '2024-02-10').length, 0);
  // The strike itself is still told.
  assert.equal(mentionsOf('US aircraft struck militia depots near Al-Qaim in western Iraq on Friday, killing 12 fighters.', '2024-02-10').length, 1);
});

test('the day a government condemned a strike is the day of its reaction, not of the strike', () => {
  const text = 'The United States carried out air strikes in Iraq on Monday. The Iraqi cabinet on Tuesday condemned the air strikes on army posts, which it said killed two people.';
  assert.deepEqual(mentionsOf(text, '2023-12-27').map((m) => [m.kind, m.date, m.killed]), [['strike', '2023-12-25', 2]]);
  const opening = 'The United States carried out air strikes in Iraq on Monday. On Tuesday, the Iraqi cabinet condemned the air strikes on army positions in Iraq, which it said killed two people.';
  assert.deepEqual(mentionsOf(opening, '2023-12-27').map((m) => [m.kind, m.date, m.killed]), [['strike', '2023-12-25', 2]]);
});

test('a member named to describe a front is not the one that claimed', () => {
  const text = 'A drone attack killed three US soldiers at Tower 22 in Jordan on Sunday. The Islamic Resistance in Iraq, an alliance which includes Kataib Hezbollah, claimed the attack.';
  assert.deepEqual(mentionsOf(text, '2024-01-29').map((m) => [m.attacker, m.attribution]), [['Islamic Resistance in Iraq', 'claimed']]);
});

test('the defender\'s command is no strike target, an Iraq-based group places nothing, and the attack a strike answers is an incident of its own', () => {
  assert.deepEqual(mentionsOf('US Central Command claimed its aircraft hit some 80 targets at seven facilities, four in Syria and three in Iraq.').map((m) => [m.kind, m.country]), [['strike', 'SY'], ['strike', 'IQ']]);
  const answered = mentionsOf('Washington struck Iranian-backed groups in Iraq and Syria on Friday in retaliation over the drone attack that killed three of its soldiers in Jordan.', '2024-02-03');
  assert.deepEqual(answered.map((m) => [m.kind, m.country]).sort(), [['attack', 'JO'], ['strike', 'IQ'], ['strike', 'SY']]);
  const based = mentionsOf('Days after three US troops were killed in Jordan in an attack by an Iraq-based militant group, the United States targeted sites in Iraq and Syria.', '2024-02-03');
  assert.deepEqual(based.filter((m) => m.kind === 'attack').map((m) => m.country), ['JO']);
});

test('militia fighters killed when an airstrike hit a base are killed in the defender\'s strike; the defender\'s people named make it an attack', () => {
  const text = 'Militia leaders said 12 fighters died in the strikes on Friday, among them three medics killed when an airstrike hit a base hospital in western Iraq.';
  assert.deepEqual(mentionsOf(text, '2024-02-04').map((m) => [m.kind, m.killed]), [['strike', 12]]);
  const theirs = 'Kurdish officials said five of their fighters were killed when a drone strike hit a base hosting U.S. troops in eastern Syria on Sunday.';
  assert.deepEqual(mentionsOf(theirs, '2024-02-05').map((m) => m.kind), ['attack']);
});

test('"the same day" is the day of the incident told before, in the languages the pack reads', () => {
  const text = 'Drones attacked the al-Tanf garrison on October 18, wounding 20 soldiers. The same day, drones also attacked the Ain al-Asad air base in western Iraq.';
  assert.deepEqual(mentionsOf(text, '2023-10-25').map((m) => [m.site, m.date]), [['Al-Tanf Garrison', '2023-10-18'], ['Ain al-Asad Air Base', '2023-10-18']]);
  const es = 'Drones atacaron la guarnición de al-Tanf el 18 de octubre. El mismo día, otros drones atacaron también la base de Ain al-Asad, en Irak.';
  assert.deepEqual(mentionsOf(es, '2023-10-25', 'es').map((m) => m.date), ['2023-10-18', '2023-10-18']);
});

test('German: a day written as an ordinal before its month ends no sentence, and militias "aus dem Irak" are not where they struck', () => {
  const jordan = mentionsOf('Am 28. Januar traf eine Drohne einen Stützpunkt in Jordanien und tötete drei US-Soldaten.', '2024-02-05', 'de');
  assert.deepEqual(jordan.map((m) => [m.country, m.date]), [['JO', '2024-01-28']]);
  const tanf = mentionsOf('Milizen aus dem Irak griffen am Montag den Stützpunkt Al-Tanf in Syrien mit einer Drohne an.', '2024-02-06', 'de');
  assert.deepEqual(tanf.map((m) => m.country), ['SY']);
});

test('a country named as the other side of the borders places nothing', () => {
  const text = 'Rockets hit the base on Sunday, a day after a US airstrike on trucks on the Syrian side of the borders with Iraq.';
  assert.deepEqual(mentionsOf(text, '2023-10-30').filter((m) => m.kind === 'strike').map((m) => m.country), ['SY']);
});

test('a since-day whose when-clause tells what may be dates nothing; "the previous week" counts back from the day told', () => {
  const text =
    'Five Americans were hurt in a rocket attack on the Ain al-Asad air base in western Iraq on Monday. ' +
    'Two drones had attacked the base the previous week, the first attack on US troops in Iraq since early February, when the militias said they would halt their attacks.';
  const dates = mentionsOf(text, '2024-08-06').map((m) => [m.weapons, m.date, m.date_end]);
  assert.deepEqual(dates, [
    [['rocket'], '2024-08-05', null],
    [['drone'], '2024-07-22', '2024-08-04'],
  ]);
});

test('a strike for someone\'s role in attacks on US troops is a strike; a source in Erbil places nothing; a day the sentence before gave to no incident is no attack\'s', () => {
  const strike = mentionsOf('The Pentagon said American forces carried out a strike in Iraq against a militia leader for his role in attacks on US troops.', '2024-01-05');
  assert.deepEqual(strike.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
  const source = mentionsOf('A drone crashed near the Harir airbase on Wednesday. A source in Erbil said the base’s air defences had downed it.', '2023-10-19');
  assert.deepEqual(source.map((m) => [m.site, m.outcome]), [['Harir Air Base', 'intercepted']]);
  const vacated = mentionsOf('An explosive drone attacked Harir airport on Thursday. Officials noted that the coalition had left the airport on October 20, 2023. The attack set the base\'s fuel depot on fire.', '2023-11-10');
  assert.deepEqual(vacated.map((m) => [m.site, m.date]), [['Harir Air Base', '2023-11-09']]);
});

test('a wire timeline: "OCT. 18 –" dates its entry, entries in the present tense are told, and the groups "in Iraq and Syria" are not where they struck', () => {
  const text =
    'The drone attack that killed three American soldiers in northeastern Jordan on Sunday is the latest in a campaign by militia groups in Iraq and Syria.\n\n' +
    'OCT. 18 – U.S. troops in Iraq are targeted in two drone attacks.\n\n' +
    'NOV. 17 – U.S. troops in Syria are attacked by a drone that injures one soldier.\n\n' +
    'DEC. 25 – A drone attack in Iraq wounds two U.S. personnel.';
  const told = mentionsOf(text, '2024-01-29').map((m) => [m.kind, m.country, m.date, m.killed, m.injured]);
  assert.deepEqual(told, [
    ['attack', 'JO', '2024-01-28', 3, null],
    ['attack', 'IQ', '2023-10-18', null, null],
    ['attack', 'SY', '2023-11-17', null, 1],
    ['attack', 'IQ', '2023-12-25', null, 2],
  ]);
});

test('a strike told only by a landmark ("south of Baghdad") is in its country, placed by those words', () => {
  const text = 'A day earlier, US jets struck Kataib Hezbollah south of Baghdad, killing eight of its members.';
  assert.deepEqual(mentionsOf(text, '2023-11-24').map((m) => [m.kind, m.place, m.country, m.killed]), [['strike', 'south of Baghdad', 'IQ', 8]]);
});

test('another country joined after the sites is an incident there; the other sides of a border are not', () => {
  const text = 'On Friday militants also fired drones and rockets at the Ain al-Asad airbase in western Iraq and at three bases in Syria.';
  assert.deepEqual(mentionsOf(text, '2023-12-09').map((m) => [m.site, m.country]), [['Ain al-Asad Air Base', 'IQ'], [null, 'SY']]);
  const tanf = mentionsOf('Drones atacaron el domingo la base de Al Tanf, situada junto a la frontera con Irak y Jordania.', '2024-02-06', 'es');
  assert.deepEqual(tanf.map((m) => [m.site, m.country]), [['Al-Tanf Garrison', 'SY']]);
});

test('Arabic: the strike areas and Erbil by their Arabic names, and a strike told with "ضرب"', () => {
  const qaim = mentionsOf('شنت الولايات المتحدة غارات على مقر للحشد الشعبي في القائم.', '2023-12-26', 'ar');
  assert.deepEqual(qaim.map((m) => [m.kind, m.site]), [['strike', 'Al-Qaim (US strike area)']]);
  const struck = mentionsOf('قامت الولايات المتحدة بضرب مواقع لكتائب حزب الله في العراق.', '2023-12-26', 'ar');
  assert.deepEqual(struck.map((m) => [m.kind, m.country]), [['strike', 'IQ']]);
  const hawler = mentionsOf('أصيب 4 جنود أمريكيين في الهجوم الذي استهدف قاعدة في هولير.', '2023-12-26', 'ar');
  assert.deepEqual(hawler.map((m) => [m.kind, m.site, m.injured]), [['attack', 'Erbil Air Base', 4]]);
});

test('Russian: a day after the time of day, the bases by their Russian names, drones in any case, and the group that took it upon itself', () => {
  const text =
    'Утром 23 октября беспилотник атаковал базу в Эль-Маликии на севере Сирии. Ответственность за атаку взяло на себя «Исламское сопротивление Ирака».';
  assert.deepEqual(mentionsOf(text, '2023-10-24', 'ru').map((m) => [m.site, m.date, m.attacker, m.attribution]), [['Al-Malikiyah', '2023-10-23', 'Islamic Resistance in Iraq', 'claimed']]);
  const omar = mentionsOf('Беспилотниками была атакована база США у месторождения Эль-Омар в Сирии.', '2023-10-24', 'ru');
  assert.deepEqual(omar.map((m) => [m.site, m.weapons]), [['Al-Omar oil field (Green Village)', ['drone']]]);
});

test('Indonesian: counts in words joined by "dan", drones shot down, no casualties, the air base by its Indonesian name', () => {
  const asad = mentionsOf('Dua tentara AS dan lima kontraktor terluka saat roket menghantam Pangkalan Udara Al-Asad pada Senin.', '2024-08-06', 'id');
  assert.deepEqual(asad.map((m) => [m.site, m.injured]), [['Ain al-Asad Air Base', 7]]);
  const down = mentionsOf('Sebuah drone ditembak jatuh sebelum mencapai pangkalan udara Ain al-Asad pada Senin, tanpa korban.', '2024-04-23', 'id');
  assert.deepEqual(down.map((m) => [m.outcome, m.killed, m.injured]), [['intercepted', 0, 0]]);
});

test('French and Spanish tolls: "a tué trois soldats", "mató a tres soldados", "mataron a 16 combatientes"', () => {
  const fr = mentionsOf("L'attaque qui a tué trois soldats américains en Jordanie a eu lieu dimanche.", '2024-01-30', 'fr');
  assert.deepEqual(fr.map((m) => [m.country, m.killed]), [['JO', 3]]);
  const es = mentionsOf('El ataque que mató a tres soldados estadounidenses en Jordania ocurrió el domingo.', '2024-01-30', 'es');
  assert.deepEqual(es.map((m) => [m.country, m.killed]), [['JO', 3]]);
  const strike = mentionsOf('Los bombardeos estadounidenses mataron a 16 combatientes en la región de Al Qaim el viernes.', '2024-02-03', 'es');
  assert.deepEqual(strike.map((m) => [m.kind, m.killed]), [['strike', 16]]);
});

test('a running total brought up by the incident told is a tally; a running total of casualties is not', () => {
  const talliesOf = (text: string, lang = 'en') => extract(article(text, '2024-01-20', lang), pack).tallies.map((t) => [t.count, t.qualifier, t.since]);
  const claimed = 'The Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad on Friday, bringing its total operations since October 17 to over 140.';
  assert.deepEqual(talliesOf(claimed), [[140, 'more_than', '2023-10-17']]);
  // The incident told beside it is still a mention.
  assert.deepEqual(extract(article(claimed, '2024-01-20'), pack).mentions.map((m) => [m.kind, m.site, m.date]), [['attack', 'Ain al-Asad Air Base', '2024-01-19']]);
  assert.deepEqual(talliesOf("Une roquette a visé la base d'Aïn al-Assad vendredi, portant à 140 le nombre d'attaques contre les forces américaines depuis le 17 octobre.", 'fr'), [[140, 'exact', '2023-10-17']]);
  assert.deepEqual(talliesOf('Un dron atacó la base de Al Tanf el viernes, elevando a más de 150 el número de ataques contra tropas estadounidenses.', 'es'), [[150, 'more_than', null]]);
  assert.deepEqual(talliesOf('The attack raised the total number of US troops wounded since October to 70.'), []);
  assert.deepEqual(talliesOf('The drone attack on the base took the death toll to three.'), []);
});

test('Arabic "said that it targeted" is the group\'s claim; an official saying the group targeted is blame', () => {
  const attribution = (text: string) => mentionsOf(text, '2024-01-20', 'ar').map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(attribution('قالت المقاومة الإسلامية في العراق إنها استهدفت قاعدة حرير بطائرة مسيرة يوم الخميس.'), [['Islamic Resistance in Iraq', 'claimed']]);
  assert.deepEqual(attribution('قال مسؤول أمريكي إن المقاومة الإسلامية في العراق استهدفت قاعدة حرير يوم الخميس.'), [['Islamic Resistance in Iraq', 'attributed']]);
});

test('a count and its verb stay together across the name of the base the people were at', () => {
  const text = 'A drone attack hit the Al-Omar oil field base in eastern Syria on Sunday night. Six SDF fighters stationed at the Al-Omar base were killed, the SDF said.';
  assert.deepEqual(mentionsOf(text, '2024-02-05').map((m) => [m.site, m.killed]), [['Al-Omar oil field (Green Village)', 6]]);
});

test('"carried out by" a group names who attacked: no strike by the officials who said it', () => {
  const text = 'A drone hit a coalition outpost in Jordan on Sunday. A Pentagon spokeswoman said the attack was carried out by Iran-aligned armed groups operating in Syria and Iraq.';
  assert.deepEqual(mentionsOf(text, '2024-05-14').map((m) => [m.kind, m.country]), [['attack', 'JO']]);
  const hurt = mentionsOf('An American contractor was hurt on Sunday in a drone attack carried out by a pro-Iran militia in Iraq.', '2024-05-14');
  assert.deepEqual(hurt.map((m) => [m.kind, m.country, m.injured]), [['attack', 'IQ', 1]]);
});

test('one soldier or contractor hit is an attack on the defender', () => {
  assert.deepEqual(mentionsOf('A drone attack on Sunday wounded a US service member in eastern Syria, officials said.', '2024-05-14').map((m) => [m.kind, m.country, m.injured]), [['attack', 'SY', 1]]);
  assert.deepEqual(mentionsOf('A rocket attack in Syria on Sunday killed a US soldier.', '2024-05-14').map((m) => [m.kind, m.country, m.killed]), [['attack', 'SY', 1]]);
});

test('"one in critical condition and two others wounded" are three wounded; the wounded of a separate attack are not added', () => {
  const injured = (text: string) => mentionsOf(text, '2024-01-10').map((m) => m.injured);
  assert.deepEqual(injured('A drone attack on Tower 22 in Jordan on Sunday left one soldier in critical condition and wounded two others.'), [3]);
  assert.deepEqual(injured('A drone attack on Tower 22 in Jordan on Sunday wounded three soldiers; two others were wounded in a separate attack.'), [3]);
});

test('a base near the border with two countries is in the one it is in, in French, Spanish and Arabic too', () => {
  const countries = (text: string, lang: string) => mentionsOf(text, '2024-03-12', lang).map((m) => m.country);
  assert.deepEqual(countries("Dimanche, une roquette a visé une base américaine en Jordanie, près de la frontière avec l'Irak et la Syrie.", 'fr'), ['JO']);
  assert.deepEqual(countries('El domingo, un cohete impactó en una base estadounidense en Jordania, cerca de la frontera con Siria e Irak.', 'es'), ['JO']);
  assert.deepEqual(countries('استهدف هجوم بطائرة مسيرة يوم الأحد قاعدة أمريكية في الأردن قرب الحدود مع العراق وسوريا.', 'ar'), ['JO']);
});

test('the umbrella group and Tower 22 by their Italian, Indonesian, French and German names; German compound regions', () => {
  const read = (text: string, lang: string) => mentionsOf(text, '2024-03-12', lang).map((m) => [m.site ?? m.country, m.attacker]);
  assert.deepEqual(read('La Resistenza islamica in Iraq ha rivendicato domenica un attacco con droni contro una base americana in Siria.', 'it'), [['SY', 'Islamic Resistance in Iraq']]);
  assert.deepEqual(read('Perlawanan Islam di Irak pada hari Minggu mengklaim serangan drone terhadap sebuah pangkalan AS di Suriah timur.', 'id'), [['SY', 'Islamic Resistance in Iraq']]);
  assert.deepEqual(read('Trois soldats ont été blessés dimanche lors d’une attaque de drone contre la tour 22 en Jordanie.', 'fr'), [['Tower 22', null]]);
  assert.deepEqual(mentionsOf('Bei einem Drohnenangriff auf den Stützpunkt Turm 22 in Jordanien wurden am Sonntag drei Soldaten verletzt.', '2024-03-12', 'de').map((m) => [m.site, m.injured]), [['Tower 22', 3]]);
  assert.deepEqual(read('Eine Drohne hat am Sonntag einen US-Stützpunkt in Ostsyrien getroffen.', 'de'), [['SY', null]]);
});

test('Portuguese "em resposta ao ataque" is the cause of the strikes, an attack of its own', () => {
  const text = 'Os Estados Unidos bombardearam, neste domingo (10), posições de milícias no Iraque, em resposta ao ataque com foguetes que feriu dois soldados americanos numa base na Síria.';
  assert.deepEqual(mentionsOf(text, '2024-03-12', 'pt').map((m) => [m.kind, m.country, m.injured]), [['strike', 'IQ', null], ['attack', 'SY', 2]]);
});

test('of two days that each name an incident ("the February 4 strikes answered the January 30 attack"), each is its own incident\'s', () => {
  const text = 'The February 4 strikes answered the January 30 drone attack in Jordan that killed two US soldiers.';
  assert.deepEqual(mentionsOf(text, '2024-02-09').map((m) => [m.kind, m.date, m.killed]), [['attack', '2024-01-30', 2]]);
  // A day that opens the clause is still the incident's: "On Monday, following Sunday's attack on …, there was another assault".
  const opened = 'On Monday, following Sunday’s rocket attack on the base at Al-Tanf, there was another assault, on Ain al-Asad air base.';
  assert.deepEqual(mentionsOf(opened, '2024-04-23').find((m) => m.site === 'Ain al-Asad Air Base')?.date, '2024-04-22');
});

test('a cause after a short opening phrase ("On Monday, in response to …, US jets struck …") is read apart, the phrase with the main clause', () => {
  const text = 'On Monday, in response to Saturday’s drone attack on Tower 22, US jets struck militia sites in Iraq.';
  assert.deepEqual(mentionsOf(text, '2024-02-06').map((m) => [m.kind, m.site ?? m.country, m.date]), [['strike', 'IQ', '2024-02-05'], ['attack', 'Tower 22', '2024-02-03']]);
});

test('an attack on a base near a border between two countries is the one told that day in the other', () => {
  const text = 'Rockets were fired on Sunday at an American base in northeastern Syria. On Monday, following Sunday’s brief rocket attack on the US base near the Iraq-Syria border, there was another assault, on Ain al-Asad air base.';
  assert.deepEqual(mentionsOf(text, '2024-04-22').map((m) => [m.site ?? m.country, m.date]), [['SY', '2024-04-21'], ['Ain al-Asad Air Base', '2024-04-22']]);
  // Alone, it is placed in the first.
  assert.deepEqual(mentionsOf('On Sunday a drone hit an outpost near the Jordan-Syria border, wounding two soldiers.', '2024-04-22').map((m) => m.country), ['JO']);
});

test('a place after a base, set off by a comma ("Tower 22, a U.S. logistics post in Rukban"), says where the base is', () => {
  const places = (text: string) => mentionsOf(text, '2024-03-08').map((m) => m.site);
  assert.deepEqual(places('On 28 January 2024, a drone struck Tower 22, a U.S. logistics post in Rukban, northeast Jordan, killing three soldiers.'), ['Tower 22']);
  assert.deepEqual(places('On 6 March 2024, rockets hit the Conoco gas field, a coalition base near Khirbat Adana in Deir ez-Zor, wounding four soldiers.'), ['Conoco gas field']);
});

test('what attacks "have mostly targeted" is a pattern, not incidents on the day just told', () => {
  const text = 'Militants fired two rockets at Harir air base on Thursday, causing no damage. Since the autumn, the militias have mostly targeted Ain al-Asad in Anbar, the coalition base at Erbil airport and Harir.';
  assert.deepEqual(mentionsOf(text, '2024-03-08').map((m) => m.site), ['Harir Air Base']);
  // Said of one incident, in the past, the word is no pattern.
  assert.deepEqual(mentionsOf('The drones mainly targeted the runway at Ain al-Asad air base on Monday.', '2024-03-08').map((m) => m.site), ['Ain al-Asad Air Base']);
});

test('casualties: "and a contractor" is one more; "resulted in the death of three" counts the dead', () => {
  const counts = (text: string) => mentionsOf(text, '2024-03-08').map((m) => [m.killed, m.injured]);
  assert.deepEqual(counts('A rocket attack on Ain al-Asad on Monday wounded three US service members and a contractor.'), [[null, 4]]);
  assert.deepEqual(counts('Three US soldiers and a civilian contractor were injured in a drone attack on Erbil air base on Monday.'), [[null, 4]]);
  assert.deepEqual(counts('Three soldiers were wounded and a contractor was killed in a drone attack on Erbil air base on Monday.'), [[1, 3]]);
  assert.deepEqual(counts('A drone attack on a US base in Jordan last Sunday resulted in the death of three soldiers.'), [[3, null]]);
  // One person first, then the others: "a US soldier and two SDF fighters" are three.
  assert.deepEqual(counts('Rockets struck the Rumalyn base on Monday, lightly wounding a US soldier and two SDF fighters.'), [[null, 3]]);
  assert.deepEqual(counts('A US soldier and two SDF fighters were wounded when rockets struck the Rumalyn base on Monday.'), [[null, 3]]);
  // What else the clause goes on to count is not of the hurt.
  assert.deepEqual(counts('Rockets struck the Rumalyn base on Monday, wounding a US soldier and damaging two vehicles.'), [[null, 1]]);
});

test('tallies: "three days after an attack" counts days, not attacks; "140 strikes against US targets" counts attacks', () => {
  const talliesOf = (text: string) => extract(article(text, '2024-03-08'), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(talliesOf('The group announced the truce three days after a rocket attack on a US base in Syria.'), []);
  assert.deepEqual(talliesOf('Since October 17, there have been more than 140 strikes against US targets in Iraq, Syria and Jordan.'), [[140, 'more_than']]);
  assert.deepEqual(talliesOf('US forces have carried out 12 strikes on militia targets in Iraq since October.'), []);
});

test('"Our drones can reach Ain al-Asad" boasts of what they can do; "a drone that can reach far targets struck" the base', () => {
  assert.deepEqual(mentionsOf('"Our drones can reach Ain al-Asad," Harakat al-Nujaba leader Akram al-Kaabi said on Sunday.'), []);
  assert.deepEqual(mentionsOf('Nos drones peuvent atteindre la base d\'Aïn al-Assad, a déclaré dimanche un chef de milice.', '2024-01-10', 'fr'), []);
  assert.deepEqual(mentionsOf('A drone that can reach far targets struck Ain al-Asad air base on Sunday, officials said.').map((m) => [m.kind, m.site]), [['attack', 'Ain al-Asad Air Base']]);
});

test('drones downed "before they could strike" a base are an intercepted attack on it; a threat that it could is none', () => {
  const read = (text: string) => mentionsOf(text, '2024-03-08').map((m) => [m.site, m.outcome]);
  assert.deepEqual(read('The US military said it downed two drones before they could strike Ain al-Asad air base in western Iraq on Tuesday.'), [['Ain al-Asad Air Base', 'intercepted']]);
  assert.deepEqual(read('The militia warned it could strike Ain al-Asad air base before the end of the month.'), []);
});

test('"two separate drone attacks" at a base are counted, so told as incidents', () => {
  const text = 'Seven US troops were lightly hurt on 4 March when a drone hit al-Tanf garrison in Syria. All of them have returned to duty. On that same day, three more American personnel suffered minor injuries during two separate drone attacks on Ain al-Asad air base in Iraq.';
  assert.deepEqual(mentionsOf(text, '2024-03-08').map((m) => [m.site, m.date, m.injured]), [['Al-Tanf Garrison', '2024-03-04', 7], ['Ain al-Asad Air Base', '2024-03-04', 3]]);
});

test('a weekday just before a day and month names that day: one incident (Arabic, Indonesian); the Maghreb\'s month names', () => {
  const read = (text: string, lang: string) => mentionsOf(text, null, lang).map((m) => [m.site, m.date]);
  assert.deepEqual(read('تعرضت قاعدة الشدادي يوم الخميس 7 مارس 2024 لهجوم بطائرة مسيرة مفخخة.', 'ar'), [['al-Shaddadi', '2024-03-07']]);
  assert.deepEqual(read('استهدفت طائرة مسيرة صباح اليوم الأحد 3 مارس 2024 قاعدة حرير في أربيل.', 'ar'), [['Harir Air Base', '2024-03-03']]);
  assert.deepEqual(read('استهدف صاروخان قاعدة التنف يوم 12 جوان 2024.', 'ar'), [['Al-Tanf Garrison', '2024-06-12']]);
  // A sentence that opens with a subject, a weekday and a date is no dateline.
  assert.deepEqual(read('Kelompok itu pada hari Rabu, 1 November 2023, menyerang pangkalan Al-Tanf di Suriah.', 'id'), [['Al-Tanf Garrison', '2023-11-01']]);
});

test('Arabic: American soldiers hurt are whom the attack hit, not who struck', () => {
  const read = (text: string) => mentionsOf(text, '2024-03-04', 'ar').map((m) => [m.kind, m.country, m.injured]);
  assert.deepEqual(read('أصيب أربعة من الجنود الأمريكيين في هجوم صاروخي في سوريا يوم الأحد.'), [['attack', 'SY', 4]]);
  assert.deepEqual(read('قُتل جنديان أمريكيان في هجوم بطائرة مسيرة على موقع عسكري في الأردن يوم السبت.').map(([kind, country]) => [kind, country]), [['attack', 'JO']]);
});

test('the day of a statement told with its speaker between ("a précisé mardi que", "قال متحدث يوم الثلاثاء إن", "accused … on Thursday of") is not the incident\'s', () => {
  const day = (text: string, lang: string, published = '2024-03-12') => mentionsOf(text, published, lang).map((m) => m.date);
  assert.deepEqual(day("Un porte-parole américain a précisé mardi que deux soldats avaient été légèrement blessés dans une attaque de drone dimanche contre la base d'al-Chaddadi.", 'fr'), ['2024-03-10']);
  assert.deepEqual(day('قال متحدث أمريكي يوم الثلاثاء إن جنديين أصيبا بجروح طفيفة في هجوم بطائرة مسيرة يوم الأحد على قاعدة الشدادي.', 'ar'), ['2024-03-10']);
  assert.deepEqual(day('A militia command accused the United States on Thursday of carrying out drone strikes in northern Babil that killed two of its fighters.', 'en', '2024-06-13'), [null]);
});

test('"last week" in French, Spanish, Portuguese and German is the week before publication; "the past weeks" dates nothing', () => {
  const span = (text: string, lang: string) => mentionsOf(text, '2024-03-12', lang).map((m) => [m.date, m.date_end, m.date_precision]);
  assert.deepEqual(span('La semaine dernière, des avions américains ont bombardé deux entrepôts en Syrie.', 'fr'), [['2024-03-04', '2024-03-10', 'range']]);
  assert.deepEqual(span('La semana pasada, aviones estadounidenses bombardearon dos almacenes en Siria.', 'es'), [['2024-03-04', '2024-03-10', 'range']]);
  const weeks = mentionsOf('In den vergangenen Wochen wurden bei einer Reihe von Angriffen auf US-Stützpunkte im Irak mehrere Soldaten verletzt.', '2024-03-12', 'de');
  assert.deepEqual(weeks, []);
});

test('tallies and claims in more languages: Italian counts, Indonesian "setidaknya", German "Anschlag", a group\'s "comunicado"', () => {
  const talliesOf = (text: string, lang: string) => extract(article(text, '2024-03-12', lang), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(talliesOf('In totale le milizie hanno compiuto oltre 150 attacchi contro basi americane in Iraq e Siria.', 'it'), [[150, 'more_than']]);
  assert.deepEqual(talliesOf('Sejak Oktober, pasukan AS di Irak dan Suriah telah diserang setidaknya 120 kali.', 'id'), [[120, 'at_least']]);
  assert.deepEqual(mentionsOf('Bei einem Anschlag auf US-Soldaten in Jordanien wurden am Sonntag zwei Soldaten getötet.', '2024-03-12', 'de').map((m) => [m.kind, m.country, m.killed]), [['attack', 'JO', 2]]);
  const claim = mentionsOf('"Nuestros combatientes atacaron la base de Harir con un dron", dijo la Resistencia Islámica en Irak en un comunicado.', '2024-03-12', 'es');
  assert.deepEqual(claim.map((m) => [m.attacker, m.attribution]), [['Islamic Resistance in Iraq', 'claimed']]);
  // What a group's statement says of "these attacks" claims none of them.
  const comment = "Vendredi, des roquettes ont été tirées à Bagdad contre l'ambassade américaine. Le lendemain, les Brigades du Hezbollah estimaient dans un communiqué que ces attaques marquaient de nouvelles règles.";
  assert.deepEqual(mentionsOf(comment, '2024-03-12', 'fr').map((m) => [m.site, m.attribution]), [['US Embassy Baghdad', 'unknown']]);
});

test('a strike named by a noun of another language ("une frappe américaine") at a place strikes hit is a strike', () => {
  const text = 'Une frappe américaine a tué dimanche trois combattants à Abou Kamal, en Syrie.';
  assert.deepEqual(mentionsOf(text, '2024-03-12', 'fr').map((m) => [m.kind, m.site, m.date]), [['strike', 'Abu Kamal (US strike area)', '2024-03-10']]);
});

test('the coalition named among those attacked is no tally\'s speaker', () => {
  const text = 'Between the 7 October Hamas raid and 20 January 2024, Iran-aligned groups attacked US and coalition forces in the region on 140 occasions.';
  assert.deepEqual(extract(article(text, '2024-03-12'), pack).tallies.map((t) => [t.count, t.speaker]), [[140, null]]);
});

test('an attack that hurt the partner force alone has it as its target', () => {
  const target = (text: string) => mentionsOf(text, '2024-02-06').map((m) => m.target);
  assert.deepEqual(target('A drone struck a training ground at the al-Omar oil field base in Deir ez-Zor late Sunday, killing five fighters of the Syrian Democratic Forces.'), ['Syrian Democratic Forces']);
  assert.deepEqual(target('A drone struck the al-Omar oil field base late Sunday, killing five SDF fighters and wounding two US soldiers.'), ['United States']);
});

test('a first report of no casualties that the sentence takes back is no nought', () => {
  const text = 'Several coalition personnel were hurt in a drone strike on Rumalyn Landing Zone on Tuesday. The military had at first reported no casualties, but a later review found minor injuries.';
  assert.deepEqual(mentionsOf(text, '2024-07-31').map((m) => [m.killed, m.injured]), [[null, null]]);
  assert.deepEqual(mentionsOf('A drone hit Rumalyn Landing Zone on Tuesday. There were no casualties.', '2024-07-31').map((m) => [m.killed, m.injured]), [[0, 0]]);
});

test('Russian: more forms of rockets, drones, bases and launches', () => {
  const read = (text: string) => mentionsOf(text, '2024-03-12', 'ru').map((m) => [m.site, m.weapons, m.outcome]);
  assert.deepEqual(read('Около десяти ракет было выпущено в воскресенье по американской базе у месторождения Конико.'), [['Conoco gas field', ['rocket'], 'unknown']]);
  assert.deepEqual(read('Военные сбили три дрона на подлете к базе Эт-Танф в воскресенье.'), [['Al-Tanf Garrison', ['drone'], 'intercepted']]);
});

test('a clause opened by "days after" tells an incident before the one just told, not that one', () => {
  const text = 'A US drone struck a truck near Jurf al-Sakhar on Thursday night, killing two fighters. The strike came days after American jets bombed militia depots in Iraq and Syria.';
  assert.deepEqual(mentionsOf(text, null).map((m) => [m.kind, m.site, m.country]), [
    ['strike', 'Jurf al-Sakhar (US strike area)', 'IQ'],
    ['strike', null, 'IQ'],
    ['strike', null, 'SY'],
  ]);
});

test('the second or third attack in a span of hours ranks an incident among a few: no tally', () => {
  const talliesOf = (text: string, lang = 'en') => extract(article(text, '2024-05-02', lang), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(talliesOf('Officials said a drone was fired at US troops in northeastern Syria. It was the third attack on American forces in the region in under 12 hours.'), []);
  assert.deepEqual(talliesOf('Deux roquettes ont visé des soldats américains en Syrie, deuxième attaque contre les forces américaines en moins de 24 heures.', 'fr'), []);
  // Over months, the rank is a count of the campaign.
  assert.deepEqual(talliesOf('It was the fourth attack on American forces in the region in the past three months.'), [[4, 'exact']]);
});

test('"would" of a past that a verb then dates ("the last time ... would ... was on March 3") tells an incident', () => {
  const text = 'The last time rockets would be fired at such a base was on March 3, when a barracks at the Harir base was damaged.';
  assert.deepEqual(mentionsOf(text, '2024-05-02').map((m) => [m.site, m.date]), [['Harir Air Base', '2024-03-03']]);
  // A would of what was to come stays one.
  assert.deepEqual(mentionsOf('The group said it would fire rockets at the Harir base on Monday.', '2024-05-02'), []);
});

test('a claim of the attack of a day named is no claim of an attack on another day beside it', () => {
  const text = 'A drone hit the Harir base on Saturday, wounding two US soldiers.\nRockets had hit the Harir base on Jan. 3, damaging a hangar.\nThe Islamic Resistance in Iraq claimed responsibility for Saturday’s attack in a statement.';
  assert.deepEqual(mentionsOf(text, '2024-01-22').map((m) => [m.date, m.attacker]), [
    ['2024-01-20', 'Islamic Resistance in Iraq'],
    ['2024-01-03', null],
  ]);
});

test('a day told after ", but" dates its own part of the sentence, not the place told before it', () => {
  const text = 'US jets struck a militia depot in Syria, but on Thursday US drones hit a convoy in Iraq.';
  assert.deepEqual(mentionsOf(text, '2024-03-11').map((m) => [m.country, m.date]), [
    ['SY', null],
    ['IQ', '2024-03-07'],
  ]);
  // A part that names no place of its own goes on about the place before it: its day is that place's.
  const downed = mentionsOf('A drone targeted the Conoco base in Syria, but it was shot down on Saturday, the coalition said.', '2024-02-04');
  assert.deepEqual(downed.map((m) => [m.site, m.date]), [['Conoco gas field', '2024-02-03']]);
});

test('a nought told of several incidents before their bases were named is also that of the others named with the first', () => {
  const text = 'Militants launched drones at several US bases in Syria on Sunday night; nobody was hurt. The drones targeted the bases at al-Tanf, Conoco and al-Shaddadi.';
  assert.deepEqual(mentionsOf(text, '2024-01-10').map((m) => [m.site, m.injured]), [
    ['Al-Tanf Garrison', 0],
    ['Conoco gas field', 0],
    ['al-Shaddadi', 0],
  ]);
});

test('a first report of no casualties that the sentence says was superseded ("but further details have since emerged") is no nought', () => {
  const read = (text: string) => mentionsOf(text, '2024-07-31').map((m) => [m.killed, m.injured]);
  assert.deepEqual(read('Officials initially reported no casualties, but further details have now emerged about the drone attack on the Rumalyn Landing Zone on Tuesday.'), [[null, null]]);
  assert.deepEqual(read('A drone attack on the Rumalyn Landing Zone on Tuesday, at first said to have caused no casualties, but further details have now emerged.'), [[null, null]]);
});

test('a count of one told after "several were injured" is of one of them, not how many were', () => {
  const read = (text: string) => mentionsOf(text, '2024-01-10').map((m) => m.injured);
  assert.deepEqual(read('A rocket attack on the Harir air base on Monday caused the injury of several American soldiers. At least one Kurdish guard was also wounded in the attack.'), [null]);
  assert.deepEqual(read('Several US troops were hurt after drones struck the Harir air base on Monday. At least one Kurdish guard was wounded in the attack, officials added.'), [null]);
  // Without the vague count, the one is the count.
  assert.deepEqual(read('Drones struck the Harir air base on Monday. At least one Kurdish guard was wounded in the attack, officials added.'), [1]);
});

test('each place told in its own part of the sentence ("X was targeted, while Y was struck") has the outcome of its own part', () => {
  const text = 'On Monday, rockets were fired at the Conoco gas field, while two drones struck the al-Tanf garrison.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.site, m.outcome]), [
    ['Conoco gas field', 'unknown'],
    ['Al-Tanf Garrison', 'impact'],
  ]);
});

test('"the latter attacks" go on about the last incident told, not every one told with it', () => {
  const text = 'On Monday, drones targeted the Conoco gas field, while rockets were fired at the Harir air base. During the latter attacks, one contractor suffered a heart attack, and four troops sustained minor injuries.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.site, m.injured, m.outcome]), [
    ['Conoco gas field', null, 'unknown'],
    ['Harir Air Base', 4, 'impact'],
  ]);
});

test('"no damage or injuries" says nobody was hurt, not that nobody was killed, as "no injuries or damage" does', () => {
  const read = (text: string) => mentionsOf(text).map((m) => [m.killed, m.injured]);
  assert.deepEqual(read('A drone attack targeted US forces at the Harir air base on Monday but caused no damage or injuries.'), [[null, 0]]);
  assert.deepEqual(read('A drone attack targeted US forces at the Harir air base on Monday, with no injuries or damage reported.'), [[null, 0]]);
});

test('Russian: "без пострадавших" (without casualties) says nobody was killed or hurt', () => {
  const mentions = mentionsOf('Во вторник дрон атаковал американскую базу Эт-Танф, обошлось без пострадавших.', '2024-09-28', 'ru');
  assert.deepEqual(mentions.map((m) => [m.site, m.killed, m.injured]), [['Al-Tanf Garrison', 0, 0]]);
});

test('a count after "injuries to" or "killing the" is the toll ("causing injuries to 12 others", "killing the two")', () => {
  const read = (text: string) => mentionsOf(text).map((m) => [m.killed, m.injured]);
  assert.deepEqual(read('A drone hit the Harir air base on Monday, killing one contractor and causing injuries to 12 others.'), [[1, 12]]);
  assert.deepEqual(read('Two soldiers were on guard when a drone hit the Harir air base on Monday, killing the two.'), [[2, null]]);
});

test('an impact asked about or only possible ("whether it caused casualties or material damage", "may have caused damage") is no impact', () => {
  const read = (text: string) => mentionsOf(text).map((m) => m.outcome);
  assert.deepEqual(read('A drone attack targeted the Harir air base on Monday. Officials did not say whether it caused casualties or material damage.'), ['unknown']);
  assert.deepEqual(read('A drone attack targeted the Harir air base on Monday and may have caused damage.'), ['unknown']);
  assert.deepEqual(read('A drone hit the Harir air base on Monday, and the group vowed more attacks.'), ['impact']);
});

test('an attack whose drones were engaged, when the defender\'s people were hurt in it, hit', () => {
  const read = (text: string) => mentionsOf(text).map((m) => [m.site, m.outcome]);
  assert.deepEqual(read('Troops engaged three drones at the Harir air base on Monday, downing two. Coalition personnel sustained minor injuries in the incident.'), [['Harir Air Base', 'impact']]);
  assert.deepEqual(read('Troops engaged three drones at the Harir air base on Monday, downing two. Four coalition soldiers were lightly wounded.'), [['Harir Air Base', 'impact']]);
  assert.deepEqual(read('Troops shot down a drone at the Harir air base on Monday. Officials said the incident caused no injuries.'), [['Harir Air Base', 'intercepted']]);
});

test('a background clause naming the attacks a strike answers does not end what goes on about the strike', () => {
  const text = 'After attacks that wounded two US soldiers, American jets bombed militia depots in Iraq on Monday. The operation killed a number of fighters.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.kind, m.country, m.outcome]), [['strike', 'IQ', 'impact']]);
});

test('"several people were killed in the strike" is a vague toll of the strike, not a pattern', () => {
  const text = 'American jets bombed a militia depot near Jurf al-Sakhar on Monday. Officials gave no details. Several people were killed in the strike, local sources said.';
  assert.deepEqual(mentionsOf(text).map((m) => [m.kind, m.killed, m.outcome]), [['strike', null, 'impact']]);
});

test('a toll told as a bound ("at least two dozen") gives way to a larger count told of the same attack; an exact toll does not', () => {
  const read = (text: string) => mentionsOf(text).map((m) => m.injured);
  assert.deepEqual(read('US officials said on Sunday that at least two dozen soldiers were injured in a drone attack on the Harir air base. The military later confirmed in a statement that 26 were injured in the attack on the base.'), [26]);
  assert.deepEqual(read('A drone hit the Harir air base on Sunday, wounding 12 soldiers. Officials said 14 soldiers were injured in the attack.'), [12]);
});

test('the narrower readings hold where text only looks like them', () => {
  const read = (text: string) => mentionsOf(text, '2024-01-21').map((m) => [m.site, m.injured, m.outcome]);
  // A relative clause between "whether" and the impact word tells what did happen.
  assert.deepEqual(read('US officials are investigating whether the drone that hit Tower 22 in Jordan on Sunday was launched from Iraq.'), [['Tower 22', null, 'impact']]);
  // A count far above the bound told is a total, not the incident's toll.
  assert.deepEqual(read('Rockets hit Ain al-Asad air base in Iraq on Saturday, injuring at least three US troops. The attack was the latest of 140, in which 70 US personnel were hurt.'), [['Ain al-Asad Air Base', 3, 'impact']]);
  // "Several" told of another incident, in a clause of its own, leaves this one's count alone.
  assert.deepEqual(read('A drone attack on al-Tanf in Syria on Saturday injured one US soldier, days after several troops were wounded in an attack on the Conoco base.')[0], ['Al-Tanf Garrison', 1, 'impact']);
  // "Later" alone does not take back a first report of no casualties.
  assert.deepEqual(read('Rockets hit Ain al-Asad air base in Iraq on Saturday. Officials initially reported no casualties, but later said the attack caused minor damage to a hangar.'), [['Ain al-Asad Air Base', 0, 'impact']]);
  // "Within hours" that ranks nothing leaves a count of attacks a tally.
  const tallies = extract(article('US bases in Iraq were attacked four times in January, a Pentagon official said, speaking within hours of the latest attack.', '2024-01-21'), pack).tallies;
  assert.deepEqual(tallies.map((t) => t.count), [4]);
});

test('a claim for an incident named by its day ("Saturday\'s attack") goes to the one told on that day, even after another', () => {
  // An undated article: the day stays unresolved, and is still the day of the one incident told on a Saturday.
  const text =
    'Rockets struck the Harir air base on Saturday, wounding two soldiers.\n— Example Wire (@wire) January 6, 2024\nThe first such barrage hit the base on Dec. 3, causing light damage. Responsibility for Saturday\'s attack was claimed by Kataib Hezbollah.';
  assert.deepEqual(mentionsOf(text, null).map((m) => [m.date, m.attacker, m.attribution]), [
    [null, "Kata'ib Hezbollah", 'claimed'],
    ['2023-12-03', null, 'unknown'],
  ]);
});

test('a group said in the next sentence to have claimed a pattern of attacks ("numerous attacks since October") claimed none of them', () => {
  const read = (text: string) => mentionsOf(text).map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(read('A drone hit the Harir air base on Monday. The Islamic Resistance in Iraq has claimed a string of similar attacks since October.'), [[null, 'unknown']]);
  assert.deepEqual(read('A rocket landed near the Conoco gas field base on Monday. Kataib Hezbollah has claimed responsibility for numerous attacks on US forces.'), [[null, 'unknown']]);
  assert.deepEqual(read('A drone hit the Harir air base on Monday. The Islamic Resistance in Iraq, behind dozens of attacks since October, claimed the attack.'), [['Islamic Resistance in Iraq', 'claimed']]);
});

test('an outcome told of all the places together is each one\'s; a claim of the day after a night attack is of that attack', () => {
  const both = mentionsOf('One drone targeted al-Tanf on Saturday, while another targeted Tal Baydar, and both were shot down.', '2024-01-21');
  assert.deepEqual(both.map((m) => [m.site, m.outcome]), [
    ['Al-Tanf Garrison', 'intercepted'],
    ['Tal Baydar', 'intercepted'],
  ]);
  const night = mentionsOf("Drones targeted the Conoco base in Syria on Monday night. The Islamic Resistance in Iraq claimed Tuesday's attack, saying it hit the base after midnight.", '2023-11-22');
  assert.deepEqual(night[0] && [night[0].date, night[0].attacker], ['2023-11-20', 'Islamic Resistance in Iraq']);
});

test('people hurt turn an intercepted attack into a hit only when hurt in the incident named again', () => {
  const outcome = (text: string) => mentionsOf(text, '2024-01-21').map((m) => m.outcome);
  assert.deepEqual(outcome('US forces engaged two drones approaching al-Tanf in Syria on Saturday. Coalition forces sustained minor injuries in the incident.'), ['impact']);
  assert.deepEqual(outcome('US forces shot down a drone approaching al-Tanf in Syria on Saturday. Separately, two US soldiers were injured in a vehicle accident at the base.'), ['intercepted']);
  assert.deepEqual(outcome('US forces shot down a drone approaching al-Tanf in Syria on Saturday. In an earlier attack, 25 US service members suffered injuries.'), ['intercepted']);
});

test('a group named as who carried out the attacks a tally counts is not its speaker; a group that says or claims the count is', () => {
  const speakers = (text: string) => extract(article(text, '2024-03-12'), pack).tallies.map((t) => [t.count, t.speaker]);
  assert.deepEqual(speakers('US positions in Iraq and Syria have been hit more than 150 times by the Islamic Resistance in Iraq since October.'), [[150, null]]);
  assert.deepEqual(speakers('Since mid-October, militias have launched over 150 attacks on US forces, most of them claimed by Kataib Hezbollah.'), [[150, null]]);
  assert.deepEqual(speakers('The Islamic Resistance in Iraq said it had carried out more than 150 attacks on US forces since October.'), [[150, 'Islamic Resistance in Iraq']]);
  assert.deepEqual(speakers('Kataib Hezbollah claimed more than 150 attacks on US forces since October.'), [[150, "Kata'ib Hezbollah"]]);
});

test('the defender\'s raids and operations on a group outside the campaign are neither strikes nor attacks on it', () => {
  assert.deepEqual(mentionsOf('US forces conducted 20 operations against ISIS in Syria last month, CENTCOM said.', '2024-01-22'), []);
  assert.deepEqual(mentionsOf('US forces carried out a raid on an ISIS cell in Deir ez-Zor on Monday.', '2024-01-22'), []);
  assert.deepEqual(mentionsOf('US forces killed an ISIS leader in a raid in Syria on Monday.', '2024-01-22'), []);
  // The coalition's mission named beside a strike on a militia of the campaign leaves the strike one.
  const strike = mentionsOf('US forces, in Syria to fight ISIS, struck a Kataib Hezbollah depot near Abu Kamal on Monday.', '2024-01-22');
  assert.deepEqual(strike.map((m) => [m.kind, m.site, m.target]), [['strike', 'Abu Kamal (US strike area)', "Kata'ib Hezbollah"]]);
});

test('a drone that struck with a militia\'s own people the dead and none of the defender\'s hit is the defender\'s strike, as "a drone strike" is', () => {
  const read = (text: string) => mentionsOf(text, '2024-02-08').map((m) => [m.kind, m.place, m.target, m.date]);
  assert.deepEqual(read('A drone struck a vehicle in eastern Baghdad on Wednesday, killing a senior Kataib Hezbollah commander.'), [['strike', 'Baghdad', "Kata'ib Hezbollah", '2024-02-07']]);
  // The defender's base hit: an attack on it, whoever died.
  assert.deepEqual(
    mentionsOf('Kataib Hezbollah fighters launched a drone that struck al-Tanf on Wednesday, killing two soldiers.', '2024-02-08').map((m) => [m.kind, m.site]),
    [['attack', 'Al-Tanf Garrison']],
  );
});

test('strikes not ruled out are none yet', () => {
  assert.deepEqual(mentionsOf('The US has not ruled out further strikes on Kataib Hezbollah in Iraq.', '2024-02-08'), []);
  assert.deepEqual(mentionsOf('The Pentagon did not rule out more strikes in Syria.', '2024-02-08'), []);
});
