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

/** Plain ASCII letters and digits: nothing to strip or compose, only the case to fold (most words). */
const PLAIN = /^[A-Za-z0-9]+$/;

export function foldTerm(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
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

interface Entry<K> {
  key: K;
  words: string[];
  /** The last word is a stem ("attack*"): any word starting with it ends the term. */
  prefix: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Terms that end here, as (matcher, key), the first registered for each matcher. */
  ends: { matcher: number; key: string }[];
  /** Stems ("attack*") that end a term here, by their first character: a word can only start with those of its own. */
  stems: Map<string, { stem: string; matcher: number; key: string }[]>;
}

function node(): TrieNode {
  return { next: new Map(), ends: [], stems: new Map() };
}

function firstHitAt(hits: TermHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Many lexicons in one trie: one walk over an article's tokens finds the hits of all of them,
 * so adding a lexicon costs little. Each lexicon keeps its own leftmost-longest, non-overlapping hits.
 */
export class LexiconIndex {
  private readonly root = node();
  private cachedText: string | null = null;
  private cachedHits: TermHit[][] = [];

  constructor(private readonly matchers: TermMatcher[]) {
    matchers.forEach((matcher, m) => {
      for (const { key, words, prefix } of matcher.entries) {
        let at = this.root;
        const last = prefix ? words[words.length - 1]! : null;
        for (const word of prefix ? words.slice(0, -1) : words) {
          let child = at.next.get(word);
          if (!child) at.next.set(word, (child = node()));
          at = child;
        }
        if (last !== null) {
          const first = last.slice(0, 1);
          const list = at.stems.get(first) ?? [];
          at.stems.set(first, list);
          list.push({ stem: last, matcher: m, key });
        }
        else if (!at.ends.some((e) => e.matcher === m)) at.ends.push({ matcher: m, key });
      }
      matcher.joined(this, m);
    });
  }

  hitsOf(text: string, matcher: number): TermHit[] {
    if (text !== this.cachedText) {
      this.cachedHits = this.scan(text);
      this.cachedText = text;
    }
    return this.cachedHits[matcher]!;
  }

  private scan(text: string): TermHit[][] {
    const tokens = tokensOf(text);
    const hits: TermHit[][] = this.matchers.map(() => []);
    const nextFree = new Array<number>(this.matchers.length).fill(0);
    const longest = new Map<number, { key: string; last: number }>();
    for (let i = 0; i < tokens.length; i++) {
      longest.clear();
      let at: TrieNode | undefined = this.root;
      for (let j = i; at && j < tokens.length; j++) {
        const word = tokens[j]!.folded;
        const stems = at.stems.get(word.slice(0, 1));
        if (stems) for (const stem of stems) if (nextFree[stem.matcher]! <= i && word.startsWith(stem.stem)) longest.set(stem.matcher, { key: stem.key, last: j });
        at = at.next.get(word);
        if (at) for (const end of at.ends) if (nextFree[end.matcher]! <= i) longest.set(end.matcher, { key: end.key, last: j });
      }
      for (const [m, found] of longest) {
        const start = tokens[i]!.start;
        const end = tokens[found.last]!.end;
        hits[m]!.push({ key: found.key, start, end, text: text.slice(start, end) });
        nextFree[m] = found.last + 1;
      }
    }
    return hits;
  }
}

export class TermMatcher<K extends string = string> {
  readonly entries: Entry<K>[] = [];
  private index: LexiconIndex | null = null;
  private slot = -1;

  constructor(terms: Iterable<[K, string]>) {
    for (const [key, term] of terms) {
      const prefix = term.endsWith('*');
      const words = tokenize(prefix ? term.slice(0, -1) : term).map((t) => t.folded);
      if (words.length) this.entries.push({ key, words, prefix });
    }
  }

  /** Called by the LexiconIndex that this matcher's terms were compiled into. */
  joined(index: LexiconIndex, slot: number): void {
    this.index = index;
    this.slot = slot;
  }

  /** Every non-overlapping hit in text[from, to), left to right, the longest at each place. */
  find(text: string, from = 0, to = text.length): TermHit<K>[] {
    if (!this.entries.length) return [];
    this.index ??= new LexiconIndex([this as TermMatcher]);
    const all = this.index.hitsOf(text, this.slot) as TermHit<K>[];
    const found: TermHit<K>[] = [];
    for (let i = firstHitAt(all, from); i < all.length && all[i]!.end <= to; i++) found.push(all[i]!);
    return found;
  }

  has(text: string, from = 0, to = text.length): boolean {
    return this.find(text, from, to).length > 0;
  }
}

/** A matcher over named lists: `{ drone: [...], rocket: [...] }`. */
export function matcherOf<K extends string>(lists: Record<K, string[]>): TermMatcher<K> {
  const entries: [K, string][] = [];
  for (const key of Object.keys(lists) as K[]) for (const term of lists[key]) entries.push([key, term]);
  return new TermMatcher(entries);
}
