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

/** Character classes by code unit, filled in as characters are first met: bit 1 a letter, 2 a digit, 4 a mark. */
const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const UNKNOWN = 0xff;
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) classes[c] = classify(c);

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

/** The class of the character at `at` and its length in code units (2 for a surrogate pair). */
function classAt(text: string, at: number): { cls: number; width: number } {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return { cls: classify(text.codePointAt(at)!), width: 2 };
  }
  let cls = classes[unit]!;
  if (cls === UNKNOWN) classes[unit] = cls = unit >= 0xd800 && unit <= 0xdfff ? 0 : classify(unit);
  return { cls, width: 1 };
}

/** Apostrophes that join a word's parts ("Kata'ib"); "ʼ" is a letter and joins them anyway. */
const isApostrophe = (unit: number): boolean => unit === 0x27 || unit === 0x2019 || unit === 0x60 || unit === 0xb4;
const isPlainUnit = (unit: number): boolean => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39);

/**
 * Words: runs of letters, digits and marks, joined across an inner apostrophe (' ’ ` ´) to the letters after it
 * ("Kata'ib"), but not across a possessive "'s". Read by hand rather than by a regular expression, whose
 * matches cost more than the rest of term matching put together (the tokenizer's test keeps the expression).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const unit = text.charCodeAt(at);
    if (!isPlainUnit(unit) && (unit < 0x80 || !(classAt(text, at).cls & (LETTER | DIGIT | MARK)))) {
      at += unit >= 0xd800 && unit <= 0xdbff && at + 1 < length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = at;
    let plain = true;
    let joined = false;
    // [\p{L}\p{N}\p{M}]+
    while (at < length) {
      const u = text.charCodeAt(at);
      if (isPlainUnit(u)) {
        at++;
        continue;
      }
      if (u < 0x80) break;
      const { cls, width } = classAt(text, at);
      if (!(cls & (LETTER | DIGIT | MARK))) break;
      plain = false;
      at += width;
    }
    // (?:['’ʼ`´](?!s(?![\p{L}\p{N}]))[\p{L}\p{M}]+)*
    while (at + 1 < length && isApostrophe(text.charCodeAt(at))) {
      const next = at + 1;
      if (text.charCodeAt(next) === 0x73 && (next + 1 >= length || !(classAt(text, next + 1).cls & (LETTER | DIGIT)))) break;
      let end = next;
      while (end < length) {
        const { cls, width } = classAt(text, end);
        if (!(cls & (LETTER | MARK))) break;
        end += width;
      }
      if (end === next) break;
      plain = false;
      joined = true;
      at = end;
    }
    pushWord(text, start, at, plain, joined, tokens);
  }
  return tokens;
}

function pushWord(text: string, start: number, end: number, plain: boolean, joined: boolean, tokens: Token[]): void {
  let word = text.slice(start, end);
  if (plain) {
    tokens.push({ folded: word.toLowerCase(), start, end });
    return;
  }
  const elided = joined || word.includes('ʼ') ? ELISION.exec(word) : null;
  if (elided) {
    start += elided[0].length;
    word = word.slice(elided[0].length);
  }
  if (word) tokens.push({ folded: foldTerm(word).replace(ARABIC_PROCLITIC, ''), start, end });
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

interface RootStep {
  stems: { stem: string; matcher: number; key: string }[];
  child: TrieNode | undefined;
}

/** Most words start no term. */
const NO_STEP: RootStep = { stems: [], child: undefined };
const ROOT_STEPS_KEPT = 100_000;

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

  /** What each word does at the root, the step every token takes: the stems it completes and the node it leads to. */
  private rootSteps = new Map<string, RootStep>();

  private rootStep(word: string): RootStep {
    let step = this.rootSteps.get(word);
    if (!step) {
      const stems = (this.root.stems.get(word.slice(0, 1)) ?? []).filter((stem) => word.startsWith(stem.stem));
      const child = this.root.next.get(word);
      step = stems.length || child ? { stems, child } : NO_STEP;
      // Words are few but not bounded: forget them now and then rather than grow without end.
      if (this.rootSteps.size >= ROOT_STEPS_KEPT) this.rootSteps.clear();
      this.rootSteps.set(word, step);
    }
    return step;
  }

  private scan(text: string): TermHit[][] {
    const tokens = tokensOf(text);
    const hits: TermHit[][] = this.matchers.map(() => []);
    const nextFree = new Array<number>(this.matchers.length).fill(0);
    const longest = new Map<number, { key: string; last: number }>();
    for (let i = 0; i < tokens.length; i++) {
      const first = this.rootStep(tokens[i]!.folded);
      if (first === NO_STEP) continue;
      longest.clear();
      for (const stem of first.stems) if (nextFree[stem.matcher]! <= i) longest.set(stem.matcher, { key: stem.key, last: i });
      let at: TrieNode | undefined = first.child;
      if (at) for (const end of at.ends) if (nextFree[end.matcher]! <= i) longest.set(end.matcher, { key: end.key, last: i });
      for (let j = i + 1; at && j < tokens.length; j++) {
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
