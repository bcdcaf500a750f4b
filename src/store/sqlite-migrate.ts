/** Brings an SQLite database up to the latest schema, one migration per transaction. */
import type { Database } from 'better-sqlite3';
import { migrations, type Migration } from './migrations/index.js';

function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations the database lacks; returns the resulting version. */
export function migrate(db: Database, list: readonly Migration[] = migrations): number {
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0);
  const found = schemaVersion(db);
  if (found > latest) {
    throw new Error(`store schema version ${found} is newer than this Sitrep understands (${latest}): upgrade Sitrep`);
  }
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    // IMMEDIATE takes the write lock first, so two processes opening a new store do not both migrate it.
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }).immediate();
  }
  return schemaVersion(db);
}
