import { hexDigest } from '../digest.js';

/** Quote, dash and apostrophe variants that differ between copies of one text, and whitespace. */
const SEPARATOR = /^[\p{P}\p{S}\s]$/u;

/** For each UTF-16 code unit outside the surrogates, 1 when it is a separator; built on first use. */
let separatorUnits: Uint8Array | null = null;

function buildSeparatorUnits(): Uint8Array {
  const table = new Uint8Array(0x1_0000);
  for (let unit = 0; unit < 0x1_0000; unit++) {
    if (unit < 0xd800 || unit > 0xdfff) table[unit] = SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return table;
}

/**
 * The text as compared for identity: NFKC, lowercase, punctuation, symbols and whitespace runs
 * made one space, trimmed. Re-ingesting an article, or a copy that differs only in spacing,
 * quotes or dashes, gives the same string. (One pass over a table of code units: the same string
 * as `.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim()`, at a fifth of the cost.)
 * Words parted by one plain space already read as they will be written, so the text is copied
 * in stretches of such words, not word by word.
 */
export function normalizeForHash(text: string): string {
  const table = (separatorUnits ??= buildSeparatorUnits());
  const folded = text.normalize('NFKC').toLowerCase();
  let out = '';
  /** Where the stretch being copied starts (at a word), or -1 before the first word. */
  let stretch = -1;
  /** Where the last word ended, while in a run of separators after it; -1 inside a word. */
  let wordEnd = -1;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    let separator: boolean;
    let width = 1;
    if (unit < 0xd800 || unit > 0xdfff) separator = table[unit] === 1;
    else if (unit <= 0xdbff && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      separator = SEPARATOR.test(folded.slice(i, i + 2));
      width = 2;
    } else separator = false; // a lone surrogate
    if (separator) {
      if (stretch >= 0 && wordEnd < 0) wordEnd = i;
    } else {
      if (stretch < 0) stretch = i;
      else if (wordEnd >= 0 && (i - wordEnd !== 1 || folded.charCodeAt(wordEnd) !== 0x20)) {
        // Separators other than one plain space: the stretch ends at the last word, and one space stands for them.
        out += folded.slice(stretch, wordEnd) + ' ';
        stretch = i;
      }
      wordEnd = -1;
    }
    i += width - 1;
  }
  if (stretch >= 0) out += folded.slice(stretch, wordEnd < 0 ? folded.length : wordEnd);
  return out;
}

/** sha256 (hex) of the normalized text. */
export function textHash(text: string): string {
  return hexDigest('sha256', normalizeForHash(text));
}

/** An article id derived from its text: the first 12 hex digits of its hash. */
export function shortId(hash: string): string {
  return hash.slice(0, 12);
}
