import type { ReadContext } from '../build-article.js';
import { problem, type IngestItem } from '../item.js';
import { decodeText } from '../sniff.js';
import { articlesFromContent, type ContentHint } from './text-content.js';

export const FETCH_TIMEOUT_MS = 20_000;

export type Fetch = typeof fetch;

function hintFromContentType(type: string | null): ContentHint {
  const media = (type ?? '').toLowerCase();
  if (/(?:rss|atom)\+xml/.test(media)) return 'feed';
  if (/html/.test(media)) return 'html';
  if (/text\/plain/.test(media)) return 'text';
  return 'unknown';
}

function failure(error: unknown, timedOut: boolean): string {
  if (timedOut) return `fetch timed out after ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `fetch failed (${error instanceof Error ? error.message : String(error)}${cause})`;
}

/** An http(s) page (its article) or feed (its items); a failure is a problem naming the URL. */
export async function* readUrl(url: string, fetchImpl: Fetch, signal?: AbortSignal, context: ReadContext = {}): AsyncGenerator<IngestItem> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let body: Uint8Array;
  let hint: ContentHint;
  let finalUrl = url;
  try {
    const response = await fetchImpl(url, { signal: combined, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.8' } });
    if (!response.ok) {
      yield problem(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return;
    }
    hint = hintFromContentType(response.headers.get('content-type'));
    finalUrl = response.url || url;
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw error;
    yield problem(url, failure(error, timeout.aborted));
    return;
  }
  const decoded = decodeText(body);
  if (!decoded.ok) {
    yield problem(url, decoded.reason === 'empty file' ? 'empty response' : decoded.reason);
    return;
  }
  yield* articlesFromContent(decoded.text, url, finalUrl, hint, context);
}
