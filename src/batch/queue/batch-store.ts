/**
 * Where queue-mode batches keep their results: PostgreSQL (the queue's own server), schema `letters_batch`.
 * One row per record, keyed by (batch, line): the insert is `ON CONFLICT DO NOTHING`, so a record whose job
 * runs twice (a worker killed after storing, before completing its job) is still produced exactly once.
 * (`letters_batch` is this module's schema: the service's letter journal may share the server.)
 * Rows hold the record id, status, SHA-256, pages, the PDF and field errors (paths and codes, never values);
 * with the batch's `memo`, a Digital Post record's MeMo message and its SHA-256 in the same row (stored in
 * the one insert with its PDF: a record has both or neither); the channel and, for letter post, the print
 * file's sort key (postcode, or the country abroad), as a local run's manifest keeps them.
 */
import pg from 'pg';
import type { Channel } from '../../delivery/delivery.ts';
import type { FieldError, RecordOutcome, RecordStatus, SetDocument } from '../outcome.ts';

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
  );
  -- Delivery (issue 16): added to stores made before it; a batch without them is PDFs only, as it was.
  ALTER TABLE letters_batch.batches ADD COLUMN IF NOT EXISTS memo boolean NOT NULL DEFAULT false;
  ALTER TABLE letters_batch.batches ADD COLUMN IF NOT EXISTS print_file boolean NOT NULL DEFAULT false;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS channel text;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS postcode text;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS country text;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS memo text;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS memo_sha256 text;
  ALTER TABLE letters_batch.records ADD COLUMN IF NOT EXISTS documents jsonb;`;

/** What a queued batch produces besides a PDF per letter: fixed when it is enqueued (`letters batch --queue --memo --print-file`). */
export interface BatchDelivery {
  /** A MeMo message beside the PDF of every `digital-post` record. */
  readonly memo: boolean;
  /** The batch's zip holds the print file of its letter-post letters, built from the stored PDFs. */
  readonly printFile: boolean;
}

export const PDF_ONLY: BatchDelivery = { memo: false, printFile: false };

/** A stored record as the batch's manifest lists it (its PDF and message are fetched one by one). */
export interface StoredRecord {
  readonly record_id: string | null;
  readonly line: number;
  readonly status: RecordStatus;
  readonly sha256: string | null;
  readonly pages: number | null;
  readonly channel: Channel | null;
  readonly postcode: string | null;
  readonly country: string | null;
  readonly memo_sha256: string | null;
  /** Letter post: the set's documents (kinds, languages, pages; no personal data), for the print file. */
  readonly documents: readonly SetDocument[] | null;
}

export interface BatchProgress {
  readonly id: string;
  /** null while the batch is still being enqueued. */
  readonly total: number | null;
  readonly done: number;
  readonly counts: Record<RecordStatus, number>;
  readonly delivery: BatchDelivery;
  /** Letters stored with their MeMo message. */
  readonly memos: number;
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

  async createBatch(id: string, delivery: BatchDelivery = PDF_ONLY) {
    await this.pool.query('INSERT INTO letters_batch.batches (id, memo, print_file) VALUES ($1, $2, $3)', [
      id,
      delivery.memo,
      delivery.printFile,
    ]);
  }

  async finishEnqueue(id: string, total: number) {
    await this.pool.query('UPDATE letters_batch.batches SET total = $2, enqueued_at = now() WHERE id = $1', [id, total]);
  }

  /**
   * Stores a record's outcome once; false when it was already stored (a repeated job). Only a `failed`
   * row can be replaced: an operator re-running a dead letter may still produce the letter.
   */
  async putRecord(
    batchId: string,
    line: number,
    recordId: string | null,
    outcome: RecordOutcome,
    files: { readonly pdf?: Uint8Array; readonly memo?: string } = {},
  ) {
    const ok = outcome.status === 'ok' ? outcome : null;
    const errors = outcome.status === 'invalid' || outcome.status === 'failed' ? JSON.stringify(outcome.errors) : null;
    const post: Partial<Record<'postcode' | 'country', string>> = ok?.post ?? {};
    // A letter rendered with its message is stored with it or not at all (the job then fails and is retried).
    if (ok?.memoSha256 !== undefined && files.memo === undefined)
      throw new Error('a MeMo message was rendered but not handed over');
    const memo = ok?.memoSha256 !== undefined ? (files.memo ?? null) : null;
    const result = await this.pool.query(
      `INSERT INTO letters_batch.records
         (batch_id, line, record_id, status, sha256, pages, pdf, errors, channel, postcode, country, memo, memo_sha256, documents)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (batch_id, line) DO UPDATE SET status = EXCLUDED.status, sha256 = EXCLUDED.sha256,
         pages = EXCLUDED.pages, pdf = EXCLUDED.pdf, errors = EXCLUDED.errors, channel = EXCLUDED.channel,
         postcode = EXCLUDED.postcode, country = EXCLUDED.country, memo = EXCLUDED.memo,
         memo_sha256 = EXCLUDED.memo_sha256, documents = EXCLUDED.documents, produced_at = now()
       WHERE letters_batch.records.status = 'failed'`,
      [
        batchId,
        line,
        recordId,
        outcome.status,
        ok?.sha256 ?? null,
        ok?.pages ?? null,
        files.pdf ? Buffer.from(files.pdf) : null,
        errors,
        ok?.channel ?? null,
        post.postcode ?? null,
        post.country ?? null,
        memo,
        memo === null ? null : (ok?.memoSha256 ?? null),
        ok?.documents ? JSON.stringify(ok.documents) : null,
      ],
    );
    return result.rowCount === 1;
  }

  async progress(id: string): Promise<BatchProgress | null> {
    const batch = await this.pool.query<{ total: number | null; memo: boolean; print_file: boolean }>(
      'SELECT total, memo, print_file FROM letters_batch.batches WHERE id = $1',
      [id],
    );
    const row = batch.rows[0];
    if (!row) return null;
    const rows = await this.pool.query<{ status: RecordStatus; n: string; memos: string }>(
      `SELECT status, count(*) AS n, count(memo_sha256) AS memos FROM letters_batch.records
       WHERE batch_id = $1 GROUP BY status`,
      [id],
    );
    const counts: Record<RecordStatus, number> = { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 };
    let memos = 0;
    for (const r of rows.rows) {
      counts[r.status] = Number(r.n);
      memos += Number(r.memos);
    }
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    return { id, total: row.total, done, counts, delivery: { memo: row.memo, printFile: row.print_file }, memos };
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
  async manifest(id: string): Promise<StoredRecord[]> {
    const { rows } = await this.pool.query<StoredRecord>(
      `SELECT record_id, line, status, sha256, pages, channel, postcode, country, memo_sha256, documents
       FROM letters_batch.records WHERE batch_id = $1 ORDER BY line`,
      [id],
    );
    return rows;
  }

  async pdf(batchId: string, line: number): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ pdf: Buffer | null }>(
      'SELECT pdf FROM letters_batch.records WHERE batch_id = $1 AND line = $2',
      [batchId, line],
    );
    return rows[0]?.pdf ?? null;
  }

  /** A stored record's MeMo message (a Digital Post record of a `memo` batch), or null. */
  async memo(batchId: string, line: number): Promise<string | null> {
    const { rows } = await this.pool.query<{ memo: string | null }>(
      'SELECT memo FROM letters_batch.records WHERE batch_id = $1 AND line = $2',
      [batchId, line],
    );
    return rows[0]?.memo ?? null;
  }

  close() {
    return this.pool.end();
  }
}
