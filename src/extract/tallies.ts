import type { Article, Qualifier, Tally } from '../model.js';
import type { CompiledPack } from './lexicon.js';
import type { Sentence } from './sentences.js';
import { findDates } from './dates.js';

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:more than|over|upwards of|in excess of|mehr als|über|plus de|más de|أكثر من)\s*$/i, 'more_than'],
  [/(?:at least|no fewer than|no less than|mindestens|au moins|al menos|لا يقل عن)\s*$/i, 'at_least'],
  [/(?:about|around|nearly|roughly|approximately|some|almost|close to|etwa|rund|environ|près de|alrededor de|casi|نحو|حوالي)\s*$/i, 'about'],
];

/** "110 times", "at least 24 attacks", "over 150 drone and rocket attacks", "12 in Iraq". */
const COUNT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})*|\d+)(?![\p{L}\p{N}]|[.,]\d)((?:\s+(?!injur|wound|kill|troops|soldiers|personnel|service|strikes|people|americans|u\.s\.|us\b)[\p{L}-]+){0,4}?)\s+(times|attacks|attack|assaults|incidents|Angriffe|attaques|ataques|هجوما|هجمات)\b/giu;
const BREAKDOWN = /(?<![\p{L}\p{N}])(\d+)\s+(?:\S+\s+)?in\s+([A-Z][a-z]+)/gu;

function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 30), at);
  return QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'exact';
}

function speakerOf(text: string, sentence: Sentence, lex: CompiledPack): string | null {
  const official = lex.cue('official').find(text, sentence.start, sentence.end)[0];
  if (official) return text.slice(official.start, official.end);
  const actor = lex.actors.find(text, sentence.start, sentence.end).find((h) => lex.actor(h.key).type !== 'state');
  return actor?.key ?? null;
}

/** Aggregate counts of attacks on the defender's forces in one sentence. */
export function findTallies(article: Article, sentence: Sentence, lex: CompiledPack): Tally[] {
  const text = article.text;
  const body = text.slice(sentence.start, sentence.end);
  if (!lex.cue('defender_target').has(text, sentence.start, sentence.end)) return [];
  const tallies: Tally[] = [];
  const since = findDates(text, sentence.start, sentence.end, article.lang, article.published).find((d) =>
    /(?:since|seit|depuis|desde|منذ)\s*(?:the\s+)?(?:[^,.]{0,60}?\s+(?:on\s+)?)?$/i.test(text.slice(Math.max(sentence.start, d.start - 70), d.start)),
  );
  const asOf = findDates(text, sentence.start, sentence.end, article.lang, article.published).find((d) => /(?:as of|until|through)\s*$/i.test(text.slice(Math.max(sentence.start, d.start - 12), d.start)));
  const speaker = speakerOf(text, sentence, lex);
  const push = (count: number, at: number, end: number, qualifier: Qualifier) =>
    tallies.push({
      article: article.id,
      count,
      qualifier,
      since: since?.precision === 'day' ? since.date : null,
      until: asOf?.precision === 'day' ? asOf.date : null,
      speaker,
      quote: body,
      start: at,
      end,
    });
  for (const m of body.matchAll(COUNT)) {
    const count = Number(m[1]!.replace(/,/g, ''));
    if (count < 2 || (count >= 1900 && count <= 2100)) continue;
    const at = sentence.start + m.index;
    push(count, at, at + m[0].length, qualifierBefore(text, at));
    // "... 16 attacks: 12 in Iraq and 4 in Syria"
    for (const part of body.slice(m.index + m[0].length).matchAll(BREAKDOWN)) {
      const partAt = sentence.start + m.index + m[0].length + part.index;
      if (lex.countries.has(text, partAt, partAt + part[0].length)) push(Number(part[1]), partAt, partAt + part[0].length, 'exact');
    }
  }
  return tallies;
}
