/**
 * The PostgreSQL server and batch queue of one queue test file: `useQueueServer()` starts them before the
 * file's tests and closes them after; `server` and `queue` are live bindings, set once started.
 */
import { afterAll, beforeAll } from 'vitest';
import { BatchQueue } from '../../src/batch/queue/batch-queue.ts';
import { startPostgres } from '../support/postgres.ts';

export let server: Awaited<ReturnType<typeof startPostgres>>;
export let queue: BatchQueue;

export function useQueueServer(): void {
  beforeAll(async () => {
    server = await startPostgres();
    queue = await BatchQueue.connect(server.url, { maintenanceIntervalSeconds: 1 });
  });
  afterAll(async () => {
    await queue?.close();
    await server?.stop();
  });
}
