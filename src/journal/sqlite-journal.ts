/** The embedded journal: SQLite in a file under the data directory (better-sqlite3; WAL for concurrent readers). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ENTRY_COLUMNS, INSERT_LETTER, insertValues, type Row, toEntry, toStored } from './columns.ts';
import type { Journal } from './journal.ts';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.ts';

export function openSqliteJournal(file: string): Journal {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db);
  const insert = db.prepare(INSERT_LETTER);
  const byCase = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM journal_letters WHERE case_number = ? ORDER BY created_at, id`);
  const byId = db.prepare(`SELECT ${ENTRY_COLUMNS}, input FROM journal_letters WHERE id = ?`);
  return {
    kind: 'sqlite',
    record: async (letter) => {
      insert.run(...insertValues(letter));
    },
    byCase: async (caseNumber) => (byCase.all(caseNumber) as Row[]).map(toEntry),
    get: async (id) => {
      const row = byId.get(id) as Row | undefined;
      return row ? toStored(row) : null;
    },
    ping: async () => db.open,
    close: async () => {
      db.close();
    },
  };
}

function migrate(db: Database.Database) {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set((db.prepare('SELECT name FROM journal_migrations').all() as { name: string }[]).map((r) => r.name));
  for (const migration of MIGRATIONS.filter((m) => !applied.has(m.name))) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO journal_migrations (name, applied_at) VALUES (?, ?)').run(migration.name, new Date().toISOString());
    })();
  }
}
