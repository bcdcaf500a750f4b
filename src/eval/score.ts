/** `sitrep eval`: a system's mentions and tallies scored against gold annotations (GUIDELINES "Scoring"). */
import type { DatePrecision, EventKind } from '../model.js';
import type { DomainPack } from '../domain/pack.js';
import type { DateAgreement } from './dates.js';
import { fieldMismatches, SCORED_FIELDS, type FieldMismatch, type ScoredField, type SystemMention } from './fields.js';
import type { GoldArticle, GoldMention } from './gold.js';
import { matchMentions } from './match.js';
import { accuracy, prf, type Accuracy, type Prf } from './metrics.js';
import { buildNameIndex, type NameIndex } from './names.js';
import type { PlaceAgreement } from './places.js';
import { countAndQualifier, countOnly, countQualifierAndSince, matchTallies, type TallyLike, type TallyMatch } from './tallies.js';

/** Sites closer than this (km) are one place, per the guidelines. */
export const DEFAULT_NEAR_KM = 30;

export interface SystemArticle {
  mentions: SystemMention[];
  tallies: TallyLike[];
}

export interface ScoreOptions {
  /** Article texts by id: the quote tie-break then compares offsets where the gold quote is found. */
  texts?: ReadonlyMap<string, string>;
  nearKm?: number;
}

interface MentionSummaryBase {
  /** Position of the mention in its article's list. */
  index: number;
  kind: EventKind;
  date: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  site: string | null;
  place: string | null;
  country: string | null;
  quote: string;
}

export interface GoldSummary extends MentionSummaryBase {
  event: string | null;
}

export interface SystemSummary extends MentionSummaryBase {
  start: number;
  end: number;
}

export interface MatchedPair {
  article: string;
  gold: GoldSummary;
  system: SystemSummary;
  date: DateAgreement;
  place: PlaceAgreement;
  quoteOverlap: number;
  mismatches: FieldMismatch[];
}

export interface ArticleReport {
  article: string;
  matched: MatchedPair[];
  falsePositives: SystemSummary[];
  falseNegatives: GoldSummary[];
  tallies: TallyMatch;
}

export interface EvalReport {
  /** Gold articles scored. */
  articles: number;
  /** Articles the system read that have no gold annotation (not scored). */
  systemOnlyArticles: string[];
  mentions: Prf;
  tallies: { exact: Prf; countOnly: Prf; withSince: Prf };
  /** Accuracy of each field over the matched pairs. */
  fields: Record<ScoredField, Accuracy>;
  perArticle: ArticleReport[];
}

function summaryBase(mention: GoldMention | SystemMention, index: number): MentionSummaryBase {
  const { kind, date, date_end, date_precision, site, place, country, quote } = mention;
  return { index, kind, date, date_end, date_precision, site, place, country, quote };
}

const goldSummary = (mention: GoldMention, index: number): GoldSummary => ({
  ...summaryBase(mention, index),
  event: mention.event,
});

const systemSummary = (mention: SystemMention, index: number): SystemSummary => ({
  ...summaryBase(mention, index),
  start: mention.start,
  end: mention.end,
});

function scoreArticle(
  names: NameIndex,
  nearKm: number,
  gold: GoldArticle,
  system: SystemArticle,
  text: string | undefined,
): ArticleReport {
  const pairs = matchMentions({ names, nearKm, text }, gold.mentions, system.mentions);
  const matchedGold = new Set(pairs.map((pair) => pair.goldIndex));
  const matchedSystem = new Set(pairs.map((pair) => pair.systemIndex));
  const matched = pairs.map((pair): MatchedPair => {
    const goldMention = gold.mentions[pair.goldIndex] as GoldMention;
    const systemMention = system.mentions[pair.systemIndex] as SystemMention;
    return {
      article: gold.article,
      gold: goldSummary(goldMention, pair.goldIndex),
      system: systemSummary(systemMention, pair.systemIndex),
      date: pair.date,
      place: pair.place,
      quoteOverlap: pair.quoteOverlap,
      mismatches: fieldMismatches(names, goldMention, systemMention),
    };
  });
  return {
    article: gold.article,
    matched,
    falsePositives: system.mentions.flatMap((mention, index) =>
      matchedSystem.has(index) ? [] : [systemSummary(mention, index)],
    ),
    falseNegatives: gold.mentions.flatMap((mention, index) =>
      matchedGold.has(index) ? [] : [goldSummary(mention, index)],
    ),
    tallies: matchTallies(gold.tallies, system.tallies, countAndQualifier),
  };
}

/** Scores system mentions and tallies, article by article, against the gold annotations. */
export function scoreMentions(
  gold: readonly GoldArticle[],
  system: ReadonlyMap<string, SystemArticle>,
  pack: DomainPack,
  options: ScoreOptions = {},
): EvalReport {
  const names = buildNameIndex(pack);
  const nearKm = options.nearKm ?? DEFAULT_NEAR_KM;
  const empty: SystemArticle = { mentions: [], tallies: [] };
  const perArticle = gold.map((article) =>
    scoreArticle(names, nearKm, article, system.get(article.article) ?? empty, options.texts?.get(article.article)),
  );

  const goldIds = new Set(gold.map((article) => article.article));
  const tp = perArticle.reduce((sum, article) => sum + article.matched.length, 0);
  const fp = perArticle.reduce((sum, article) => sum + article.falsePositives.length, 0);
  const fn = perArticle.reduce((sum, article) => sum + article.falseNegatives.length, 0);

  const tallyScore = (key: (tally: TallyLike) => string): Prf => {
    let matched = 0;
    let extra = 0;
    let missed = 0;
    for (const article of gold) {
      const result = matchTallies(article.tallies, system.get(article.article)?.tallies ?? [], key);
      matched += result.matched;
      extra += result.falsePositives.length;
      missed += result.falseNegatives.length;
    }
    return prf(matched, extra, missed);
  };

  const pairs = perArticle.flatMap((article) => article.matched);
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((field) => [
      field,
      accuracy(pairs.filter((pair) => !pair.mismatches.some((mismatch) => mismatch.field === field)).length, pairs.length),
    ]),
  ) as Record<ScoredField, Accuracy>;

  return {
    articles: gold.length,
    systemOnlyArticles: [...system.keys()].filter((id) => !goldIds.has(id)).sort(),
    mentions: prf(tp, fp, fn),
    tallies: { exact: tallyScore(countAndQualifier), countOnly: tallyScore(countOnly), withSince: tallyScore(countQualifierAndSince) },
    fields,
    perArticle,
  };
}

/** Every matched pair of a report, for event-level scoring. */
export function matchedPairs(report: EvalReport): MatchedPair[] {
  return report.perArticle.flatMap((article) => article.matched);
}
