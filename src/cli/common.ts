import type { Command } from 'commander';
import { loadPack } from '../domain/load.js';
import type { DomainPack } from '../domain/pack.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './sitrep.db';

export interface GlobalOptions {
  db: string;
  pack?: string;
}

/** The options given before the command name (`sitrep --db x.db events`). */
export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function packOf(options: GlobalOptions): DomainPack {
  return loadPack(options.pack);
}

/**
 * Runs `work` with the store open, and closes it whatever happens. Commands that only read pass
 * `create: false`, so that a mistyped --db is an error rather than a new, empty store.
 */
export async function withStore<T>(options: GlobalOptions, work: (store: Store) => Promise<T>, { create }: { create: boolean }): Promise<T> {
  const store = await openStore(options.db, { create });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Writes machine output to stdout, waiting for the pipe to drain. */
export function out(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Human messages go to stderr, so that stdout stays clean for machines. */
export function say(text: string): void {
  process.stderr.write(text + '\n');
}

export class UsageError extends Error {}

export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function isoDateOption(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`${what} must be a date YYYY-MM-DD (got "${value}")`);
  return value;
}
