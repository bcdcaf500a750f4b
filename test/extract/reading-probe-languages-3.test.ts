import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire copy of one incident in French, Spanish, German, Portuguese, Italian, Indonesian and Arabic (AFP, EFE, dpa, Lusa,
// ANSA, Antara, Al Jazeera): the words of the pack each language needs, as an analyst reads the line.
const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;

test('groups and bases as other languages write them: "Nudschaba", "Brigate Hezbollah", "Menara 22", "base di Victory"', () => {
  const actor = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.attacker, m.attribution]);
  assert.deepEqual(actor('Die Miliz Nudschaba bekannte sich zu dem Drohnenangriff auf den Stützpunkt al-Tanf am Donnerstag.', 'de'), [['Harakat Hezbollah al-Nujaba', 'claimed']]);
  assert.deepEqual(
    actor("Un attacco con droni ha preso di mira giovedì la base di al-Shaddadi, in Siria; l'attacco è stato rivendicato dalle Brigate Hezbollah.", 'it'),
    [["Kata'ib Hezbollah", 'claimed']],
  );
  assert.deepEqual(actor('El ataque contra la base de Harir fue reivindicado por las Brigadas de Hezbolá.', 'es'), [["Kata'ib Hezbollah", 'claimed']]);
  // "Three US soldiers were killed and dozens wounded in a drone attack on Tower 22, Jordan."
  assert.deepEqual(
    mentionsOf('Tiga tentara AS tewas dan puluhan lainnya terluka dalam serangan drone di Menara 22, Yordania.', 'id').map((m) => [m.site, m.killed]),
    [['Tower 22', 3]],
  );
  assert.deepEqual(mentionsOf("Un razzo ha colpito mercoledì la base di Victory, vicino all'aeroporto di Baghdad.", 'it').map((m) => m.site), ['Victory Base / Baghdad Diplomatic Support Center']);
});

test('weapons named in German, Portuguese, Italian and Indonesian: "ballistischen Raketen", "mísseis balísticos", "missili", "rudal", "mortaio", "pesawat nirawak"', () => {
  const weapons = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.weapons);
  assert.deepEqual(weapons('Der Stützpunkt Ain al-Asad wurde am Montag mit ballistischen Raketen angegriffen.', 'de'), [['ballistic_missile']]);
  assert.deepEqual(weapons('Mísseis balísticos atingiram na segunda-feira a base de Ain al-Asad.', 'pt'), [['ballistic_missile']]);
  assert.deepEqual(weapons('Due missili balistici hanno colpito lunedì la base di Ain al-Asad.', 'it'), [['ballistic_missile']]);
  assert.deepEqual(weapons('Due missili hanno colpito lunedì la base di Ain al-Asad.', 'it'), [['missile']]);
  assert.deepEqual(weapons('Un missile da crociera è stato abbattuto lunedì sopra la base di Ain al-Asad.', 'it'), [['cruise_missile']]);
  assert.deepEqual(weapons('Dua rudal menghantam pangkalan Ain al-Asad pada Senin.', 'id'), [['missile']]);
  assert.deepEqual(weapons('Colpi di mortaio hanno raggiunto lunedì la base di Harir.', 'it'), [['mortar']]);
  assert.deepEqual(weapons('Disparos de morteiro atingiram na segunda-feira a base de Harir.', 'pt'), [['mortar']]);
  assert.deepEqual(weapons('Pangkalan Harir diserang dengan mortir pada Senin.', 'id'), [['mortar']]);
  // "The Islamic Resistance in Iraq claimed a drone attack on Harir base."
  assert.deepEqual(weapons('Perlawanan Islam di Irak mengklaim serangan pesawat nirawak terhadap pangkalan Harir.', 'id'), [['drone']]);
});

test('the defender\'s aircraft in Portuguese, French, Arabic and Indonesian make its strike an air strike ("caças", "l\'aviation américaine", "طائرات أمريكية", "ضربات جوية")', () => {
  const read = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.kind, m.weapons]);
  assert.deepEqual(read('Caças norte-americanos bombardearam no sábado posições de milícias pró-iranianas em Albu Kamal.', 'pt'), [['strike', ['air_strike']]]);
  assert.deepEqual(read("L'aviation américaine a bombardé jeudi des dépôts d'armes des Brigades du Hezbollah à Al-Qaïm.", 'fr'), [['strike', ['air_strike']]]);
  // "American aircraft shelled weapons depots of Kataib Hezbollah in al-Qaim on Thursday."
  assert.deepEqual(read('قصفت طائرات أمريكية مستودعات أسلحة تابعة لكتائب حزب الله في القائم يوم الخميس.', 'ar'), [['strike', ['air_strike']]]);
  // "CENTCOM said its forces carried out air strikes on facilities of al-Nujaba in Iraq."
  assert.deepEqual(read('قالت القيادة المركزية الأمريكية إن قواتها نفذت ضربات جوية ضد منشآت تابعة للنجباء في العراق.', 'ar'), [['strike', ['air_strike']]]);
});

test('Indonesian strikes: "menggempur markas" (pounded the headquarters) of a militia is the defender\'s strike', () => {
  // "US fighter jets pounded the headquarters of the Kataib Hezbollah militia in al-Qaim early on Friday."
  assert.deepEqual(
    mentionsOf('Pesawat tempur AS menggempur markas milisi Kataib Hizbullah di Al-Qaim pada Jumat dini hari.', 'id').map((m) => [m.kind, m.date, m.site, m.target, m.weapons]),
    [['strike', '2024-01-05', 'Al-Qaim (US strike area)', "Kata'ib Hezbollah", ['air_strike']]],
  );
});

test('a bomb on a coalition convoy, in every language the pack reads ("convoi de la coalition", "Sprengsatz", "ordigno esplosivo", "رتلا للتحالف")', () => {
  const cases: [string, string][] = [
    ['en', 'An explosive device targeted a coalition logistics convoy in Anbar province on Monday.'],
    ['fr', "Un engin explosif a visé lundi un convoi logistique de la coalition dans la province d'Anbar."],
    ['es', 'Un artefacto explosivo alcanzó el lunes un convoy logístico de la coalición en la provincia de Anbar.'],
    ['de', 'Ein Sprengsatz traf am Montag einen Konvoi der Koalition in der Provinz Anbar.'],
    ['it', 'Un ordigno esplosivo ha colpito lunedì un convoglio della coalizione nella provincia di Anbar.'],
    ['pt', 'Um engenho explosivo atingiu na segunda-feira um comboio da coligação na província de Anbar.'],
    ['id', 'Sebuah bom rakitan menghantam konvoi koalisi di provinsi Anbar pada Senin.'],
    // "An explosive device targeted a convoy of the international coalition in Anbar province on Monday."
    ['ar', 'استهدفت عبوة ناسفة رتلا للتحالف الدولي في محافظة الأنبار يوم الاثنين.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang).map((m) => [m.kind, m.date, m.country, m.weapons]), [['attack', '2024-01-08', 'IQ', ['ied']]], text);
});

test('nobody hurt, in the stock lines of ANSA, Lusa, AFP and dpa ("non ci sono feriti", "não houve feridos", "ni mort ni blessé", "Opfer gab es keine")', () => {
  const tolls = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.killed, m.injured]);
  assert.deepEqual(tolls('Un drone ha colpito lunedì la base di Harir. Non ci sono feriti.', 'it'), [[null, 0]]);
  assert.deepEqual(tolls('Un drone ha colpito lunedì la base di Harir e non si registrano feriti.', 'it'), [[null, 0]]);
  assert.deepEqual(tolls('Un drone ha colpito lunedì la base di Harir, non ci sono state vittime.', 'it'), [[0, 0]]);
  assert.deepEqual(tolls('Un drone ha colpito lunedì la base di Harir: nessuna vittima.', 'it'), [[0, 0]]);
  assert.deepEqual(tolls('Um drone atingiu na segunda-feira a base de Harir. Não houve feridos.', 'pt'), [[null, 0]]);
  assert.deepEqual(tolls('Um drone atingiu na segunda-feira a base de Harir, não havendo registo de vítimas.', 'pt'), [[0, 0]]);
  assert.deepEqual(tolls("Un drone a frappé lundi la base de Harir. L'attaque n'a fait ni mort ni blessé.", 'fr'), [[0, 0]]);
  assert.deepEqual(tolls('Un drone a frappé lundi la base de Harir, sans faire de dégâts ni de victimes.', 'fr'), [[0, 0]]);
  assert.deepEqual(tolls('Eine Drohne traf am Montag den Stützpunkt Harir, Opfer gab es keine.', 'de'), [[0, 0]]);
  // "tidak ada korban luka" (no wounded) says nothing of the dead.
  assert.deepEqual(tolls('Sebuah drone menghantam pangkalan Harir pada Senin, tidak ada korban luka.', 'id'), [[null, 0]]);
  // "without it causing human losses".
  assert.deepEqual(tolls('تعرضت قاعدة عين الأسد لهجوم بصواريخ كاتيوشا مساء الاثنين، دون أن يسفر عن خسائر بشرية.', 'ar'), [[0, 0]]);
});

test('"perdieron la vida", "hanno perso la vita", "kamen ums Leben" (lost their lives) count the dead', () => {
  const killed = (text: string, lang: string) => mentionsOf(text, lang).map((m) => m.killed);
  assert.deepEqual(killed('Dos soldados estadounidenses perdieron la vida el domingo en el ataque con dron contra la Torre 22.', 'es'), [2]);
  assert.deepEqual(killed('Tre militari americani hanno perso la vita domenica nell\'attacco con drone contro la Torre 22.', 'it'), [3]);
  assert.deepEqual(killed('Bei dem Drohnenangriff auf den Stützpunkt Tower 22 kamen am Sonntag drei US-Soldaten ums Leben.', 'de'), [3]);
});

test('threats and denials told by their verb: "drohte", "advirtió que seguirá", "negou que", "membantah" are no incidents', () => {
  const cases: [string, string][] = [
    ['de', 'Die Nudschaba-Miliz drohte mit weiteren Angriffen auf US-Truppen im Irak.'],
    ['es', 'El grupo advirtió que seguirá atacando las bases estadounidenses en Siria.'],
    ['pt', 'O Pentágono negou que a base de Ain al-Asad tenha sido atacada.'],
    // "The Pentagon denied that Ain al-Asad base had been attacked."
    ['id', 'Pentagon membantah bahwa pangkalan Ain al-Asad telah diserang.'],
  ];
  for (const [lang, text] of cases) assert.deepEqual(mentionsOf(text, lang), [], text);
});

test('claims in Indonesian and in the German perfect: "mengaku bertanggung jawab", "mengatakan telah menyerang", "hat sich zu … bekannt"', () => {
  const actor = (text: string, lang: string) => mentionsOf(text, lang).map((m) => [m.attacker, m.attribution]);
  // "The Islamic Resistance in Iraq group claimed responsibility for the drone attack on a US base in eastern Syria."
  assert.deepEqual(
    actor('Kelompok Perlawanan Islam di Irak mengaku bertanggung jawab atas serangan pesawat nirawak terhadap pangkalan AS di Suriah timur.', 'id'),
    [['Islamic Resistance in Iraq', 'claimed']],
  );
  // "In a statement, the Islamic Resistance in Iraq said it had attacked al-Tanf base with drones on Sunday."
  assert.deepEqual(
    actor('Dalam sebuah pernyataan, Perlawanan Islam di Irak mengatakan telah menyerang pangkalan al-Tanf dengan drone pada hari Minggu.', 'id'),
    [['Islamic Resistance in Iraq', 'claimed']],
  );
  assert.deepEqual(actor('Die proiranische Miliz Kataib Hisbollah hat sich zu einem Drohnenangriff auf US-Soldaten in Syrien bekannt.', 'de'), [["Kata'ib Hezbollah", 'claimed']]);
  // Nobody has: no claim.
  assert.deepEqual(actor('Zu dem Drohnenangriff auf den Stützpunkt Harir hat sich bislang niemand bekannt.', 'de'), [[null, 'unknown']]);
});
