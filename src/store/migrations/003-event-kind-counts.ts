/**
 * The number of events of each kind, kept by triggers in the transaction that writes the events:
 * counting one kind (or every event) of a large store reads one small row instead of scanning an
 * index entry per event.
 */
export const eventKindCountsSchema = `
CREATE TABLE event_kind_counts (
  kind TEXT PRIMARY KEY,
  events INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO event_kind_counts (kind, events) SELECT kind, count(*) FROM events GROUP BY kind;

CREATE TRIGGER event_kind_counts_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_kind_counts (kind, events) VALUES (NEW.kind, 1)
    ON CONFLICT (kind) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_kind_counts_delete AFTER DELETE ON events BEGIN
  UPDATE event_kind_counts SET events = events - 1 WHERE kind = OLD.kind;
END;

CREATE TRIGGER event_kind_counts_update AFTER UPDATE OF kind ON events WHEN OLD.kind IS NOT NEW.kind BEGIN
  UPDATE event_kind_counts SET events = events - 1 WHERE kind = OLD.kind;
  INSERT INTO event_kind_counts (kind, events) VALUES (NEW.kind, 1)
    ON CONFLICT (kind) DO UPDATE SET events = events + 1;
END;
`;
