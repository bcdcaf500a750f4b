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
      const found = await withStore(
        globals(command),
        async (store) => {
          const event = await store.getEvent(id);
          // The text view quotes the sentence behind each field a mention states outside its own sentence.
          return event && { event, texts: format === 'text' ? await store.articleTexts([...new Set(event.mentions.map((m) => m.article))]) : new Map<string, string>() };
        },
        { create: false },
      );
      if (!found) throw new Error(`no event ${id} in ${globals(command).db}`);
      await out(format === 'json' ? JSON.stringify(eventRecord(found.event), null, 2) + '\n' : describeEvent(found.event, found.texts));
    });
}
