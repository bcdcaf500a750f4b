import { buildArticle, type ReadContext } from '../build-article.js';
import { problem, type IngestItem } from '../item.js';

type JsonRecord = Record<string, unknown>;

function optionalString(record: JsonRecord, key: string): string | null {
  const value = record[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** One JSONL line as an article, or the problem with it; blank lines give nothing. */
export function articleFromJsonLine(line: string, origin: string, context: ReadContext = {}): IngestItem | null {
  if (line.trim().length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return problem(origin, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return problem(origin, 'not a JSON object');
  const record = value as JsonRecord;
  const text = record['text'];
  if (typeof text !== 'string') return problem(origin, 'no "text" field (a string) in the object');
  if (text.trim().length === 0) return problem(origin, 'empty "text" field');
  return buildArticle({
    origin,
    text,
    id: optionalString(record, 'id'),
    url: optionalString(record, 'url'),
    title: optionalString(record, 'title'),
    outlet: optionalString(record, 'outlet'),
    lang: optionalString(record, 'lang'),
    published: optionalString(record, 'published'),
  }, context);
}

/** Articles from JSONL lines, one at a time; `originOf(n)` names line n (1-based). */
export async function* readJsonlLines(
  lines: AsyncIterable<string>,
  originOf: (lineNumber: number) => string,
  firstLineNumber = 1,
  context: ReadContext = {},
): AsyncGenerator<IngestItem> {
  let lineNumber = firstLineNumber - 1;
  for await (const line of lines) {
    lineNumber++;
    const item = articleFromJsonLine(line, originOf(lineNumber), context);
    if (item) yield item;
  }
}
