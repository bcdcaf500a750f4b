#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { PackError } from '../domain/load.js';
import { DEFAULT_DB, UsageError } from './common.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerShow } from './show.js';
import { registerTallies } from './tallies.js';

// `sitrep events | head`: a reader that closes the pipe early has all it wanted, which is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const program = new Command('sitrep')
  .description('Turn news articles into deduplicated, sourced, mapped conflict-event data.')
  .option('--db <path>', 'SQLite file of the store', DEFAULT_DB)
  .option('--pack <dir>', 'domain pack folder (default: the pack that ships with Sitrep)')
  .exitOverride()
  .showHelpAfterError();

registerIngest(program);
registerExtract(program);
registerEvents(program);
registerShow(program);
registerTallies(program);
registerEval(program);
registerDemo(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`sitrep: ${(error as Error).message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : error instanceof PackError ? 3 : 1;
  }
}
