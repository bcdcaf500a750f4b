/**
 * franc-min's language guess, computed from franc-min's own data but faster: the same answer for
 * every text (a test holds the two side by side), at a fraction of the cost.
 *
 * franc scores a text against each language of its dominant script: for every distinct trigram of
 * the text, |count − rank − 1| when the language's model holds the trigram, 300 when it does not;
 * the lowest score wins, the first in franc's order on a tie. franc looks every trigram up in
 * every model; here each trigram looks up, once, the few models that hold it, and every other
 * model is charged the 300 in one sum.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's penalty for a trigram a language's model does not hold. */
const MISSING = 300;
/** franc reads no more than this much of a text. */
const MAX_LENGTH = 2048;

/** For one script: its languages in franc's order, and for each trigram the models that hold it. */
interface ScriptModels {
  languages: string[];
  trigrams: TrigramTable;
  /** The models holding each trigram, as language index << 16 | rank, from a slot's `from` to its `to`. */
  holders: Int32Array;
  /** Scratch scores by language index, zero between texts. */
  refund: Int32Array;
}

/** A slot of TrigramTable: the trigram's key, where its holders start and end, and its count in the text read. */
const SLOT = 4;
const KEY = 0;
const FROM = 1;
const TO = 2;
const COUNT = 3;

/**
 * The trigrams some model of a script holds, each in one slot of four numbers (key, holders from, holders to,
 * count in the text being read), so that a text's every position finds all it needs of its trigram in one cache
 * line, which matters when the table has gone cold between articles. The small keys (every Latin, Greek and
 * Cyrillic trigram's, most of what is looked up) are found by open addressing; the others by a Map to their slot.
 */
class TrigramTable {
  readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly large = new Map<number, number>();
  private nextLarge: number;

  constructor(smallKeys: number, largeKeys: number) {
    let bits = 4;
    while (1 << bits < smallKeys * 1.5) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(((1 << bits) + largeKeys) * SLOT);
    for (let slot = 0; slot < 1 << bits; slot++) this.slots[slot * SLOT + KEY] = -1;
    this.nextLarge = (1 << bits) * SLOT;
  }

  /** Adds a trigram whose holders run from `from` to `to`. */
  add(key: number, from: number, to: number): void {
    let at: number;
    if (key < 0) {
      at = this.nextLarge;
      this.nextLarge += SLOT;
      this.large.set(key, at);
    } else {
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot * SLOT + KEY] !== -1) slot = (slot + 1) & this.mask;
      at = slot * SLOT;
    }
    this.slots[at + KEY] = key;
    this.slots[at + FROM] = from;
    this.slots[at + TO] = to;
  }

  /** Where the trigram's slot starts in `slots`, or -1 when no model holds it. */
  find(key: number): number {
    if (key < 0) return this.large.get(key) ?? -1;
    const slots = this.slots;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const found = slots[slot * SLOT + KEY]!;
      if (found === key) return slot * SLOT;
      if (found === -1) return -1;
    }
  }
}

/**
 * Three UTF-16 code units as one number: cheaper to hash than a three-letter string. Units under 0x400
 * (every Latin, Greek and Cyrillic letter) pack into a small integer, which a Map hashes without boxing;
 * others into a negative number, so the two never meet.
 */
function trigramKey(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if ((a | b | c) < 0x400) return (a << 20) | (b << 10) | c;
  return -(a * 0x1_0000_0000 + b * 0x1_0000 + c) - 1;
}

function buildModels(): Map<string, ScriptModels> {
  const scripts = new Map<string, ScriptModels>();
  for (const [script, models] of Object.entries(data)) {
    const languages = Object.keys(models);
    const pairsOf = new Map<number, number[]>();
    languages.forEach((language, index) => {
      const seen = new Set<number>();
      models[language]!.split('|').forEach((trigram, rank) => {
        // A text's trigrams are three code units: an entry of another length never matches one.
        if (trigram.length !== 3) return;
        const key = trigramKey(trigram, 0);
        // franc keeps a trigram's first rank when a model lists it twice.
        if (seen.has(key)) return;
        seen.add(key);
        let pairs = pairsOf.get(key);
        if (!pairs) pairsOf.set(key, (pairs = []));
        pairs.push((index << 16) | rank);
      });
    });
    const large = [...pairsOf.keys()].filter((key) => key < 0).length;
    const trigrams = new TrigramTable(pairsOf.size - large, large);
    const holders = new Int32Array([...pairsOf.values()].reduce((n, pairs) => n + pairs.length, 0));
    let at = 0;
    for (const [key, pairs] of pairsOf) {
      trigrams.add(key, at, at + pairs.length);
      holders.set(pairs, at);
      at += pairs.length;
    }
    scripts.set(script, { languages, trigrams, holders, refund: new Int32Array(languages.length) });
  }
  return scripts;
}

let models: Map<string, ScriptModels> | null = null;

const LATIN = 'Latin';

/**
 * The script (or single-script language) most of the text is written in, as franc picks it. Latin
 * shares no character with franc's other scripts (a test holds it), so more than half of the text
 * in Latin settles it without counting the others.
 */
function topScript(value: string): { name: string | undefined; share: number } {
  const latinShare = latinOccurrences(value) / value.length || 0;
  if (latinShare > 0.5) return { name: LATIN, share: latinShare };
  let name: string | undefined;
  let share = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const found = value.match(expression);
    const occurrence = (found ? found.length : 0) / value.length || 0;
    if (occurrence > share) {
      share = occurrence;
      name = script;
    }
  }
  return { name, share };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** For each code unit outside the surrogates, whether franc's Latin expression matches it. */
let latinUnits: Uint8Array | null = null;

function latinTable(): Uint8Array {
  if (!latinUnits) {
    const single = new RegExp(`^(?:${expressions[LATIN]!.source})$`);
    latinUnits = new Uint8Array(0x1_0000);
    for (let unit = 0; unit < 0x1_0000; unit++) if (unit < 0xd800 || unit > 0xdfff) latinUnits[unit] = single.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return latinUnits;
}

/** How many times franc's Latin expression matches the text (franc counts `value.match(expression).length`). */
function latinOccurrences(value: string): number {
  if (SURROGATE.test(value)) return value.match(expressions[LATIN]!)?.length ?? 0;
  // Without surrogate pairs each match is one code unit: look each up rather than make an array of one-letter strings.
  const table = latinTable();
  let count = 0;
  for (let i = 0; i < value.length; i++) count += table[value.charCodeAt(i)]!;
  return count;
}

/**
 * franc's cleaning of a text before it counts trigrams (trigram-utils): `value.replace(/[\u0021-\u0040]+/g, ' ')
 * .replace(/\s+/g, ' ')`, trimmed and lowercased, in one replacement (a run of both becomes one space either way).
 */
function cleaned(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040\s]+/g, ' ').trim().toLowerCase() + ' ';
}

/** The ISO 639-3 code franc-min's `franc(value, { minLength })` answers ('und' when it cannot tell). */
export function closestLanguage(text: string, minLength: number): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const script = topScript(value);
  models ??= buildModels();
  const scriptModels = script.name === undefined ? undefined : models.get(script.name);
  if (!scriptModels) return script.name === undefined || script.share === 0 ? 'und' : script.name;

  const { languages, trigrams, holders, refund } = scriptModels;
  const slots = trigrams.slots;
  // Only the trigrams some model holds count: every model is charged the same for the others.
  const plain = cleaned(value);
  const found: number[] = [];
  for (let i = 0; i + 3 <= plain.length; i++) {
    const at = trigrams.find(trigramKey(plain, i));
    if (at < 0) continue;
    if (slots[at + COUNT] === 0) found.push(at);
    slots[at + COUNT] = slots[at + COUNT]! + 1;
  }
  // Each language starts as if it held none of the trigrams; every trigram it holds takes back
  // the difference between the penalty and its own cost (whole numbers, so their order does not matter).
  for (const at of found) {
    const count = slots[at + COUNT]!;
    slots[at + COUNT] = 0;
    for (let i = slots[at + FROM]!, to = slots[at + TO]!; i < to; i++) {
      const holder = holders[i]!;
      const language = holder >>> 16;
      refund[language] = refund[language]! + MISSING - Math.abs(count - (holder & 0xffff) - 1);
    }
  }
  let best = 0;
  for (let i = 1; i < languages.length; i++) if (refund[i]! > refund[best]!) best = i;
  refund.fill(0);
  return languages[best]!;
}
