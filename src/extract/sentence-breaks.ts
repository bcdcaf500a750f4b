/**
 * The Unicode sentence boundaries (UAX #29) of a paragraph, as Intl.Segmenter finds them, for text in
 * the scripts news is mostly written in. Intl.Segmenter costs more than the rest of sentence splitting
 * many times over: this reads the same boundaries in a single pass, and declines (null) any text with
 * a character whose rules it does not know, which the caller then gives to Intl.Segmenter.
 */

// Sentence_Break property values.
const OTHER = 0;
const CR = 1;
const LF = 2;
const SEP = 3;
const SP = 4;
const LOWER = 5;
const UPPER = 6;
const OLETTER = 7;
const NUMERIC = 8;
const ATERM = 9;
const STERM = 10;
const SCONTINUE = 11;
const CLOSE = 12;
/** Not read here: marks and format characters (rule SB5), and scripts not checked against Intl.Segmenter. */
const UNKNOWN = 13;
const UNSET = 0xff;

const BY_CHARACTER: [string, number][] = [
  ['\t\v\f \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f', SP],
  ['\u0085\u2028\u2029', SEP],
  ['.\u2024', ATERM],
  ['!?\u203c\u203d\u2047\u2048\u2049\u061f\u06d4', STERM],
  [',-:;\u2013\u2014\u060c', SCONTINUE],
  ['"\'()[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u2045\u2046', CLOSE],
];

/**
 * The blocks whose letters, digits and symbols take their class from their general category here:
 * Basic Latin, Latin-1 (but the soft hyphen, a format character), Latin Extended-A, basic Cyrillic,
 * Arabic letters and digits, and General Punctuation (but its format characters).
 */
const KNOWN = /[\0-\u00ac\u00ae-\u017f\u0400-\u045f\u0620-\u064a\u0660-\u0669\u2010-\u2027\u2030-\u205e]/;

const classes = new Uint8Array(0x10000).fill(UNSET);
classes[0x0d] = CR;
classes[0x0a] = LF;
for (const [characters, value] of BY_CHARACTER) for (const ch of characters) classes[ch.charCodeAt(0)] = value;

function classify(unit: number): number {
  const ch = String.fromCharCode(unit);
  if (!KNOWN.test(ch)) return UNKNOWN;
  if (/\p{Lowercase}/u.test(ch)) return LOWER;
  if (/\p{Uppercase}/u.test(ch)) return UPPER;
  if (/\p{L}/u.test(ch)) return OLETTER;
  if (/\p{Nd}/u.test(ch)) return NUMERIC;
  return OTHER;
}

function classAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  let value = classes[unit]!;
  if (value === UNSET) classes[unit] = value = classify(unit);
  return value;
}

const isParaSep = (c: number): boolean => c === CR || c === LF || c === SEP;

/**
 * SB8: after "ATerm Close* Sp*", no break if a lowercase letter follows before any other letter,
 * paragraph separator or sentence terminator ("e.g. the", "etc.) and more").
 */
function lowerFollows(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = classAt(text, i);
    if (c === LOWER) return true;
    if (c === OLETTER || c === UPPER || c === ATERM || c === STERM || isParaSep(c) || c === UNKNOWN) return false;
  }
  return false;
}

/** The end offset of each sentence of `text`, or null when it holds a character these rules do not cover. */
export function sentenceEnds(text: string): number[] | null {
  const ends: number[] = [];
  // The terminator (ATerm or STerm) of an "SATerm Close* Sp*" run ending at the previous character, if any.
  let term = 0;
  let spaced = false;
  let prev = OTHER;
  let prev2 = OTHER;
  for (let i = 0; i < text.length; i++) {
    const c = classAt(text, i);
    if (c === UNKNOWN) return null;
    // Outside a terminator's run only a paragraph separator breaks (SB4): most characters need no closer look.
    if (i > 0 && (term || isParaSep(prev)) && breaksBefore(text, i, c, prev, prev2, term, spaced)) ends.push(i);
    if (c === ATERM || c === STERM) {
      term = c;
      spaced = false;
    } else if (term && c === CLOSE && !spaced) {
      // SATerm Close*: still in the run.
    } else if (term && c === SP) spaced = true;
    else term = 0;
    prev2 = prev;
    prev = c;
  }
  if (text.length) ends.push(text.length);
  return ends;
}

/** Rules SB3 to SB11, SB998 between text[i - 1] and text[i]. */
function breaksBefore(text: string, i: number, c: number, prev: number, prev2: number, term: number, spaced: boolean): boolean {
  if (prev === CR && c === LF) return false; // SB3
  if (isParaSep(prev)) return true; // SB4
  if (prev === ATERM && c === NUMERIC) return false; // SB6
  if (prev === ATERM && (prev2 === UPPER || prev2 === LOWER) && c === UPPER) return false; // SB7
  if (!term) return false; // SB998
  if (term === ATERM && lowerFollows(text, i)) return false; // SB8
  if (c === SCONTINUE || c === STERM || c === ATERM) return false; // SB8a
  if (!spaced && c === CLOSE) return false; // SB9
  if (c === SP || isParaSep(c)) return false; // SB9, SB10
  return true; // SB11
}
