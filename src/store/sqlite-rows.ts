/** How model records become SQLite rows (statement parameters) and how rows become records again. */
import type {
  Article,
  Attribution,
  Conflict,
  DatePrecision,
  EventKind,
  Grade,
  IsoDate,
  MentionField,
  Outcome,
  PlacePrecision,
  PublishedSource,
  Qualifier,
  SitrepEvent,
  Span,
  StoredMention,
  Tally,
} from '../model.js';
import { dateSpan, nameKey } from './derived.js';
import type { MentionToStore, StoredArticle, TallyWithSource } from './store.js';

export type SqlValue = string | number | null;
export type SqlParams = Record<string, SqlValue>;

/** The columns articleParams fills (and an article row holds). */
export const ARTICLE_COLUMNS =
  'id, hash, url, title, outlet, lang, published, published_source, published_month, written_on, written_after, origin, text, ingested_at';

export interface ArticleRow {
  id: string;
  hash: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  lang: string | null;
  published: string | null;
  published_source: string;
  published_month: string | null;
  written_on: string | null;
  written_after: string | null;
  origin: string;
  text: string;
  ingested_at: string;
}

/** `written`: the days the article's text shows it was written on, or after (ArticleExtraction.writtenOn, writtenAfter). */
export function articleParams(article: Article, ingestedAt: string, written: { writtenOn?: IsoDate; writtenAfter?: IsoDate } = {}): SqlParams {
  return {
    id: article.id,
    hash: article.hash,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    lang: article.lang,
    published: article.published,
    published_source: article.publishedSource,
    published_month: article.publishedMonth ?? null,
    written_on: written.writtenOn ?? null,
    written_after: written.writtenAfter ?? null,
    origin: article.origin,
    text: article.text,
    ingested_at: ingestedAt,
  };
}

export function articleFromRow(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    lang: row.lang,
    published: row.published,
    publishedSource: row.published_source as PublishedSource,
    ...(row.published_month === null ? {} : { publishedMonth: row.published_month }),
    text: row.text,
    hash: row.hash,
    origin: row.origin,
    ingestedAt: row.ingested_at,
  };
}

/** The columns mentionParams fills. */
export const MENTION_COLUMNS = `id, article_id, kind, date, date_end, date_precision, last_date, site, place, country,
  lat, lon, attacker, attribution, target, weapons, killed, injured, outcome, quote, span_start, span_end, evidence, day_label`;

/**
 * Mention columns with the article fields a StoredMention carries; `m` is mentions, `a` articles. Rows
 * are read as arrays in this order (better-sqlite3's raw mode): fusion reads tens of thousands of
 * mentions at a time, and an object with named keys per row costs more than SQLite's own work.
 */
export const MENTION_SELECT = `m.id, m.article_id, m.kind, m.date, m.date_end, m.date_precision, m.site, m.place,
  m.country, m.lat, m.lon, m.attacker, m.attribution, m.target, m.weapons, m.killed, m.injured, m.outcome,
  m.quote, m.span_start, m.span_end, m.evidence, m.day_label, a.hash, a.outlet, a.url, a.published, a.published_month,
  a.written_on, a.written_after`;

export type MentionRow = [
  id: string,
  articleId: string,
  kind: string,
  date: string | null,
  dateEnd: string | null,
  datePrecision: string,
  site: string | null,
  place: string | null,
  country: string | null,
  lat: number | null,
  lon: number | null,
  attacker: string | null,
  attribution: string,
  target: string | null,
  weapons: string,
  killed: number | null,
  injured: number | null,
  outcome: string,
  quote: string,
  spanStart: number,
  spanEnd: number,
  evidence: string,
  dayLabel: string | null,
  articleHash: string,
  articleOutlet: string | null,
  articleUrl: string | null,
  articlePublished: string | null,
  articlePublishedMonth: string | null,
  articleWrittenOn: string | null,
  articleWrittenAfter: string | null,
];

/** How many values of a row MENTION_SELECT reads: a query may select more after them. */
export const MENTION_VALUES = 30;

export function mentionParams(mention: MentionToStore, articleId: string): SqlParams {
  return {
    id: mention.id,
    article_id: articleId,
    kind: mention.kind,
    date: mention.date,
    date_end: mention.date_end,
    date_precision: mention.date_precision,
    last_date: dateSpan(mention.date, mention.date_end, mention.date_precision).lastDate,
    site: mention.site,
    place: mention.place,
    country: mention.country,
    lat: mention.lat,
    lon: mention.lon,
    attacker: mention.attacker,
    attribution: mention.attribution,
    target: mention.target,
    weapons: JSON.stringify(mention.weapons),
    killed: mention.killed,
    injured: mention.injured,
    outcome: mention.outcome,
    quote: mention.quote,
    span_start: mention.start,
    span_end: mention.end,
    evidence: JSON.stringify(mention.evidence),
    day_label: mention.day_label ?? null,
  };
}

export function mentionFromRow(row: readonly [...MentionRow, ...unknown[]]): StoredMention {
  const [id, article, kind, date, dateEnd, precision, site, place, country, lat, lon, attacker, attribution, target, weapons,
    killed, injured, outcome, quote, start, end, evidence, dayLabel, articleHash, outlet, url, published, publishedMonth, writtenOn, writtenAfter] = row;
  return {
    id,
    article,
    kind: kind as EventKind,
    date,
    date_end: dateEnd,
    date_precision: precision as DatePrecision,
    site,
    place,
    country,
    lat,
    lon,
    attacker,
    attribution: attribution as Attribution,
    target,
    weapons: JSON.parse(weapons) as string[],
    killed,
    injured,
    outcome: outcome as Outcome,
    quote,
    start,
    end,
    evidence: JSON.parse(evidence) as Partial<Record<MentionField, Span>>,
    ...(dayLabel === null ? {} : { day_label: dayLabel }),
    articleHash,
    outlet,
    url,
    published,
    ...(publishedMonth === null ? {} : { publishedMonth }),
    ...(writtenOn === null ? {} : { writtenOn }),
    ...(writtenAfter === null ? {} : { writtenAfter }),
  };
}

/** The columns tallyParams fills. */
export const TALLY_COLUMNS = 'article_id, position, count, qualifier, since, until, country, speaker, quote, span_start, span_end';

export function tallyParams(tally: Tally, articleId: string, position: number): SqlParams {
  return {
    article_id: articleId,
    position,
    count: tally.count,
    qualifier: tally.qualifier,
    since: tally.since,
    until: tally.until,
    country: tally.country,
    speaker: tally.speaker,
    quote: tally.quote,
    span_start: tally.start,
    span_end: tally.end,
  };
}

export interface TallyRow {
  article_id: string;
  count: number;
  qualifier: string;
  since: string | null;
  until: string | null;
  country: string | null;
  speaker: string | null;
  quote: string;
  span_start: number;
  span_end: number;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export function tallyFromRow(row: TallyRow): TallyWithSource {
  return {
    article: row.article_id,
    count: row.count,
    qualifier: row.qualifier as Qualifier,
    since: row.since,
    until: row.until,
    country: row.country,
    speaker: row.speaker,
    quote: row.quote,
    start: row.span_start,
    end: row.span_end,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
  };
}

/** The columns eventParams fills (and an event row holds). */
export const EVENT_COLUMNS = `id, kind, date, date_end, date_precision, sort_date, last_date, span_days,
  site, site_key, place, country, lat, lon, place_precision, attacker, attribution, target, weapons,
  killed, killed_high, injured, injured_high, outcome, articles, outlets, grade, support, conflicts, merged_from`;

export interface EventRow {
  id: string;
  kind: string;
  date: string | null;
  date_end: string | null;
  date_precision: string;
  site: string | null;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  place_precision: string;
  attacker: string | null;
  attribution: string;
  target: string | null;
  weapons: string;
  killed: number | null;
  killed_high: number | null;
  injured: number | null;
  injured_high: number | null;
  outcome: string;
  articles: number;
  outlets: number;
  grade: string;
  support: string;
  conflicts: string;
  merged_from: string;
}

export function eventParams(event: SitrepEvent): SqlParams {
  const span = dateSpan(event.date, event.date_end, event.date_precision);
  return {
    id: event.id,
    kind: event.kind,
    date: event.date,
    date_end: event.date_end,
    date_precision: event.date_precision,
    sort_date: span.sortDate,
    last_date: span.lastDate,
    span_days: span.spanDays,
    site: event.site,
    site_key: event.site === null ? null : nameKey(event.site),
    place: event.place,
    country: event.country,
    lat: event.lat,
    lon: event.lon,
    place_precision: event.place_precision,
    attacker: event.attacker,
    attribution: event.attribution,
    target: event.target,
    weapons: JSON.stringify(event.weapons),
    killed: event.killed,
    killed_high: event.killed_high,
    injured: event.injured,
    injured_high: event.injured_high,
    outcome: event.outcome,
    articles: event.articles,
    outlets: event.outlets,
    grade: event.grade,
    support: JSON.stringify(event.support),
    conflicts: JSON.stringify(event.conflicts),
    merged_from: JSON.stringify(event.merged_from),
  };
}

/** The distinct actor keys an event is found under: its attacker and its target. */
export function eventActorKeys(event: SitrepEvent): string[] {
  const names = [event.attacker, event.target].filter((name): name is string => name !== null);
  return [...new Set(names.map(nameKey))];
}

export function eventFromRow(row: EventRow, mentions: StoredMention[]): SitrepEvent {
  return {
    id: row.id,
    kind: row.kind as EventKind,
    date: row.date,
    date_end: row.date_end,
    date_precision: row.date_precision as DatePrecision,
    site: row.site,
    place: row.place,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    place_precision: row.place_precision as PlacePrecision,
    attacker: row.attacker,
    attribution: row.attribution as Attribution,
    target: row.target,
    weapons: JSON.parse(row.weapons) as string[],
    killed: row.killed,
    killed_high: row.killed_high,
    injured: row.injured,
    injured_high: row.injured_high,
    outcome: row.outcome as Outcome,
    articles: row.articles,
    outlets: row.outlets,
    grade: row.grade as Grade,
    support: JSON.parse(row.support) as Partial<Record<MentionField, string[]>>,
    conflicts: JSON.parse(row.conflicts) as Conflict[],
    merged_from: JSON.parse(row.merged_from) as string[],
    mentions,
  };
}
