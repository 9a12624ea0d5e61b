/**
 * The journal on PostgreSQL (DATABASE_URL=postgres://…): the same migrations and queries as SQLite,
 * with `?` placeholders numbered for pg. Migrations run under an advisory lock, so several service
 * processes starting together apply each migration once.
 */
import pg from 'pg';
import { ENTRY_COLUMNS, INSERT_LETTER, insertValues, type Row, toEntry, toStored } from './columns.ts';
import type { Journal } from './journal.ts';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.ts';

const MIGRATION_LOCK = 0x6a6f75726e616c; // "journal"

/** `?` → `$1, $2, …` (our queries have no `?` inside literals). */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openPostgresJournal(url: string): Promise<Journal> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client's connection error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await migrate(pool);
  return {
    kind: 'postgres',
    record: async (letter) => {
      await pool.query(numbered(INSERT_LETTER), insertValues(letter));
    },
    byCase: async (caseNumber) => {
      const sql = `SELECT ${ENTRY_COLUMNS} FROM journal_letters WHERE case_number = ? ORDER BY created_at, id`;
      return (await pool.query<Row>(numbered(sql), [caseNumber])).rows.map(toEntry);
    },
    get: async (id) => {
      const sql = `SELECT ${ENTRY_COLUMNS}, input FROM journal_letters WHERE id = ?`;
      const row = (await pool.query<Row>(numbered(sql), [id])).rows[0];
      return row ? toStored(row) : null;
    },
    ping: async () => {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}

async function migrate(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set(
      (await client.query<{ name: string }>('SELECT name FROM journal_migrations')).rows.map((r) => r.name),
    );
    for (const migration of MIGRATIONS.filter((m) => !applied.has(m.name))) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO journal_migrations (name, applied_at) VALUES ($1, $2)', [
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
