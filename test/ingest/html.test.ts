import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractHtml } from '../../src/ingest/index.js';
import { fixture } from './helpers.js';

test('Readability over linkedom keeps only the article body of a page with boilerplate', () => {
  const page = extractHtml(readFileSync(fixture('boilerplate-page.html'), 'utf8'));
  const paragraphs = page.text.split('\n\n');
  assert.equal(paragraphs.length, 3, 'three paragraphs, separated by blank lines');
  assert.match(paragraphs[0] ?? '', /^Air defences shot down two drones/);
  assert.match(paragraphs[2] ?? '', /who built them\.$/);
  for (const boilerplate of ['Home', 'Subscribe', 'newsletter', 'Related headlines', 'bakery', 'cycle lanes', 'All rights reserved', 'November 29, 2024']) {
    assert.ok(!page.text.includes(boilerplate), `"${boilerplate}" should not survive`);
  }
  assert.equal(page.title, 'Drones downed near northern airbase');
  assert.equal(page.outlet, 'The Sample Courier');
  assert.equal(page.published, '2024-03-14T09:30:00+03:00');
  assert.equal(page.lang, 'en');
});

test('when Readability finds no article the body text is kept, without navigation', () => {
  const page = extractHtml('<html><body><nav>Home | News</nav><div>Short note.</div><div>Second line.</div></body></html>');
  assert.equal(page.text, 'Short note.\n\nSecond line.');
});

test('a publication date is read from JSON-LD or <time datetime> when no meta tag gives it', () => {
  const jsonLd = extractHtml('<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-10-19T08:00:00Z"}]}</script></head><body><p>Text.</p></body></html>');
  assert.equal(jsonLd.published, '2023-10-19T08:00:00Z');
  const time = extractHtml('<html><body><p>By Someone <time datetime="2024-01-05">Jan 5</time></p><p>Text.</p></body></html>');
  assert.equal(time.published, '2024-01-05');
});

test('title comes from <title> without the site name when there is no og:title', () => {
  const page = extractHtml('<html><head><title>Bridge opens - Town Gazette</title><meta property="og:site_name" content="Town Gazette"></head><body><p>The bridge opened.</p></body></html>');
  assert.equal(page.title, 'Bridge opens');
});
