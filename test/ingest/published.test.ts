import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesInUrl, findPublished, toIsoDate } from '../../src/ingest/index.js';

const STORY = 'Rockets struck near the base on Sunday, officials said.\n\nNo one was hurt.';

test('URL date shapes', () => {
  const cases: [string, string | null, string][] = [
    ['https://a.example.com/2024/08/05/rockets-hit-base/', '2024-08-05', 'y/m/d'],
    ['https://a.example.com/news/2024/1/1/short-story', '2024-01-01', 'y/m/d'],
    ['https://a.example.com/stories/2024/aug/05/rockets', '2024-08-05', 'y/mon/d'],
    ['https://a.example.com/theaters/2024-12-06/bases-story-123.html', '2024-12-06', 'y-m-d'],
    ['https://a.example.com/content/2023-11-06-at-least-45-hurt', '2023-11-06', 'y-m-d'],
    ['https://a.example.com/20231207-talks-begin/', '2023-12-07', 'yyyymmdd'],
    ['https://a.example.com/fr/news/20240206_09/', '2024-02-06', 'yyyymmdd'],
    ['https://a.example.com/en/202311116946', '2023-11-11', 'yyyymmdd'],
    ['https://a.example.com/sanctions-story/17/11/2023/', '2023-11-17', 'd/m/y'],
    ['https://a.example.com/english/middleeast/13112024-amp', '2024-11-13', 'ddmmyyyy'],
    ['https://a.example.com/english/kurdistan/100120242-amp', '2024-01-10', 'ddmmyyyy'],
    ['https://a.example.com/content/washington-1-november-2023-1', '2023-11-01', 'd-month-y'],
    ['https://a.example.com/news/january-28-2024-drone-attack-on-outpost', '2024-01-28', 'month-d-y'],
    ['https://a.example.com/live/feb-2nd-2024-strikes', '2024-02-02', 'month-d-y'],
    ['https://a.example.com/news/2023-12/04/drone-downed-over-base', '2023-12-04', 'y-m/d'],
    // dpa's story id opens with its scheme's fixed date (2009-01-01); the story's day follows as YYMMDD.
    ['https://a.example.com/politik/rocket-attack-dpa.urn-newsml-dpa-com-20090101-240806-99-123456', '2024-08-06', 'dpa-urn'],
  ];
  for (const [url, date, shape] of cases) {
    assert.deepEqual(datesInUrl(url).map((d) => [d.date, d.shape]), [[date, shape]], url);
  }
});

test('a month-only URL gives the month, not a day', () => {
  assert.deepEqual(datesInUrl('https://a.example.com/originals/2024/01/what-we-know'), [{ date: null, month: '2024-01', shape: 'y/m' }]);
  const found = findPublished(STORY, 'https://a.example.com/originals/2024/01/what-we-know');
  assert.equal(found.published, null);
  assert.equal(found.source, 'none');
  assert.equal(found.month, '2024-01');
});

test('ids and timestamps in URLs are not dates', () => {
  for (const url of [
    'https://a.example.com/world/story-1503239213.html',
    'https://a.example.com/en/news/middle-east/1702024720-rockets',
    'https://a.example.com/news/7765',
    'https://a.example.com/?p=27274',
    'https://a.example.com/news/40-killed-in-2024-attacks',
  ]) {
    assert.deepEqual(datesInUrl(url), [], url);
  }
});

test('the caller\'s date and HTML meta win', () => {
  assert.deepEqual(
    [findPublished(' date 2024-01-02 x', null, { given: '2024-01-01' }).published, findPublished(' date 2024-01-02 x', null, { given: '2024-01-01' }).source],
    ['2024-01-01', 'input'],
  );
  const meta = findPublished(STORY, 'https://a.example.com/2024/08/05/x', { htmlMeta: '2024-08-06T01:00:00+03:00' });
  assert.equal(meta.published, '2024-08-06');
  assert.equal(meta.source, 'html-meta');
});

test('a caller\'s date is distrusted only by a text whose dates end years before it', () => {
  const story = 'Drones struck the base on October 26, 2023, and again on November 2, 2023, officials said.';
  const stale = findPublished(story, null, { given: '2026-03-02' });
  assert.equal(stale.published, null);
  assert.match(stale.candidates[0]?.rejected ?? '', /dates end in 2023/);
  assert.deepEqual([findPublished(story, null, { given: '2024-03-02' }).published, findPublished(story, null, { given: '2024-03-02' }).source], ['2024-03-02', 'input']);
  const undatedStory = findPublished(`BAGHDAD, Aug 5 (Reuters) - ${STORY}`, null, { given: '2026-03-02' });
  assert.deepEqual([undatedStory.published, undatedStory.source], ['2026-03-02', 'input']);
});

test('a leading date line, day or month only', () => {
  const day = findPublished(` date 2023-11-07 ${STORY}`, null);
  assert.deepEqual([day.published, day.source], ['2023-11-07', 'date-line']);
  const month = findPublished(` date 2024-01 ${STORY}`, null);
  assert.deepEqual([month.published, month.month], [null, '2024-01']);
});

test('dated bylines and datelines in the text', () => {
  const cases: [string, string][] = [
    [`Sunday, October 22, 2023\nRockets target a base\n\n${STORY}`, '2023-10-22'],
    [`Headline here\n\n${STORY}\n\nA. Reporter\nMon, 04/22/2024 – 18:40\n\nMore articles`, '2024-04-22'],
    [`BAGHDAD, Aug 5, 2024 (Reuters) - ${STORY}`, '2024-08-05'],
    [`Headline\n\nWashington, January 21, 2024, The Daily Sample: ${STORY}`, '2024-01-21'],
    [`3-2-2024 (WASHINGTON) ${STORY}`, '2024-02-03'],
    [`Title\n2024-10-13T05:45:26+00:00\n\n${STORY}`, '2024-10-13'],
    [`Title\nBy A. Reporter\nDecember 4, 2023World\n${STORY}`, '2023-12-04'],
    [`ERBIL, November 7 — ${STORY} Officials confirmed that on November 7, 2023, two drones were shot down.`, '2023-11-07'],
  ];
  for (const [text, date] of cases) {
    const found = findPublished(text, null);
    assert.deepEqual([found.published, found.source], [date, 'byline'], text.slice(0, 50));
  }
});

test('dates in the story itself, embedded posts and update stamps are not bylines', () => {
  assert.equal(findPublished(`On 28 January 2024, a drone struck an outpost near the border, killing three soldiers.\n${STORY}`, null).published, null);
  assert.equal(findPublished(`${STORY}\nA post about the attack https://t.co/x\n— Sample News (@SampleNews) January 20, 2024\nMore text.`, null).published, null);
  const updated = findPublished(`Title\nA. Reporter\n10/21/2023\nUpdated:\n10/22/2023\n\n${STORY}`, null);
  assert.equal(updated.published, '2023-10-21');
  assert.ok(updated.candidates.some((c) => c.evidence === 'update stamp' && c.date === '2023-10-22' && c.weight === 0));
});

test('a calendar widget over an older byline loses to the byline', () => {
  const text = `30.5 F\nChicago\nTuesday, November 26, 2024\n\nMilitia says it resumes attacks\n\n${STORY}\n\nTyler Sample\nMon, 04/22/2024 – 18:40\n\nLatest article`;
  const found = findPublished(text, null);
  assert.equal(found.published, '2024-04-22');
  const widget = found.candidates.find((c) => c.date === '2024-11-26');
  assert.equal(widget?.weight, 0);
  assert.match(widget?.rejected ?? '', /widget/);
});

test('a date line the text contradicts is distrusted', () => {
  // A page stamped years after the story it carries: every date the story writes is from 2023.
  const old = findPublished(' date 2026-03-02 Drones struck the base on October 26, 2023, and again on November 2, 2023, officials said.', null);
  assert.equal(old.published, null);
  assert.match(old.candidates[0]?.rejected ?? '', /dates end in 2023/);
  // A banner date months after the days the story reports.
  const banner = findPublished(
    'September, Thursday 19, 2024\n\nMilitias attacked the base\n\nMilitias attacked the base on February 4, officials said, a day after strikes on February 3 hit their depots.',
    null,
  );
  assert.equal(banner.published, null);
  // The same date line over a story whose days fit it is kept.
  const fits = findPublished(' date 2023-11-07 Drones were shot down on November 5, a spokesman said.', null);
  assert.equal(fits.published, '2023-11-07');
});

test('dates far into a long story, and at its very end, are read like the first', () => {
  const filler = 'Officials gave no further details of the attack on the base. '.repeat(80);
  const late = findPublished(` date 2026-03-02 Drones struck the base. ${filler}It was the first attack since October 26, 2023`, null);
  assert.match(late.candidates[0]?.rejected ?? '', /dates end in 2023/);
  const yearless = findPublished(` date 2023-11-07 Drones were shot down. ${filler}A spokesman spoke of the attack of November 5`, null);
  assert.equal(yearless.published, '2023-11-07');
});

test('a date line that agrees with the URL is confirmed; when they disagree the earlier wins', () => {
  const agree = findPublished(` date 2024-01-29 ${STORY}`, 'https://b.example.com/2024/01/29/story');
  assert.deepEqual([agree.published, agree.source], ['2024-01-29', 'date-line']);
  const disagree = findPublished(` date 2024-03-10 ${STORY}`, 'https://b.example.com/2024/03/08/story');
  assert.equal(disagree.published, '2024-03-08');
});

test('toIsoDate reads the day as written', () => {
  assert.equal(toIsoDate('2024-08-05T23:30:00-05:00'), '2024-08-05');
  assert.equal(toIsoDate('Tue, 06 Feb 2024 14:05:00 GMT'), '2024-02-06');
  assert.equal(toIsoDate('not a date'), null);
  assert.equal(toIsoDate(null), null);
});

test('a date line in Russian or Arabic dates the article', () => {
  assert.equal(findPublished('Удар по базе\n\n14 февраля 2024\n\nВо вторник беспилотник атаковал базу.', null).published, '2024-02-14');
  assert.equal(findPublished('هجوم على قاعدة\n\n14 فبراير 2024\n\nاستهدفت طائرة مسيرة القاعدة.', null).published, '2024-02-14');
  // The Maghreb's month names: جوان (June), أوت (August).
  assert.equal(findPublished('هجوم على قاعدة\n\n5 أوت 2024\n\nاستهدفت طائرة مسيرة القاعدة.', null).published, '2024-08-05');
  assert.equal(findPublished('هجوم على قاعدة\n\n12 جوان 2024\n\nاستهدفت طائرة مسيرة القاعدة.', null).published, '2024-06-12');
  // The Levant's: كانون الثاني (January), آب (August), as the story's own dates read them.
  assert.equal(findPublished('هجوم على قاعدة\n\n7 كانون الثاني 2024\n\nاستهدفت طائرة مسيرة القاعدة.', null).published, '2024-01-07');
  assert.equal(findPublished('هجوم على قاعدة\n\n5 آب 2024\n\nاستهدفت طائرة مسيرة القاعدة.', null).published, '2024-08-05');
});

test('a numeric byline puts the month first on an English page and the day first on pages in other languages', () => {
  const text = (story: string) => `Titre de la page\n\nPar A. Auteur\n05/03/2024 à 14:10\n\n${story}`;
  assert.equal(findPublished(text(STORY), null, { lang: 'en' }).published, '2024-05-03');
  const story = 'Des roquettes ont visé la base dimanche, selon des responsables.\n\nAucun blessé.';
  assert.equal(findPublished(text(story), null, { lang: 'fr' }).published, '2024-03-05');
  // A reading the calendar rules out settles it in any language.
  assert.equal(findPublished(`Page\n\n13/03/2024 14:10\n\n${STORY}`, null, { lang: 'en' }).published, '2024-03-13');
});

test('Arabic date lines: the city and its own comma inline, the month named twice ("تشرين الثاني/نوفمبر"), Arabic-Indic digits', () => {
  const published = (text: string) => findPublished(text, null, { lang: 'ar' }).published;
  // "Amman, 29 January 2024: three American soldiers were killed yesterday, Sunday, ..."
  assert.equal(published('مقتل جنود\n\nعمّان، 29 كانون الثاني 2024: قتل ثلاثة جنود أمريكيين، أمس الأحد، في هجوم بطائرة مسيرة.'), '2024-01-29');
  assert.equal(published('هجوم على قاعدة\n\nبغداد – 14 تشرين الثاني/نوفمبر 2023\nأعلنت المقاومة الإسلامية استهداف قاعدة عين الأسد.'), '2023-11-14');
  assert.equal(published('هجوم على قاعدة\n\nبغداد - ١٠ أيلول ٢٠٢٤\nسقط صاروخان داخل القاعدة.'), '2024-09-10');
});

test('a Portuguese stamp with its time and agency ("Publicado em 25/12/2023 - 21:10 Por Agência Brasil - Brasília") dates the story', () => {
  const text = 'Ataque com drone fere três militares\n\nPublicado em 25/12/2023 - 21:10 Por Agência Brasil - Brasília\n\nTrês militares ficaram feridos em um ataque com drone contra a base aérea de Erbil nesta segunda-feira (25).';
  assert.equal(findPublished(text, null, { lang: 'pt' }).published, '2023-12-25');
});

test('a stamp with the day a page came out and then the day it was updated ("25.03.2024 - Update : 25.03.2024") dates the story by the first', () => {
  const text = 'Attack on Conoco\n\nMohammed Ali |24.03.2024 - Update : 25.03.2024\n\nThe US base in the Conoco gas field came under rocket attack on Sunday night, local sources said.';
  assert.equal(findPublished(text, null, { lang: 'en' }).published, '2024-03-24');
  // An update stamp alone is later than the page: it fixes no day.
  assert.equal(findPublished('Attack on Conoco\n\nUpdate : 25.03.2024\n\nThe US base came under rocket attack on Sunday night.', null, { lang: 'en' }).published, null);
});

test('"Publié le 12/01/2024 à 10h15 par Le Monde avec AFP": a French stamp, its accented word read as filler', () => {
  const text = 'Attaque\n\nPublié le 12/01/2024 à 10h15 par Le Monde avec AFP\n\nUne attaque de drone a visé mardi la base de Harir.';
  assert.equal(findPublished(text, null, { lang: 'fr' }).published, '2024-01-12');
});

test('a transcript\'s "Dec. 4, 2023 | Sabrina Singh, Deputy Pentagon Press Secretary": the byline after the bar leaves the date a stamp', () => {
  const text = 'Deputy Pentagon Press Secretary Holds a Press Briefing\n\nDec. 4, 2023 | Sabrina Singh, Deputy Pentagon Press Secretary\n\nMS. SINGH: As you saw yesterday, U.S. forces conducted a self-defense strike in the vicinity of Kirkuk, Iraq.';
  assert.equal(findPublished(text, null, { lang: 'en' }).published, '2023-12-04');
});

test('"WASHINGTON (Nov 13, 2023) —": a date line with its day in brackets dates the story', () => {
  const text = 'US jets strike Syria\n\nWASHINGTON (Nov 13, 2023) — U.S. F-15E fighter jets on Sunday struck a training facility near Abu Kamal in eastern Syria.';
  assert.equal(findPublished(text, null, { lang: 'en' }).published, '2023-11-13');
});
