import type { Command } from 'commander';
import { describeEvent, eventRecord } from '../export/events.js';
import { globals, oneOf, out, withStore } from './common.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('one event with its fields, their precision, the conflicts between sources, and the sentences that support it')
    .argument('<event-id>')
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string, opts: { format: string }, command: Command) => {
      const format = oneOf(opts.format, ['text', 'json'] as const, '--format');
      const event = await withStore(globals(command), (store) => store.getEvent(id), { create: false });
      if (!event) throw new Error(`no event ${id} in ${globals(command).db}`);
      await out(format === 'json' ? JSON.stringify(eventRecord(event), null, 2) + '\n' : describeEvent(event));
    });
}
