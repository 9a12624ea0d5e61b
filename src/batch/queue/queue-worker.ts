/**
 * `letters worker`: takes record jobs from the queue and renders them on all cores, on any number of
 * machines at once. Per job: render → store (exactly once, see batch-store.ts) → complete. Invalid input is
 * stored with its field errors and completed (a retry cannot fix it). A render that throws is transient as far
 * as the worker can tell: the job fails and pg-boss retries it with backoff; on the last attempt the failure is
 * also stored, so the batch's progress shows it, and pg-boss moves the job to the dead-letter queue.
 * A worker that dies mid-job leaves its jobs active until they expire; then another worker takes them.
 */
import type PgBoss from 'pg-boss';
import { RenderPool } from '../render-pool.ts';
import { failed } from '../render-record.ts';
import type { RenderTaskResult } from '../render-task.ts';
import { type BatchJob, type BatchQueue, QUEUE } from './batch-queue.ts';

export interface WorkerOptions {
  readonly threads?: number;
  /** Renders one envelope; defaults to the render threads. Tests pass a failing one to see retries. */
  readonly render?: (envelope: unknown) => Promise<RenderTaskResult>;
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
  const pool = options.render ? null : new RenderPool(options.threads);
  const render = options.render ?? ((envelope: unknown) => (pool as RenderPool).run({ envelope }));
  const handle = async ([job]: PgBoss.JobWithMetadata<BatchJob>[]) => {
    if (!job) return;
    const { batchId, line, id, envelope } = job.data;
    let result: RenderTaskResult;
    try {
      result = await render(envelope);
    } catch (error) {
      result = { outcome: failed(error) };
    }
    if (result.outcome.status === 'failed') {
      if (job.retryCount >= job.retryLimit) await queue.store.putRecord(batchId, line, id, result.outcome);
      // The message names the record by batch and line only: pg-boss keeps it as the job's output.
      throw new TransientRenderError(`rendering line ${line} of batch ${batchId} failed`);
    }
    const fresh = await queue.store.putRecord(batchId, line, id, result.outcome, result.pdf);
    options.onStored?.(job.data, result.outcome.status, fresh);
  };
  // One pg-boss worker per job in flight: each takes one job at a time, so each job completes or fails alone.
  const slots = (pool?.threads ?? 1) * 2;
  const ids: string[] = [];
  for (let slot = 0; slot < slots; slot++) {
    ids.push(
      await queue.boss.work<BatchJob>(
        QUEUE,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
        handle,
      ),
    );
  }
  return {
    async stop() {
      for (const id of ids) await queue.boss.offWork({ id });
      await pool?.close();
    },
  };
}
