import { createRequire } from 'node:module';
import { closestLanguage } from './trigram-language.js';

/** ISO 639-3 codes franc-min can answer, mapped to ISO 639-1 (languages without a 639-1 code are left out). */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn',
  plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr',
  npi: 'ne', cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

/** Enough text to tell a language; more only costs time. */
const SAMPLE_CHARS = 500;
/**
 * Below this many characters (a feed item's headline and summary) trigrams of the whole world's languages tell
 * English from Dutch or Sundanese no better than chance ("US strikes Kataib Hezbollah sites in Iraq": Sundanese).
 */
export const SHORT_TEXT_CHARS = 400;

type Detect = (text: string, options: { only: string[] }) => string;
let detectAmong: Detect | null = null;

/** tinyld, made for short texts and able to choose among given languages; loaded only when a short text asks. */
function tinyld(): Detect {
  detectAmong ??= (createRequire(import.meta.url)('tinyld') as { detect: Detect }).detect;
  return detectAmong;
}

/**
 * The ISO 639-1 code of the text's language, or null when it cannot be told. A short text is read as the closest of
 * `readable` (the languages the domain pack is written in), when given.
 */
export function detectLanguage(text: string, readable: readonly string[] = []): string | null {
  const sample = text.replace(/^\s*date\s+\S+/, '').slice(0, SAMPLE_CHARS);
  if (readable.length > 0 && sample.trim().length < SHORT_TEXT_CHARS) {
    const among = tinyld()(sample, { only: [...readable] });
    if (among) return among;
  }
  const code = closestLanguage(sample, 20);
  return ISO_639_1[code] ?? null;
}

/** A caller's language tag ("en", "EN-us", "eng") as ISO 639-1, or null when it is not one. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  return ISO_639_1[primary] ?? null;
}
