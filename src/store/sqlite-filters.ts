/**
 * Turns event and mention filters into SQL. Filter values only ever travel as
 * bound parameters; the SQL text depends solely on which filters are present,
 * so each shape is prepared once and cached.
 */
import { addDays, isIsoDate, nameKey, UNDATED_SORT_DATE } from './derived.js';
import type { EventFilter, MentionFilter } from './store.js';
import type { SqlParams } from './sqlite-rows.js';

export interface FilterSql {
  /** FROM clause for listing: events `e`, driven by `ea` (event_actors) under an actor filter. */
  from: string;
  /** FROM clause for counting: the driving table alone. */
  countFrom: string;
  where: string;
  orderBy: string;
  params: SqlParams;
}

function checkDate(name: string, value: string): string {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function checkCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  return value;
}

/** LIMIT/OFFSET clause with its parameters (empty when neither is set). */
export function pageSql(filter: EventFilter): { sql: string; params: SqlParams } {
  if (filter.limit === undefined && filter.offset === undefined) return { sql: '', params: {} };
  return {
    sql: 'LIMIT @limit OFFSET @offset',
    params: {
      limit: filter.limit === undefined ? -1 : checkCount('limit', filter.limit),
      offset: filter.offset === undefined ? 0 : checkCount('offset', filter.offset),
    },
  };
}

/**
 * An event overlaps [from, to] when it starts on or before `to` and ends on or
 * after `from`. The second test cannot bound the index scan, so the scan is
 * also bounded below by `from` minus the longest span stored (`maxSpanDays`).
 *
 * Every condition reads columns of one driving table (events, or
 * event_actors when an actor is asked for), whose indexes carry all filter
 * columns: rows are read from events only for the events returned.
 */
export function eventFilterSql(filter: EventFilter, maxSpanDays: () => number): FilterSql {
  const byActor = filter.actor !== undefined;
  const t = byActor ? 'ea' : 'e';
  const where: string[] = [];
  const params: SqlParams = {};

  if (filter.actor !== undefined) {
    where.push('ea.actor_key = @actor');
    params.actor = nameKey(filter.actor);
  }
  if (filter.kind !== undefined) {
    where.push(`${t}.kind = @kind`);
    params.kind = filter.kind;
  }
  if (filter.country !== undefined) {
    where.push(`${t}.country = @country`);
    params.country = filter.country.trim().toUpperCase();
  }
  if (filter.site !== undefined) {
    where.push(`${t}.site_key = @site`);
    params.site = nameKey(filter.site);
  }
  if (filter.undated === true) {
    where.push(`${t}.sort_date = @undated`);
    params.undated = UNDATED_SORT_DATE;
  }
  if (filter.to !== undefined) {
    // Undated events sort on a far-future date, so this also leaves them out.
    where.push(`${t}.sort_date <= @to`);
    params.to = checkDate('to', filter.to);
  }
  if (filter.from !== undefined) {
    const fromDate = checkDate('from', filter.from);
    where.push(`${t}.sort_date >= @earliestStart`, `${t}.last_date >= @from`);
    params.from = fromDate;
    params.earliestStart = addDays(fromDate, -maxSpanDays());
  }
  return {
    from: byActor ? 'event_actors ea JOIN events e ON e.id = ea.event_id' : 'events e',
    countFrom: byActor ? 'event_actors ea' : 'events e',
    where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    orderBy: byActor ? 'ea.sort_date, ea.event_id' : 'e.sort_date, e.id',
    params,
  };
}

/** WHERE clause over `m` (mentions) for fusion's filter; lists are bound as JSON arrays. */
export function mentionFilterSql(filter: MentionFilter): { conditions: string[]; params: SqlParams } {
  const conditions: string[] = [];
  const params: SqlParams = {};

  if (filter.kinds !== undefined) {
    conditions.push('m.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(filter.kinds);
  }
  if (filter.countries !== undefined) {
    const named = filter.countries.filter((c): c is string => c !== null);
    const anyCountry = ['m.country IN (SELECT value FROM json_each(@countries))'];
    if (filter.countries.includes(null)) anyCountry.push('m.country IS NULL');
    conditions.push(`(${anyCountry.join(' OR ')})`);
    params.countries = JSON.stringify(named);
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const dated: string[] = [];
    if (filter.to !== undefined) {
      dated.push('m.date <= @to');
      params.to = checkDate('to', filter.to);
    }
    if (filter.from !== undefined) {
      dated.push('m.last_date >= @from');
      params.from = checkDate('from', filter.from);
    }
    const inRange = `(m.date IS NOT NULL AND ${dated.join(' AND ')})`;
    conditions.push(filter.includeUndated === true ? `(${inRange} OR m.date IS NULL)` : inRange);
  }
  return { conditions, params };
}
