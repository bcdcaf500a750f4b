import { StringDecoder } from 'node:string_decoder';

/** What ends a line, as node:readline reads it: "\n", "\r\n" or a lone "\r". */
const LINE_END = /\r?\n|\r(?!\n)/g;

/**
 * The lines of a stream of text (or of UTF-8 bytes), split exactly as node:readline splits them with
 * `crlfDelay: Infinity`: "\n", "\r\n" (also across two chunks) and a lone "\r" end a line, and a last line
 * without an end is given unless it is empty. readline's events, queue and promises per line cost more than
 * the splitting; this is its splitting alone, chunk by chunk.
 */
export async function* linesOf(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const lineEnd = new RegExp(LINE_END);
  /** The text after the last line end: the start of the next line. */
  let buffered = '';
  let sawReturn = false;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (sawReturn) {
      // A "\r" ended the last chunk: a "\n" opening this one belongs to it.
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      sawReturn = false;
    }
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      buffered += text;
      continue;
    }
    text = buffered + text;
    sawReturn = text.endsWith('\r');
    const lines: string[] = [];
    let start = 0;
    lineEnd.lastIndex = 0;
    for (let end = lineEnd.exec(text); end !== null; end = lineEnd.exec(text)) {
      lines.push(text.slice(start, end.index));
      start = lineEnd.lastIndex;
    }
    buffered = text.slice(start);
    for (const line of lines) yield line;
  }
  if (buffered.length > 0) yield buffered;
}
