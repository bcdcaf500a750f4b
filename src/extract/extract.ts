import type { Article, Extraction, IsoDate, Tally } from '../model.js';
import type { DomainPack } from '../domain/pack.js';
import { findDates } from './dates.js';
import { MONTH_NAMES, monthNamePattern } from '../language/month-names.js';
import { compilePack, type CompiledPack } from './lexicon.js';
import { findMentions } from './mentions.js';
import { countsShare, findTallies, ranksIncident, sinceFromBefore } from './tallies.js';
import { splitSentences, type Sentence } from './sentences.js';

/** "for 91 days", "منذ 91 يوما": the count of days first (a number is rarer than a word), then the word before it. */
const DAY_COUNT = /(\d{2,3})\s+(?:days|jours|Tagen|días|يوما)(?![\p{L}])/giu;
const DAY_COUNT_LEAD = /(?:\b(?:for|for the past|in|after|during|since|depuis|seit|desde)|لمدة|منذ)\s+$/i;

/**
 * An article without a publication date may still fix "today": "the aggression on Gaza for 91 days"
 * counts days from the campaign's start.
 */
function withReferenceDate(article: Article, sentences: Sentence[], lex: CompiledPack): Article {
  if (article.published) return article;
  // One pass over the text for a count of days; only the sentence that holds one is read for the campaign.
  for (const count of article.text.matchAll(DAY_COUNT)) {
    if (!DAY_COUNT_LEAD.test(article.text.slice(Math.max(0, count.index - 16), count.index))) continue;
    const sentence = sentences.find((s) => count.index >= s.start && count.index < s.end);
    if (!sentence || !lex.cue('campaign').has(article.text, sentence.start, sentence.end)) continue;
    const days = Number(count[1]);
    const day = new Date(Date.parse(`${lex.pack.settings.since}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    return { ...article, published: day };
  }
  return article;
}

/** "attacked 40 times to date", "so far": the count runs up to the day it is told. */
const UP_TO_NOW = /\b(?:to date|so far|thus far|as of (?:today|now)|à ce jour|jusqu'à présent|bislang|bisher|hasta la fecha|hasta ahora|até agora|finora)\b/iu;

/**
 * An article without a publication date whose count runs to a day and "to date" ("between October 17 and November 7 …
 * attacked at least 40 times to date") was written that day: its "Tuesday" is the one of that week.
 */
function todayOfCount(article: Article, tallies: readonly Tally[]): Article {
  if (article.published) return article;
  const count = tallies.find((t) => t.until !== null && UP_TO_NOW.test(t.quote));
  return count ? { ...article, published: count.until } : article;
}

/** A month's name in any language the readers know, or an English abbreviation of one: only such sentences name a day in words. */
const MONTH_WORD = new RegExp(`${monthNamePattern(Object.keys(MONTH_NAMES))}|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.`, 'iu');

/** The first day with this month and day ("11-02") on or after `since`; null for a day no year has ("02-30"). */
function firstOnOrAfter(monthDay: string, since: IsoDate): IsoDate | null {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  for (let year = Number(since.slice(0, 4)); year <= Number(since.slice(0, 4)) + 4; year++) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) continue;
    const iso = date.toISOString().slice(0, 10);
    if (iso >= since) return iso;
  }
  return null;
}

/**
 * The latest day an undated article's text names in words ("The House on November 2 passed …"): it came out on or after
 * it. A day written without its year is taken in the first year it falls in since the pack's start (the earliest it can
 * be); a day after a word of what may yet come in its sentence ("will", "plans to", "if") bounds nothing.
 */
function writtenAfter(article: Article, sentences: readonly Sentence[], lex: CompiledPack): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const named = sentences.filter((s) => MONTH_WORD.test(article.text.slice(s.start, s.end)));
  for (const d of named.flatMap((s) => findDates(article.text, s.start, s.end, article.lang, null))) {
    const monthDay = d.monthDayEnd ?? d.monthDay;
    const day = d.precision === 'day' && d.date !== null ? d.date : monthDay ? firstOnOrAfter(monthDay, lex.pack.settings.since) : null;
    // Digits alone may be no date at all ("24/7 news").
    if (day === null || (latest !== undefined && day <= latest) || !/\p{L}/u.test(article.text.slice(d.start, d.end))) continue;
    const sentence = sentences.find((s) => d.start >= s.start && d.start < s.end);
    if (sentence && lex.cue('irrealis').has(article.text, sentence.start, d.start)) continue;
    latest = day;
  }
  return latest;
}

/**
 * "Of those, 29 have been in Iraq and 32 in Syria", after "61 attacks since Oct. 17, the Pentagon said": a count by
 * country that states no period of its own shares the period and the speaker of the count it breaks down.
 */
function breakdownOf(tally: Tally, whole: Tally): void {
  if (tally.country === null || whole.country !== null || tally.since !== null || tally.until !== null || tally.count > whole.count) return;
  Object.assign(tally, { since: whole.since, until: whole.until, speaker: tally.speaker ?? whole.speaker });
}

/** Stage `extract`: the event mentions and tallies of one article. No database, no network. */
export function extract(article: Article, pack: DomainPack): Extraction {
  const undated = article.published === null;
  const lex = compilePack(pack);
  const sentences = splitSentences(article.text, article.lang);
  article = withReferenceDate(article, sentences, lex);
  const tallies: Tally[] = [];
  const countsAt: number[] = [];
  let previousWasTally = false;
  let aboutDefender: boolean | undefined;
  const articleAboutDefender = () => (aboutDefender ??= lex.cue('defender_target').has(article.text, 0, article.text.length));
  for (const [i, sentence] of sentences.entries()) {
    const found = findTallies(article, sentence, lex, previousWasTally, articleAboutDefender);
    if (previousWasTally && countsShare(article.text, sentence)) for (const t of found) breakdownOf(t, tallies.at(-1)!);
    const open = found.filter((t) => t.since === null && t.until === null);
    if (open.length) {
      const since = sinceFromBefore(article, sentence, sentences[i - 1], lex);
      for (const t of open) t.since = since;
    }
    previousWasTally = found.length > 0;
    if (found.length) {
      tallies.push(...found);
      // A count sentence can still report one incident at a named base ("the 26th attack, on Conoco"), or the one it ranks.
      if (!lex.sites.has(article.text, sentence.start, sentence.end)) countsAt.push(...found.filter((t) => !ranksIncident(article.text, t)).map((t) => t.start));
    }
  }
  article = todayOfCount(article, tallies);
  // The clause that holds a count tells no incident; another clause of its sentence may ("following U.S. strikes on Thursday").
  const mentions = findMentions(article, sentences, lex, (clause) => countsAt.some((at) => at >= clause.start && at < clause.end));
  if (!undated) return { mentions, tallies };
  if (article.published !== null) return { mentions, tallies, writtenOn: article.published };
  // Only a weekday is placed by it: the text is read for its days only when a report names one.
  if (!mentions.some((m) => m.day_label?.startsWith('w'))) return { mentions, tallies };
  const after = writtenAfter(article, sentences, lex);
  return after ? { mentions, tallies, writtenAfter: after } : { mentions, tallies };
}
