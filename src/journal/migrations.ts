/**
 * The journal's migrations: numbered SQL files in ./migrations, run in order, each once, recorded in
 * `journal_migrations`. Both stores run the same files through their own `exec`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../domain/project-path.ts';

export interface Migration {
  readonly name: string;
  readonly sql: string;
}

/** By project path, not by this module's URL: the same in the built CLI (dist/cli/) as in src/. */
const dir = projectPath('src/journal/migrations/');

export const MIGRATIONS: readonly Migration[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((name) => ({ name, sql: readFileSync(`${dir}${name}`, 'utf8') }));

export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS journal_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';
