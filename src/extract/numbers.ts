/** Cardinal numbers written as digits or words, in the languages Sitrep reads. */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  // Not "sept" (September), "seize" (to seize), "une" (a).
  deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
  // Not "once" (English).
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  doce: 12, trece: 13, catorce: 14, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50,
  dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12, treze: 13, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10, undici: 11, dodici: 12, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50,
  dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  اثنان: 2, اثنين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, خمسة: 5, ستة: 6, سبعة: 7, ثمانية: 8, تسعة: 9, عشرة: 10,
  // The tens, nominative and oblique: "أصيب أربعون جنديا" (forty soldiers were wounded), "أكثر من ثلاثين" (more than thirty).
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50,
  // Arabic counts two by the dual of the noun itself: "إصابة جنديين" (the wounding of two soldiers), "أصيب جنديان" (two soldiers were wounded),
  // "مقتل عنصرين" (the killing of two members).
  جنديان: 2, جنديين: 2, عنصران: 2, عنصرين: 2,
  два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, двадцать: 20, тридцать: 30,
  // Russian counts people with the collective numerals: "трое военнослужащих погибли".
  двое: 2, трое: 3, четверо: 4, пятеро: 5, шестеро: 6, семеро: 7,
  // "une centaine de fois", "une soixantaine d'attaques", "un centenar de ataques": round counts.
  hundert: 100, dizaine: 10, centaine: 100, cien: 100, centenar: 100,
  vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, veintena: 20, treintena: 30, cuarentena: 40,
};

export interface NumberHit {
  value: number;
  start: number;
  end: number;
}

/**
 * A number is (?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+|one|two|…)(?![\p{L}\p{N}]|[.,]\d), case-insensitively.
 * Its numerals are read by that expression; its words by hand, because fifty words in one case-insensitive
 * alternation cost more than all else in the sentence: a number word is a whole run of letters and digits.
 * Arabic joins "and", "by", "to" (و ب ل) to the word after them, digits too: "و9 في سوريا" (and 9 in Syria).
 */
const NUMERAL = /(?=\d)(?:(?<=(?<![\p{L}\p{N}])[وبل])|(?<![\p{L}\p{N}.,]))(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d)/giu;

const WORD_LETTERS = [...new Set(Object.keys(WORDS).join(''))];
const WORD_LETTER_PATTERNS = WORD_LETTERS.map((letter) => new RegExp(`^${letter}$`, 'iu'));
/** The number words letter by letter, each letter by its number (its place in WORD_LETTERS + 1); `word` set where one ends. */
interface LetterNode {
  next: (LetterNode | undefined)[];
  word: boolean;
}
const letterNode = (): LetterNode => ({ next: new Array<LetterNode | undefined>(WORD_LETTERS.length + 1).fill(undefined), word: false });
const WORD_TRIE: LetterNode = letterNode();
for (const word of Object.keys(WORDS)) {
  let at = WORD_TRIE;
  for (const letter of word) {
    const number = WORD_LETTERS.indexOf(letter) + 1;
    at = at.next[number] ??= letterNode();
  }
  at.word = true;
}

/** By code unit, filled in as met: 1 a letter or digit, 2 "." or ",", else 0; and the number of the number word letter it matches, if any (0 if none). */
const UNSET = 0xff;
const kinds = new Uint8Array(0x10000).fill(UNSET);
const letters = new Uint16Array(0x10000);
for (let unit = 0; unit < 0x80; unit++) learn(unit);

function learn(unit: number): number {
  const ch = String.fromCharCode(unit);
  letters[unit] = WORD_LETTER_PATTERNS.findIndex((re) => re.test(ch)) + 1;
  return (kinds[unit] = kindOf(ch));
}

function kindOf(ch: string): number {
  if (/[\p{L}\p{N}]/iu.test(ch)) return 1;
  return ch === '.' || ch === ',' ? 2 : 0;
}

/** 1 when the character at `at` is a letter or digit, 2 when "." or ",", else 0; case-insensitively, as the expression reads it. */
function kindAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0x80) return kinds[unit]!;
  if (unit >= 0xd800 && unit <= 0xdfff) return kindOf(String.fromCodePoint(text.codePointAt(at)!));
  const kind = kinds[unit]!;
  return kind === UNSET ? learn(unit) : kind;
}

/** The start of the code point that ends before `at`. */
const previousAt = (text: string, at: number): number => {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
};

function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** 2 for a surrogate pair, else 1. */
function widthAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const SHORTEST_WORD = Math.min(...Object.keys(WORDS).map((w) => w.length));
const LONGEST_WORD = Math.max(...Object.keys(WORDS).map((w) => w.length));

/** Where the run of letters and digits (`inRun`), or of other characters, that `at` stands in ends, at `to` at the latest. */
function runEnd(slice: string, at: number, to: number, inRun: boolean): number {
  while (at < to) {
    const unit = slice.charCodeAt(at);
    // Most characters are ASCII, one code unit of a kind known from the start.
    if (unit < 0x80) {
      if ((kinds[unit] === 1) !== inRun) break;
      at++;
    } else {
      if ((kindAt(slice, at) === 1) !== inRun) break;
      at += widthAt(slice, at);
    }
  }
  return at;
}

function numberWords(slice: string, from: number, hits: NumberHit[]): void {
  const to = slice.length;
  let at = from;
  // A run already under way at `from` holds no word start: skip to its end.
  if (at > 0 && at < to && kindAt(slice, previousAt(slice, at)) === 1) at = runEnd(slice, at, to, true);
  while (at < to) {
    at = runEnd(slice, at, to, false);
    if (at >= to) break;
    const start = at;
    at = runEnd(slice, at, to, true);
    if (at - start < SHORTEST_WORD || at - start > LONGEST_WORD) continue;
    if (start > 0 && kindAt(slice, previousAt(slice, start)) !== 0) continue;
    let node: LetterNode | undefined = WORD_TRIE;
    for (let k = start; node && k < at; k++) node = node.next[letters[slice.charCodeAt(k)]!];
    if (!node?.word) continue;
    const after = slice.charCodeAt(at);
    if ((after === 0x2e || after === 0x2c) && at + 1 < to && isDigitUnit(slice.charCodeAt(at + 1))) continue;
    // Portuguese "militares dos EUA" (of the US): "dos" before a name is no Spanish two.
    if (at - start === 3 && slice.slice(start, at).toLowerCase() === 'dos' && /^\s+\p{Lu}/u.test(slice.slice(at, at + 3))) continue;
    hits.push(numberHit(slice.slice(start, at), start));
  }
}

function numberHit(written: string, start: number): NumberHit {
  const word = written.toLowerCase();
  return { value: WORDS[word] ?? Number(word.replace(/,/g, '')), start, end: start + written.length };
}

export function findNumbers(text: string, from: number, to: number): NumberHit[] {
  const hits: NumberHit[] = [];
  const slice = text.slice(0, to);
  NUMERAL.lastIndex = from;
  for (let m = NUMERAL.exec(slice); m; m = NUMERAL.exec(slice)) hits.push(numberHit(m[0], m.index));
  const numerals = hits.length;
  numberWords(slice, from, hits);
  if (numerals && hits.length > numerals) hits.sort((a, b) => a.start - b.start);
  return hits.filter((h) => Number.isFinite(h.value));
}
