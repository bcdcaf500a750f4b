import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatEvents } from '../export/events.js';
import { ingest } from '../pipeline/ingest.js';
import { globals, out, packOf, say, withStore } from './common.js';
import { summaryLine } from './ingest.js';
import { claimText, compareTallies, sitrepCountText } from './tallies.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the sample articles that ship with Sitrep and print the events found')
    .action(async (_opts: unknown, command: Command) => {
      const options = globals(command);
      const pack = packOf(options);
      await withStore(options, async (store) => {
        const summary = await ingest([SAMPLES_DIR], store, pack, { onProblem: (p) => say(`sitrep: ${p.origin}: ${p.reason}`) });
        say(summaryLine(summary));
        await out(formatEvents(await store.queryEvents({}, { mentions: false }), 'table'));
        const tallies = await compareTallies(store);
        for (const t of tallies) {
          const where = t.country === null ? '' : ` in ${t.country}`;
          await out(`tally: ${t.speaker ?? 'unattributed'} says ${claimText(t)} ${t.count === 1 ? 'attack' : 'attacks'}${where}${t.since ? ` since ${t.since}` : ''}${t.sitrep !== null ? ` — Sitrep: ${sitrepCountText(t)}` : ''}\n`);
        }
        say(`\nStore: ${options.db}. Try: npx sitrep events --format geojson, npx sitrep show <id>, npx sitrep tallies`);
      }, { create: true });
    });
}
