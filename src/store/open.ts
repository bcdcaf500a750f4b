/** Opens the store a location names: a PostgreSQL URL, or else the path of an SQLite file. */
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export interface OpenOptions {
  /** Create the store when it does not exist (the default); when false, a missing store is an error. */
  create?: boolean;
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (POSTGRES_URL.test(location)) {
    throw new Error('PostgreSQL stores are not supported yet: give the path of an SQLite file instead');
  }
  if (location.trim() === '') throw new Error('no store location given: give the path of an SQLite file');
  return SqliteStore.open(location, { create: options.create ?? true });
}
