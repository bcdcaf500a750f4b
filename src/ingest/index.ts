/** The ingest stage: inputs → Article objects with clean text, metadata and identity. */
export { readArticles, type ReadOptions } from './read.js';
export type { IngestItem } from './item.js';
export { buildArticle, type RawArticle } from './build-article.js';
export { extractHtml, type HtmlArticle } from './html.js';
export { findPublished, toIsoDate, type PublishedCandidate, type PublishedHints, type PublishedResult } from './published/find-published.js';
export { datesInUrl, type UrlDate } from './published/url-dates.js';
export { normalizeForHash, textHash, shortId } from './normalize.js';
export { shingleSignature, similarity } from './shingles.js';
export { detectLanguage } from './language.js';
export { FETCH_TIMEOUT_MS } from './readers/url.js';
