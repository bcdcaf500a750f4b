/**
 * Finds the terms of a lexicon in text: one compiled regular expression per lexicon,
 * whole words only, case-insensitive, lenient about the spacing, hyphens and apostrophes
 * with which names are transliterated ("Kata'ib"/"Kataib", "al-Asad"/"al Asad").
 */

export interface TermHit<K extends string = string> {
  key: K;
  start: number;
  end: number;
  text: string;
}

const SEPARATOR = "[\\s\\-‐‑–'’ʼ`´.]*";
const LETTER = '[\\p{L}\\p{N}]';

/** Folds a matched surface form the way terms are folded, to look it up. */
export function foldTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐‑–'’ʼ`´.]+/g, '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter with a Latin accent also matches its bare form ("Aïn" finds "Ain"). */
function charPattern(ch: string): string {
  const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare === ch ? escapeRegex(ch) : `(?:${escapeRegex(ch)}|${escapeRegex(bare)}[\\u0300-\\u036f]?)`;
}

function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = prefix ? term.slice(0, -1) : term;
  const pieces = body
    .normalize('NFC')
    .split(/[\s\-‐‑–'’ʼ`´.]+/)
    .filter(Boolean)
    .map((piece) => [...piece].map(charPattern).join(''));
  return pieces.join(SEPARATOR) + (prefix ? `${LETTER}*` : '');
}

export class TermMatcher<K extends string = string> {
  private readonly regex: RegExp | null;
  private readonly exact = new Map<string, K>();
  private readonly prefixes: { folded: string; key: K }[] = [];

  constructor(entries: Iterable<[K, string]>) {
    const patterns: { pattern: string; length: number }[] = [];
    for (const [key, term] of entries) {
      if (term.endsWith('*')) this.prefixes.push({ folded: foldTerm(term.slice(0, -1)), key });
      else if (!this.exact.has(foldTerm(term))) this.exact.set(foldTerm(term), key);
      patterns.push({ pattern: termPattern(term), length: term.length });
    }
    // Longest first, so "Ain al-Asad Air Base" wins over "Ain al-Asad".
    patterns.sort((a, b) => b.length - a.length);
    this.prefixes.sort((a, b) => b.folded.length - a.folded.length);
    this.regex = patterns.length
      ? new RegExp(`(?<!${LETTER})(?:${patterns.map((p) => p.pattern).join('|')})(?!${LETTER})`, 'giu')
      : null;
  }

  /** Every non-overlapping hit in text[from, to), left to right. */
  find(text: string, from = 0, to = text.length): TermHit<K>[] {
    if (!this.regex) return [];
    const hits: TermHit<K>[] = [];
    const slice = from === 0 && to === text.length ? text : text.slice(0, to);
    this.regex.lastIndex = from;
    for (let m = this.regex.exec(slice); m; m = this.regex.exec(slice)) {
      const key = this.keyOf(m[0]);
      if (key !== undefined) hits.push({ key, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return hits;
  }

  has(text: string, from = 0, to = text.length): boolean {
    return this.find(text, from, to).length > 0;
  }

  private keyOf(surface: string): K | undefined {
    const folded = foldTerm(surface);
    const exact = this.exact.get(folded);
    if (exact !== undefined) return exact;
    return this.prefixes.find((p) => folded.startsWith(p.folded))?.key;
  }
}

/** A matcher over named lists: `{ drone: [...], rocket: [...] }`. */
export function matcherOf<K extends string>(lists: Record<K, string[]>): TermMatcher<K> {
  const entries: [K, string][] = [];
  for (const key of Object.keys(lists) as K[]) for (const term of lists[key]) entries.push([key, term]);
  return new TermMatcher(entries);
}
