import type { Command } from 'commander';
import { renderTable } from '../export/table.js';
import type { Store, TallyWithSource } from '../store/store.js';
import { globals, oneOf, out, withStore } from './common.js';

export interface TallyComparison extends TallyWithSource {
  /** Sitrep's own count of attacks in the tally's period, and in its country when it names one, when the period is known. */
  sitrep: number | null;
  /** Sitrep's attacks in the same country (or anywhere) that no report dates: none of them can be placed in the period. */
  sitrep_undated: number | null;
  period_end: string | null;
}

/** Each aggregate claim beside Sitrep's own count of attack events over the same period and ground ("12 in Syria": Syria's). */
export async function compareTallies(store: Store): Promise<TallyComparison[]> {
  const tallies = await store.listTallies();
  return Promise.all(
    tallies.map(async (t) => {
      const periodEnd = t.until ?? t.published;
      const where = t.country === null ? {} : { country: t.country };
      if (!t.since || !periodEnd) return { ...t, sitrep: null, sitrep_undated: null, period_end: periodEnd };
      const sitrep = await store.countEvents({ kind: 'attack', from: t.since, to: periodEnd, ...where });
      const undated = await store.countEvents({ kind: 'attack', undated: true, ...where });
      return { ...t, sitrep, sitrep_undated: undated, period_end: periodEnd };
    }),
  );
}

const QUALIFIER_WORDS: Record<string, string> = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ' };

/** "at least 38", "12": the claim as its speaker put it. */
export const claimText = (t: TallyComparison): string => `${QUALIFIER_WORDS[t.qualifier] ?? ''}${t.count}`;

/** "11 events (+37 undated)", "1 event": Sitrep's count over the claim's period and ground, and the attacks it cannot place in any period. */
export const sitrepCountText = (t: TallyComparison): string =>
  t.sitrep === null ? '' : `${t.sitrep} ${t.sitrep === 1 ? 'event' : 'events'}${t.sitrep_undated ? ` (+${t.sitrep_undated} undated)` : ''}`;

export function registerTallies(program: Command): void {
  program
    .command('tallies')
    .description("list aggregate claims (\"more than 110 attacks since October 7\") beside Sitrep's own count for the same period")
    .option('--format <format>', 'table, json or jsonl', 'table')
    .action(async (opts: { format: string }, command: Command) => {
      const format = oneOf(opts.format, ['table', 'json', 'jsonl'] as const, '--format');
      const rows = await withStore(globals(command), compareTallies, { create: false });
      if (format === 'json') return out(JSON.stringify(rows, null, 2) + '\n');
      if (format === 'jsonl') return out(rows.map((r) => JSON.stringify(r) + '\n').join(''));
      await out(
        renderTable(
          ['speaker', 'claim', 'where', 'period', 'sitrep', 'source'],
          rows.map((t) => [
            t.speaker ?? 'unattributed',
            claimText(t),
            t.country ?? 'all',
            t.since ? `${t.since} .. ${t.period_end ?? '?'}${t.until ? '' : ' (as of publication)'}` : 'period not stated',
            sitrepCountText(t),
            t.outlet ?? t.url ?? t.article,
          ]),
          50,
        ),
      );
    });
}
