import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

const pack = loadPack();
const mentionsOf = (text: string, published: string | null = '2024-01-10', lang = 'en') => extract(article(text, published, lang), pack).mentions;

test('a base "attacked repeatedly", with no day named, tells a pattern, not an incident', () => {
  assert.equal(mentionsOf('The Ain al-Asad base hosts about 2,500 U.S. troops and has been attacked repeatedly.').length, 0);
  assert.equal(mentionsOf('Militants have targeted the Harir base frequently, officials said.').length, 0);
  // One day's attacks, however many, are that day's incident.
  assert.equal(mentionsOf('The Harir base was attacked repeatedly on Tuesday.').length, 1);
});
