import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArticle, detectLanguage } from '../../src/ingest/index.js';

test('language is detected from the text and given languages win', () => {
  assert.equal(detectLanguage('Les forces de la coalition ont abattu deux drones qui visaient la base aérienne, selon un communiqué publié mardi soir.'), 'fr');
  assert.equal(detectLanguage('Die Koalitionstruppen haben nach eigenen Angaben zwei Drohnen abgeschossen, die auf den Stützpunkt zuflogen.'), 'de');
  assert.equal(detectLanguage('ok'), null);
  const given = buildArticle({ origin: 'x', lang: 'EN-gb', text: 'Die Koalitionstruppen haben zwei Drohnen abgeschossen, die auf den Stützpunkt zuflogen.' });
  assert.ok(given.ok);
  assert.equal(given.article.lang, 'en');
});

test('a short text is told among the languages the pack reads; a long one, and a stated language, are not', () => {
  const readable = ['en', 'ar', 'fr', 'de', 'es', 'pt', 'it', 'ru', 'id'];
  // Headlines of feed items: among the whole world's languages their trigrams read as Dutch, Italian or Sundanese.
  for (const headline of [
    'Rockets struck Ain al-Asad air base in western Iraq on Monday, officials said.',
    'Iraqi militia claims drone attack on US base in Erbil',
    'US strikes Kataib Hezbollah sites in Iraq',
  ]) {
    assert.equal(detectLanguage(headline, readable), 'en', headline);
  }
  assert.equal(detectLanguage('Ataque con drones contra base de EEUU en Siria', readable), 'es');
  const dutch =
    'Het Amerikaanse leger heeft maandag opnieuw luchtaanvallen uitgevoerd op doelen van milities in het oosten van Syrië. ' +
    'Volgens het ministerie van Defensie waren de aanvallen een reactie op een reeks aanvallen op Amerikaanse troepen in de regio, ' +
    'waarbij de afgelopen weken tientallen militairen lichtgewond raakten. De milities worden gesteund door Iran, zo zei een woordvoerder. ' +
    'Het was de derde keer deze maand dat het leger in de regio toesloeg.';
  assert.ok(dutch.length > 400);
  assert.equal(detectLanguage(dutch, readable), 'nl');
  const given = buildArticle({ origin: 'x', lang: 'de', text: 'US strikes Kataib Hezbollah sites in Iraq' }, { languages: readable });
  assert.ok(given.ok);
  assert.equal(given.article.lang, 'de');
});

test('outlet is the URL host without www. unless one is given', () => {
  const fromUrl = buildArticle({ origin: 'x', url: 'https://www.example.co.uk/news/1', text: 'Some text.' });
  const givenOutlet = buildArticle({ origin: 'x', url: 'https://www.example.co.uk/news/1', outlet: 'Example', text: 'Some text.' });
  assert.ok(fromUrl.ok && givenOutlet.ok);
  assert.equal(fromUrl.article.outlet, 'example.co.uk');
  assert.equal(givenOutlet.article.outlet, 'Example');
});

test('the title is the first short line, never a date line or a first sentence', () => {
  const headline = buildArticle({ origin: 'x', text: ' date 2024-08-05 Rockets hit a base in the west\n\nRockets hit a base on Monday.' });
  const sentence = buildArticle({ origin: 'x', text: 'Rockets hit a base on Monday, officials said.\nMore text follows here.' });
  assert.ok(headline.ok && sentence.ok);
  assert.equal(headline.article.title, 'Rockets hit a base in the west');
  assert.equal(sentence.article.title, null);
});

test('an article whose date line or address gives only a month keeps that month, and one with a day has no month apart', () => {
  const dateLine = buildArticle({ origin: 'x', text: ' date 2024-01 Militias claimed a drone attack on a base on Tuesday.' });
  const address = buildArticle({ origin: 'x', url: 'https://news.example/2023/11/drone-attack', text: 'Militias claimed a drone attack on a base on Tuesday.' });
  const day = buildArticle({ origin: 'x', text: ' date 2024-01-09 Militias claimed a drone attack on a base on Tuesday.' });
  assert.ok(dateLine.ok && address.ok && day.ok);
  assert.deepEqual([dateLine.article.published, dateLine.article.publishedMonth], [null, '2024-01']);
  assert.deepEqual([address.article.published, address.article.publishedMonth], [null, '2023-11']);
  assert.deepEqual([day.article.published, day.article.publishedMonth], ['2024-01-09', undefined]);
});

test('an article whose text is empty is a problem', () => {
  const item = buildArticle({ origin: 'feed.xml:3', text: '  \n ' });
  assert.deepEqual(item, { ok: false, origin: 'feed.xml:3', reason: 'feed.xml:3: no article text (empty after reading)' });
});

test('the article\'s language, given or detected, tells how its numeric byline is read', () => {
  const text = 'Des roquettes visent une base américaine en Syrie\n\n05/03/2024 à 14:10\n\nDes roquettes ont visé la base dimanche soir, selon des responsables américains. Aucun blessé n\'a été signalé parmi les soldats.';
  const detected = buildArticle({ origin: 'x', text });
  assert.ok(detected.ok);
  assert.deepEqual([detected.article.lang, detected.article.published], ['fr', '2024-03-05']);
});
