import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire copy in Arabic, German, French and Spanish (Al Jazeera, dpa, AFP, EFE), as an analyst reads it.
const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;

test('an Arabic name that starts with a proclitic\'s letter keeps it: "بغداد" is Baghdad, "ببغداد" in Baghdad, "لكتائب" of the Kataib', () => {
  // "A missile targeted a base in Baghdad": the place as written is the whole name.
  assert.deepEqual(mentionsOf('استهدف صاروخ قاعدة في بغداد.', 'ar').map((m) => [m.place, m.country]), [['بغداد', 'IQ']]);
  // "Two missiles fell on Baghdad International Airport on Sunday night."
  assert.deepEqual(mentionsOf('سقط صاروخان على مطار بغداد الدولي ليلة الأحد.', 'ar').map((m) => m.site), ['Victory Base / Baghdad Diplomatic Support Center']);
  // "US forces struck positions of Kataib Hezbollah in Jurf al-Sakhar": "لكتائب" is "ل" (of) and "كتائب".
  assert.deepEqual(mentionsOf('شنت القوات الجوية الأمريكية غارات على مواقع لكتائب حزب الله في جرف الصخر.', 'ar').map((m) => [m.kind, m.target]), [['strike', "Kata'ib Hezbollah"]]);
  // "للحشد" is "ل" joined to "الحشد": the Popular Mobilization Forces.
  assert.deepEqual(mentionsOf('شنت القوات الجوية الأمريكية غارات على مقرات للحشد الشعبي في جرف الصخر.', 'ar').map((m) => m.target), ['Popular Mobilization Forces']);
});

test('an Arabic US subject of two words before its adjective ("الطائرات الحربية الأمريكية", US warplanes) strikes', () => {
  // "US warplanes shelled Kataib Hezbollah positions in Albu Kamal on Friday."
  assert.deepEqual(
    mentionsOf('قصفت الطائرات الحربية الأمريكية مواقع لكتائب حزب الله في البوكمال يوم الجمعة.', 'ar').map((m) => [m.kind, m.date, m.site, m.attacker, m.weapons]),
    [['strike', '2024-01-05', 'Abu Kamal (US strike area)', 'United States', ['air_strike']]],
  );
  // "US fighter jets targeted weapons depots in al-Qaim."
  assert.deepEqual(mentionsOf('استهدفت المقاتلات الحربية الأمريكية مخازن أسلحة في القائم.', 'ar').map((m) => [m.kind, m.site]), [['strike', 'Al-Qaim (US strike area)']]);
  // The US base as the object stays attacked: "gunmen targeted the US air base at Ain al-Asad".
  assert.deepEqual(mentionsOf('استهدف مسلحون القاعدة الجوية الأمريكية في عين الأسد بطائرة مسيرة.', 'ar').map((m) => m.kind), ['attack']);
});

test('Arabic days counted back: "قبل يومين" (two days ago), "قبل ثلاثة أيام", "أول أمس" (the day before yesterday)', () => {
  const dates = (text: string) => mentionsOf(text, 'ar').map((m) => m.date);
  assert.deepEqual(dates('استهدفت طائرة مسيرة قاعدة عين الأسد قبل يومين.'), ['2024-01-08']);
  assert.deepEqual(dates('استهدفت طائرة مسيرة قاعدة عين الأسد قبل ثلاثة أيام.'), ['2024-01-07']);
  assert.deepEqual(dates('أطلقت الفصائل صواريخ على قاعدة حرير أول أمس.'), ['2024-01-08']);
  // "أمس" (yesterday) alone is still the day before.
  assert.deepEqual(dates('أطلقت الفصائل صواريخ على قاعدة حرير أمس.'), ['2024-01-09']);
});

test('Arabic "دون خسائر" (without losses) is no casualties; "دون خسائر مادية" (without material losses) says nothing of them', () => {
  const tolls = (text: string) => mentionsOf(text, 'ar').map((m) => [m.killed, m.injured]);
  assert.deepEqual(tolls('استهدفت طائرة مسيرة قاعدة عين الأسد يوم الاثنين دون خسائر.'), [[0, 0]]);
  assert.deepEqual(tolls('سقط صاروخ في محيط قاعدة حرير دون وقوع خسائر.'), [[0, 0]]);
  assert.deepEqual(tolls('استهدفت طائرة مسيرة قاعدة عين الأسد يوم الاثنين دون خسائر مادية.'), [[null, null]]);
});

test('days counted back in French, Spanish and German: "il y a deux jours", "hace dos días", "vor zwei Tagen", "avant-hier", "vorgestern"', () => {
  const cases: [string, string][] = [
    ['fr', 'Il y a deux jours, des drones ont visé la base de Harir.'],
    ['fr', 'Avant-hier, des drones ont visé la base de Harir.'],
    ['es', 'Hace dos días, varios drones atacaron la base de Harir.'],
    ['es', 'Anteayer, varios drones atacaron la base de Harir.'],
    ['de', 'Vor zwei Tagen wurde der Stützpunkt Harir mit Drohnen angegriffen.'],
    ['de', 'Vorgestern wurde der Stützpunkt Harir mit Drohnen angegriffen.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.date), ['2024-01-08'], text);
  // Recent days, uncounted, fix no day.
  assert.deepEqual(mentionsOf('In den vergangenen Tagen wurde der Stützpunkt Harir angegriffen.', 'de').map((m) => m.date), [null]);
});

test('German verbs split around their object ("griffen … an", "schlugen … zurück") attack and strike; "schlugen … vor" proposes', () => {
  const read = (text: string) => mentionsOf(text, 'de').map((m) => [m.kind, m.date, m.site ?? m.country]);
  assert.deepEqual(read('Die USA griffen am Freitag Stellungen der Milizen in Albu Kamal an.'), [['strike', '2024-01-05', 'Abu Kamal (US strike area)']]);
  assert.deepEqual(read('Die USA schlugen am Freitag in Syrien zurück.'), [['strike', '2024-01-05', 'SY']]);
  assert.deepEqual(read('Die US-Armee griff am Freitag Ziele in Al-Kaim an.'), [['strike', '2024-01-05', 'Al-Qaim (US strike area)']]);
  assert.deepEqual(read('Die USA schlugen am Freitag vor, Gespräche mit Bagdad aufzunehmen.'), []);
});

test('German "teilte … mit", "mitteilte" report: the day next to them is the statement\'s, the incident keeps its own', () => {
  const dates = (text: string) => mentionsOf(text, 'de').map((m) => m.date);
  assert.deepEqual(dates('Wie das Pentagon am Dienstag mitteilte, wurde der Stützpunkt Ain al-Asad am Montag mit Raketen angegriffen.'), ['2024-01-08']);
  assert.deepEqual(dates('Das Pentagon teilte am Dienstag mit, dass der Stützpunkt Ain al-Asad am Montag mit Raketen angegriffen wurde.'), ['2024-01-08']);
  assert.deepEqual(dates('Das Pentagon teilte am Dienstag mit, der Stützpunkt Ain al-Asad sei mit Raketen angegriffen worden.'), [null]);
});

test('"bekannte sich zunächst niemand", "bekannte sich nicht": no claim, whoever the sentence names; blame named beside it is blame', () => {
  const actor = (text: string) => mentionsOf(text, 'de').map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(actor('Eine Drohne griff am Montag den Stützpunkt Harir an. Kataib Hisbollah bekannte sich nicht zu dem Angriff.'), [[null, 'unknown']]);
  assert.deepEqual(
    actor('Eine Drohne griff am Montag den Stützpunkt Harir an. Zu der Attacke bekannte sich zunächst niemand, die USA machen Kataib Hisbollah verantwortlich.'),
    [["Kata'ib Hezbollah", 'attributed']],
  );
  assert.deepEqual(actor('Keine Gruppe bekannte sich zu dem Angriff auf den Stützpunkt Harir, Washington macht Kataib Hisbollah verantwortlich.'), [["Kata'ib Hezbollah", 'attributed']]);
});

test('a night told by the morning it runs into is dated by its evening, as "dans la nuit de lundi à mardi" is: "in der Nacht zum Dienstag", "в ночь на вторник", "la noche del 8 al 9 de enero"', () => {
  const cases: [string, string][] = [
    ['fr', 'Dans la nuit de lundi à mardi, des drones ont visé la base de Harir.'],
    ['es', 'En la noche del lunes al martes, varios drones atacaron la base de Harir.'],
    ['de', 'In der Nacht zum Dienstag wurde der Stützpunkt Harir mit Drohnen angegriffen.'],
    ['de', 'In der Nacht auf Dienstag wurde der Stützpunkt Harir mit Drohnen angegriffen.'],
    ['de', 'In der Nacht zum 9. Januar wurde der Stützpunkt Harir mit Drohnen angegriffen.'],
    ['ru', 'В ночь на вторник база Харир была атакована дронами.'],
    ['fr', 'Dans la nuit du 8 au 9 janvier, des drones ont visé la base de Harir.'],
    ['es', 'En la noche del 8 al 9 de enero, varios drones atacaron la base de Harir.'],
    ['en', 'Drones attacked Harir base overnight Monday into Tuesday.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => [m.date, m.date_precision]), [['2024-01-08', 'day']], text);
  // The day itself stays the day.
  assert.deepEqual(mentionsOf('Am Dienstag wurde der Stützpunkt Harir mit Drohnen angegriffen.', 'de').map((m) => m.date), ['2024-01-09']);
});

test('German wire tolls: "wurden … keine US-Soldaten verletzt" is nobody hurt; "drei Soldaten erlitten leichte Verletzungen" three', () => {
  const read = (text: string) => mentionsOf(text, 'de').map((m) => [m.injured, m.outcome]);
  assert.deepEqual(read('Nach Angaben des Pentagons wurden bei dem Angriff auf den Stützpunkt Schaddadi keine US-Soldaten verletzt.'), [[0, 'unknown']]);
  assert.deepEqual(read('Die Basis Tanf im Südosten Syriens wurde am Sonntag von einer Drohne getroffen, drei Soldaten erlitten leichte Verletzungen.'), [[3, 'impact']]);
  // Four hurt stay four.
  assert.deepEqual(read('Bei dem Angriff auf den Stützpunkt Harir wurden vier US-Soldaten verletzt.'), [[4, 'impact']]);
});

test('what came down near the base missed it, told verb first in Arabic ("سقطت صواريخ قرب", "في محيط"), or as "stürzte nahe … ab", "cayeron en los alrededores de"', () => {
  const cases: [string, string][] = [
    // "Rockets fell near Harir base."
    ['ar', 'سقطت صواريخ قرب قاعدة حرير.'],
    // "Rockets fell in the vicinity of the Conoco gas field east of Deir ez-Zor."
    ['ar', 'سقطت صواريخ في محيط حقل كونيكو للغاز شرقي دير الزور.'],
    ['de', 'Eine Drohne stürzte nahe dem Stützpunkt Harir ab.'],
    ['es', 'Varios cohetes cayeron en los alrededores de la base de Al Tanf.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.outcome), ['intercepted'], text);
  // What fell inside hit: "three missiles fell inside Harir base, causing material damage".
  assert.deepEqual(mentionsOf('سقطت ثلاثة صواريخ داخل قاعدة حرير مساء أمس، مما أدى إلى أضرار مادية.', 'ar').map((m) => m.outcome), ['impact']);
});

test('strike areas as French and Spanish wires spell them: "Albou Kamal", "Jurf al Sajar"', () => {
  assert.deepEqual(mentionsOf("L'armée américaine a frappé vendredi des dépôts d'armes à Albou Kamal, dans la province de Deir ez-Zor.", 'fr').map((m) => [m.kind, m.site]), [['strike', 'Abu Kamal (US strike area)']]);
  assert.deepEqual(mentionsOf('Washington respondió con ataques aéreos en Jurf al Sajar, al sur de Bagdad, contra Kataib Hezbolá.', 'es').map((m) => [m.kind, m.site]), [['strike', 'Jurf al-Sakhar (US strike area)']]);
});

test('"sin que se registraran heridos", "ohne dass jemand verletzt wurde": nobody hurt, and the hurt word is no hit', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.killed, m.injured, m.outcome]);
  assert.deepEqual(read('La base de Harir sufrió en la madrugada del martes un ataque con drones sin que se registraran heridos.', 'es'), [[null, 0, 'unknown']]);
  assert.deepEqual(read('Un dron atacó la base de Al Tanf el lunes sin que se registraran víctimas.', 'es'), [[0, 0, 'unknown']]);
  assert.deepEqual(read('Raketen trafen am Montag den Stützpunkt Harir, ohne dass jemand verletzt wurde.', 'de'), [[null, 0, 'impact']]);
});

test('German "traf", "trafen" (hit) is an impact; "traf ihr Ziel nicht", "verfehlten" (missed) is not', () => {
  const outcome = (text: string) => mentionsOf(text, 'de').map((m) => m.outcome);
  assert.deepEqual(outcome('Eine Drohne traf am Samstag den Stützpunkt Ain al-Asad.'), ['impact']);
  assert.deepEqual(outcome('Die Drohne traf ihr Ziel nicht und stürzte nahe dem Stützpunkt Harir ab.'), ['intercepted']);
  assert.deepEqual(outcome('Zwei Raketen verfehlten den Stützpunkt Ain al-Asad am Montag.'), ['intercepted']);
});

test('Arabic "انفجارات" (explosions) at a base, as English "explosions", tells an attack on it', () => {
  // "Explosions rang out at Ain al-Asad base yesterday evening."
  assert.deepEqual(mentionsOf('دوت انفجارات في قاعدة عين الأسد مساء أمس.', 'ar').map((m) => [m.kind, m.date, m.site]), [['attack', '2024-01-09', 'Ain al-Asad Air Base']]);
});

test('"Iraqi Hezbollah" in French, Spanish, German and Arabic is Kataib Hezbollah; US planes in Spanish and French strike from the air', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.kind, m.site, m.target, m.weapons]);
  const qaim = 'Al-Qaim (US strike area)';
  assert.deepEqual(read('Des avions américains ont bombardé vendredi des positions du Hezbollah irakien à Al-Qaïm.', 'fr'), [['strike', qaim, "Kata'ib Hezbollah", ['air_strike']]]);
  assert.deepEqual(read('Aviones de EEUU atacaron el viernes posiciones de Hezbolá iraquí en Al Qaim.', 'es'), [['strike', qaim, "Kata'ib Hezbollah", ['air_strike']]]);
  assert.deepEqual(read('US-Kampfjets griffen am Freitag Stellungen der irakischen Hisbollah in Al-Kaim an.', 'de'), [['strike', qaim, "Kata'ib Hezbollah", ['air_strike']]]);
  // "US warplanes shelled positions of the Iraqi Hezbollah in al-Qaim on Friday."
  assert.deepEqual(read('قصفت طائرات حربية أمريكية مواقع لحزب الله العراقي في القائم يوم الجمعة.', 'ar'), [['strike', qaim, "Kata'ib Hezbollah", ['air_strike']]]);
});
