import type { Article } from '../../src/model.js';

/** An article as ingest would hand it to extract. */
export function article(text: string, published: string | null = null, lang = 'en'): Article {
  return { id: 't1', url: null, title: null, outlet: null, lang, published, publishedSource: published ? 'input' : 'none', text, hash: 'h', origin: 'test' };
}
