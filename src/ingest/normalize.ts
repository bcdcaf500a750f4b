import { createHash } from 'node:crypto';

/** Quote, dash and apostrophe variants that differ between copies of one text. */
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/**
 * The text as compared for identity: NFKC, lowercase, punctuation and symbols dropped,
 * whitespace collapsed. Re-ingesting an article, or a copy that differs only in spacing,
 * quotes or dashes, gives the same string.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCTUATION, ' ').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalized text. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

/** An article id derived from its text: the first 12 hex digits of its hash. */
export function shortId(hash: string): string {
  return hash.slice(0, 12);
}
