/** Telling what a file or response holds from its bytes, not its name alone. */

const SNIFF_BYTES = 8192;
/** Share of undecodable characters above which a file is not UTF-8 text. */
const MAX_INVALID_SHARE = 0.01;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** UTF-8 text without a byte-order mark and with "\n" line ends, or why the bytes are not text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) invalid++;
  if (invalid > 0 && invalid / text.length > MAX_INVALID_SHARE) {
    return { ok: false, reason: `binary or non-UTF-8 file (${Math.round((invalid / text.length) * 100)}% invalid UTF-8)` };
  }
  return { ok: true, text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n') };
}

export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, SNIFF_BYTES));
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head)) return true;
  return (head.match(/<\/(?:p|div|article|span|a|h[1-6]|li)>/gi) ?? []).length >= 3;
}

/** The first non-blank line opens a JSON object: the input is JSONL. */
export function looksLikeJsonObject(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
