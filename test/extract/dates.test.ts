import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { ENGLISH_NEEDS, findDates, latestFullDate, selectiveReader, withPatternBuiltOnce } from '../../src/extract/dates.js';

const filler = ' The base hosts troops of the coalition.'.repeat(15);
const era = '2023-10-07';

test('an undated article takes its year anchor from the latest date it writes with its year, wherever it stands', () => {
  const text = `The base was hit on January 28, 2024.${filler} Another attack came on Feb. 4, 2024, officials said.${filler} A third came on Oct. 29.`;
  assert.equal(latestFullDate(text, 'en', era), '2024-02-04');
  assert.equal(latestFullDate(`Posted 1/28/24.${filler}`, 'en', era), '2024-01-28', 'a numeric date with a two-digit year');
  assert.equal(latestFullDate(`Le 28 janvier 2024, une attaque de drone a visé la base.${filler}`, 'fr', era), '2024-01-28');
});

test('a weekday beside a day of the month fixes the year, as the first such day of the era', () => {
  assert.equal(latestFullDate(`The U.S. military conducted a drone strike on Sunday, Dec. 3, killing five militants.${filler}`, 'en', era), '2023-12-03');
});

test('a year written apart from any day, or a day without its year, fixes no anchor', () => {
  assert.equal(latestFullDate(`In 2023 the militias began attacking.${filler} Rockets hit the base on October 29.`, 'en', era), null);
  assert.equal(latestFullDate(`Rockets hit the base on October 29.${filler}`, 'en', era), null);
});

test('a count of days is read in each language chrono reads, and a numeric date with it; a count of people is no date', () => {
  const days = (text: string, lang: string) => findDates(text, 0, text.length, lang, '2024-02-10').map((d) => d.date);
  assert.deepEqual(days('Une attaque a visé la base il y a 3 jours.', 'fr'), ['2024-02-07']);
  assert.deepEqual(days('Die Basis wurde vor 3 Tagen angegriffen.', 'de'), ['2024-02-07']);
  assert.deepEqual(days('The base was attacked 3 days before the vote.', 'en'), ['2024-02-07']);
  assert.deepEqual(days('Die Basis wurde am 28.01.2024 angegriffen.', 'de'), ['2024-01-28']);
  assert.deepEqual(days('40 soldiers were wounded in the attack on 85 targets.', 'en'), []);
});

test('a word that is also a month or a weekday, in small letters and without a number, is the word', () => {
  const days = (text: string) => findDates(text, 0, text.length, 'en', '2024-02-12').map((d) => d.date);
  assert.deepEqual(days('Thousands joined a march in Baghdad after the drone attack.'), []);
  assert.deepEqual(days('A soldier sat in his car when the drone hit the base.'), []);
  assert.deepEqual(days('The rockets hit the base on Sat., hours after the march.'), ['2024-02-10']);
  assert.deepEqual(days('The base was attacked on March 3 and again on march 5, 2023.'), ['2023-03-03', '2023-03-05']);
});

test('"last Sunday" written on a Sunday is the Sunday a week before, in each language; written on a Monday, the day before', () => {
  const days = (text: string, lang: string, published: string) => findDates(text, 0, text.length, lang, published).map((d) => d.date);
  assert.deepEqual(days('Three soldiers were killed in a drone attack on Tower 22 last Sunday.', 'en', '2024-02-04'), ['2024-01-28']);
  assert.deepEqual(days('Trois soldats ont été tués dimanche dernier dans une attaque de drone.', 'fr', '2024-02-04'), ['2024-01-28']);
  assert.deepEqual(days('Tres soldados murieron el domingo pasado en un ataque con dron.', 'es', '2024-02-04'), ['2024-01-28']);
  assert.deepEqual(days('استهدف هجوم قاعدة البرج 22 في الأردن الأحد الماضي', 'ar', '2024-02-04'), ['2024-01-28']);
  assert.deepEqual(days('Three soldiers were killed in a drone attack on Tower 22 last Sunday.', 'en', '2024-02-05'), ['2024-02-04']);
  // Without a word that makes it past, the weekday of writing is that day.
  assert.deepEqual(days('A drone struck Tower 22 on Sunday.', 'en', '2024-02-04'), ['2024-02-04']);
});

test('"last weekend" said on a weekend is the weekend before it', () => {
  const [sunday] = findDates('the attack in Jordan last weekend', 0, 33, 'en', '2024-02-04');
  assert.deepEqual([sunday?.date, sunday?.dateEnd], ['2024-01-27', '2024-01-28']);
  const [monday] = findDates('the attack in Jordan last weekend', 0, 33, 'en', '2024-02-05');
  assert.deepEqual([monday?.date, monday?.dateEnd], ['2024-02-03', '2024-02-04']);
});

test("chrono's English readers, each run only where the text meets its needs, find what all of them together find", () => {
  const { parsers, refiners } = chrono.en.configuration.createCasualConfiguration(false);
  const all = new chrono.Chrono({ parsers, refiners });
  const selective = selectiveReader(parsers, refiners, ENGLISH_NEEDS);
  const reference = { instant: new Date('2024-02-10T12:00:00Z'), timezone: 0 };
  const sentences = [
    'Rockets hit the base on Tuesday, Oct. 17, and again on the 9th and 11th of November.',
    'The drone struck on 2024-01-28 at dawn; a second came on 28/01/2024 and a third on 1/2024.',
    'In 2024 January the militia fired again, three days ago, and yesterday, and this morning.',
    'Officials said last week that the base was hit twice in the past two days and over the last few months.',
    'By the end of the month, and late last night, the group had claimed a fourth attack +2 days after the first.',
    'On Sunday night and this weekend, Al-Asad air base came under fire, the Pentagon said today.',
    'The attack on Feb. 4 came a week after the strike of January twenty-eighth and 2 weeks before March 1st.',
    'The Pentagon, the mayor of Erbil and the monitor of the Syrian observatory said nothing of it.',
  ];
  const read = (parse: (text: string) => chrono.ParsedResult[], text: string) => parse(text).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);
  const used = new Set<string>();
  for (const text of sentences) {
    assert.deepEqual(read((t) => selective(t, reference, { forwardDate: false }), text), read((t) => all.parse(t, reference, { forwardDate: false }), text), text);
    for (const parser of parsers) if (new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, reference).length) used.add(parser.constructor.name);
  }
  // Every reader given needs has read something here: the sentences try each one's needs.
  assert.deepEqual(Object.keys(ENGLISH_NEEDS).filter((name) => !used.has(name)), []);
});

test("chrono's readers that build their pattern anew for each text read each text as before when they keep their first", () => {
  const reference = { instant: new Date('2024-02-10T12:00:00Z'), timezone: 0 };
  const languages = {
    fr: ['La base a été visée il y a 3 jours, puis la semaine dernière, ce matin et le 28 janvier.', 'Les deux dernières semaines, et demain soir.'],
    de: ['Die Basis wurde vor 3 Tagen, letzte Woche, heute Morgen und am 28. Januar angegriffen.', 'In den letzten zwei Wochen und morgen Abend.'],
    es: ['La base fue atacada hace 3 días, la semana pasada, esta mañana y el 28 de enero.', 'Ayer por la noche y hoy.'],
    pt: ['A base foi atacada há 3 dias, na semana passada, esta manhã e em 28 de janeiro.', 'Ontem à noite e hoje.'],
    nl: ['De basis werd 3 dagen geleden, vorige week, vanochtend en op 28 januari aangevallen.', 'Gisteravond en vandaag.'],
  };
  for (const [lang, sentences] of Object.entries(languages)) {
    const configure = () => (chrono as unknown as Record<string, { createCasualConfiguration: () => { parsers: chrono.Parser[]; refiners: chrono.Refiner[] } }>)[lang]!.createCasualConfiguration();
    const fresh = configure();
    const kept = configure();
    const once = new chrono.Chrono({ parsers: kept.parsers.map(withPatternBuiltOnce), refiners: kept.refiners });
    const asBuilt = new chrono.Chrono(fresh);
    const read = (reader: chrono.Chrono, text: string) => reader.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString()]);
    for (const text of sentences) {
      // Twice: the second reading uses the patterns kept from the first.
      assert.deepEqual(read(once, text), read(asBuilt, text), text);
      assert.deepEqual(read(once, text), read(asBuilt, text), text);
    }
  }
});

test('"between March 2 and March 4" is one span of days; "between March 2 and March 3" one night, by its evening; "on March 2 and March 4" two days', () => {
  const spans = (text: string) => findDates(text, 0, text.length, 'en', '2024-03-06').map((d) => [d.date, d.dateEnd, d.precision]);
  assert.deepEqual(spans('A drone targeted the base between March 2 and March 4.'), [['2024-03-02', '2024-03-04', 'range']]);
  assert.deepEqual(spans('A drone targeted the base between March 2 and March 3.'), [['2024-03-02', null, 'day']]);
  assert.deepEqual(spans('Drones targeted the base on March 2 and March 4.'), [
    ['2024-03-02', null, 'day'],
    ['2024-03-04', null, 'day'],
  ]);
});

test('"since Oct. 17, 46 of them in Iraq": a count after the day is no year; "Oct. 17 last year" is in the year before publication', () => {
  const read = (text: string, lang = 'en', published = '2024-03-01') => findDates(text, 0, text.length, lang, published).map((d) => [text.slice(d.start, d.end), d.date]);
  assert.deepEqual(read('There have been 103 attacks since Oct. 17, 46 of them in Iraq and 57 in Syria.', 'en', '2023-12-20'), [['Oct. 17', '2023-10-17']]);
  assert.deepEqual(read('The base was hit on Oct. 17, 2023, officials said.'), [['Oct. 17, 2023', '2023-10-17']]);
  assert.deepEqual(read('More than 210 attacks since Oct. 17 last year, a spokeswoman said.', 'en', '2024-11-21'), [['Oct. 17', '2023-10-17']]);
  assert.deepEqual(read('The drone attack on March 3 last year hurt no one.'), [['March 3', '2023-03-03']]);
  assert.deepEqual(read("Plus de 150 attaques depuis le 17 octobre de l'année dernière.", 'fr', '2024-09-01'), [['17 octobre', '2023-10-17']]);
  // This year's day stays in it.
  assert.deepEqual(read('The drone attack on Feb. 3 hurt no one; last year was quieter.'), [['Feb. 3', '2024-02-03']]);
});

test('"since October 17 to 63": a count after "to" ends no range, and the day is read', () => {
  const read = (text: string) => findDates(text, 0, text.length, 'en', '2023-11-20').map((d) => [text.slice(d.start, d.end), d.date, d.dateEnd]);
  assert.deepEqual(read('This brings the number of its operations since October 17 to 63.'), [['October 17', '2023-10-17', null]]);
  // A day after "to" is the range's end.
  assert.deepEqual(read('From October 17 to 21 the base was hit daily.'), [['October 17 to 21', '2023-10-17', '2023-10-21']]);
});
