import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesOf, fixture, problemsOf, readAll, scratchDir } from './helpers.js';

test('a plain-text file becomes one article with its first line as title', async () => {
  const [article] = articlesOf(await readAll([fixture('dispatch.txt')]));
  assert.ok(article);
  assert.equal(article.title, 'Power restored after overnight outage');
  assert.match(article.text, /^Power restored after overnight outage\n\nEngineers restored power/);
  assert.equal(article.origin, fixture('dispatch.txt'));
  assert.equal(article.lang, 'en');
  assert.equal(article.id, article.hash.slice(0, 12));
  assert.equal(article.published, null);
  assert.equal(article.publishedSource, 'none');
});

test('a file without an extension is read as plain text', async () => {
  const [article] = articlesOf(await readAll([fixture('dispatch-no-extension')]));
  assert.equal(article?.title, 'Harbour reopens to small boats');
});

test('an HTML file gives its article with title, outlet and meta date', async () => {
  const [article] = articlesOf(await readAll([fixture('boilerplate-page.html')]));
  assert.ok(article);
  assert.equal(article.title, 'Drones downed near northern airbase');
  assert.equal(article.outlet, 'The Sample Courier');
  assert.equal(article.published, '2024-03-14');
  assert.equal(article.publishedSource, 'html-meta');
});

test('a folder is read recursively in sorted order, hidden files and folders skipped', async () => {
  const items = await readAll([fixture('folder')]);
  assert.deepEqual(problemsOf(items), []);
  assert.deepEqual(
    articlesOf(items).map((a) => a.origin.slice(fixture('folder').length)),
    ['/a-first.txt', '/b-second.txt', '/nested/c-third.txt'],
  );
});

test('a JSONL file gives one article per line and a problem per bad line, naming the line', async () => {
  const path = fixture('articles.jsonl');
  const items = await readAll([path]);
  const articles = articlesOf(items);
  assert.deepEqual(articles.map((a) => a.id), ['j1', 'j2', articles[2]?.hash.slice(0, 12)]);
  const [first, second, third] = articles;
  assert.equal(first?.text, ' date 2024-08-05 A short invented report about a road that reopened after floods.', 'text is kept as given');
  assert.equal(first?.published, '2024-08-05');
  assert.equal(first?.publishedSource, 'date-line');
  assert.equal(first?.origin, `${path}:1`);
  assert.equal(first?.outlet, 'news.example.com');
  assert.deepEqual(
    { title: second?.title, outlet: second?.outlet, lang: second?.lang, published: second?.published, source: second?.publishedSource },
    { title: 'Given title', outlet: 'Given Outlet', lang: 'fr', published: '2023-12-01', source: 'input' },
  );
  assert.equal(third?.outlet, 'example.org');
  assert.equal(third?.published, '2023-12-07');
  assert.equal(third?.publishedSource, 'url');
  const problems = problemsOf(items);
  assert.equal(problems.length, 2);
  assert.equal(problems[0]?.origin, `${path}:4`);
  assert.match(problems[0]?.reason ?? '', /articles\.jsonl:4: invalid JSON/);
  assert.equal(problems[1]?.origin, `${path}:5`);
  assert.match(problems[1]?.reason ?? '', /articles\.jsonl:5: no "text" field/);
});

test('stdin holding JSONL is read line by line with stdin:LINE origins', async () => {
  const stdin = Readable.from(['\n{"id":"s1","url":null,"text":"First invented line of news."}\n', 'not json\n{"id":"s2","text":"Second one."}\n']);
  const items = await readAll(['-'], { stdin });
  assert.deepEqual(articlesOf(items).map((a) => [a.id, a.origin]), [['s1', 'stdin:2'], ['s2', 'stdin:4']]);
  assert.deepEqual(problemsOf(items).map((p) => p.origin), ['stdin:3']);
});

test('stdin holding plain text is one article', async () => {
  const stdin = Readable.from(['Bakery reopens\n\n', 'The bakery on the square reopened on Monday after repairs.\n']);
  const [article, ...rest] = articlesOf(await readAll(['-'], { stdin }));
  assert.equal(rest.length, 0);
  assert.equal(article?.origin, 'stdin');
  assert.equal(article?.title, 'Bakery reopens');
  assert.match(article?.text ?? '', /^Bakery reopens\n\nThe bakery/);
});

test('an RSS file gives one article per item, with link, title and pubDate; an empty item is a problem', async () => {
  const items = await readAll([fixture('feed.rss')]);
  const articles = articlesOf(items);
  assert.deepEqual(
    articles.map((a) => [a.url, a.title, a.published, a.publishedSource, a.outlet]),
    [
      ['https://wire.example.org/news/rocket-lands-near-outpost', 'Rocket lands near desert outpost', '2024-02-06', 'input', 'wire.example.org'],
      ['https://wire.example.org/news/convoy-delayed', 'Convoy delayed by sandstorm', '2024-02-07', 'input', 'wire.example.org'],
    ],
  );
  assert.equal(articles[0]?.text, 'A rocket landed near a desert outpost on Monday evening.\n\nThere were no injuries, officials said.');
  assert.match(articles[1]?.text ?? '', /full day/, 'content:encoded wins over description');
  assert.deepEqual(problemsOf(items).map((p) => p.origin), [`${fixture('feed.rss')}:3`]);
});

test('an Atom file gives one article per entry, with its alternate link and published date', async () => {
  const articles = articlesOf(await readAll([fixture('feed.atom')]));
  assert.deepEqual(
    articles.map((a) => [a.url, a.published, a.text]),
    [
      ['https://atom.example.net/2023/11/20/patrol-returns', '2023-11-20', 'A patrol returned safely after a night exercise.\n\nCommanders praised the crews.'],
      ['https://atom.example.net/bridge-reopens', '2023-11-21', 'The river bridge reopened to traffic after three weeks of repairs.'],
    ],
  );
});

function fakeFetch(routes: Record<string, { status?: number; type: string; body: string }>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
    return new Response(route.body, { status: route.status ?? 200, headers: { 'content-type': route.type } });
  }) as typeof fetch;
}

test('a URL is fetched through the injected fetch and read as HTML', async () => {
  const page = '<html><head><title>Quay repaired</title></head><body><article><p>The old quay was repaired over the winter and opened again to fishing boats this week, the harbour master said.</p><p>Repairs took four months.</p></article></body></html>';
  const url = 'https://www.harbour.example.com/2024/05/02/quay-repaired';
  const [article] = articlesOf(await readAll([url], { fetch: fakeFetch({ [url]: { type: 'text/html; charset=utf-8', body: page } }) }));
  assert.ok(article);
  assert.equal(article.url, url);
  assert.equal(article.origin, url);
  assert.equal(article.outlet, 'harbour.example.com');
  assert.equal(article.published, '2024-05-02');
  assert.equal(article.publishedSource, 'url');
  assert.match(article.text, /^The old quay was repaired/);
});

test('a feed URL gives its items', async () => {
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title><link>https://feed.example.com/one</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description>First invented item.</description></item></channel></rss>';
  const url = 'https://feed.example.com/rss';
  const [article] = articlesOf(await readAll([url], { fetch: fakeFetch({ [url]: { type: 'application/rss+xml', body: rss } }) }));
  assert.equal(article?.url, 'https://feed.example.com/one');
  assert.equal(article?.published, '2024-01-01');
});

test('a non-2xx response and a network failure are problems naming the URL, and the batch goes on', async () => {
  const missing = 'https://news.example.com/gone';
  const unreachable = 'https://unreachable.example.com/page';
  const items = await readAll([missing, unreachable, fixture('dispatch.txt')], {
    fetch: fakeFetch({ [missing]: { status: 404, type: 'text/html', body: 'not here' } }),
  });
  const problems = problemsOf(items);
  assert.deepEqual(problems.map((p) => p.origin), [missing, unreachable]);
  assert.equal(problems[0]?.reason, `${missing}: HTTP 404`);
  assert.match(problems[1]?.reason ?? '', /^https:\/\/unreachable\.example\.com\/page: fetch failed \(fetch failed: getaddrinfo ENOTFOUND\)$/);
  assert.equal(articlesOf(items).length, 1);
});

test('JSONL named otherwise (.json, .txt, no extension) is still read line by line; a pretty-printed JSON file is one document', async () => {
  const dir = scratchDir();
  const lines = '{"id": "x1", "text": "A first invented report."}\n{"id": "x2", "text": "A second invented report."}\n';
  for (const name of ['export.json', 'dump.txt', 'export']) {
    writeFileSync(join(dir, name), lines);
    const items = await readAll([join(dir, name)]);
    assert.deepEqual(articlesOf(items).map((a) => [a.id, a.origin]), [['x1', `${join(dir, name)}:1`], ['x2', `${join(dir, name)}:2`]], name);
  }
  writeFileSync(join(dir, 'note.txt'), '{ this is prose in braces }\nand more prose.');
  assert.equal(articlesOf(await readAll([join(dir, 'note.txt')])).length, 1);
});

test('an untyped file longer than the head read to tell its kind is still read whole, as JSONL or as one document', async () => {
  const dir = scratchDir();
  const long = 'An invented report of a long day. '.repeat(10_000);
  writeFileSync(join(dir, 'long.txt'), `A long invented report\n\n${long}`);
  const [article] = articlesOf(await readAll([join(dir, 'long.txt')]));
  assert.ok((article?.text.length ?? 0) > long.length - 10, 'the whole text, not its head');
  const lines = Array.from({ length: 4_000 }, (_, i) => JSON.stringify({ id: `x${i}`, text: `Invented report number ${i} of a long export.` })).join('\n');
  writeFileSync(join(dir, 'export'), lines);
  assert.equal(articlesOf(await readAll([join(dir, 'export')])).length, 4_000);
});

test("a feed's stated language is its items' language; an item that states none is told among the pack's languages", async () => {
  const dir = scratchDir();
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title><language>fr-FR</language>
    <item><title>Drone abattu</title><link>https://fil.example.fr/a</link><description>Un drone abattu près de la base.</description></item>
  </channel></rss>`;
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Ticker</title>
    <entry><title>Drohne</title><link href="https://ticker.example.de/a"/><content>Eine Drohne wurde abgeschossen.</content></entry>
    <entry xml:lang="en"><title>Drone</title><link href="https://ticker.example.de/b"/><content>A drone was shot down.</content></entry>
  </feed>`;
  const bare = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Strikes</title><link>https://wire.example.org/a</link><description>US strikes Kataib Hezbollah sites in Iraq</description></item>
  </channel></rss>`;
  writeFileSync(join(dir, 'fr.rss'), rss);
  writeFileSync(join(dir, 'de.atom'), atom);
  writeFileSync(join(dir, 'bare.rss'), bare);
  const languages = ['en', 'ar', 'fr', 'de', 'es', 'pt', 'it', 'ru', 'id'];
  const items = await readAll([join(dir, 'fr.rss'), join(dir, 'de.atom'), join(dir, 'bare.rss')], { languages });
  assert.deepEqual(articlesOf(items).map((a) => a.lang), ['fr', 'de', 'en', 'en']);
});
