/** The first schema: articles with their mentions and tallies, fused events with their links and aliases. */
export const initialSchema = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  outlet TEXT,
  lang TEXT,
  published TEXT,
  published_source TEXT NOT NULL,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- last_date: the last day the mention's date may refer to (range end, month end, or the day itself).
CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  date TEXT,
  date_end TEXT,
  date_precision TEXT NOT NULL,
  last_date TEXT,
  site TEXT,
  place TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  attacker TEXT,
  attribution TEXT NOT NULL,
  target TEXT,
  weapons TEXT NOT NULL,
  killed INTEGER,
  injured INTEGER,
  outcome TEXT NOT NULL,
  quote TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX mentions_by_article ON mentions(article_id);

CREATE TABLE tallies (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  count REAL NOT NULL,
  qualifier TEXT NOT NULL,
  since TEXT,
  until TEXT,
  speaker TEXT,
  quote TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- sort_date: the date, or '9999-12-31' when undated (undated events sort last).
-- last_date / span_days: the end of the date span and its length, so that a
-- range filter can bound its index scan by the longest span in the table.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  date TEXT,
  date_end TEXT,
  date_precision TEXT NOT NULL,
  sort_date TEXT NOT NULL,
  last_date TEXT,
  span_days INTEGER NOT NULL,
  site TEXT,
  site_key TEXT,
  place TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  place_precision TEXT NOT NULL,
  attacker TEXT,
  attribution TEXT NOT NULL,
  target TEXT,
  weapons TEXT NOT NULL,
  killed INTEGER,
  killed_high INTEGER,
  injured INTEGER,
  injured_high INTEGER,
  outcome TEXT NOT NULL,
  articles INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  grade TEXT NOT NULL,
  support TEXT NOT NULL,
  conflicts TEXT NOT NULL,
  merged_from TEXT NOT NULL
);
-- Each index walks events in (sort_date, id) order and carries every other
-- filter column, so any combination of filters is decided inside one index
-- and only the events returned are read from the table.
CREATE INDEX events_by_date ON events(sort_date, id, last_date, kind, country, site_key);
CREATE INDEX events_by_kind ON events(kind, sort_date, id, last_date, country, site_key);
CREATE INDEX events_by_country ON events(country, sort_date, id, last_date, kind, site_key);
CREATE INDEX events_by_site ON events(site_key, sort_date, id, last_date, kind, country);
CREATE INDEX events_by_span ON events(span_days);

-- One row per distinct actor (attacker or target) of an event, with the
-- event's other filter columns: an actor filter walks this table alone, in
-- date order, instead of merging two indexes and reading every candidate.
CREATE TABLE event_actors (
  actor_key TEXT NOT NULL,
  sort_date TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  last_date TEXT,
  kind TEXT NOT NULL,
  country TEXT,
  site_key TEXT,
  PRIMARY KEY (actor_key, sort_date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_event ON event_actors(event_id);

CREATE TABLE event_mentions (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  mention_id TEXT NOT NULL REFERENCES mentions(id),
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_mentions_by_mention ON event_mentions(mention_id);

CREATE TABLE event_aliases (
  old_id TEXT PRIMARY KEY,
  id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX event_aliases_by_target ON event_aliases(id);

INSERT INTO meta (key, value) VALUES ('schema', 'sitrep');
`;
