/**
 * Finds the terms of a lexicon in text, as whole words, case- and accent-insensitively, lenient
 * about the spacing, hyphens and apostrophes with which names are transliterated
 * ("Kata'ib"/"Kataib", "al-Asad"/"al Asad"). Text is cut into word tokens once; each lexicon is a
 * trie of token sequences walked over them, so the cost grows with the text, not the lexicon.
 */

export interface TermHit<K extends string = string> {
  key: K;
  start: number;
  end: number;
  text: string;
}

interface Token {
  folded: string;
  start: number;
  end: number;
}

/** Words: letters and digits, joined across inner apostrophes ("Kata'ib"), but not across a possessive "'s". */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`´](?!s(?![\p{L}\p{N}]))[\p{L}\p{M}]+)*/gu;

export function foldTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’ʼ`´]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** French and Italian elisions ("d'Aïn", "l'ambassade", "dell'") are a word of their own. */
const ELISION = /^(?:[dlmnstcj]|qu|dell|all|nell|sull)['’ʼ]/i;

/** Arabic writes "and", "by", "to" as a letter joined to the next word (والتنف, بالتنف): fold them away on both sides. */
const ARABIC_PROCLITIC = /^[وبلفك](?=[\u0621-\u064a]{3})/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const elided = ELISION.exec(m[0]);
    const start = m.index + (elided ? elided[0].length : 0);
    const word = elided ? m[0].slice(elided[0].length) : m[0];
    if (word) tokens.push({ folded: foldTerm(word).replace(ARABIC_PROCLITIC, ''), start, end: m.index + m[0].length });
  }
  return tokens;
}

/** The tokens of the last text read: every matcher reads the same article in turn. */
let cachedText: string | null = null;
let cachedTokens: Token[] = [];
function tokensOf(text: string): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedTokens = tokenize(text);
  }
  return cachedTokens;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface TrieNode<K> {
  next: Map<string, TrieNode<K>>;
  key?: K;
  /** Terms whose last word is a prefix ("attack*"): any word starting with the stem ends them. */
  stems: { stem: string; key: K }[];
}

function node<K>(): TrieNode<K> {
  return { next: new Map(), stems: [] };
}

export class TermMatcher<K extends string = string> {
  private readonly root: TrieNode<K> = node();
  private readonly empty: boolean;

  constructor(entries: Iterable<[K, string]>) {
    let count = 0;
    for (const [key, term] of entries) {
      const prefix = term.endsWith('*');
      const words = tokenize(prefix ? term.slice(0, -1) : term).map((t) => t.folded);
      if (!words.length) continue;
      let at = this.root;
      const last = prefix ? words.pop()! : null;
      for (const word of words) {
        let child = at.next.get(word);
        if (!child) at.next.set(word, (child = node()));
        at = child;
      }
      if (last !== null) at.stems.push({ stem: last, key });
      else at.key ??= key;
      count += 1;
    }
    this.empty = count === 0;
  }

  /** Every non-overlapping hit in text[from, to), left to right, the longest at each place. */
  find(text: string, from = 0, to = text.length): TermHit<K>[] {
    if (this.empty) return [];
    const tokens = tokensOf(text);
    const hits: TermHit<K>[] = [];
    for (let i = firstTokenAt(tokens, from); i < tokens.length && tokens[i]!.end <= to; ) {
      const found = this.longestAt(tokens, i, to);
      if (found) {
        const start = tokens[i]!.start;
        const end = tokens[found.last]!.end;
        hits.push({ key: found.key, start, end, text: text.slice(start, end) });
        i = found.last + 1;
      } else i += 1;
    }
    return hits;
  }

  has(text: string, from = 0, to = text.length): boolean {
    return this.find(text, from, to).length > 0;
  }

  private longestAt(tokens: Token[], first: number, to: number): { key: K; last: number } | null {
    let best: { key: K; last: number } | null = null;
    let at: TrieNode<K> | undefined = this.root;
    for (let i = first; at && i < tokens.length && tokens[i]!.end <= to; i++) {
      const word = tokens[i]!.folded;
      for (const { stem, key } of at.stems) if (word.startsWith(stem)) best = { key, last: i };
      at = at.next.get(word);
      if (at?.key !== undefined) best = { key: at.key, last: i };
    }
    return best;
  }
}

/** A matcher over named lists: `{ drone: [...], rocket: [...] }`. */
export function matcherOf<K extends string>(lists: Record<K, string[]>): TermMatcher<K> {
  const entries: [K, string][] = [];
  for (const key of Object.keys(lists) as K[]) for (const term of lists[key]) entries.push([key, term]);
  return new TermMatcher(entries);
}
