/**
 * Where queue-mode batches keep their results: PostgreSQL (the queue's own server), schema `letters_batch`.
 * One row per record, keyed by (batch, line): the insert is `ON CONFLICT DO NOTHING`, so a record whose job
 * runs twice (a worker killed after storing, before completing its job) is still produced exactly once.
 * (`letters_batch` is this module's schema: the service's letter journal may share the server.)
 * Rows hold the record id, status, SHA-256, pages, the PDF and field errors (paths and codes, never values).
 */
import pg from 'pg';
import type { FieldError, RecordOutcome, RecordStatus } from '../outcome.ts';

const SCHEMA = `
  CREATE SCHEMA IF NOT EXISTS letters_batch;
  CREATE TABLE IF NOT EXISTS letters_batch.batches (
    id uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    total integer,                 -- NULL while records are still being enqueued
    enqueued_at timestamptz
  );
  CREATE TABLE IF NOT EXISTS letters_batch.records (
    batch_id uuid NOT NULL REFERENCES letters_batch.batches (id) ON DELETE CASCADE,
    line integer NOT NULL,
    record_id text,
    status text NOT NULL,
    sha256 text,
    pages integer,
    pdf bytea,
    errors jsonb,
    produced_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (batch_id, line)
  );`;

export interface BatchProgress {
  readonly id: string;
  /** null while the batch is still being enqueued. */
  readonly total: number | null;
  readonly done: number;
  readonly counts: Record<RecordStatus, number>;
}

export interface Failure {
  readonly id: string | null;
  readonly line: number;
  readonly status: RecordStatus;
  readonly errors: readonly FieldError[];
}

export class BatchStore {
  readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client the server ends (a restart, a shutdown: 57P01) is an 'error' event on the pool: without a
    // listener it crashed the process. The pool replaces the client on the next query, as the journal's does.
    this.pool.on('error', (error: Error) => console.error(`queue store: idle connection ended: ${error.message}`));
  }

  async migrate() {
    // Several workers may start at once: serialise the DDL on an advisory lock.
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(7364001)');
      await client.query(SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7364001)').catch(() => undefined);
      client.release();
    }
  }

  async createBatch(id: string) {
    await this.pool.query('INSERT INTO letters_batch.batches (id) VALUES ($1)', [id]);
  }

  async finishEnqueue(id: string, total: number) {
    await this.pool.query('UPDATE letters_batch.batches SET total = $2, enqueued_at = now() WHERE id = $1', [id, total]);
  }

  /**
   * Stores a record's outcome once; false when it was already stored (a repeated job). Only a `failed`
   * row can be replaced: an operator re-running a dead letter may still produce the letter.
   */
  async putRecord(batchId: string, line: number, recordId: string | null, outcome: RecordOutcome, pdf?: Uint8Array) {
    const ok = outcome.status === 'ok' ? outcome : null;
    const errors = outcome.status === 'invalid' || outcome.status === 'failed' ? JSON.stringify(outcome.errors) : null;
    const result = await this.pool.query(
      `INSERT INTO letters_batch.records (batch_id, line, record_id, status, sha256, pages, pdf, errors)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (batch_id, line) DO UPDATE SET status = EXCLUDED.status, sha256 = EXCLUDED.sha256,
         pages = EXCLUDED.pages, pdf = EXCLUDED.pdf, errors = EXCLUDED.errors, produced_at = now()
       WHERE letters_batch.records.status = 'failed'`,
      [batchId, line, recordId, outcome.status, ok?.sha256 ?? null, ok?.pages ?? null, pdf ? Buffer.from(pdf) : null, errors],
    );
    return result.rowCount === 1;
  }

  async progress(id: string): Promise<BatchProgress | null> {
    const batch = await this.pool.query<{ total: number | null }>('SELECT total FROM letters_batch.batches WHERE id = $1', [id]);
    if (!batch.rows[0]) return null;
    const rows = await this.pool.query<{ status: RecordStatus; n: string }>(
      'SELECT status, count(*) AS n FROM letters_batch.records WHERE batch_id = $1 GROUP BY status',
      [id],
    );
    const counts: Record<RecordStatus, number> = { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 };
    for (const row of rows.rows) counts[row.status] = Number(row.n);
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    return { id, total: batch.rows[0].total, done, counts };
  }

  async failures(id: string, limit = 100): Promise<Failure[]> {
    const { rows } = await this.pool.query<{
      record_id: string | null;
      line: number;
      status: RecordStatus;
      errors: FieldError[];
    }>(
      `SELECT record_id, line, status, errors FROM letters_batch.records
       WHERE batch_id = $1 AND status IN ('invalid', 'failed') ORDER BY line LIMIT $2`,
      [id, limit],
    );
    return rows.map((r) => ({ id: r.record_id, line: r.line, status: r.status, errors: r.errors }));
  }

  /** The manifest of a batch, in line order, for the archive: without the PDFs (fetched one by one). */
  async manifest(id: string) {
    const { rows } = await this.pool.query<{
      record_id: string | null;
      line: number;
      status: RecordStatus;
      sha256: string | null;
      pages: number | null;
    }>('SELECT record_id, line, status, sha256, pages FROM letters_batch.records WHERE batch_id = $1 ORDER BY line', [id]);
    return rows;
  }

  async pdf(batchId: string, line: number): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ pdf: Buffer | null }>(
      'SELECT pdf FROM letters_batch.records WHERE batch_id = $1 AND line = $2',
      [batchId, line],
    );
    return rows[0]?.pdf ?? null;
  }

  close() {
    return this.pool.end();
  }
}
