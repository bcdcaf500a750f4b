import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire copy of one incident in Portuguese, Italian, Indonesian, Arabic, Spanish and German (Lusa, ANSA, Antara, Al Arabiya,
// EFE, dpa): how its claims, counts, days and misses are told.
const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;

test('"a Resistência Islâmica no Iraque reivindicou": the "no" (in the) of a group\'s name denies no claim', () => {
  const actor = (text: string) => mentionsOf(text, 'pt').map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(actor('A Resistência Islâmica no Iraque reivindicou um ataque com drones contra a base de Harir, no Curdistão iraquiano, na quinta-feira.'), [
    ['Islamic Resistance in Iraq', 'claimed'],
  ]);
  // Spanish "no" before the claim still denies it.
  assert.deepEqual(mentionsOf('Ningún grupo reivindicó el ataque contra la base de Harir; Washington culpa a Kataib Hezbolá.', 'es').map((m) => m.attribution), ['attributed']);
});

test('counts in Arabic tens, after a wound\'s adjective and far before "ums Leben": "أصيب أربعون جنديا", "causó heridas leves a tres", "Drei … kamen … ums Leben"', () => {
  const injured = (text: string, lang: string, published?: string) => mentionsOf(text, lang, published).map((m) => m.injured);
  // "Forty US soldiers were wounded in an attack on Ain al-Asad base on Sunday."
  assert.deepEqual(injured('أصيب أربعون جنديا أمريكيا في هجوم على قاعدة عين الأسد يوم الأحد.', 'ar'), [40]);
  // "Three US soldiers were killed and more than thirty wounded in a drone attack on Tower 22 in Jordan on Sunday."
  assert.deepEqual(
    mentionsOf('قتل ثلاثة جنود أمريكيين وأصيب أكثر من ثلاثين في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد.', 'ar', '2024-01-30').map((m) => [m.killed, m.injured]),
    [[3, 30]],
  );
  assert.deepEqual(
    injured('Un ataque con drones contra la base de Ain al Asad causó el martes heridas leves a tres militares estadounidenses, informó el Pentágono.', 'es'),
    [3],
  );
  assert.deepEqual(injured('Mehr als vierzig US-Soldaten wurden bei dem Angriff auf den Stützpunkt Tower 22 verletzt.', 'de'), [40]);
  // "US forces carried out air strikes on Kataib Hezbollah positions in Jurf al-Sakhar at dawn on Thursday, killing two members":
  // the dual "عنصرين" (two members) counts two, as "جنديين" (two soldiers) does.
  assert.deepEqual(
    mentionsOf('شن الجيش الأمريكي ضربات جوية على مواقع لكتائب حزب الله في جرف الصخر جنوبي بغداد فجر الخميس، أسفرت عن مقتل عنصرين.', 'ar').map((m) => [m.kind, m.killed]),
    [['strike', 2]],
  );
  // "kamen … ums Leben" (lost their lives) ends its clause as a passive's participle does, far from the count.
  assert.deepEqual(mentionsOf('Drei US-Soldaten kamen am Sonntag bei dem Drohnenangriff auf den Stützpunkt Tower 22 ums Leben.', 'de').map((m) => m.killed), [3]);
});

test('"(ANSA) - ROMA, 10 GEN -": an agency before the dateline leaves its day the filing\'s, and "ieri sera" the incident\'s', () => {
  assert.deepEqual(
    mentionsOf("(ANSA) - ROMA, 10 GEN - Un attacco con razzi ha colpito ieri sera la base di Ain al-Asad, che ospita truppe americane nell'ovest dell'Iraq.", 'it').map((m) => m.date),
    ['2024-01-09'],
  );
});

test('Indonesian "pada Minggu" is Sunday; "pada minggu lalu" last week', () => {
  const dates = (text: string) => mentionsOf(text, 'id').map((m) => [m.date, m.date_end]);
  // "Two drones were shot down near Erbil airport on Sunday, without causing casualties."
  assert.deepEqual(dates('Dua drone ditembak jatuh di dekat bandara Erbil pada Minggu, tanpa menimbulkan korban.'), [['2024-01-07', null]]);
  assert.deepEqual(dates('Pangkalan Harir diserang dengan roket pada Minggu malam.'), [['2024-01-07', null]]);
  assert.deepEqual(dates('Pangkalan Harir diserang dengan roket pada minggu lalu.'), [['2024-01-01', '2024-01-07']]);
  // "in the first week of January" names no day.
  assert.deepEqual(dates('Pangkalan Harir diserang dengan roket pada minggu pertama Januari.'), [[null, null]]);
});

test('"nella notte tra lunedì e martedì", "la nuit entre lundi et mardi": one night, dated by its evening', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.date, m.date_precision]);
  assert.deepEqual(read('Nella notte tra lunedì e martedì alcuni droni hanno attaccato la base di Harir.', 'it'), [['2024-01-08', 'day']]);
  assert.deepEqual(read('Dans la nuit entre lundi et mardi, des drones ont visé la base de Harir.', 'fr'), [['2024-01-08', 'day']]);
  // Two days joined without a night between them are two attacks.
  assert.deepEqual(read('Lunedì e martedì alcuni droni hanno attaccato la base di Harir.', 'it'), [['2024-01-08', 'day'], ['2024-01-09', 'day']]);
});

test('Arabic months with their year ("في ديسمبر 2023", "في يناير/كانون الثاني 2020") date the incident to the month, or make it history', () => {
  // "Drones attacked Harir base in December 2023."
  assert.deepEqual(mentionsOf('هاجمت طائرات مسيرة قاعدة حرير في ديسمبر 2023.', 'ar').map((m) => [m.date, m.date_end, m.date_precision]), [['2023-12-01', '2023-12-31', 'month']]);
  // "In January 2020, Iran fired ballistic missiles at Ain al-Asad base."
  assert.deepEqual(mentionsOf('في يناير/كانون الثاني 2020، أطلقت إيران صواريخ باليستية على قاعدة عين الأسد.', 'ar'), []);
});

test('a year of history told after an adverb or as "the year" ("Bereits 2020", "Já em 2020", "في عام 2020") is no incident', () => {
  const cases: [string, string][] = [
    ['de', 'Bereits 2020 hatte Iran den Stützpunkt Ain al-Asad mit Raketen angegriffen.'],
    ['pt', 'Já em 2020, o Irão atacou a base de Ain al-Asad com mísseis balísticos.'],
    // "In the year 2020, Iran shelled Ain al-Asad base with ballistic missiles in response to the killing of Qassem Soleimani."
    ['ar', 'في عام 2020، قصفت إيران قاعدة عين الأسد بصواريخ باليستية ردا على اغتيال قاسم سليماني.'],
    ['ar', 'وفي عام 2020، قصفت إيران قاعدة عين الأسد بصواريخ باليستية.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang), [], text);
});

test('what came down near a base on a day told between ("fell on Wednesday near", "caduti mercoledì nei pressi della") missed it', () => {
  const cases: [string, string][] = [
    ['en', 'Several rockets fell on Wednesday near the Victory base.'],
    ['it', "Alcuni razzi sono caduti mercoledì nei pressi della base di Victory, vicino all'aeroporto di Baghdad, senza fare vittime."],
    ['pt', 'Vários foguetes caíram na quarta-feira nas imediações da base Vitória.'],
    ['es', 'Dos cohetes cayeron el miércoles cerca de la base de Ain al Asad.'],
    // "Rockets fell on Wednesday near Ain al-Asad base."
    ['ar', 'سقطت صواريخ يوم الأربعاء قرب قاعدة عين الأسد.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => [m.date, m.outcome]), [['2024-01-10', 'intercepted']], text);
  // What fell inside on that day is no miss.
  assert.deepEqual(mentionsOf('Dos cohetes cayeron el miércoles dentro de la base de Ain al Asad.', 'es').map((m) => m.outcome), ['unknown']);
});

test('what fell inside a base hit it ("cayeron dentro de", "caduti all\'interno della", "tombées à l\'intérieur de"), and so did the rest of a salvo one of which was stopped', () => {
  const cases: [string, string][] = [
    ['es', 'Dos cohetes cayeron dentro de la base de Ain al Asad.'],
    ['it', "Due razzi sono caduti all'interno della base di Ain al-Asad."],
    ['fr', "Deux roquettes sont tombées à l'intérieur de la base d'Aïn al-Assad."],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.outcome), ['impact'], text);
  // "One was intercepted, the other two fell inside the base": "gli altri" (the others) sets what got through against what was stopped.
  assert.deepEqual(
    mentionsOf("Tre razzi sono stati lanciati lunedì contro la base di Ain al-Asad. Uno è stato intercettato, gli altri due sono caduti all'interno della base senza provocare feriti.", 'it').map(
      (m) => [m.outcome, m.injured],
    ),
    [['impact', 0]],
  );
});

test('"قال مسؤول أمريكي إن الهجوم" (a US official said that the attack): a noun with its article is no verb the defender does', () => {
  // "A drone targeted Ain al-Asad base on Monday. A US official said the attack caused no injuries."
  assert.deepEqual(
    mentionsOf('استهدفت طائرة مسيرة قاعدة عين الأسد يوم الاثنين. وقال مسؤول أمريكي إن الهجوم لم يسفر عن أي إصابات.', 'ar').map((m) => [m.kind, m.killed, m.injured]),
    [['attack', 0, 0]],
  );
});

test('"Ende Januar drei US-Soldaten": a number word after a month counts the hurt; "Jan. 28" digits stay a day', () => {
  assert.deepEqual(
    mentionsOf('Bei dem Angriff auf den Stützpunkt Tower 22 in Jordanien nahe der syrischen Grenze waren Ende Januar drei US-Soldaten getötet worden.', 'de', '2024-02-05').map((m) => [m.site, m.killed]),
    [['Tower 22', 3]],
  );
  assert.deepEqual(mentionsOf('Three US soldiers were killed in the Jan. 28 drone attack on Tower 22.', 'en', '2024-02-05').map((m) => [m.date, m.killed]), [['2024-01-28', 3]]);
});

test('projectiles that fell on a base attacked it ("proyectiles", "projectiles", "قذائف"); a threat "si continúan los bombardeos" strikes nothing', () => {
  assert.deepEqual(
    mentionsOf('Varios proyectiles cayeron el sábado en el campo de gas de Conoco, en la provincia siria de Deir ez Zor, donde hay tropas estadounidenses.', 'es').map((m) => [m.kind, m.date, m.site]),
    [['attack', '2024-01-06', 'Conoco gas field']],
  );
  // "Shells fell on Harir base on Saturday."
  assert.deepEqual(mentionsOf('سقطت قذائف على قاعدة حرير يوم السبت.', 'ar').map((m) => [m.kind, m.date, m.site]), [['attack', '2024-01-06', 'Harir Air Base']]);
  assert.deepEqual(mentionsOf('La milicia Nujaba amenazó con atacar las bases estadounidenses en Irak si continúan los bombardeos.', 'es'), []);
});

test('Portuguese "foram atacadas mais de 130 vezes" (attacked more than 130 times) is a tally', () => {
  const { tallies, mentions } = extract(article('Desde outubro, as forças norte-americanas foram atacadas mais de 130 vezes no Iraque e na Síria.', '2024-01-10', 'pt'), pack);
  assert.deepEqual(tallies.map((t) => [t.count, t.qualifier]), [[130, 'more_than']]);
  assert.deepEqual(mentions, []);
});

test('a year of history that closes the clause ("… with rockets in 2020.", "… في عام 2020.") makes it no incident; one in a relative clause after it does not', () => {
  const cases: [string, string][] = [
    ['en', 'Militias attacked the Ain al-Asad base with rockets in 2020.'],
    ['fr', "Des milices ont attaqué la base d'Aïn al-Assad avec des roquettes en 2020."],
    // "Armed factions attacked Ain al-Asad base with rockets in the year 2020."
    ['ar', 'هاجمت فصائل مسلحة قاعدة عين الأسد بالصواريخ في عام 2020.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang), [], text);
  assert.deepEqual(mentionsOf('Rockets hit the Ain al-Asad base, which Iran struck in 2020.', 'en').map((m) => m.site), ['Ain al-Asad Air Base']);
  assert.deepEqual(mentionsOf('Rockets hit the Ain al-Asad base that Iran struck in 2020.', 'en').map((m) => m.site), ['Ain al-Asad Air Base']);
});

test('interceptions as Lusa, Antara, EFE and dpa tell them: "intercetaram", "mencegat", "neutralizaron", "fing … ab"', () => {
  const cases: [string, string][] = [
    ['pt', 'As defesas aéreas norte-americanas intercetaram dois drones que se dirigiam à base de Harir na terça-feira.'],
    // "The US air defence system intercepted two drones heading for Harir base on Tuesday."
    ['id', 'Sistem pertahanan udara AS mencegat dua drone yang menuju pangkalan Harir pada Selasa.'],
    ['es', 'Las defensas antiaéreas neutralizaron el martes dos drones que se dirigían a la base de Harir.'],
    ['de', 'Die Luftabwehr fing am Dienstag zwei Drohnen ab, die auf den Stützpunkt Harir zuflogen.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => [m.date, m.site, m.outcome]), [['2024-01-09', 'Harir Air Base', 'intercepted']], text);
  // "fing … an" (began) stops nothing.
  assert.deepEqual(mentionsOf('Die Miliz fing am Dienstag an, den Stützpunkt Harir mit Drohnen anzugreifen.', 'de').map((m) => m.outcome), ['unknown']);
});

test('"Verletzt wurde niemand, teilte ein Sprecher mit": nobody hurt, whatever report follows', () => {
  const m = mentionsOf('Ein US-Stützpunkt in Syrien ist am Dienstag mit Drohnen angegriffen worden. Verletzt wurde niemand, teilte ein Pentagon-Sprecher mit.', 'de', '2023-11-15');
  assert.deepEqual(
    m.map((x) => [x.date, x.injured, x.outcome]),
    [['2023-11-14', 0, 'unknown']],
  );
});

test('Arabic: two drones "أصابتا" (hit, dual) their targets; "كما أعلنت المقاومة استهداف" (the Resistance also announced targeting) claims for the group named before', () => {
  const dual = mentionsOf('أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرتين مسيرتين اليوم الثلاثاء، وقالت إن المسيرتين أصابتا أهدافهما بشكل مباشر.', 'ar', '2023-11-21');
  assert.deepEqual(dual.map((x) => x.outcome), ['impact']);
  const also = mentionsOf('أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة اليوم الثلاثاء. كما أعلنت المقاومة استهداف قاعدة حرير بطائرة مسيرة أمس.', 'ar', '2023-11-21');
  assert.deepEqual(
    also.map((x) => [x.site, x.attacker, x.attribution, x.date]),
    [
      ['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed', '2023-11-21'],
      ['Harir Air Base', 'Islamic Resistance in Iraq', 'claimed', '2023-11-20'],
    ],
  );
});

test('German genitives of a country ("im Nordosten Jordaniens", "des Iraks") place an attack there', () => {
  const m = mentionsOf('Bei einem Drohnenangriff auf einen US-Stützpunkt im Nordosten Jordaniens sind am Sonntag drei amerikanische Soldaten getötet worden.', 'de', '2024-01-29');
  assert.deepEqual(
    m.map((x) => [x.country, x.date, x.killed]),
    [['JO', '2024-01-28', 3]],
  );
});

test('"dans la nuit", "in der Nacht", "durante la noche": overnight, the night before the story, unless the night is named', () => {
  const fr = mentionsOf('Les Etats-Unis ont frappé dans la nuit trois sites utilisés par le Kataeb Hezbollah en Irak, a annoncé le Pentagone.', 'fr', '2023-12-26');
  assert.deepEqual(fr.map((m) => [m.kind, m.date, m.date_end]), [['strike', '2023-12-25', '2023-12-26']]);
  const de = mentionsOf('Die US-Armee hat in der Nacht drei Stellungen der Kataib Hisbollah im Irak angegriffen.', 'de', '2023-12-26');
  assert.deepEqual(de.map((m) => [m.kind, m.date, m.date_end]), [['strike', '2023-12-25', '2023-12-26']]);
  // A night named by its days is those days'.
  const named = mentionsOf('Les Etats-Unis ont frappé dans la nuit de lundi à mardi trois sites du Kataeb Hezbollah en Irak.', 'fr', '2023-12-27');
  assert.notEqual(named[0]?.date_end, '2023-12-27');
});

test('German: "haben … zwei Einrichtungen angegriffen, die von den Revolutionsgarden genutzt werden": the participle ends its clause before the relative one', () => {
  const m = mentionsOf('Die US-Streitkräfte haben in der Nacht zum Freitag zwei Einrichtungen im Osten Syriens angegriffen, die von den iranischen Revolutionsgarden genutzt werden.', 'de', '2023-10-27');
  assert.deepEqual(
    m.map((x) => [x.kind, x.country, x.attacker]),
    [['strike', 'SY', 'United States']],
  );
});

test('German: "Die USA griffen am 30. Juli Stellungen … an": the period of a day\'s number ends no clause before the verb\'s particle', () => {
  const m = mentionsOf('Die USA griffen am 30. Juli Stellungen der Kataib Hisbollah in Dschurf al-Sachar an. Dabei wurden vier Kämpfer getötet.', 'de', '2024-08-06');
  assert.deepEqual(
    m.map((x) => [x.kind, x.site, x.date, x.killed]),
    [['strike', 'Jurf al-Sakhar (US strike area)', '2024-07-30', 4]],
  );
});

test('Arabic: "وكانت المقاومة قد أعلنت أمس استهداف" (the Resistance had announced targeting), the subject before its verb, claims for the group named before', () => {
  const text =
    'أعلنت المقاومة الإسلامية في العراق، اليوم الثلاثاء، استهداف قاعدة التنف بطائرة مسيّرة. وشدّدت المقاومة على أنها "مستمرة في دكّ معاقل الأعداء". وكانت المقاومة قد أعلنت أمس استهداف قاعدة "عين الأسد" في محافظة الأنبار بالصواريخ.';
  assert.deepEqual(
    mentionsOf(text, 'ar', '2023-11-21').map((x) => [x.site, x.attacker, x.attribution]),
    [
      ['Al-Tanf Garrison', 'Islamic Resistance in Iraq', 'claimed'],
      ['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', 'claimed'],
    ],
  );
});

test('Arabic: the day set off by commas after who announced ("أعلنت خلية الإعلام الأمني، يوم الأربعاء، سقوط صاروخين … ليلة أمس") is the statement\'s', () => {
  const days = (text: string) => mentionsOf(text, 'ar', '2024-08-14').map((x) => [x.site, x.attacker, x.date]);
  // "The Security Media Cell announced, on Wednesday, the fall of two Katyusha rockets on Victory base near Baghdad airport last night."
  assert.deepEqual(
    days('أعلنت خلية الإعلام الأمني، يوم الأربعاء، سقوط صاروخين من نوع كاتيوشا على قاعدة فكتوري قرب مطار بغداد الدولي ليلة أمس، دون تسجيل أي خسائر بشرية.'),
    [['Victory Base / Baghdad Diplomatic Support Center', null, '2024-08-13']],
  );
  // A group that announces its own attack so, the verb first, made it that day.
  assert.deepEqual(days('أعلنت المقاومة الإسلامية في العراق، اليوم الأربعاء، استهداف قاعدة عين الأسد بطائرة مسيرة.'), [['Ain al-Asad Air Base', 'Islamic Resistance in Iraq', '2024-08-14']]);
});
