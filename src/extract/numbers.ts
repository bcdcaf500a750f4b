/** Cardinal numbers written as digits or words, in the languages Sitrep reads. */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, neuf: 9, dix: 10,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

export interface NumberHit {
  value: number;
  start: number;
  end: number;
}

const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(WORDS).join('|')})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu');

export function findNumbers(text: string, from: number, to: number): NumberHit[] {
  const hits: NumberHit[] = [];
  const slice = text.slice(0, to);
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const word = m[0].toLowerCase();
    const value = WORDS[word] ?? Number(word.replace(/,/g, ''));
    if (Number.isFinite(value)) hits.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
