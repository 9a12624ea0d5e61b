/** Which journal store: PostgreSQL when DATABASE_URL is a postgres:// URL, else SQLite under the data directory. */
import { join } from 'node:path';
import type { Journal } from './journal.ts';
import { openPostgresJournal } from './postgres-journal.ts';
import { openSqliteJournal } from './sqlite-journal.ts';

export async function openJournal(options: { databaseUrl?: string; dataDir: string }): Promise<Journal> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgresJournal(url);
  return openSqliteJournal(join(options.dataDir, 'journal.sqlite'));
}
