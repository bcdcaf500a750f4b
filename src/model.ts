/**
 * The shared vocabulary of every stage (see DESIGN.md "Words used here").
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into `Article.text`.
 */

export type IsoDate = string; // YYYY-MM-DD

export interface Span {
  start: number;
  end: number;
}

/** How an article's publication date was found, most trusted first. */
export type PublishedSource =
  | 'input' // given by the caller (JSONL `published`, feed item date)
  | 'html-meta' // <meta property="article:published_time"> and the like
  | 'date-line' // a leading " date 2024-08-05" line
  | 'byline' // a dated byline or dateline inside the text ("Mon, 04/22/2024 - 18:40", "BAGHDAD, Aug 5 (Reuters)")
  | 'url' // /2024/08/05/, /2024/aug/05/, /20231207-...
  | 'none';

export interface Article {
  /** The caller's id (JSONL `id`) or, failing that, a short hash of the text. */
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** ISO 639-1 code, or null when it cannot be told. */
  lang: string | null;
  published: IsoDate | null;
  publishedSource: PublishedSource;
  /** "YYYY-MM": the month it came out in, when only the month is known (a " date 2024-01" line, a /2023/11/ URL). */
  publishedMonth?: string | null;
  /** Clean article text; every offset in a mention refers to it. */
  text: string;
  /** sha256 (hex) of the normalized text: equal hashes are the same article. */
  hash: string;
  /** Where the article was read from: "path", "path:line", a URL, "stdin:line". */
  origin: string;
}

export type EventKind = 'attack' | 'strike';
export type DatePrecision = 'day' | 'range' | 'month' | 'unknown';
export type Attribution = 'claimed' | 'attributed' | 'unknown';
export type Outcome = 'intercepted' | 'impact' | 'unknown';
export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about';

/** Fields of a mention that carry their own supporting span. */
export type MentionField =
  | 'kind'
  | 'date'
  | 'site'
  | 'place'
  | 'country'
  | 'attacker'
  | 'attribution'
  | 'target'
  | 'weapons'
  | 'killed'
  | 'injured'
  | 'outcome';

/** One article's claim that one incident happened (the gold interchange format plus provenance). */
export interface Mention {
  article: string;
  kind: EventKind;
  date: IsoDate | null;
  date_end: IsoDate | null;
  date_precision: DatePrecision;
  site: string | null;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  attacker: string | null;
  attribution: Attribution;
  target: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  outcome: Outcome;
  /** The sentence that best supports the mention, copied from the text. */
  quote: string;
  start: number;
  end: number;
  /** For each field that the text states, the span that states it. */
  evidence: Partial<Record<MentionField, Span>>;
  /**
   * The day the text names when the date cannot be fixed (an article without a publication date):
   * "10-18" for a month and day without a year, "w2" for a Tuesday. Absent otherwise.
   */
  day_label?: string;
}

/** An aggregate claim: "attacked more than 110 times since October 7". */
export interface Tally {
  article: string;
  count: number;
  qualifier: Qualifier;
  since: IsoDate | null;
  until: IsoDate | null;
  /** The one country the count is confined to ("12 times in Syria", "29 have been in Iraq"), as ISO 3166 alpha-2; null when it names none or several. */
  country: string | null;
  speaker: string | null;
  quote: string;
  start: number;
  end: number;
}

export interface Extraction {
  mentions: Mention[];
  tallies: Tally[];
  /**
   * The day the text shows it was written on, when the article carries no publication date ("the aggression on Gaza
   * for 91 days", a count "to date"): its weekdays and "today" were read from it. Absent otherwise.
   */
  writtenOn?: IsoDate;
  /**
   * Else, when a report names a weekday, the latest day the text names ("The House on November 2 passed …"): the
   * article came out on or after it.
   */
  writtenAfter?: IsoDate;
}

/** A mention as stored: with its stable id and what fusion needs to know of its article. */
export interface StoredMention extends Mention {
  /** Stable: a hash of the article's text hash and the mention's span and kind. */
  id: string;
  /** The article's text hash: syndicated copies share nothing else reliably. */
  articleHash: string;
  outlet: string | null;
  url: string | null;
  published: IsoDate | null;
  /** The month its article came out in, when only the month is known (Article.publishedMonth). */
  publishedMonth?: string | null;
  /**
   * The day its undated article's text shows it was written on (Extraction.writtenOn). It bounds the article's
   * publication as a date line giving only its month does, and gives the article last days (attach.ts, group.ts,
   * blocking.ts); the rules for dated articles (a story up to two weeks late, a headline's day) do not read it.
   */
  writtenOn?: IsoDate | null;
  /** The day its undated article came out on or after (Extraction.writtenAfter): its weekdays are of no week before that one (attach.ts). */
  writtenAfter?: IsoDate | null;
}

/**
 * A key fusion files incidents under: a kind in a country, and at a site unless `site` is null.
 * `key` is its name as one string (src/fuse/busy.ts).
 */
export interface MentionKey {
  key: string;
  kind: EventKind;
  country: string;
  site: string | null;
}

/** How exactly an event's place is known, as ACLED and UCDP code it. */
export type PlacePrecision = 'site' | 'town' | 'province' | 'country' | 'unknown';

export type Grade = 'confirmed' | 'corroborated' | 'single_source' | 'claim_only' | 'contested';

export interface Citation {
  mention: string;
  article: string;
  outlet: string | null;
  quote: string;
  start: number;
  end: number;
}

/** A field on which an event's mentions disagree: every value with the mentions that state it. */
export interface Conflict {
  field: MentionField;
  values: { value: unknown; citations: Citation[] }[];
}

/** One real-world incident: the fused view of all its mentions. */
export interface SitrepEvent {
  /** Stable across re-fusion and ingestion order. */
  id: string;
  kind: EventKind;
  date: IsoDate | null;
  date_end: IsoDate | null;
  date_precision: DatePrecision;
  site: string | null;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  place_precision: PlacePrecision;
  attacker: string | null;
  attribution: Attribution;
  target: string | null;
  weapons: string[];
  /** Casualties as a low–high range over the sources (UCDP style); equal when sources agree. */
  killed: number | null;
  killed_high: number | null;
  injured: number | null;
  injured_high: number | null;
  outcome: Outcome;
  /** Articles that report it, and independent outlets (syndicated copies count once). */
  articles: number;
  outlets: number;
  grade: Grade;
  /** For each fused field, the ids of the mentions that state the chosen value. */
  support: Partial<Record<MentionField, string[]>>;
  conflicts: Conflict[];
  /** Ids of events that were merged into this one by later articles. */
  merged_from: string[];
  mentions: StoredMention[];
}
