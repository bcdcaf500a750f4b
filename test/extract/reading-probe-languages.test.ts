import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;

test('a day before a comma and a report told verb first ("el lunes, informó el Pentágono") is the incident\'s', () => {
  const cases: [string, string][] = [
    ['es', 'Un ataque con cohetes alcanzó la base de Ain al Asad el lunes, informó el Pentágono.'],
    ['ru', 'Четыре американских военнослужащих получили ранения при обстреле базы Айн-эль-Асад в понедельник, сообщил Пентагон.'],
    ['en', 'Four US troops suffered minor injuries in a rocket attack on Ain al-Asad air base on Monday, said the Pentagon.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.date), ['2024-01-08'], text);
  // The day told right before the verb is still the statement's.
  assert.deepEqual(mentionsOf('Un ataque con cohetes alcanzó la base de Ain al Asad, según el Pentágono, que el lunes informó del incidente.', 'es').map((m) => m.date), [null]);
});

test('Russian collective numerals count the dead and wounded ("трое военнослужащих погибли")', () => {
  const [mention] = mentionsOf('Трое американских военнослужащих погибли и четверо получили ранения в воскресенье в результате атаки беспилотника на базу в Иордании.', 'ru');
  assert.deepEqual([mention?.killed, mention?.injured], [3, 4]);
});

test('the hurt counted in other languages: "пострадали семь американцев", "un sous-traitant américain a été blessé", "hirió a dos contratistas"', () => {
  const injured = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.injured);
  assert.deepEqual(injured('В понедельник в результате ракетного удара по авиабазе Айн-эль-Асад на западе Ирака пострадали семь американцев.', 'ru'), [7]);
  assert.deepEqual(injured("Des roquettes ont visé mardi la base de Green Village. Un sous-traitant américain a été légèrement blessé dans l'attaque de mardi, a précisé le Centcom.", 'fr'), [1]);
  assert.deepEqual(injured('Un dron alcanzó la base de Al Tanf el jueves e hirió a dos contratistas estadounidenses.', 'es'), [2]);
  // "uccidendo tre combattenti e ferendone quattro" (killing three fighters and wounding four of them); "matara" in the subjunctive.
  const toll = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.killed, m.injured]);
  assert.deepEqual(toll('Un raid aereo statunitense ha colpito giovedì una base a Jurf al-Sakhar, a sud di Baghdad, uccidendo tre combattenti e ferendone quattro.', 'it'), [[3, 4]]);
  assert.deepEqual(toll('Las milicias suspendieron sus ataques después de que un ataque con dron matara a tres soldados estadounidenses en la Torre 22, en Jordania.', 'es'), [[3, null]]);
});

test('Arabic names weapons with the article, in the dual and as an adjective ("بالطائرات المسيرة", "طائرتين مسيرتين", "بقذائف صاروخية")', () => {
  const weapons = (text: string) => mentionsOf(text, 'ar').map((m) => m.weapons);
  assert.deepEqual(weapons('استهدفت المقاومة الإسلامية في العراق حقل كونيكو للغاز في سوريا بالطائرات المسيرة يوم الاثنين.'), [['drone']]);
  assert.deepEqual(weapons('أسقطت الدفاعات الجوية طائرتين مسيرتين قرب مطار أربيل الدولي يوم الاثنين.'), [['drone']]);
  assert.deepEqual(weapons('استهدف مسلحون القاعدة الأمريكية في حقل العمر بقذائف صاروخية يوم الاثنين.'), [['rocket']]);
});

test('Russian rocket and mortar adjectives in any case name the weapon ("ракетному обстрелу", "ракетном обстреле")', () => {
  const weapons = (text: string) => mentionsOf(text, 'ru').map((m) => m.weapons);
  assert.deepEqual(weapons('Американская база Эт-Танф в Сирии подверглась ракетному обстрелу в понедельник.'), [['rocket']]);
  assert.deepEqual(weapons('Четыре военнослужащих получили ранения при ракетном обстреле базы Айн-эль-Асад в понедельник.'), [['rocket']]);
  assert.deepEqual(weapons('База Харир подверглась минометному обстрелу в понедельник.'), [['mortar']]);
});

test('Russian "пострадавших нет", "жертв нет" (none hurt, told after the noun) are casualties of nought', () => {
  const tolls = (text: string) => mentionsOf(text, 'ru').map((m) => [m.killed, m.injured]);
  assert.deepEqual(tolls('В ночь на среду база Харир в Эрбиле была атакована дронами, жертв нет.'), [[0, 0]]);
  assert.deepEqual(tolls('Беспилотник атаковал базу Эт-Танф в понедельник, пострадавших нет.'), [[0, 0]]);
  assert.deepEqual(tolls('Беспилотник атаковал базу Эт-Танф в понедельник, раненых нет.'), [[null, 0]]);
});

test('"sem deixar vítimas", "senza fare vittime", "senza causare feriti", "tanpa menimbulkan korban" deny casualties', () => {
  const tolls = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.killed, m.injured]);
  assert.deepEqual(tolls('Foguetes atingiram na segunda-feira a base de Al-Tanf, na Síria, sem deixar vítimas.', 'pt'), [[0, 0]]);
  assert.deepEqual(tolls('Alcuni razzi hanno colpito lunedì la base di al-Tanf, in Siria, senza fare vittime.', 'it'), [[0, 0]]);
  assert.deepEqual(tolls('Alcuni razzi hanno colpito lunedì la base di al-Tanf, in Siria, senza causare feriti.', 'it'), [[null, 0]]);
  assert.deepEqual(tolls('Roket menghantam pangkalan Al-Tanf di Suriah pada Senin, tanpa menimbulkan korban.', 'id'), [[0, 0]]);
});

test('Erbil airport is named in Portuguese, Italian, Indonesian and Russian ("aeroporto de Erbil", "bandara Erbil", "аэропорта Эрбиля")', () => {
  const cases: [string, string][] = [
    ['pt', 'Dois drones foram abatidos na terça-feira perto do aeroporto de Erbil.'],
    ['it', "Due droni sono stati intercettati martedì vicino all'aeroporto di Erbil."],
    ['id', 'Dua drone ditembak jatuh di dekat bandara Erbil pada Selasa malam.'],
    ['ru', 'Два беспилотника были сбиты во вторник у аэропорта Эрбиля.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.site), ['Erbil Air Base'], text);
});

test('Victory base and Baghdad airport in Russian ("военной базе "Виктория"", "международного аэропорта Багдада")', () => {
  for (const text of [
    'Две ракеты были выпущены во вторник по военной базе "Виктория" у международного аэропорта Багдада, где находятся американские военные.',
    'Две ракеты упали во вторник в районе международного аэропорта Багдада, сообщили источники.',
  ]) {
    assert.deepEqual(mentionsOf(text, 'ru').map((m) => m.site), ['Victory Base / Baghdad Diplomatic Support Center'], text);
  }
});

test('interceptions in Italian, Arabic and Russian: "abbattuti", "اعترضت", "أسقط", "تصدت", "перехватила", "был уничтожен"', () => {
  const cases: [string, string][] = [
    ['it', 'Due droni sono stati abbattuti martedì vicino alla base di Harir.'],
    ['ar', 'اعترضت الدفاعات الجوية طائرة مسيرة فوق قاعدة حرير يوم الثلاثاء.'],
    ['ar', 'أسقط التحالف الدولي طائرة مسيرة قرب قاعدة حرير يوم الثلاثاء.'],
    ['ar', 'تصدت الدفاعات الجوية لطائرة مسيرة حاولت استهداف قاعدة عين الأسد يوم الثلاثاء.'],
    ['ru', 'Во вторник ПВО перехватила беспилотник над базой Айн-эль-Асад.'],
    ['ru', 'Беспилотник был уничтожен силами ПВО над базой Харир во вторник.'],
    ['pt', 'Um drone foi destruído na terça-feira sobre a base de Harir.'],
    ['it', 'Un drone è stato distrutto martedì sopra la base di Harir.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.outcome), ['intercepted'], text);
});

test('rockets that fell outside the base missed it, in French, Spanish, Russian ("tombées à l\'extérieur de", "cayeron fuera de", "упали за пределами")', () => {
  const cases: [string, string][] = [
    ['fr', "Les roquettes sont tombées à l'extérieur de la base d'Aïn al-Assad mardi."],
    ['es', 'Los cohetes cayeron fuera de la base de Ain al Asad el martes.'],
    ['pt', 'Os foguetes caíram fora da base de Ain al-Asad na terça-feira.'],
    ['ru', 'Ракеты упали за пределами базы Айн-эль-Асад во вторник.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.outcome), ['intercepted'], text);
});

test('the attack a strike answers, in Portuguese, Italian, Russian and Indonesian, is told apart from the strike ("em retaliação pelo", "in risposta all\'", "после", "setelah")', () => {
  const cases: [string, string, string][] = [
    ['pt', 'IQ', 'Os Estados Unidos realizaram na sexta-feira ataques aéreos contra instalações do Kataib Hezbollah no Iraque, em retaliação pelo ataque de domingo na Jordânia.'],
    ['pt', 'IQ', 'Os Estados Unidos bombardearam na sexta-feira posições de milícias no Iraque, após o ataque de domingo contra a Torre 22.'],
    ['it', 'IQ', "Gli Stati Uniti hanno condotto venerdì raid aerei contro postazioni di Kataib Hezbollah in Iraq, in risposta all'attacco di domenica in Giordania."],
    ['ru', 'SY', 'ВВС США в пятницу нанесли удары по объектам в Сирии после атаки беспилотника на базу в Иордании в воскресенье.'],
    ['id', 'IQ', 'Amerika Serikat melancarkan serangan udara di Irak pada Jumat, setelah serangan drone di Yordania.'],
  ];
  for (const [lang, struck, text] of cases) {
    assert.deepEqual(mentionsOf(text, lang, '2024-02-05').map((m) => [m.kind, m.country]).sort(), [['attack', 'JO'], ['strike', struck]], text);
  }
});

test('the defender\'s strikes in Italian, Portuguese, German and Russian: "hanno bombardato", "forças americanas atacaram", "bombardiert", "Американские военные нанесли удар"', () => {
  const cases: [string, string][] = [
    ['it', 'Gli Stati Uniti hanno bombardato venerdì postazioni delle milizie filo-iraniane in Iraq.'],
    ['it', 'Le forze americane hanno colpito venerdì depositi di armi delle milizie in Siria.'],
    ['pt', 'As forças americanas atacaram na sexta-feira depósitos de armas das milícias na Síria.'],
    ['de', 'Die US-Armee hat am Freitag Waffenlager der Milizen in Syrien bombardiert.'],
    ['ru', 'Американские военные нанесли удар по складу оружия в Сирии в пятницу.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang, '2024-02-05').map((m) => [m.kind, m.date]), [['strike', '2024-02-02']], text);
});

test('Russian tallies: attacks counted in any case, and "более", "не менее", "около" qualify the count', () => {
  const talliesOf = (text: string) => extract(article(text, '2024-01-10', 'ru'), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(talliesOf('С середины октября американские военные в Ираке и Сирии подверглись более 150 атакам.'), [[150, 'more_than']]);
  assert.deepEqual(talliesOf('С 17 октября американские базы в Ираке и Сирии атаковали не менее 150 раз.'), [[150, 'at_least']]);
});

test('attacks the defender undergoes are a tally, not its strikes ("las fuerzas estadounidenses han sufrido más de 150 ataques")', () => {
  const talliesOf = (text: string, lang: string) => extract(article(text, '2024-01-10', lang), pack).tallies.map((t) => [t.count, t.qualifier]);
  assert.deepEqual(talliesOf('Desde el 17 de octubre, las fuerzas estadounidenses han sufrido más de 150 ataques en Irak y Siria.', 'es'), [[150, 'more_than']]);
  assert.deepEqual(talliesOf('Las tropas estadounidenses han sido objeto de más de 150 ataques desde el 17 de octubre.', 'es'), [[150, 'more_than']]);
  // The defender's own strikes still count nothing.
  assert.deepEqual(talliesOf('Las fuerzas estadounidenses lanzaron tres ataques contra milicias en Irak desde octubre.', 'es'), []);
});

test('a count told after its casualty verb and a bound ("وأصيب أكثر من 40 آخرين", "heridos más de 40") is the toll', () => {
  const [mention] = mentionsOf('قتل ثلاثة جنود أمريكيين وأصيب أكثر من 40 آخرين في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد.', 'ar');
  assert.deepEqual([mention?.killed, mention?.injured], [3, 40]);
});

test('"more than 40 others in an attack" counts people, not attacks', () => {
  const talliesOf = (text: string, lang: string) => extract(article(text, '2024-01-10', lang), pack).tallies;
  assert.deepEqual(talliesOf('قتل ثلاثة جنود أمريكيين وأصيب أكثر من 40 آخرين في هجوم بطائرة مسيرة على البرج 22 في الأردن يوم الأحد.', 'ar'), []);
  assert.deepEqual(talliesOf('Three soldiers died and more than 40 others in the attack were hurt.', 'en'), []);
});

test('a group that denies its part, verb first as Arabic tells it ("نفت كتائب حزب الله أي علاقة لها بالهجوم"), is not the attacker', () => {
  const mentions = mentionsOf('نفت كتائب حزب الله أي علاقة لها بالهجوم على قاعدة الشدادي.', 'ar');
  assert.deepEqual(mentions.map((m) => [m.site, m.attacker, m.attribution]), [['al-Shaddadi', null, 'unknown']]);
});

test('a group that says "إنها استهدفت" (that it targeted) claims the attack the phrase holds', () => {
  const mentions = mentionsOf('قالت كتائب حزب الله إنها استهدفت قاعدة الشدادي يوم الاثنين.', 'ar');
  assert.deepEqual(mentions.map((m) => [m.site, m.attacker, m.attribution]), [['al-Shaddadi', "Kata'ib Hezbollah", 'claimed']]);
});

test('Arabic denies casualties a few words after its negator ("دون أن تسفر عن إصابات", "ولم يسفر الهجوم عن إصابات")', () => {
  const read = (text: string) => mentionsOf(text, 'ar').map((m) => [m.killed, m.injured, m.outcome]);
  assert.deepEqual(read('استهدفت طائرات مسيرة قاعدة عين الأسد يوم الاثنين دون أن تسفر عن إصابات.'), [[0, 0, 'unknown']]);
  assert.deepEqual(read('استهدفت طائرة مسيرة قاعدة حرير مساء أمس، ولم يسفر الهجوم عن إصابات.'), [[0, 0, 'unknown']]);
});

test('what hit and did damage, in Spanish, Arabic, German, French, Italian and Indonesian, is an impact ("impactaron", "أضرار", "beschädigte", "endommageant", "danni", "kerusakan")', () => {
  const cases: [string, string][] = [
    ['es', 'Varios cohetes impactaron el lunes en la base de Al Tanf, en Siria.'],
    ['ar', 'سقطت ثلاثة صواريخ داخل قاعدة حرير مساء أمس، مما أدى إلى أضرار مادية.'],
    ['de', 'Eine Drohne traf am Dienstag den Stützpunkt Harir und beschädigte ein Gebäude.'],
    ['fr', 'Un drone a visé mardi la base de Harir, endommageant un hangar.'],
    ['it', 'Un drone ha attaccato martedì la base di Harir, causando danni.'],
    ['id', 'Sebuah drone menyerang Pangkalan Udara Harir pada Selasa (9/1/2024), menyebabkan kerusakan.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => m.outcome), ['impact'], text);
  assert.deepEqual(mentionsOf('استهدفت طائرة مسيرة قاعدة حرير مساء أمس دون أن تسفر عن أضرار.', 'ar').map((m) => m.outcome), ['unknown']);
});

test('an adverb between a casualty verb and its count ("hiriendo levemente a dos", "ferindo levemente dois") leaves the count its own', () => {
  const injured = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.injured);
  assert.deepEqual(injured('Un dron atacó el martes la base de Harir, hiriendo levemente a dos soldados estadounidenses.', 'es'), [2]);
  assert.deepEqual(injured('Um drone atacou na terça-feira a base de Harir, ferindo levemente dois soldados americanos.', 'pt'), [2]);
});

test('French "blessant deux soldats" (wounding two soldiers) counts the wounded', () => {
  assert.deepEqual(mentionsOf('Un drone a visé mardi la base de Harir, blessant deux soldats américains.', 'fr').map((m) => [m.injured, m.outcome]), [[2, 'impact']]);
});

test('"la settimana scorsa", "на прошлой неделе" are last week, and "anoche" the night before publication', () => {
  const dates = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.date, m.date_end, m.date_precision]);
  assert.deepEqual(dates('La settimana scorsa un drone ha attaccato la base di Harir.', 'it'), [['2024-01-01', '2024-01-07', 'range']]);
  assert.deepEqual(dates('На прошлой неделе беспилотник атаковал базу Харир.', 'ru'), [['2024-01-01', '2024-01-07', 'range']]);
  assert.deepEqual(dates('Un dron atacó anoche la base de Harir.', 'es'), [['2024-01-09', null, 'day']]);
});

test('a month told alone in French, German and Portuguese ("en décembre", "fin décembre", "im Dezember", "em dezembro de 2023") dates the incident to it', () => {
  const dates = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.date, m.date_end, m.date_precision]);
  assert.deepEqual(dates('En décembre, un drone a visé la base de Harir.', 'fr'), [['2023-12-01', '2023-12-31', 'month']]);
  assert.deepEqual(dates('Fin décembre, un drone a visé la base de Harir.', 'fr'), [['2023-12-21', '2023-12-31', 'range']]);
  assert.deepEqual(dates('Im Dezember wurde der Stützpunkt Harir mit einer Drohne angegriffen.', 'de'), [['2023-12-01', '2023-12-31', 'month']]);
  assert.deepEqual(dates('Em dezembro de 2023, um drone atacou a base de Harir.', 'pt'), [['2023-12-01', '2023-12-31', 'month']]);
});

test('a German count far from the participle that ends its clause ("Drei US-Soldaten wurden … getötet") counts it', () => {
  const [mention] = mentionsOf('Drei US-Soldaten wurden am Sonntag bei einem Drohnenangriff auf einen Stützpunkt in Jordanien getötet, mehr als 40 wurden verletzt.', 'de');
  assert.deepEqual([mention?.killed, mention?.injured], [3, 40]);
  assert.deepEqual(mentionsOf('Vier US-Soldaten wurden bei einem Raketenangriff auf den Stützpunkt Ain al-Asad am Montag leicht verletzt.', 'de').map((m) => m.injured), [4]);
});

test('threats and what could come, in French, Spanish, Portuguese, Italian, Russian and Indonesian, are no incidents', () => {
  const cases: [string, string][] = [
    ['fr', "Les milices pourraient attaquer la base d'Aïn al-Assad dans les prochains jours."],
    ['es', 'Las milicias podrían atacar la base de Ain al Asad en los próximos días.'],
    ['pt', 'O grupo ameaçou atacar a base de Harir.'],
    ['it', 'Le milizie potrebbero attaccare la base di Ain al-Asad nei prossimi giorni.'],
    ['ru', 'Группировка пригрозила атаковать базу Айн-эль-Асад.'],
    ['ru', 'Боевики могут атаковать базу Айн-эль-Асад в ближайшие дни.'],
    ['id', 'Milisi mengancam akan menyerang Pangkalan Udara Ain al-Asad.'],
    ['id', 'Milisi akan menyerang Pangkalan Udara Ain al-Asad jika AS tidak mundur.'],
  ];
  for (const [lang, text] of cases) assert.equal(mentionsOf(text, lang).length, 0, text);
});

test('a base attacked again and again is a pattern, not an incident ("più volte presa di mira", "berulang kali diserang")', () => {
  assert.equal(mentionsOf('La base di Ain al-Asad è stata più volte presa di mira da razzi e droni.', 'it').length, 0);
  assert.equal(mentionsOf('Pangkalan Udara Ain al-Asad berulang kali diserang dengan roket dan drone.', 'id').length, 0);
  // One attack told with the same verbs is still one.
  assert.equal(mentionsOf('Pangkalan Al-Tanf diserang dengan drone pada Senin (8/1/2024).', 'id').length, 1);
  assert.equal(mentionsOf('Le forze statunitensi sono state prese di mira lunedì da un drone nella base di Harir.', 'it').length, 1);
});

test('a toll told as a bound in any language the tallies read one in ("por lo menos", "свыше") gives way to a larger count told later', () => {
  const text = 'Por lo menos 20 soldados estadounidenses resultaron heridos el lunes en el ataque con drones contra la base de Ain al-Asad. El Pentágono dijo después que 25 soldados resultaron heridos en el ataque.';
  assert.deepEqual(mentionsOf(text, 'es').map((m) => m.injured), [25]);
});

test('Indonesian: "tanpa menimbulkan korban maupun kerusakan" denies the damage it lists, so a drone that fell near the base missed', () => {
  const [m] = mentionsOf(
    'Dua drone menyerang Pangkalan Udara Harir di Kurdistan Irak pada Selasa. Satu drone ditembak jatuh oleh pertahanan udara koalisi, sementara yang lain jatuh di dekat pangkalan tanpa menimbulkan korban maupun kerusakan.',
    'id',
  );
  assert.deepEqual([m?.site, m?.killed, m?.injured, m?.outcome], ['Harir Air Base', 0, 0, 'intercepted']);
});

test('Russian: the US embassy in Baghdad by name, and counts in "54 раза"; Indonesian "belum mengklaim" claims nothing', () => {
  const [embassy] = mentionsOf('Посольство США в Багдаде подверглось ракетному обстрелу в пятницу утром, сообщил источник.', 'ru');
  assert.deepEqual([embassy?.site, embassy?.weapons], ['US Embassy Baghdad', ['rocket']]);
  const counts = extract(article('С середины октября американские базы в Ираке и Сирии были атакованы более 100 раз — 49 раз в Ираке и 54 раза в Сирии.', '2024-01-10', 'ru'), pack).tallies;
  assert.deepEqual(counts.map((t) => [t.count, t.country]), [[100, null], [49, 'IQ'], [54, 'SY']]);
  const [rockets] = mentionsOf('Dua roket ditembakkan ke arah pangkalan udara Ain al-Asad pada hari Minggu. Kelompok Perlawanan Islam di Irak belum mengklaim serangan tersebut.', 'id');
  assert.deepEqual([rockets?.attacker, rockets?.attribution], [null, 'unknown']);
});
