/**
 * Finds the terms of a lexicon in text, as whole words, case- and accent-insensitively (but for
 * acronyms of two or three capitals, "US" and not "us", matched as written), lenient
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
    // Arabic short vowels, tanween and shadda are optional in writing: "صاروخاً" is "صاروخا".
    .replace(/[\u0300-\u036f\u064b-\u0652'’ʼ`´]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** French and Italian elisions ("d'Aïn", "l'ambassade", "dell'") are a word of their own. */
const ELISION = /^(?:[dlmnstcj]|qu|dell|all|nell|sull)['’ʼ]/i;

/** Arabic writes "and", "by", "to" as a letter joined to the next word (والتنف, بالتنف): fold them away on both sides. */
const ARABIC_PROCLITIC = /^[وبلفك](?=[\u0621-\u064a]{3})/;

const ARABIC_FOR_THE = /^لل(?=[\u0621-\u064a]{2})/;

/**
 * Names whose own first letter is one a proclitic is written with (بغداد, كركوك, كتائب): the whole word is the name, and
 * only a letter before it ("ببغداد", in Baghdad) is a proclitic. Filled from the pack's names before its terms are read.
 */
const wholeNames = new Set<string>();

export function keepNamesWhole(names: Iterable<string>): void {
  for (const name of names) for (const word of foldTerm(name).split(/[^\u0621-\u064a]+/)) if (ARABIC_PROCLITIC.test(word)) wholeNames.add(word);
  for (const readings of otherReadings) readings.clear();
  cachedText = null;
}

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

/** Set in classAt's answer for a character of two code units (a surrogate pair). */
const PAIR = 0x100;

/** The class of the character at `at`, with PAIR set when it takes two code units. */
function classAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classify(text.codePointAt(at)!) | PAIR;
  }
  let cls = classes[unit]!;
  if (cls === UNKNOWN) classes[unit] = cls = unit >= 0xd800 && unit <= 0xdfff ? 0 : classify(unit);
  return cls;
}

/** Apostrophes that join a word's parts ("Kata'ib"); "ʼ" is a letter and joins them anyway. */
const isApostrophe = (unit: number): boolean => unit === 0x27 || unit === 0x2019 || unit === 0x60 || unit === 0xb4;

/** By ASCII code unit: the lowercase of a plain letter or digit (A-Z, a-z, 0-9), else 0. */
const PLAIN_FOLDED = new Uint8Array(0x80);
for (let unit = 0; unit < 0x80; unit++) if (/[A-Za-z0-9]/.test(String.fromCharCode(unit))) PLAIN_FOLDED[unit] = String.fromCharCode(unit).toLowerCase().charCodeAt(0);

/** The first `count` words of a text in order, as the ids of their folded forms, with where each stands (parallel arrays, reused from text to text). */
interface Words {
  count: number;
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

const noWords = (capacity: number): Words => ({ count: 0, ids: new Int32Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity) });

/** The array at twice its length, its values kept. */
function doubled(from: Int32Array): Int32Array {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}

function addWord(read: Words, id: number, start: number, end: number): void {
  const i = read.count++;
  if (i === read.starts.length) {
    read.ids = doubled(read.ids);
    read.starts = doubled(read.starts);
    read.ends = doubled(read.ends);
  }
  read.ids[i] = id;
  read.starts[i] = start;
  read.ends[i] = end;
}

/**
 * Every word met, interned by its folded form in an open-addressed table: a plain word is found from
 * its characters without cutting a string out of the text. A word is looked up in every article, long after
 * the last one: its slot holds what finds it (its hash, length and first eight characters) with its id, so that
 * most words are found with one read from memory. The table grows with the words and forgets them all at once
 * when full, between two texts.
 */
const WORDS_KEPT = 1 << 16;
const FIRST_SLOTS = 1 << 12;
/** Each slot: the hash, the id + 1 (0 for a free slot) shifted over the length (255 for any longer), and two ints of four characters. */
const SLOT = 4;
const LONG = 0xff;
/** The packed characters of a form that has one beyond ASCII: no plain word's. */
const NOT_PACKED = -1;
let slots = new Int32Array(FIRST_SLOTS * SLOT);
let slotCount = FIRST_SLOTS;
/** The folded form of each word, by id. */
let foldedForms: string[] = [];
/** Counts the times the table forgot its words, whose ids then name others. */
let generation = 0;
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

const idAndLength = (id: number, length: number): number => ((id + 1) << 8) | Math.min(length, LONG);

function place(hash: number, idLength: number, first: number, second: number): void {
  const mask = slotCount - 1;
  let slot = hash & mask;
  while (slots[slot * SLOT + 1]) slot = (slot + 1) & mask;
  const at = slot * SLOT;
  slots[at] = hash;
  slots[at + 1] = idLength;
  slots[at + 2] = first;
  slots[at + 3] = second;
}

function forgetWordsWhenFull(): void {
  if (foldedForms.length < WORDS_KEPT) return;
  slots = new Int32Array(FIRST_SLOTS * SLOT);
  slotCount = FIRST_SLOTS;
  foldedForms = [];
  for (const readings of otherReadings) readings.clear();
  generation++;
  cachedText = null;
}

/** The first eight characters of a folded form, a byte each in two ints, if they are all ASCII: how a plain word is found. */
function packed(folded: string): [number, number] {
  let first = 0;
  let second = 0;
  for (let k = 0; k < folded.length; k++) {
    const unit = folded.charCodeAt(k);
    if (unit >= 0x80) return [NOT_PACKED, NOT_PACKED];
    if (k < 4) first |= unit << (k * 8);
    else if (k < 8) second |= unit << ((k - 4) * 8);
  }
  return [first, second];
}

function intern(folded: string, hash: number): number {
  if ((foldedForms.length + 1) * 4 > slotCount) {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    slotCount *= 2;
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 1]) place(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
  const id = foldedForms.length;
  foldedForms.push(folded);
  const [first, second] = packed(folded);
  place(hash, idAndLength(id, folded.length), first, second);
  return id;
}

/** The word text[start, end), all plain ASCII letters and digits, whose lowercase hashes to `hash` and whose first eight characters pack into `first` and `second`. */
function plainWord(text: string, start: number, end: number, hash: number, first: number, second: number): number {
  const mask = slotCount - 1;
  const length = end - start;
  const lengthField = Math.min(length, LONG);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    const idLength = slots[at + 1]!;
    if (!idLength) break;
    if (slots[at] !== hash || (idLength & LONG) !== lengthField || slots[at + 2] !== first || slots[at + 3] !== second) continue;
    const id = (idLength >>> 8) - 1;
    if (length <= 8) return id;
    const folded = foldedForms[id]!;
    if (folded.length !== length) continue;
    let k = 8;
    while (k < length && folded.charCodeAt(k) === PLAIN_FOLDED[text.charCodeAt(start + k)]) k++;
    if (k === length) return id;
  }
  return intern(text.slice(start, end).toLowerCase(), hash);
}

function foldedWord(folded: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < folded.length; k++) hash = Math.imul(hash ^ folded.charCodeAt(k), HASH_PRIME);
  const mask = slotCount - 1;
  const lengthField = Math.min(folded.length, LONG);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    const idLength = slots[at + 1]!;
    if (!idLength) break;
    if (slots[at] === hash && (idLength & LONG) === lengthField && foldedForms[(idLength >>> 8) - 1] === folded) return (idLength >>> 8) - 1;
  }
  return intern(folded, hash);
}

/**
 * Words: runs of letters, digits and marks, joined across an inner apostrophe (' ’ ` ´) to the letters after it
 * ("Kata'ib"), but not across a possessive "'s". Read by hand rather than by a regular expression, whose
 * matches cost more than the rest of term matching put together (the tokenizer's test keeps the expression).
 */
function readWords(text: string, read: Words): Words {
  forgetWordsWhenFull();
  read.count = 0;
  const length = text.length;
  let at = 0;
  while (at < length) {
    const unit = text.charCodeAt(at);
    if (unit < 0x80 ? !PLAIN_FOLDED[unit] : !(classAt(text, at) & (LETTER | DIGIT | MARK))) {
      at += unit >= 0xd800 && unit <= 0xdbff && at + 1 < length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = at;
    let plain = true;
    let joined = false;
    let hash = HASH_SEED;
    let first = 0;
    let second = 0;
    // [\p{L}\p{N}\p{M}]+
    while (at < length) {
      const u = text.charCodeAt(at);
      if (u < 0x80) {
        const folded = PLAIN_FOLDED[u]!;
        if (!folded) break;
        hash = Math.imul(hash ^ folded, HASH_PRIME);
        const k = at - start;
        if (k < 4) first |= folded << (k * 8);
        else if (k < 8) second |= folded << ((k - 4) * 8);
        at++;
        continue;
      }
      const cls = classAt(text, at);
      if (!(cls & (LETTER | DIGIT | MARK))) break;
      plain = false;
      at += cls & PAIR ? 2 : 1;
    }
    // (?:['’ʼ`´](?!s(?![\p{L}\p{N}]))[\p{L}\p{M}]+)*
    while (at + 1 < length && isApostrophe(text.charCodeAt(at))) {
      const next = at + 1;
      if (text.charCodeAt(next) === 0x73 && (next + 1 >= length || !(classAt(text, next + 1) & (LETTER | DIGIT)))) break;
      let end = next;
      while (end < length) {
        const cls = classAt(text, end);
        if (!(cls & (LETTER | MARK))) break;
        end += cls & PAIR ? 2 : 1;
      }
      if (end === next) break;
      plain = false;
      joined = true;
      at = end;
    }
    if (plain) {
      addWord(read, plainWord(text, start, at, hash, first, second), start, at);
    } else readOtherWord(text, start, at, joined, read);
  }
  return read;
}

/** How a word other than plain reads: the id of its folded form, and how far past its start it stands (after an elision, a proclitic). */
interface OtherReading {
  id: number;
  skip: number;
}

/**
 * The readings of the words other than plain met so far, by their text, apart for those joined across an apostrophe;
 * null for a word that is all elision. Folding them costs more than the rest of reading a word: each is folded once.
 * Forgotten with the ids, and when more names are kept whole.
 */
const otherReadings = [new Map<string, OtherReading | null>(), new Map<string, OtherReading | null>()] as const;

function readOtherWord(text: string, start: number, end: number, joined: boolean, read: Words): void {
  const written = text.slice(start, end);
  const readings = otherReadings[joined ? 1 : 0];
  let reading = readings.get(written);
  if (reading === undefined) readings.set(written, (reading = readingOf(written, joined)));
  if (reading) addWord(read, reading.id, start + reading.skip, end);
}

function readingOf(written: string, joined: boolean): OtherReading | null {
  let word = written;
  let skip = 0;
  const elided = joined || word.includes('ʼ') ? ELISION.exec(word) : null;
  if (elided) {
    skip = elided[0].length;
    word = word.slice(skip);
  }
  if (!word) return null;
  const folded = foldTerm(word);
  // "للحشد" is "ل" (for) joined to "الحشد": the article's alif is not written after it.
  const bare = wholeNames.has(folded) ? folded : ARABIC_FOR_THE.test(folded) ? `ا${folded.slice(1)}` : folded.replace(ARABIC_PROCLITIC, '');
  // The word starts after its proclitic: "وسوريا" (and Syria) names Syria, at "سوريا".
  return { id: foldedWord(bare), skip: bare.length < folded.length ? skip + 1 : skip };
}

/** The words of text, folded, with their offsets. */
export function tokenize(text: string): Token[] {
  const { count, ids, starts, ends } = readWords(text, tokenizing);
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) tokens.push({ folded: foldedForms[ids[i]!]!, start: starts[i]!, end: ends[i]! });
  return tokens;
}
const tokenizing = noWords(64);

/** The words of the last text read: every matcher reads the same article in turn. */
let cachedText: string | null = null;
const cachedWords: Words = noWords(1024);
function wordsOf(text: string): Words {
  if (text !== cachedText) {
    readWords(text, cachedWords);
    cachedText = text;
  }
  return cachedWords;
}

interface Entry<K> {
  key: K;
  words: string[];
  /** The last word is a stem ("attack*"): any word starting with it ends the term. */
  prefix: boolean;
  /** A short acronym ("US", "AS") matches only as written: in any case it would be "us" and "as". */
  exact: string | null;
}

/** A term of two or three capitals is an acronym, matched case-sensitively. */
const ACRONYM = /^[A-Z]{2,3}$/;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The same children below the root, by the number of their word among the words of those edges (see edgeOf). */
  nextByEdge: Map<number, TrieNode>;
  /** No term goes on past this node: a walk that reaches it stops here. */
  leaf: boolean;
  /** Terms that end here, as (matcher, key, the acronym to match as written), the first registered for each matcher and spelling. */
  ends: { matcher: number; key: string; exact: string | null }[];
  /** Stems ("attack*") that end a term here, by their first character: a word can only start with those of its own. */
  stems: Map<string, { stem: string; matcher: number; key: string }[]>;
  /** Whether any stem ends a term here (stems is not empty). */
  hasStems: boolean;
  /** `ends` as two parallel lists, the matchers and the keys, as a walk past the first word reads them (no acronym is matched there). */
  endMatchers: Int32Array;
  endKeys: string[];
}

/**
 * What a word does at the root: the terms of one word it is, as the matcher, key and acronym to match as written (null
 * for any) of each, in the order they are noted (the stems it starts with, then the terms that end at its node); and the
 * node it leads to, when a longer term may go on from there.
 */
interface RootStep {
  matchers: Int32Array;
  keys: string[];
  exacts: (string | null)[];
  child: TrieNode | undefined;
}

/** The edge number of a word on no edge below the root. */
const NO_EDGE = 1;

/** Most words start no term. */
const NO_STEP: RootStep = { matchers: new Int32Array(0), keys: [], exacts: [], child: undefined };

function node(): TrieNode {
  return { next: new Map(), nextByEdge: new Map(), leaf: false, ends: [], stems: new Map(), hasStems: false, endMatchers: new Int32Array(0), endKeys: [] };
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
  /** The hits of the last text read, in text order, as matcher, key, start and end: made into TermHits per matcher on demand. */
  private found: { count: number; keys: string[]; starts: Int32Array; ends: Int32Array; nexts: Int32Array } = {
    count: 0,
    keys: [],
    starts: new Int32Array(256),
    ends: new Int32Array(256),
    nexts: new Int32Array(256),
  };
  /** Each matcher's hits are chained in `found`, in text order: its first and last, or -1 when it has none. */
  private readonly firstFound: Int32Array;
  private readonly lastFound: Int32Array;
  private cachedHits: (TermHit[] | undefined)[] = [];
  /** While scanning, per matcher: the first word its next hit may start at. */
  private readonly nextFree: Int32Array;
  /** While scanning, per matcher: the word its longest term found so far starts at (-1 for none yet), that term's key and last word. */
  private readonly longestAt: Int32Array;
  private readonly longestKeys: string[];
  private readonly longestLasts: Int32Array;
  /** The matchers with a term at the word being scanned, in the order found. */
  private readonly longest: Int32Array;
  private longestCount = 0;
  /** What each word does at the root (see rootStep), learnt as words are met: 0 not yet known, else its place in `steps` + 1. */
  private stepOf = new Int32Array(1024);
  private readonly steps: RootStep[] = [NO_STEP];
  private stepsGeneration = generation;
  /** The words on the edges below the root, numbered from 2: a walk past the first word goes by these numbers. */
  private readonly edgeNumbers = new Map<string, number>();
  /** Each word's edge number, learnt as words are met: 0 not yet known, NO_EDGE for a word on no edge below the root. */
  private edgeOf = new Int32Array(1024);

  constructor(private readonly matchers: TermMatcher[]) {
    this.firstFound = new Int32Array(matchers.length).fill(-1);
    this.lastFound = new Int32Array(matchers.length).fill(-1);
    this.nextFree = new Int32Array(matchers.length);
    this.longestAt = new Int32Array(matchers.length).fill(-1);
    this.longestKeys = new Array<string>(matchers.length).fill('');
    this.longestLasts = new Int32Array(matchers.length);
    this.longest = new Int32Array(matchers.length);
    matchers.forEach((matcher, m) => {
      for (const { key, words, prefix, exact } of matcher.entries) {
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
        else if (!at.ends.some((e) => e.matcher === m && e.exact === exact)) at.ends.push({ matcher: m, key, exact });
      }
      matcher.joined(this, m);
    });
    const numberEdges = (at: TrieNode) => {
      at.leaf = !at.next.size && !at.stems.size;
      at.hasStems = at.stems.size > 0;
      at.endMatchers = Int32Array.from(at.ends, (e) => e.matcher);
      at.endKeys = at.ends.map((e) => e.key);
      for (const [word, child] of at.next) {
        let edge = this.edgeNumbers.get(word);
        if (edge === undefined) this.edgeNumbers.set(word, (edge = this.edgeNumbers.size + NO_EDGE + 1));
        at.nextByEdge.set(edge, child);
        numberEdges(child);
      }
    };
    for (const child of this.root.next.values()) numberEdges(child);
  }

  hitsOf(text: string, matcher: number): TermHit[] {
    if (text !== this.cachedText) {
      this.scan(text);
      this.cachedHits = new Array<TermHit[] | undefined>(this.matchers.length);
      this.cachedText = text;
    }
    return (this.cachedHits[matcher] ??= this.hitsFound(text, matcher));
  }

  /** Most lexicons' hits are never asked for in most articles: they are made only when they are. */
  private hitsFound(text: string, matcher: number): TermHit[] {
    const { keys, starts, ends, nexts } = this.found;
    const hits: TermHit[] = [];
    for (let k = this.firstFound[matcher]!; k !== -1; k = nexts[k]!) {
      const start = starts[k]!;
      const end = ends[k]!;
      hits.push({ key: keys[k]!, start, end, text: text.slice(start, end) });
    }
    return hits;
  }

  private noteFound(matcher: number, key: string, start: number, end: number): void {
    const found = this.found;
    const k = found.count++;
    if (k === found.starts.length) {
      found.starts = doubled(found.starts);
      found.ends = doubled(found.ends);
      found.nexts = doubled(found.nexts);
    }
    found.keys[k] = key;
    found.starts[k] = start;
    found.ends[k] = end;
    found.nexts[k] = -1;
    const last = this.lastFound[matcher]!;
    if (last === -1) this.firstFound[matcher] = k;
    else found.nexts[last] = k;
    this.lastFound[matcher] = k;
  }

  /** Room in `stepOf` for every word met so far; none of what it knew when the words were forgotten since. */
  private makeRoomForSteps(): void {
    if (this.stepsGeneration !== generation) {
      this.stepOf.fill(0);
      this.edgeOf.fill(0);
      this.steps.length = 1;
      this.stepsGeneration = generation;
    }
    if (this.stepOf.length < foldedForms.length) {
      const grown = new Int32Array(Math.max(foldedForms.length, this.stepOf.length * 2));
      grown.set(this.stepOf);
      this.stepOf = grown;
      const grownEdges = new Int32Array(grown.length);
      grownEdges.set(this.edgeOf);
      this.edgeOf = grownEdges;
    }
  }

  private edgeNumber(id: number): number {
    let edge = this.edgeOf[id]!;
    if (!edge) this.edgeOf[id] = edge = this.edgeNumbers.get(foldedForms[id]!) ?? NO_EDGE;
    return edge;
  }

  /** What a word does at the root, the step every word takes: the stems it completes and the node it leads to. */
  private rootStep(id: number): RootStep {
    const known = this.stepOf[id]!;
    if (known) return this.steps[known - 1]!;
    const folded = foldedForms[id]!;
    const stems = (this.root.stems.get(folded.slice(0, 1)) ?? []).filter((stem) => folded.startsWith(stem.stem));
    const child = this.root.next.get(folded);
    if (!stems.length && !child) {
      this.stepOf[id] = 1;
      return NO_STEP;
    }
    const terms = [...stems.map(({ matcher, key }) => ({ matcher, key, exact: null })), ...(child?.ends ?? [])];
    this.steps.push({
      matchers: Int32Array.from(terms, (t) => t.matcher),
      keys: terms.map((t) => t.key),
      exacts: terms.map((t) => t.exact),
      child: child && !child.leaf ? child : undefined,
    });
    this.stepOf[id] = this.steps.length;
    return this.steps[this.steps.length - 1]!;
  }

  private scan(text: string): void {
    const { count: wordCount, ids, starts, ends } = wordsOf(text);
    this.makeRoomForSteps();
    this.found.count = 0;
    this.firstFound.fill(-1);
    this.lastFound.fill(-1);
    this.nextFree.fill(0);
    this.longestAt.fill(-1);
    // What is learnt of each word is read here rather than through rootStep and edgeNumber, which are called only to learn it.
    const { stepOf, steps, edgeOf } = this;
    for (let i = 0; i < wordCount; i++) {
      const known = stepOf[ids[i]!]!;
      if (known === 1) continue;
      const first = known ? steps[known - 1]! : this.rootStep(ids[i]!);
      if (first === NO_STEP) continue;
      const { matchers, keys, exacts } = first;
      for (let t = 0; t < matchers.length; t++) {
        const exact = exacts[t] as string | null;
        if (exact === null || (exact.length === ends[i]! - starts[i]! && text.startsWith(exact, starts[i]!))) this.note(matchers[t]!, keys[t]!, i, i);
      }
      let at: TrieNode | undefined = first.child;
      for (let j = i + 1; at && !at.leaf && j < wordCount; j++) {
        if (at.hasStems) {
          const word = foldedForms[ids[j]!]!;
          const stems = at.stems.get(word.slice(0, 1));
          if (stems) for (let s = 0; s < stems.length; s++) if (word.startsWith(stems[s]!.stem)) this.note(stems[s]!.matcher, stems[s]!.key, i, j);
        }
        const edge = edgeOf[ids[j]!]! || this.edgeNumber(ids[j]!);
        at = edge === NO_EDGE ? undefined : at.nextByEdge.get(edge);
        if (at) {
          const { endMatchers, endKeys } = at;
          for (let e = 0; e < endMatchers.length; e++) this.note(endMatchers[e]!, endKeys[e]!, i, j);
        }
      }
      for (let f = 0; f < this.longestCount; f++) {
        const m = this.longest[f]!;
        this.noteFound(m, this.longestKeys[m]!, starts[i]!, ends[this.longestLasts[m]!]!);
        this.nextFree[m] = this.longestLasts[m]! + 1;
      }
      this.longestCount = 0;
    }
  }

  /** A term of matcher `m` from word `i` to word `last`: the longest so far at `i`, unless a hit of `m` already covers `i`. */
  private note(m: number, key: string, i: number, last: number): void {
    if (this.nextFree[m]! > i) return;
    if (this.longestAt[m] !== i) {
      this.longestAt[m] = i;
      this.longest[this.longestCount++] = m;
    }
    this.longestKeys[m] = key;
    this.longestLasts[m] = last;
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
      if (words.length) this.entries.push({ key, words, prefix, exact: ACRONYM.test(term) ? term : null });
    }
  }

  /** Called by the LexiconIndex that this matcher's terms were compiled into. */
  joined(index: LexiconIndex, slot: number): void {
    this.index = index;
    this.slot = slot;
  }

  /** This matcher's number among those of the index it was compiled into (-1 before it joins one): a key for caches of its hits. */
  get indexSlot(): number {
    return this.slot;
  }

  /** Every non-overlapping hit in text[from, to), left to right, the longest at each place. */
  find(text: string, from = 0, to = text.length): TermHit<K>[] {
    if (!this.entries.length) return [];
    this.index ??= new LexiconIndex([this as TermMatcher]);
    const all = this.index.hitsOf(text, this.slot) as TermHit<K>[];
    const first = firstHitAt(all, from);
    let last = first;
    while (last < all.length && all[last]!.end <= to) last++;
    return last === first ? [] : all.slice(first, last);
  }

  has(text: string, from = 0, to = text.length): boolean {
    if (!this.entries.length) return false;
    this.index ??= new LexiconIndex([this as TermMatcher]);
    const all = this.index.hitsOf(text, this.slot);
    const first = all[firstHitAt(all, from)];
    return first !== undefined && first.end <= to;
  }
}

/** A matcher over named lists: `{ drone: [...], rocket: [...] }`. */
export function matcherOf<K extends string>(lists: Record<K, string[]>): TermMatcher<K> {
  const entries: [K, string][] = [];
  for (const key of Object.keys(lists) as K[]) for (const term of lists[key]) entries.push([key, term]);
  return new TermMatcher(entries);
}
