/**
 * `letters worker`: takes record jobs from the queue and renders them on all cores, on any number of
 * machines at once. Per job: render → store (exactly once, see batch-store.ts) → complete. Invalid input is
 * stored with its field errors and completed (a retry cannot fix it). A render that throws is transient as far
 * as the worker can tell: the job fails and pg-boss retries it with backoff; on the last attempt the failure is
 * also stored, so the batch's progress shows it, and pg-boss moves the job to the dead-letter queue.
 * Every job in hand has its lease renewed while it runs (a third of the lease at a time): a worker that
 * dies stops renewing, its jobs expire within the lease (15 s by default), and another worker takes them.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { RenderPool } from '../../render-pool.ts';
import type { RenderTaskResult } from '../../render-task.ts';
import { failed } from '../render-record.ts';
import { type BatchJob, type BatchQueue, QUEUE } from './batch-queue.ts';

export interface WorkerOptions {
  readonly threads?: number;
  /** Renders one envelope (with `memo`, a Digital Post record's message too); defaults to the render threads. Tests pass a failing one to see retries. */
  readonly render?: (envelope: unknown, options: { readonly memo: boolean }) => Promise<RenderTaskResult>;
  readonly pollingIntervalSeconds?: number;
  /** Called after each stored record (the CLI counts them). */
  readonly onStored?: (job: BatchJob, status: string, fresh: boolean) => void;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

export class TransientRenderError extends Error {
  override name = 'TransientRenderError';
}

export async function startQueueWorker(queue: BatchQueue, options: WorkerOptions = {}): Promise<RunningWorker> {
  const pool = options.render ? null : new RenderPool({ threads: options.threads });
  const render =
    options.render ?? ((envelope: unknown, { memo }: { memo: boolean }) => (pool as RenderPool).run({ envelope, memo }));
  const handle = async (job: PgBoss.JobWithMetadata<BatchJob>) => {
    const { batchId, line, id, envelope } = job.data;
    const memo = job.data.memo === true;
    const lease = Number(job.expireInSeconds);
    const renewal = setInterval(
      () => queue.renewLease(job.id, lease).catch(() => undefined), // a missed renewal is tried again a third later
      Math.max(250, (lease * 1000) / 3),
    );
    let result: RenderTaskResult;
    try {
      result = await render(envelope, { memo });
    } catch (error) {
      result = { outcome: failed(error) };
    } finally {
      clearInterval(renewal);
    }
    if (result.outcome.status === 'failed') {
      if (job.retryCount >= job.retryLimit) await queue.store.putRecord(batchId, line, id, result.outcome);
      // The message names the record by batch and line only: pg-boss keeps it as the job's output.
      throw new TransientRenderError(`rendering line ${line} of batch ${batchId} failed`);
    }
    // The PDF and its message in one row, in one insert: a record is stored with both or with neither.
    const fresh = await queue.store.putRecord(batchId, line, id, result.outcome, { pdf: result.pdf, memo: result.memo });
    options.onStored?.(job.data, result.outcome.status, fresh);
  };
  // Own fetch loops, not pg-boss's work(): that fails a job in-process once its first lease has passed,
  // which would take a slow render from a live worker. Each loop holds one job at a time, so each job
  // completes or fails alone.
  const polling = (options.pollingIntervalSeconds ?? 0.5) * 1000;
  let stopping = false;
  const slot = async () => {
    while (!stopping) {
      let job: PgBoss.JobWithMetadata<BatchJob> | undefined;
      try {
        [job] = await queue.boss.fetch<BatchJob>(QUEUE, { batchSize: 1, includeMetadata: true });
      } catch {
        job = undefined; // the database is away for a moment: poll again
      }
      if (!job) {
        await sleep(polling);
        continue;
      }
      try {
        await handle(job);
        await queue.boss.complete(QUEUE, job.id);
      } catch (error) {
        const message = error instanceof TransientRenderError ? error.message : 'storing the result failed';
        await queue.boss.fail(QUEUE, job.id, { message }).catch(() => undefined); // else it expires and is retried
      }
    }
  };
  const slots = Array.from({ length: (pool?.threads ?? 1) * 2 }, slot);
  return {
    async stop() {
      stopping = true;
      await Promise.all(slots);
      await pool?.close();
    },
  };
}
