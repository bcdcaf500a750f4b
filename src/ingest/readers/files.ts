import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import type { ReadContext } from '../build-article.js';
import { problem, type IngestItem } from '../item.js';
import { decodeText, looksLikeJsonObject } from '../sniff.js';
import { readJsonlLines } from './jsonl.js';
import { linesOf } from './lines.js';
import { articlesFromContent, type ContentHint } from './text-content.js';

/** One article file larger than this is not an article. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HINTS: Readonly<Record<string, ContentHint>> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'unknown',
  '.txt': 'unknown', '': 'unknown',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** A JSONL file is read in chunks of this many bytes: fewer reads, and fewer lines cut in two. */
const JSONL_CHUNK_BYTES = 1024 * 1024;

async function* readJsonlFile(path: string, context: ReadContext): AsyncGenerator<IngestItem> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: JSONL_CHUNK_BYTES });
  try {
    yield* readJsonlLines(linesOf(stream), (n) => `${path}:${n}`, 1, context);
  } catch (error) {
    yield problem(path, `read failed (${describe(error)})`);
  } finally {
    stream.destroy();
  }
}

async function readBytes(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readDocumentFile(path: string, size: number, context: ReadContext): AsyncGenerator<IngestItem> {
  if (size === 0) {
    yield problem(path, 'empty file');
    return;
  }
  if (size > MAX_FILE_BYTES) {
    yield problem(path, `file too large for one article (${Math.round(size / 1048576)} MB)`);
    return;
  }
  const decoded = decodeText(await readBytes(path, size));
  if (!decoded.ok) {
    yield problem(path, decoded.reason);
    return;
  }
  yield* articlesFromContent(decoded.text, path, null, HINTS[extname(path).toLowerCase()] ?? 'unknown', context);
}

/** How much of a file is read to tell JSONL from a document when its name does not say. */
const SNIFF_LINE_BYTES = 256 * 1024;

function firstLine(text: string): string | undefined {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    at = end + 1;
  }
  return undefined;
}

/**
 * A file named otherwise ("articles.json", "dump.txt", "export"): JSONL when its first line is a JSON object, else
 * one document. The head read to tell which is the whole of most articles, and then serves as the document.
 */
async function* readUntypedFile(path: string, size: number, context: ReadContext): AsyncGenerator<IngestItem> {
  const head = decodeText(await readBytes(path, Math.min(size, SNIFF_LINE_BYTES)));
  const line = head.ok ? firstLine(head.text) : undefined;
  if (line !== undefined && looksLikeJsonObject(line)) yield* readJsonlFile(path, context);
  else if (size > SNIFF_LINE_BYTES) yield* readDocumentFile(path, size, context);
  else if (!head.ok) yield problem(path, head.reason);
  else yield* articlesFromContent(head.text, path, null, 'unknown', context);
}

/** Every file under a folder, in sorted order, hidden files and folders skipped. */
async function* readFolder(path: string, context: ReadContext): AsyncGenerator<IngestItem> {
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    yield problem(path, `cannot list folder (${describe(error)})`);
    return;
  }
  for (const name of names) yield* readPath(join(path, name), context);
}

/** A file or folder: JSONL line by line, a folder recursively, any other file as one document. */
export async function* readPath(path: string, context: ReadContext = {}): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield problem(path, describe(error));
    return;
  }
  if (info.isDirectory()) yield* readFolder(path, context);
  else if (!info.isFile()) yield problem(path, 'not a regular file');
  else if (JSONL_EXTENSIONS.has(extname(path).toLowerCase())) yield* readJsonlFile(path, context);
  else {
    try {
      const unnamed = (HINTS[extname(path).toLowerCase()] ?? 'unknown') === 'unknown';
      yield* unnamed ? readUntypedFile(path, info.size, context) : readDocumentFile(path, info.size, context);
    } catch (error) {
      yield problem(path, `read failed (${describe(error)})`);
    }
  }
}
