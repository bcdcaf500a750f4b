import type { Command } from 'commander';
import { ingest, type IngestSummary } from '../pipeline/ingest.js';
import { globals, packOf, say, withStore } from './common.js';
import { Progress } from './progress.js';

export function summaryLine(s: IngestSummary): string {
  const reasons = new Map<string, number>();
  for (const r of s.rejected) {
    const reason = r.reason.replace(/:.*$/, '');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const why = reasons.size ? ` (${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')})` : '';
  return `${s.read} read: ${s.new} new, ${s.duplicate} duplicate, ${s.rejected.length} rejected${why}; ${s.mentions} mentions, ${s.tallies} tallies; ${s.events} events in the store`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles (files, folders, JSONL, URLs, feeds, - for stdin), extract, fuse and store them')
    .argument('<inputs...>', 'paths, URLs or - for stdin')
    .action(async (inputs: string[], _options: unknown, command: Command) => {
      const options = globals(command);
      const pack = packOf(options);
      const progress = new Progress('ingesting');
      const summary = await withStore(options, (store) =>
        ingest(inputs, store, pack, {
          onProblem: (p) => {
            progress.done();
            say(`sitrep: ${p.origin}: ${p.reason}`);
          },
          onProgress: (s) => progress.update(s.read, `${s.new} new, ${s.duplicate} duplicate, ${s.rejected.length} rejected`),
        }),
        { create: true },
      );
      progress.done();
      say(summaryLine(summary));
      if (summary.read > 0 && summary.rejected.length === summary.read) process.exitCode = 1;
    });
}
