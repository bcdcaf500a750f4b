import type { Readable } from 'node:stream';
import type { ReadContext } from './build-article.js';
import type { IngestItem } from './item.js';
import { readPath } from './readers/files.js';
import { readStdin } from './readers/stdin.js';
import { readUrl, type Fetch } from './readers/url.js';

export interface ReadOptions extends ReadContext {
  /** Stops reading (and any fetch under way) when aborted. */
  signal?: AbortSignal;
  /** Used for http(s) inputs; injectable for tests. */
  fetch?: Fetch;
  /** What "-" reads; process.stdin by default. */
  stdin?: Readable;
}

/**
 * Every article in the inputs, one at a time: files (text, HTML, JSONL, feeds), folders
 * (recursively), "-" for standard input, http(s) URLs of pages or feeds. A problem with one
 * input is yielded as an item, never thrown, so one bad input never stops a batch.
 */
export async function* readArticles(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    const context: ReadContext = { languages: options.languages };
    if (input === '-') yield* readStdin(options.stdin ?? process.stdin, context);
    else if (/^https?:\/\//i.test(input)) yield* readUrl(input, options.fetch ?? fetch, options.signal, context);
    else yield* readPath(input, context);
  }
}
