import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ReadContext } from '../build-article.js';
import type { IngestItem } from '../item.js';
import { looksLikeJsonObject } from '../sniff.js';
import { readJsonlLines } from './jsonl.js';
import { articlesFromContent } from './text-content.js';

async function* rest(lines: AsyncIterator<string>): AsyncGenerator<string> {
  for (let next = await lines.next(); !next.done; next = await lines.next()) yield next.value;
}

/**
 * Standard input: JSONL (line by line) when its first non-blank line is a JSON object,
 * else one document (plain text, or HTML when it looks like HTML) named "stdin".
 */
export async function* readStdin(input: Readable, context: ReadContext = {}): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const leading: string[] = [];
  let next = await lines.next();
  while (!next.done && next.value.trim().length === 0) {
    leading.push(next.value);
    next = await lines.next();
  }
  if (next.done) {
    yield* articlesFromContent('', 'stdin', null, 'unknown', context);
    return;
  }
  if (looksLikeJsonObject(next.value)) {
    const firstLine = next.value;
    async function* fromFirst(): AsyncGenerator<string> {
      yield firstLine;
      yield* rest(lines);
    }
    yield* readJsonlLines(fromFirst(), (n) => `stdin:${n}`, leading.length + 1, context);
    return;
  }
  const parts = [...leading, next.value];
  for await (const line of rest(lines)) parts.push(line);
  yield* articlesFromContent(parts.join('\n'), 'stdin', null, 'unknown', context);
}
