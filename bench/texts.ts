/** Reading articles for the bench: the same reader `sitrep ingest` uses, gathered into memory. */
import type { Article } from '../src/model.js';
import { readArticles } from '../src/ingest/read.js';

export async function loadArticles(path: string, limit = Number.POSITIVE_INFINITY): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticles([path])) {
    if (item.ok) articles.push(item.article);
    if (articles.length >= limit) break;
  }
  return articles;
}

export const wordsIn = (articles: readonly Article[]): number => articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
