import type { Command } from 'commander';
import { extract } from '../extract/extract.js';
import { readArticles } from '../ingest/read.js';
import { renderTable } from '../export/table.js';
import { globals, oneOf, out, packOf, say } from './common.js';

const FORMATS = ['jsonl', 'table'] as const;

/** Mentions in the gold interchange format (GUIDELINES.md), plus the input article id and offsets. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the event mentions and tallies found in articles, without storing anything')
    .argument('<inputs...>', 'paths, URLs or - for stdin')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'jsonl')
    .action(async (inputs: string[], opts: { format: string }, command: Command) => {
      const format = oneOf(opts.format, FORMATS, '--format');
      const pack = packOf(globals(command));
      const rows: string[][] = [];
      let failed = 0;
      let read = 0;
      for await (const item of readArticles(inputs, { languages: pack.settings.languages })) {
        read += 1;
        if (!item.ok) {
          failed += 1;
          say(`sitrep: ${item.origin}: ${item.reason}`);
          continue;
        }
        const { mentions, tallies } = extract(item.article, pack);
        if (format === 'jsonl') {
          let chunk = '';
          for (const m of mentions) {
            const { evidence, ...fields } = m;
            chunk += JSON.stringify({ ...fields, evidence }) + '\n';
          }
          for (const t of tallies) chunk += JSON.stringify({ kind: 'tally', ...t }) + '\n';
          if (chunk) await out(chunk);
        } else {
          for (const m of mentions) rows.push([m.article, m.kind, m.date ?? 'unknown', m.site ?? m.place ?? m.country ?? '', m.attacker ?? '', m.weapons.join(','), m.quote]);
          for (const t of tallies) rows.push([t.article, 'tally', t.since ?? '', `${t.qualifier} ${t.count}`, t.speaker ?? '', '', t.quote]);
        }
      }
      if (format === 'table') await out(renderTable(['article', 'kind', 'date', 'where', 'attacker', 'weapons', 'quote'], rows, 60));
      if (read > 0 && failed === read) process.exitCode = 1;
    });
}
