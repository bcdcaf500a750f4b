import type { Article, IsoDate, Qualifier, Span, Tally } from '../model.js';
import type { CompiledPack } from './lexicon.js';
import type { Sentence } from './sentences.js';
import { addDays, findDates, LATIN_PERIOD_WORDS, monthEnd, namesDay, PERIOD_WORDS, type DateMention } from './dates.js';
import { findNumbers, type NumberHit } from './numbers.js';

/** Words that make a count a bound: "more than 40", "at least 40", in the languages the pack reads. */
export const MORE_THAN_WORDS = 'more than|over|upwards of|in excess of|mehr als|über|plus de|más de(?: una)?|mais de|oltre|più di|lebih dari|أكثر من|более чем|больше чем|более|свыше|больше';
export const AT_LEAST_WORDS = 'at least|no fewer than|no less than|mindestens|au moins|al menos|por lo menos|pelo menos|almeno|setidaknya|sedikitnya|لا يقل عن|не менее|по меньшей мере|как минимум';

/** The article before a round count: "more than a hundred", "plus d'une centaine", "más de un centenar". */
const ROUND_ARTICLE = String.raw`(?:(?:a|une?|una)\s+)?`;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [new RegExp(`(?:${MORE_THAN_WORDS}|plus d['’])\\s*${ROUND_ARTICLE}$`, 'i'), 'more_than'],
  // "تجاوز عددها 50" (their number exceeded 50): the count a verb of passing names.
  [/(?<![\p{L}])[وف]?(?:تجاوز|تجاوزت|يتجاوز|تخطى|تخطت|يتخطى)\s+(?:عدد\p{L}*\s+)?$/u, 'more_than'],
  // "at least the 66th attack": a rank bound as a count is.
  [new RegExp(`(?:${AT_LEAST_WORDS})\\s*(?:the\\s+|${ROUND_ARTICLE})$`, 'i'), 'at_least'],
  [new RegExp(`(?:about|around|nearly|roughly|approximately|some|almost|close to|etwa|rund|fast|environ|près de|près d['’]|presque|alrededor de|casi|cerca de|sekitar|hampir|نحو|حوالي|قرابة|около|почти|примерно|порядка)\\s*${ROUND_ARTICLE}$`, 'i'), 'about'],
];
/** "une soixantaine d'attaques", "una veintena de ataques": a round count in a noun is about so many. */
const ROUND_NOUN = /^(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|centenar|veintena|treintena|cuarentena)$/i;

/** The words a count can count in: "times", "attacks", "occasions", "à 20 reprises", "attaques", "vezes", "هجوماً", "عملية" (operations, as the militias count theirs). */
const UNIT_WORDS = 'times|attacks|attack|assaults|incidents|occasions|reprises|ocasiones|operations|opérations|operaciones|Angriffe[n]?|Mal|attaques|fois|ataques|veces|vezes|attacchi|volte|هجوما[ً]?|هجمات|هجوم|عمليات|عملية|раза?|атак(?:и|ам|ами|ах|у)?|serangan|kali';
/** What a count counts: "110 times", "24 attacks", "23 occasions", "sept attaques", "65 هجوماً", "70 عملية". */
const UNIT = new RegExp(
  String.raw`^(?:\s+dozen)?(?:[\s-]*(?!injur|wound|kill|days?\b|weeks?\b|months?\b|hours?\b|years?\b|after\b|before\b|jours\b|semaines\b|mois\b|días\b|Tage|troops|soldiers|personnel|service|strikes|people|americans|members|fighters|militants|u\.s\.|us\b|targets|sites|soldats|soldados|militares|personnes|personas|blessés|heridos|morts|muertos|Soldaten|جنود|جنديا|عسكري|جرحى|قتلى|مقاتل|أشخاص|personel|tentara|prajurit|kontraktor|orang|terluka|tewas|korban|others|autres|otros|outros|altri|lainnya|آخرين|آخرون|получил|ранен|погиб|убит|военнослужащ|военных|человек|солдат)[\p{L}\p{M}-]+){0,4}?(?:[\s-]*|\s+d['’])(?:${UNIT_WORDS}|strikes(?=\s+(?:against|on)\s+(?:the\s+)?(?:US|U\.S\.|American|coalition)\b))(?![\p{L}])(?!\s+(?:drones?|helicopters?|aircraft|submarines?|boats?))`,
  'iu',
);
/** A unit word alone, anywhere: a count's unit can only be one of these, among the letters and spaces after it. */
const UNIT_WORD = new RegExp(`${UNIT_WORDS}|strikes`, 'iu');
const UNIT_REACH = /[\s\p{L}\p{M}'’-]*/iuy;

/** UNIT read after a number; most numbers have no unit word within reach, and UNIT's lazy words cost much to rule out. */
function unitAfter(text: string, at: number, end: number): RegExpExecArray | null {
  const after = text.slice(at, end);
  UNIT_REACH.lastIndex = 0;
  return UNIT_WORD.test(after.slice(0, UNIT_REACH.exec(after)![0].length)) ? UNIT.exec(after) : null;
}
/**
 * "the 26th against US bases", "marks the 144th attack", "its 100th operation" (as the militias count theirs), "la 150e attaque".
 * Not "F-15E attack jets": a French suffix after a hyphened number is a model's letter.
 */
const ORDINAL = /(?<![\p{L}\p{N}-])(\d{1,4}(?=st|nd|rd|th|e\s|ème|ᵉ)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|zweite|dritte|vierte|fünfte|deuxième|troisième|quatrième|cinquième)(?:st|nd|rd|th|ème|e|ᵉ|[rn]?)?\s+(?:(?:such|known|separate|drone|rocket|recorded|reported|confirmed|documented)\s+){0,2}(?:attack|assault|incident|operation|opération|against|on\b|Angriff|attaque)/giu;
/** Where ORDINAL can match at all: a number with an ordinal suffix, or an ordinal word. */
const ORDINAL_HEAD = /\d(?:st|nd|rd|th|e\s|ème|ᵉ)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|zweite|dritte|vierte|fünfte|deuxième|troisième|quatrième|cinquième/iu;
const ORDINAL_TEST = new RegExp(ORDINAL.source, 'iu');
const ORDINAL_AT = new RegExp(`^(?:${ORDINAL.source})`, 'iu');
/** "the 150th attack since Oct. 17": the count is the rank of an incident the sentence may tell, not a total instead of one. */
export const ranksIncident = (text: string, t: Tally): boolean => ORDINAL_AT.test(text.slice(t.start, t.end));
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, zweite: 2, dritte: 3, vierte: 4, fünfte: 5, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5 };
/** A country after a count: "12 in Iraq", "14 incidents occurring in Iraq", "nine at U.S. bases in Syria". */
const IN_COUNTRY = /^(?:\s+[\p{L}.-]+){0,5}?\s+(?:in|en|im|في)\s+(?:the\s+)?/iu;
/** A word that places what follows it in a country: "in Syria", "en Irak", "im Irak", "في سوريا". */
const IN_PLACE = /(?:^|[^\p{L}])(?:in|en|im|nel|nella|em|no|na|di|au|aux|в|во|في)\s+(?:the\s+|der\s+|dem\s+|le\s+|el\s+)?$/iu;
/** Where the words after a count stop telling what it counts: a clause break ("attacks on US forces, most of them in Iraq"). */
const SCOPE_END = /[,;:()!?\u2013\u2014]/u;
const SCOPE_REACH = 100;

/** Between two countries of one list: "in Iraq and Syria", "im Jemen, Irak und in Syrien", "في سوريا والعراق". */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|or|und|oder|et|ou|y|o|e|dan|و|и)\s*)?(?:(?:in|en|im|em|di|في|в)\s+)?$/iu;

/** A count of one between two countries starts a count of its own: "98 times in Syria and once in Jordan". */
const ONE_MORE = /(?<![\p{L}])(?:once|twice|one|une fois|una vez|einmal)(?![\p{L}])/iu;

/**
 * The one country the words after a count confine it to ("12 times in Syria and four times in Iraq": Syria; "the 144th
 * attack against troops stationed in Iraq": Iraq), up to the next number or clause break; null when they name none, or
 * several ("in Iraq and Syria", "en Irak et en Syrie"). A country in a name ("the Islamic Resistance in Iraq") places nothing.
 */
function scopeAfter(text: string, from: number, end: number, numbers: readonly NumberHit[], names: readonly Span[], lex: CompiledPack): string | null {
  let to = Math.min(end, from + SCOPE_REACH);
  const next = numbers.find((n) => n.start >= from && n.start < to);
  if (next) to = next.start;
  const hits = lex.countries.find(text, from, to).filter((h) => !names.some((n) => h.start >= n.start && h.end <= n.end));
  const stop = SCOPE_END.exec(text.slice(from, to));
  const clauseEnd = stop ? from + stop.index : to;
  const at = hits.findIndex((h) => h.start < clauseEnd && IN_PLACE.test(text.slice(Math.max(from, h.start - 12), h.start)));
  if (at === -1) return null;
  const placed = hits[at]!;
  for (let i = at + 1; i < hits.length; i++) {
    const h = hits[i]!;
    const gap = text.slice(hits[i - 1]!.end, h.start);
    const listed = (h.start < clauseEnd && !ONE_MORE.test(gap)) || LIST_GAP.test(gap);
    if (!listed) break;
    if (h.key !== placed.key) return null;
  }
  return placed.key;
}
/** Between the defender's forces and the country they are in: "US forces in Syria", "troops stationed in Iraq", "bases américaines en Irak". */
const FORCES_IN = /^(?:\s+[\p{L}.-]+){0,2}?\s+$/u;

/**
 * The one country the defender's forces counted are placed in before the count ("US forces in Syria have been attacked 55
 * times", "les bases américaines en Irak ont été visées à 20 reprises"), when the words after the count name none; null when
 * they name one or several, or the forces are in several ("US forces in Iraq and Syria"). Not before a rank: "Drones hit US
 * forces in Syria on Monday, the 150th attack since Oct. 17" places the incident, not the count.
 */
function scopeBefore(text: string, start: number, at: number, to: number, end: number, names: readonly Span[], lex: CompiledPack): string | null {
  const outside = (h: Span) => !names.some((n) => h.start >= n.start && h.end <= n.end);
  const reach = Math.min(end, to + SCOPE_REACH);
  const stop = SCOPE_END.exec(text.slice(to, reach));
  if (lex.countries.find(text, to, stop ? to + stop.index : reach).some(outside)) return null;
  const hits = lex.countries.find(text, start, at).filter(outside);
  const key = hits[0]?.key;
  if (!key || hits.some((h) => h.key !== key)) return null;
  const forces = lex.cue('defender_target').find(text, start, at);
  const inPlace = (gap: string) => FORCES_IN.test(gap) && IN_PLACE.test(gap);
  // "Drones hit US forces in Syria on Monday; there have been 150 attacks since Oct. 17": the incident's place, another clause's.
  return hits.some((h) => !SCOPE_END.test(text.slice(h.end, at)) && forces.some((f) => f.end <= h.start && inPlace(text.slice(f.end, h.start)))) ? key : null;
}
/** Numbers that are part of a date or a name: "Oct. 7", "Kurdistan 24", "Tower 22". */
const DATE_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
const NAME_BEFORE = /[A-Z][\p{L}]+\s$|[\p{L}\p{N}]-$/u;
/** "these two attacks", "ces deux attaques": incidents told before, pointed back to, not a count of them. */
export const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:these|those|ces|diese|jene|estos|estas|esos|esas|estes|essas|questi|queste|هذه)\s+$/iu;
/** "two-thirds", "three-month pause": a number bound into a word. */
const BOUND_AFTER = /^-[\p{L}]/u;
/** "Of those", "davon", "de ellos": the words that point back to a count told before, to count a share of it. */
const SHARE_WORDS = 'of (?:those|these|them|which)|davon|dont|de (?:ellos|estos|ellas)';
/** "Of those, 29 have been in Iraq": a breakdown of the count in the sentence before. */
const BREAKDOWN_LEAD = new RegExp(`^\\s*(?:${SHARE_WORDS})\\b`, 'i');
/** "20 of the attacks were in Iraq", "the other 18", "Of those, 29", "These attacks …, with 14 in Iraq": a share of a count told before. */
const PARTITIVE = new RegExp(`\\b(?:${SHARE_WORDS}|of the|the (?:other|rest|remaining)|(?:these|those) (?:attacks|incidents)|de (?:los|las))\\b`, 'i');

/** Whether a sentence counts a share of a count told before it. */
export function countsShare(text: string, sentence: Sentence): boolean {
  return PARTITIVE.test(text.slice(sentence.start, sentence.end));
}
/** "in the last three days", "in den letzten drei Tagen": a span of time, not a share of the count. */
const TIME_SPAN = /^\s+(?:days?|weeks?|months?|hours?|Tagen?|Wochen|Monaten?|Stunden|jours|semaines|mois|heures|días|semanas|meses|horas)(?![\p{L}])/iu;
/** "in less than 24 hours", "within hours", "en moins de 24 heures", "خلال ساعات": a span of hours, where a few incidents are each told. */
const HOURS_SPAN = /(?<![\p{L}])(?:in|within|over|en|dans|innerhalb|binnen|خلال)\s+(?:(?:less than|under|fewer than|just|only|the (?:last|past)|moins de|menos de|weniger als|von)\s+)?(?:(?:\d+|a few|several|two|a couple of|quelques|unas|wenigen)\s+)?(?:hours?|heures|horas|Stunden|ساعات|ساعة)(?![\p{L}])/iu;
/** "the second attack ... in less than 24 hours": the span of hours follows the rank ("within hours of the latest attack" alone ranks nothing). */
const RANKED_IN_HOURS = new RegExp(`(?:${ORDINAL_HEAD.source})[^.;]{0,80}?${HOURS_SPAN.source}`, 'iu');
const PEOPLE = /^(?:\s+[\p{L}.-]+){0,2}?\s+(?:troops|soldiers|personnel|forces|service|people|members|fighters|militants|injur|wound|kill)/iu;

/** "between October 17 and November 30", "from Oct. 17 to Nov. 14": the words around the days a period runs between. */
const PERIOD_FROM = /\b(?:between|from|entre|zwischen|vom|du)\s+(?:the\s+|le\s+|el\s+|dem\s+)?$/i;
const PERIOD_TO = /^\s*(?:and|to|until|through|et|au|und|bis|y|al?)\s+(?:the\s+|le\s+|el\s+|dem\s+)?$/i;

/**
 * The first and last day of the period a count covers, when the sentence gives both ("between mid-October and late
 * November", "between Oct. 17-Nov. 7"); in an article with no publication date, "between October 17 and November 7" runs from the
 * campaign's October 17.
 */
function periodOf(text: string, start: number, dates: readonly DateMention[], published: IsoDate | null, campaignStart: IsoDate): { since: IsoDate; until: IsoDate } | null {
  const dayOf = (d: DateMention, from: IsoDate) => (d.date !== null ? d.date : published ? null : firstOnOrAfter(d.monthDay, from));
  const opened = dates.find((d) => dayOf(d, campaignStart) !== null && PERIOD_FROM.test(text.slice(Math.max(start, d.start - 12), d.start)));
  const since = opened && dayOf(opened, campaignStart);
  if (!since) return null;
  const closed = dates.find((d) => dayOf(d, since) !== null && d.start >= opened.end && PERIOD_TO.test(text.slice(opened.end, d.start)));
  // "between Oct. 17-Nov. 7": the range the one date spans, its last day by name when it has no year.
  const until = closed ? (closed.dateEnd ?? dayOf(closed, since)) : (opened.dateEnd ?? (published ? null : firstOnOrAfter(opened.monthDayEnd, since)));
  return until && until >= since ? { since, until } : null;
}

/** "two attacks ... in April", "during February": a count within one month. */
const IN_MONTH = /(?:^|[^\p{L}])(?:in|during|en|im|no|na|nel)\s+$/iu;

/** "In January, militias conducted 40 attacks", "Im Januar gab es 40 Angriffe": a month that opens the sentence. */
const OPENS_WITH_MONTH = /^[\s"“«]*(?:in|during|en|im|durante|pendant|während|no|na|nel)\s+$/iu;

/**
 * The month a count is confined to ("only two incidents reported in April", "In January, militias conducted 40 attacks"), as a
 * period; in an undated article, the campaign's month. Only the month told in the count's own clause after it, or that opens
 * its sentence, counts: "a truce since February" elsewhere does not.
 */
function monthPeriod(text: string, start: number, at: number, after: number, end: number, dates: readonly DateMention[], published: IsoDate | null, campaignStart: IsoDate): { since: IsoDate; until: IsoDate } | null {
  const isMonth = (d: DateMention) => (d.precision === 'month' ? d.date !== null : !published && d.month !== undefined);
  const month =
    dates.find(
      (d) =>
        d.start >= after &&
        d.start - after <= 60 &&
        !/[.;,:]/.test(text.slice(after, d.start)) &&
        !SINCE.test(text.slice(after, d.start)) &&
        isMonth(d) &&
        IN_MONTH.test(text.slice(Math.max(after, d.start - 8), d.start)),
    ) ?? dates.find((d) => d.end <= at && isMonth(d) && OPENS_WITH_MONTH.test(text.slice(start, d.start)) && !SINCE.test(text.slice(d.end, end)));
  if (!month) return null;
  if (month.date !== null) return month.dateEnd ? { since: month.date, until: month.dateEnd } : null;
  const first = campaignMonth(month.month!, campaignStart);
  return { since: first, until: monthEnd(first) };
}

/** A word that opens a period before a day the count runs from: "since Oct. 17", "depuis le 17 octobre", "since the war began on". */
// "in the months following the Oct. 7 attack", "in the weeks after October 17": a span that opens on the day.
const SINCE_BEFORE = new RegExp(
  `(?:(?:${PERIOD_WORDS})\\s*(?:le\\s+|el\\s+|the\\s+)?(?:[^,.]{0,60}?\\s+(?:on\\s+)?)?|\\b(?:in|during|over|within)\\s+the\\s+[^,.;]{0,30}?\\b(?:days|weeks|months)\\s+(?:following|after)\\s+(?:the\\s+)?)$`,
  'i',
);
/** Russian "с 17 октября" (from October 17): the date reader keeps the preposition, of many uses, in the day it opens. */
const FROM_IN_DATE = /^со?\s/iu;

/** The date opens the period a count runs over: "since Oct. 17", "с 17 октября". `from`: where the words before it may start. */
function opensPeriod(text: string, from: number, d: DateMention): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(from, d.start - 70), d.start)) || FROM_IN_DATE.test(text.slice(d.start, d.end));
}

/** A word that opens a period: where it stands, a count may run from a day of the campaign. */
const SINCE = new RegExp(`\\b(?:${LATIN_PERIOD_WORDS})\\b|منذ`, 'i');
/**
 * "since the war", "since the outbreak of the Israeli war", "depuis le début de la guerre": a period from the campaign's start.
 * Italian "dall'inizio della guerra" opens it with its preposition joined to the article.
 */
const SINCE_CAMPAIGN = new RegExp(
  `(?:(?:${SINCE.source})\\s+|(?<![\\p{L}])dall['’]\\s*|(?<![\\p{L}])dal\\s+)(?:the\\s+|le\\s+|la\\s+|el\\s+|dem\\s+|der\\s+|o\\s+|a\\s+)?(?:(?:start|beginning|outbreak|onset|début|inicio|início|inizio|Beginn|Ausbruch|awal|pecahnya|dimulainya|بدء|اندلاع)\\s+(?:of\\s+|de\\s+|du\\s+|del\\s+|des\\s+|della\\s+|da\\s+|do\\s+)?(?:the\\s+|la\\s+|l['’]\\s*)?)?(?:[\\p{L}'’"“”«»-]+\\s+){0,2}$`,
  'iu',
);

/** "since the war in Gaza began", "since the start of the war": a count from the campaign's first day. */
function sinceCampaign(text: string, start: number, end: number, lex: CompiledPack): boolean {
  return lex.cue('campaign').find(text, start, end).some((h) => SINCE_CAMPAIGN.test(text.slice(Math.max(start, h.start - 60), h.start)));
}

/**
 * "bringing the number of attacks on US forces since October to 140", "raising its total operations to over 100",
 * "portant à 140 le nombre d'attaques", "elevando a 140 el número de ataques": a running total, the count after the
 * words that bring it up. What is counted must be attacks (or the militias' "operations"), or a bare total.
 */
/** The words that bring a total up: English stems ("bringing", "raised", "takes"), and the French and Spanish verbs. */
const RAISING_STEMS = 'bring|brought|rais|push|tak|took';
const RAISING_ROMANCE = 'portant|porte|portent|porté|elevando|eleva|elevan|elevó|elevaron';
/** A character of the same sentence: no stop, unless of an abbreviation ("U.S.", "Oct. 17"). */
const IN_SENTENCE = String.raw`(?:[^.;:]|\.(?=\S|\s+[\d\p{Ll}]))`;
const COUNTED = String.raw`(?:[\p{L}.-]+\s+){0,3}?(?:attacks|operations|incidents|attaques|opérations|ataques|operaciones)`;
const TOTAL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:bring(?:s|ing)?|brought|rais(?:es|ing|ed)|push(?:es|ing|ed)|tak(?:es|ing)|took)\s+(?:the|its|their)\s+(?:(?:overall|total|running)\s+)?(?:total|number|tally|count)(?:\s+of\s+${COUNTED}(?![\p{L}])(?:(?!wounded|injur|killed|dead|death|casualt)${IN_SENTENCE}){0,100}?|(?!\s+of\b)(?![\p{L}])(?:(?!troops|soldiers|personnel|service members|people|wounded|injur|killed|dead|death|casualt)${IN_SENTENCE}){0,100}?)\s+to|(?:${RAISING_ROMANCE})\s+(?:ainsi\s+)?(?:à|a))\s+$`,
  'iu',
);
/** What the French and Spanish forms count, after the number: "le nombre d'attaques", "el número de ataques". */
const TOTAL_AFTER = new RegExp(String.raw`^\s+(?:le|el)\s+(?:nombre|número|total)\s+(?:d['’]\s*|de\s+)${COUNTED}`, 'iu');
/** Where a running total can stand at all: the total's own word (a cheap test first), and a word that brings it up before it. */
const TOTAL_NOUN = /total|number|tally|count|portant|porte|elev/i;
const TOTAL_WORD = new RegExp(String.raw`(?:${RAISING_STEMS})\w*\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|number|tally|count)|(?:${RAISING_ROMANCE})\s+(?:ainsi\s+)?(?:à|a)\s`, 'i');
const ENGLISH_TOTAL = new RegExp(`^(?:${RAISING_STEMS})`, 'i');

/** A title near the top: a short line that ends without a full stop. */
export const HEADLINE = /^\s*[^\n]{10,150}?[^.!?"”’\s]\s*$/u;

function qualifierBefore(text: string, at: number, end = at): Qualifier {
  const before = text.slice(Math.max(0, at - 30), at);
  return QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? (ROUND_NOUN.test(text.slice(at, end)) ? 'about' : 'exact');
}

/** Between a verb of saying and its speaker after it, and before the verb when it opens the sentence or follows a quote's comma. */
const SPEAKER_AFTER_VERB = /^\s*(?:the\s+)?$/i;
const VERB_OPENS = /(?:^[\s"“«]*|[,،][\s"”»]*)[وف]?$/u;

function speakerOf(text: string, sentence: Sentence, lex: CompiledPack): string | null {
  const official = lex.cue('official').find(text, sentence.start, sentence.end)[0];
  if (official) return text.slice(official.start, official.end);
  // A group or the coalition named as who attacked or was attacked ("targeted 110 times by the Islamic Resistance",
  // "attacked US and coalition forces") does not speak; one that says or claims so does.
  const speaks = (h: { start: number; end: number }) => {
    const reach = Math.min(sentence.end, h.end + 40);
    return lex.cue('reporting').has(text, h.end, reach) || lex.cue('claim_verb').has(text, h.end, reach) || saysFirst(h);
  };
  // Arabic puts the verb first ("وقالت المقاومة الإسلامية في العراق إنها نفذت"), a quote's tag too (", said Kataib Hezbollah").
  const saysFirst = (h: { start: number }) =>
    [...lex.cue('reporting').find(text, Math.max(sentence.start, h.start - 16), h.start), ...lex.cue('claim_verb').find(text, Math.max(sentence.start, h.start - 16), h.start)].some(
      (v) => SPEAKER_AFTER_VERB.test(text.slice(v.end, h.start)) && VERB_OPENS.test(text.slice(sentence.start, v.start)),
    );
  const actor = lex.actors.find(text, sentence.start, sentence.end).find((h) => lex.actor(h.key).type !== 'state' && speaks(h));
  return actor?.key ?? null;
}

/** `countries`: where the sentence names a country; a number right after one counts ("attacked US forces in Iraq and Syria 40 times"). */
function isCount(text: string, n: NumberHit, sentence: Sentence, countries: () => readonly Span[]): boolean {
  if (n.value < 2 || (n.value >= 1900 && n.value <= 2100)) return false;
  const before = text.slice(Math.max(sentence.start, n.start - 12), n.start);
  if (DATE_BEFORE.test(before) || DEMONSTRATIVE_BEFORE.test(before) || BOUND_AFTER.test(text.slice(n.end, n.end + 2))) return false;
  // A name holds a number in digits ("Tower 22"); a number in words after a capital is a German noun's count ("Tagen sieben Angriffe").
  const inDigits = /\d/.test(text.slice(n.start, n.end));
  const afterCountry = () => countries().some((c) => c.end < n.start && /^\s+$/.test(text.slice(c.end, n.start)));
  return !inDigits || !NAME_BEFORE.test(before) || QUALIFIERS.some(([re]) => re.test(text.slice(Math.max(0, n.start - 30), n.start))) || afterCountry();
}

/** The count a running total is brought to ("bringing the number of attacks … to 140"), as a tally, if the sentence has one. */
function runningTotal(article: Article, sentence: Sentence, lex: CompiledPack): Tally | null {
  const text = article.text;
  const { start, end } = sentence;
  const body = text.slice(start, end);
  if (!TOTAL_NOUN.test(body) || !TOTAL_WORD.test(body) || !(UNIT_WORD.test(body) || /operations|opérations|operaciones/i.test(body))) return null;
  for (const n of findNumbers(text, start, end)) {
    if (n.value < 2) continue;
    const before = QUALIFIERS.reduce((b, [re]) => b.replace(re, ''), text.slice(Math.max(start, n.start - 160), n.start));
    const opened = TOTAL_BEFORE.exec(before);
    if (!opened) continue;
    // "bringing the total to 140" counts what the sentence names; "portant à 140 le nombre d'attaques" says it after.
    if (!ENGLISH_TOTAL.test(opened[0]) && !TOTAL_AFTER.test(text.slice(n.end, end))) continue;
    const dates = findDates(text, start, end, article.lang, article.published);
    const since = dates.find((d) => opensPeriod(text, start, d));
    return {
      article: article.id,
      count: n.value,
      qualifier: qualifierBefore(text, n.start, n.end),
      since:
        sinceDay(since, article.published, lex.pack.settings.since, text) ??
        sinceSpan(text, start, end, article.published) ??
        sinceToDate(text, start, end, article.published, lex) ??
        (sinceCampaign(text, start, end, lex) ? lex.pack.settings.since : null),
      until: null,
      country: null,
      speaker: speakerOf(text, sentence, lex),
      quote: text.slice(start, end),
      start: n.start,
      end: n.end,
    };
  }
  return null;
}

/**
 * The day a count runs from, as the text fixes it; in an article with no publication date, "since October 17" is the
 * first October 17 of the campaign, which counts run from.
 */
function sinceDay(since: DateMention | undefined, published: IsoDate | null, campaignStart: IsoDate, text?: string): IsoDate | null {
  if (!since) return null;
  if (since.precision === 'day') return since.date;
  if (text !== undefined && startsItsMonth(since) && SINCE_WORD_JUST_BEFORE.test(text.slice(Math.max(0, since.start - 12), since.start))) return since.date;
  // Undated: "since October", "since the beginning of October" run from the campaign's first October.
  if (text !== undefined && !published && since.month !== undefined && SINCE_MONTH_START.test(text.slice(Math.max(0, since.start - 40), since.start))) {
    return campaignMonth(since.month, campaignStart);
  }
  return published ? null : firstOnOrAfter(since.monthDay, campaignStart);
}

/** "since October", "since the beginning of October", "since early October": a period from the first of the month ("mid-October" is no day). */
function startsItsMonth(d: DateMention): boolean {
  return (d.precision === 'month' || d.precision === 'range') && d.date !== null && d.date.endsWith('-01');
}
/** The period word right before the month, with nothing between ("since the war began in October" runs from the campaign's start). */
const SINCE_WORD_JUST_BEFORE = new RegExp(`(?:${PERIOD_WORDS})\\s*$`, 'iu');
/** The same before a month whose year is not given: the period word, or "since the beginning of", "since early". */
const SINCE_MONTH_START = new RegExp(`(?:${PERIOD_WORDS})\\s+(?:(?:the\\s+)?(?:beginning|start)\\s+of\\s+|early\\s+|(?:le\\s+)?début\\s+|(?:el\\s+)?(?:inicio|principios)\\s+de\\s+|Anfang\\s+)?$`, 'iu');

/** The first day of the campaign's month ("10" the campaign's October): the first such month that ends on or after its start. */
function campaignMonth(month: string, campaignStart: IsoDate): IsoDate {
  const year = Number(campaignStart.slice(0, 4));
  return `${month >= campaignStart.slice(5, 7) ? year : year + 1}-${month}-01`;
}

/** The first day with this month and day ("10-17") on or after `from`. */
function firstOnOrAfter(monthDay: string | undefined, from: IsoDate): IsoDate | null {
  if (!monthDay) return null;
  const year = Number(from.slice(0, 4));
  return `${year}-${monthDay}` >= from ? `${year}-${monthDay}` : `${year + 1}-${monthDay}`;
}

/** "Since then, 70 attacks ...", "To date, there have been 100 attacks": a count that runs from what the sentence before told. */
const FROM_BEFORE = /^\W*(?:since then|ever since|to date|so far|depuis lors|depuis cette date|seitdem|seither|desde entonces|desde então|da allora)(?![\p{L}])/iu;
/** The opening that points back to the day itself ("since then"), not only to the count's start ("to date"). */
const THEN = /^\W*(?:since then|ever since|depuis lors|depuis cette date|seitdem|seither|desde entonces|desde então|da allora)/iu;

/**
 * The day a count with no period of its own runs from, when its sentence opens by pointing back to the one before: "Since then"
 * is the last day that sentence names ("following the October 17 hospital blast"), "To date" the day it says the attacks
 * began on ("since they began on October 17").
 */
export function sinceFromBefore(article: Article, sentence: Sentence, before: Sentence | undefined, lex: CompiledPack): IsoDate | null {
  const text = article.text;
  if (!before || !FROM_BEFORE.test(text.slice(sentence.start, sentence.end))) return null;
  const dates = findDates(text, before.start, before.end, article.lang, article.published).filter(namesDay);
  const chosen = THEN.test(text.slice(sentence.start, sentence.end)) ? dates.at(-1) : dates.find((d) => opensPeriod(text, before.start, d));
  return sinceDay(chosen, article.published, lex.pack.settings.since, text);
}

/** "the 164th attack ... in the past 96 days", "30 times over the last two weeks", "in the past week": the span a count covers, up to the day the article came out. */
const PAST_SPAN = /^[^.;,]{0,80}?\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(\S+)\s+)?(days?|weeks?|months?)\b/diu;

/** The first day of the span of days, weeks or months a count covers up to its article's publication, or null. */
function sinceSpan(text: string, after: number, end: number, published: IsoDate | null): IsoDate | null {
  const span = published === null ? null : PAST_SPAN.exec(text.slice(after, end));
  if (!span || !published) return null;
  const unit = span[2]!.toLowerCase();
  // "in the past week" is one; "in the past weeks", "in the past few weeks" give no number.
  let count = 1;
  if (span[1] !== undefined) {
    const [from, to] = span.indices![1]!;
    const [n] = findNumbers(text, after + from, after + to);
    if (!n) return null;
    count = n.value;
  } else if (unit.endsWith('s')) return null;
  if (unit.startsWith('month')) return monthsBefore(published, count);
  return addDays(published, -count * (unit.startsWith('week') ? 7 : 1));
}

/** The same day `months` months before, or the last day of that month when it is shorter: "the past month" to 31 March runs from 29 February. */
function monthsBefore(day: IsoDate, months: number): IsoDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - months, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 - months, Math.min(date, last))).toISOString().slice(0, 10);
}

/**
 * The first day of the year or month the article came out in, when the sentence counts from it: "so far this year", "since
 * the start of the year", "seit Jahresbeginn", "this month". Not "this year's budget", which only names the year.
 */
function sinceToDate(text: string, start: number, end: number, published: IsoDate | null, lex: CompiledPack): IsoDate | null {
  if (!published) return null;
  const told = (cue: string) => lex.cue(cue).find(text, start, end).some((h) => !/^['’]s(?![\p{L}])/u.test(text.slice(h.end, h.end + 3)));
  if (told('year_to_date')) return `${published.slice(0, 4)}-01-01`;
  return told('month_to_date') ? `${published.slice(0, 7)}-01` : null;
}

/** Between a verb of saying and the day it was said on: "said Thursday", "told reporters on Monday", "a déclaré mardi", "sagte am Montag". */
const TOLD_ON = /^\s*(?:in a statement\s+)?(?:(?:on|am|le|el)\s+)?$/i;

/** The word before whom a strike is made: "attacks on", "Angriffe auf", "attaques contre". */
const ON_WHOM = /^\s+(?:on|against|auf|gegen|contre|contra|sur)\s+/i;

/** How far into a sentence its subject is looked for, and what makes strikes the defender's: "strikes by the U.S.". */
const SUBJECT_REACH = 24;
const STRIKES_BY = /^\s+by\s+(?:the\s+)?/i;

/**
 * Aggregate counts of attacks on the defender's forces in one sentence, and their breakdown by country.
 * `articleAboutDefender` tells whether the article speaks of the defender's forces anywhere: there a count
 * of attacks since a day of the campaign ("Since October 17, there have been at least 24 attacks") needs no
 * other word for whom they were on.
 */
export function findTallies(article: Article, sentence: Sentence, lex: CompiledPack, previousWasTally = false, articleAboutDefender: () => boolean = () => false): Tally[] {
  const text = article.text;
  const { start, end } = sentence;
  const breakdown = previousWasTally && BREAKDOWN_LEAD.test(text.slice(start, end));
  const aboutDefender = lex.cue('defender_target').has(text, start, end) || lex.cue('defender_agent').has(text, start, end);
  // The sentence after a tally that counts attacks goes on with it ("20 of the attacks were in Iraq").
  const sinceOnly = !aboutDefender && !breakdown && !previousWasTally;
  const body = text.slice(start, end);
  const total = runningTotal(article, sentence, lex);
  if (total) return [total];
  if (sinceOnly && !SINCE.test(body)) return [];
  // A count needs a unit word after it, or an ordinal: most sentences have neither, and need no closer look.
  let ordinalHead: boolean | undefined;
  const mayRank = () => (ordinalHead ??= ORDINAL_HEAD.test(body));
  if (!breakdown && !UNIT_WORD.test(body) && !mayRank()) return [];
  // Dates cost most to read: look for them only where a count of attacks stands.
  const sites = lex.sites.find(text, start, end);
  const inNames = [...sites, ...lex.actors.find(text, start, end)];
  let countries: readonly Span[] | undefined;
  const countriesOf = () => (countries ??= lex.countries.find(text, start, end));
  const numbers = findNumbers(text, start, end).filter((n) => !inNames.some((h) => n.start >= h.start && n.end <= h.end) && isCount(text, n, sentence, countriesOf));
  const units = numbers.map((n) => unitAfter(text, n.end, end));
  if (!units.some((unit) => unit !== null) && !(mayRank() && ORDINAL_TEST.test(body)) && !breakdown) return [];
  if (sinceOnly && !articleAboutDefender()) return [];
  const dates = findDates(text, start, end, article.lang, article.published);
  const sinces = dates.filter((d) => opensPeriod(text, start, d));
  const since = sinces[0];
  const sinceDate = sinceDay(since, article.published, lex.pack.settings.since, text);
  // "76 times since Oct. 17, including two attacks since Wednesday": each count runs from the day after it, else from the one before it.
  const sinceOf = (at: number, to: number) =>
    sinces.length < 2 ? sinceDate : sinceDay(sinces.find((d) => d.start >= to) ?? sinces.findLast((d) => d.end <= at) ?? since, article.published, lex.pack.settings.since, text);
  const asOf = dates.find((d) => /(?:as of|until|through)\s*$/i.test(text.slice(Math.max(start, d.start - 12), d.start)));
  const period = periodOf(text, start, dates, article.published, lex.pack.settings.since);
  const fromCampaign = !sinceDate && sinceCampaign(text, start, end, lex);
  if (sinceOnly && !(sinceDate && sinceDate >= lex.pack.settings.since)) return [];
  // "two attacks ... on Monday": a few incidents of one day are mentions, not a tally.
  // The day of what the count follows ("after U.S. strikes on Thursday") is not the day of the counted attacks.
  const background = lex.cue('background').find(text, start, end).find((h) => h.start - start > 15)?.start ?? end;
  // A day the text names counts, even one an undated article leaves unresolved ("late on November 23").
  const oneDay = !since && !period && dates.some((d) => namesDay(d) && d !== asOf && d.start < background);
  // "two separate drone attacks targeted the al-Tanf base", "a second attack hit the Conoco field": a few incidents at a named base.
  const atBase = !since && !period && sites.length > 0;
  // "the second attack on US forces in less than 24 hours": the few incidents of a span of hours.
  const withinHours = !since && !period && mayRank() && RANKED_IN_HOURS.test(body);
  // "Iraqi militia group claims two drone attacks on US bases": a headline counts the incidents its article tells.
  const headline = sentence.index < 3 && HEADLINE.test(text.slice(start, end));
  const few = (count: number, qualifier: Qualifier) => count < 5 && qualifier === 'exact' && (oneDay || atBase || withinHours || headline);
  const speaker = speakerOf(text, sentence, lex);
  const toDate = sinceToDate(text, start, end, article.published, lex);
  // A count runs up to the day of the attack it ranks ("Saturday’s attack marks the 144th", "the drone strike on Tuesday was the
  // 66th"), else to the day it was told ("Ryder said Thursday", "the Pentagon on Monday said").
  const dayOf = (d: DateMention) => d.date !== null && namesDay(d) && d !== asOf && !sinces.includes(d);
  const rankedOn = (at: number) => dates.findLast((d) => d.end <= at && dayOf(d))?.date ?? null;
  const reporting = lex.cue('reporting').find(text, start, end);
  const toldOn =
    dates.find((d) => dayOf(d) && reporting.some((v) => (v.end <= d.start && TOLD_ON.test(text.slice(v.end, d.start))) || (d.end <= v.start && /^\s*$/.test(text.slice(d.end, v.start)))))?.date ?? null;
  const tallies: Tally[] = [];
  const push = (count: number, at: number, to: number, qualifier: Qualifier, country: string | null, ranks = false) => {
    const month = period ? null : monthPeriod(text, start, at, to, end, dates, article.published, lex.pack.settings.since);
    tallies.push({
      article: article.id,
      count,
      qualifier,
      since:
        sinceSpan(text, to, end, article.published) ??
        month?.since ??
        sinceOf(at, to) ??
        period?.since ??
        // "Over the past month, militias have launched more than 60 attacks": a span before the count, where nothing else gives one.
        sinceSpan(text, start, at, article.published) ??
        toDate ??
        (fromCampaign ? lex.pack.settings.since : null),
      until: asOf?.precision === 'day' ? asOf.date : (month?.until ?? period?.until ?? (ranks ? rankedOn(at) : null) ?? toldOn),
      country,
      speaker,
      quote: text.slice(start, end),
      start: at,
      end: to,
    });
  };

  // The defender striking back ("has struck back just three times") is not a count of attacks on it.
  const agents = lex.cue('defender_agent').find(text, start, end);
  const active = (h: { start: number }) => !/(?:been|was|were|being|be|got|get)\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(start, h.start - 20), h.start));
  // "las fuerzas estadounidenses han sufrido más de 150 ataques": the attacks the defender undergoes are not its strikes.
  const undergone = lex.cue('undergone').find(text, start, end);
  // "The Pentagon said militants have conducted 61 attacks": a group named between the defender and the verb is who struck.
  const groups = [...lex.cue('armed_group_noun').find(text, start, end), ...lex.actors.find(text, start, end).filter((h) => lex.actor(h.key).type !== 'state')];
  const between = (hits: readonly Span[], from: number, to: number) => hits.some((u) => u.start >= from && u.end <= to);
  // "das Pentagon zählte 140 Angriffe auf US-Truppen": attacks on the defender, whoever counts them.
  const defenders = [...agents, ...lex.cue('defender_target').find(text, start, end)];
  const onDefender = (h: Span) => {
    const on = ON_WHOM.exec(text.slice(h.end, h.end + 16));
    return on !== null && defenders.some((d) => d.start >= h.end + on[0].length && d.start - (h.end + on[0].length) <= 20);
  };
  const strikesBack = lex
    .cue('strike')
    .find(text, start, end)
    .filter((h) => active(h) && !onDefender(h) && agents.some((a) => a.end <= h.start && h.start - a.end < 40 && !between(undergone, a.end, h.start) && !between(groups, a.end, h.start)));
  // "has struck back just three times", "launched three retaliatory attacks": the strike verb just before the count, or in its unit.
  // "The strikes by Air Force F-15E jets ... were the second attack in two weeks": what the sentence counts is its subject, the defender's strikes.
  const strikesAreSubject = lex
    .cue('strike')
    .find(text, start, Math.min(end, start + SUBJECT_REACH))
    .some((h) => STRIKES_BY.test(text.slice(h.end, h.end + 12)) && agents.some((a) => a.start > h.end && a.start - h.end <= 12));
  const countsStrikes = (at: number, to = at) => strikesAreSubject || strikesBack.some((h) => (h.end <= at && at - h.end <= 40) || (h.start >= at && h.end <= to));
  // "strikes on two Iranian-linked targets in Syria": what was struck, not a share of the attacks.
  const objects = lex.cue('strike_object').find(text, start, end);
  const struckThings = (at: number) => objects.some((o) => o.start >= at && o.start - at <= 30);
  const counted = new Set<number>();
  for (const [i, n] of numbers.entries()) {
    const unit = units[i];
    if (!unit || findNumbers(text, n.end, n.end + unit[0].length).length || countsStrikes(n.start, n.end + unit[0].length)) continue;
    // "five dozen attacks" is a manner of speaking, not a count.
    if (/^\s+dozen/i.test(unit[0])) continue;
    const count = n.value;
    const qualifier = qualifierBefore(text, n.start, n.end);
    if ((oneDay && count < 10 && qualifier === 'exact') || few(count, qualifier)) continue;
    const to = n.end + unit[0].length;
    push(count, n.start, to, qualifier, scopeAfter(text, to, end, numbers, inNames, lex) ?? scopeBefore(text, start, n.start, to, end, inNames, lex));
    counted.add(n.start);
  }
  for (const m of mayRank() ? body.matchAll(ORDINAL) : []) {
    const at = start + m.index;
    const count = ORDINAL_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const qualifier = qualifierBefore(text, at);
    if (few(count, qualifier) || countsStrikes(at)) continue;
    const to = at + m[0].length;
    push(count, at, to, qualifier, scopeAfter(text, to, end, numbers, inNames, lex), true);
    counted.add(at);
  }
  // A breakdown by country, in this sentence after a count, or in the sentence after one ("Of those, 29 have been in Iraq and 32 in Syria").
  if (tallies.length || breakdown) {
    for (const n of numbers) {
      if (counted.has(n.start) || PEOPLE.test(text.slice(n.end, end)) || TIME_SPAN.test(text.slice(n.end, end)) || struckThings(n.end)) continue;
      const lead = IN_COUNTRY.exec(text.slice(n.end, end));
      const country = lead && lex.countries.find(text, n.end + lead[0].length, Math.min(end, n.end + lead[0].length + 20)).find((c) => c.start === n.end + lead[0].length);
      if (country) push(n.value, n.start, n.end + lead[0].length, 'exact', country.key);
    }
  }
  return tallies;
}
