import type { Command } from 'commander';
import { EVENT_FORMATS, formatEvents } from '../export/events.js';
import { globals, isoDateOption, oneOf, out, UsageError, withStore } from './common.js';

interface EventsOptions {
  from?: string;
  to?: string;
  site?: string;
  actor?: string;
  kind?: string;
  country?: string;
  undated?: boolean;
  limit?: string;
  format: string;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list events, one per real-world incident')
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)')
    .option('--site <name>', 'canonical site name')
    .option('--actor <name>', 'attacker or target (canonical name)')
    .option('--kind <kind>', 'attack or strike')
    .option('--country <code>', 'ISO 3166 alpha-2 code, e.g. IQ')
    .option('--undated', 'only events no report dates')
    .option('--limit <n>', 'at most this many events')
    .option('--format <format>', `output format: ${EVENT_FORMATS.join(', ')}`, 'table')
    .action(async (opts: EventsOptions, command: Command) => {
      const format = oneOf(opts.format, EVENT_FORMATS, '--format');
      if (opts.kind) oneOf(opts.kind, ['attack', 'strike'] as const, '--kind');
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive whole number (got "${opts.limit}")`);
      if (opts.undated && (opts.from || opts.to)) throw new UsageError('--undated lists events without a date: it cannot be combined with --from or --to');
      const filter = {
        undated: opts.undated,
        from: isoDateOption(opts.from, '--from'),
        to: isoDateOption(opts.to, '--to'),
        site: opts.site,
        actor: opts.actor,
        kind: opts.kind,
        country: opts.country?.toUpperCase(),
        limit,
      };
      const events = await withStore(globals(command), (store) => store.queryEvents(filter, { mentions: format !== 'table' && format !== 'csv' }), {
        create: false,
      });
      await out(formatEvents(events, format));
    });
}
