/**
 * Queue mode: batches on pg-boss (PostgreSQL). One job per record on the `letters-batch` queue; a job that
 * fails for a transient reason is retried with exponential backoff; after the last retry pg-boss moves it to
 * the dead-letter queue `letters-batch-dead`, which an operator lists with `letters worker --dead-letters`.
 * Invalid records never become jobs: their field errors are stored at once (no retry can fix them).
 * The job payload is the record's envelope: personal data, so finished jobs are archived after an hour and
 * deleted an hour later; dead letters stay until an operator deals with them (pg-boss: 14 days).
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { createWorld } from '../../engine.ts';
import { type BatchRecord, DuplicateGuard } from '../record.ts';
import { fieldErrors } from '../render-record.ts';
import { type BatchDelivery, BatchStore, PDF_ONLY } from './batch-store.ts';

export const QUEUE = 'letters-batch';
export const DEAD_LETTERS = 'letters-batch-dead';

export interface BatchJob {
  readonly batchId: string;
  readonly line: number;
  readonly id: string;
  readonly envelope: unknown;
  /** The batch's `memo`: a Digital Post record also gets its MeMo message (absent in jobs of older batches). */
  readonly memo?: boolean;
}

export interface JobPolicy {
  /**
   * The job's lease: a job whose worker has not renewed it for this long is taken to be lost (the worker
   * died) and is retried elsewhere. A live worker renews the leases of the jobs in hand every third of it
   * (`renewLease`), so a slow render is never taken from a live worker, and a dead worker's jobs go on
   * within seconds (lease + the maintenance interval + the first retry delay), not after a long timeout.
   */
  readonly expireInSeconds: number;
  readonly retryLimit: number;
  /** First retry after this many seconds, doubling each time (pg-boss's retryBackoff). */
  readonly retryDelaySeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { expireInSeconds: 15, retryLimit: 4, retryDelaySeconds: 5 };

export interface ConnectOptions {
  /** How often pg-boss looks for expired jobs (5 s here; pg-boss's default is 120 s). */
  readonly maintenanceIntervalSeconds?: number;
}

export interface DeadLetter {
  readonly job: string;
  readonly batchId: string;
  readonly line: number;
  readonly id: string;
  readonly since: Date;
}

const ENQUEUE_CHUNK = 500;
const PAYLOAD_KEPT_SECONDS = 3600;

export class BatchQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly store: BatchStore,
  ) {}

  static async connect(url: string, options: ConnectOptions = {}): Promise<BatchQueue> {
    const boss = new PgBoss({
      connectionString: url,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 5,
      // A job's payload is personal data: keep finished jobs an hour (not pg-boss's 12 h + 7 days).
      archiveCompletedAfterSeconds: PAYLOAD_KEPT_SECONDS,
      deleteAfterSeconds: PAYLOAD_KEPT_SECONDS,
    });
    boss.on('error', (error: Error) => console.error(`queue: ${error.name}: ${error.message}`));
    await boss.start();
    await ensureQueue(boss, DEAD_LETTERS, {});
    await ensureQueue(boss, QUEUE, { deadLetter: DEAD_LETTERS });
    const store = new BatchStore(url);
    await store.migrate();
    return new BatchQueue(boss, store);
  }

  /**
   * Streams the records into jobs (500 per insert); returns the batch id at once usable for progress.
   * `delivery` is the batch's, recorded with it and carried by each job (MeMo) or used by its zip (print file).
   */
  async enqueue(records: AsyncIterable<BatchRecord>, policy: JobPolicy = DEFAULT_POLICY, delivery: BatchDelivery = PDF_ONLY) {
    const batchId = randomUUID();
    await this.store.createBatch(batchId, delivery);
    const world = createWorld();
    const guard = new DuplicateGuard();
    let total = 0;
    let invalid = 0;
    let chunk: BatchJob[] = [];
    const flush = async () => {
      if (!chunk.length) return;
      await this.boss.insert(
        chunk.map((data) => ({
          name: QUEUE,
          data,
          retryLimit: policy.retryLimit,
          retryDelay: policy.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: policy.expireInSeconds,
          deadLetter: DEAD_LETTERS,
        })),
      );
      chunk = [];
    };
    for await (const read of records) {
      const record = guard.check(read);
      total++;
      if (record.problems) {
        invalid++;
        const outcome = { status: 'invalid', errors: fieldErrors(record.problems, world) } as const;
        await this.store.putRecord(batchId, record.line, record.id, outcome);
      } else {
        const job = { batchId, line: record.line, id: record.id, envelope: record.envelope };
        chunk.push(delivery.memo ? { ...job, memo: true } : job);
        if (chunk.length >= ENQUEUE_CHUNK) await flush();
      }
    }
    await flush();
    await this.store.finishEnqueue(batchId, total);
    return { batchId, total, invalid };
  }

  /** Extends an active job's lease to `seconds` from now (pg-boss expires it at started_on + expire_in). */
  async renewLease(jobId: string, seconds: number) {
    await this.store.pool.query(
      `UPDATE pgboss.job SET expire_in = (now() - started_on) + make_interval(secs => $3)
       WHERE name = $1 AND id = $2 AND state = 'active'`,
      [QUEUE, jobId, seconds],
    );
  }

  /** The dead-letter queue, oldest first: which record of which batch, never its content. */
  async deadLetters(batchId?: string, limit = 1000): Promise<DeadLetter[]> {
    const { rows } = await this.store.pool.query<{ id: string; data: BatchJob; created_on: Date }>(
      `SELECT id, data, created_on FROM pgboss.job WHERE name = $1 AND ($2::text IS NULL OR data->>'batchId' = $2)
       ORDER BY created_on LIMIT $3`,
      [DEAD_LETTERS, batchId ?? null, limit],
    );
    return rows.map((r) => ({ job: r.id, batchId: r.data.batchId, line: r.data.line, id: r.data.id, since: r.created_on }));
  }

  async close() {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.store.close();
  }
}

/** createQueue is not idempotent in pg-boss 10; several workers may start at once. */
async function ensureQueue(boss: PgBoss, name: string, options: { deadLetter?: string }) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, policy: 'standard', ...options });
  } catch (error) {
    if (!(await boss.getQueue(name))) throw error;
  }
}
