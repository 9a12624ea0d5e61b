/**
 * `letters worker --queue <postgres-url>`: renders queued batch records on all cores until stopped
 * (SIGINT/SIGTERM finish the jobs in hand first). Start it on as many machines as needed.
 * `--dead-letters` lists the jobs that failed every retry, for an operator, and exits.
 */
import { Command } from 'commander';
import { BatchQueue } from '../../batch/queue/batch-queue.ts';
import { startQueueWorker } from '../../batch/queue/queue-worker.ts';

interface WorkerCliOptions {
  queue: string;
  threads?: string;
  maintenanceInterval: string;
  deadLetters?: boolean;
}

export const workerCommand = () =>
  new Command('worker')
    .description('render queued batch records (see `letters batch --queue`) until stopped')
    .requiredOption('--queue <postgres-url>', 'the PostgreSQL server of the queue')
    .option('--threads <n>', 'render threads (default: all cores)')
    .option('--maintenance-interval <seconds>', 'how often to look for jobs of dead workers', '5')
    .option('--dead-letters', 'list the dead-letter queue and exit')
    .action(async (options: WorkerCliOptions) => {
      const queue = await BatchQueue.connect(options.queue, {
        maintenanceIntervalSeconds: Number(options.maintenanceInterval),
      });
      if (options.deadLetters) {
        const dead = await queue.deadLetters();
        for (const d of dead) console.log(`${d.since.toISOString()}  batch ${d.batchId}  line ${d.line}  ${d.id}  job ${d.job}`);
        console.log(`${dead.length} dead letter${dead.length === 1 ? '' : 's'}`);
        await queue.close();
        return;
      }
      let stored = 0;
      const worker = await startQueueWorker(queue, {
        threads: options.threads ? Number(options.threads) : undefined,
        onStored: (_job, _status, fresh) => {
          if (fresh) stored++;
        },
      });
      console.log(`worker ${process.pid}: waiting for jobs`);
      const timer = setInterval(() => console.log(`worker ${process.pid}: ${stored} records stored`), 10_000);
      timer.unref();
      const stop = async () => {
        clearInterval(timer);
        await worker.stop();
        await queue.close();
        console.log(`worker ${process.pid}: stopped after ${stored} records`);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
