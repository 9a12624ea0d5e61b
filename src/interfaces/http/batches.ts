/**
 * Batch runs on the service: `POST /api/batches`, `GET /api/batches/{id}` (and its download), for the
 * `batch` and `admin` roles. They need the queue (pg-boss on PostgreSQL): `BATCH_QUEUE_URL`, or the
 * journal's `DATABASE_URL` when that is PostgreSQL. Without one, the routes answer 503 with the reason.
 */
import { Router } from 'express';
import { batchRouter } from '../../batch/http-router.ts';
import { BatchQueue } from '../../batch/queue/batch-queue.ts';
import { allow } from './access.ts';
import type { ExtraRouter } from './app.ts';
import { plainProblem, sendProblem } from './problem.ts';

export async function batchRoutes(env: NodeJS.ProcessEnv): Promise<{ route: ExtraRouter; close(): Promise<void> }> {
  const url = env.BATCH_QUEUE_URL ?? (env.DATABASE_URL?.startsWith('postgres') ? env.DATABASE_URL : undefined);
  const router = Router().use(allow('batch'));
  if (!url) {
    router.use((_req, res) => {
      res.set('Retry-After', '3600');
      sendProblem(res, plainProblem('batch-queue-not-configured', 'set BATCH_QUEUE_URL (PostgreSQL) to run batches'));
    });
    return { route: { path: '/batches', router }, close: async () => {} };
  }
  const queue = await BatchQueue.connect(url);
  router.use(batchRouter({ queue }));
  return { route: { path: '/batches', router }, close: () => queue.close() };
}
