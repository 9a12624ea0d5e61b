/** `letters batch --queue <url>`: enqueue a batch on pg-boss, or (`--status <id>`) print its progress and failures. */
import { BatchQueue, DEFAULT_POLICY } from '../../batch/queue/batch-queue.ts';
import type { BatchSource } from '../../batch/run-batch.ts';
import { EXIT } from './exit-codes.ts';

export async function enqueueBatch(url: string, source: BatchSource, jobTimeoutSeconds: number) {
  await source.identify(); // text not in its encoding is refused before anything is enqueued
  const queue = await BatchQueue.connect(url);
  try {
    const policy = { ...DEFAULT_POLICY, expireInSeconds: jobTimeoutSeconds };
    const { batchId, total, invalid } = await queue.enqueue(source.records(), policy);
    console.log(`batch ${batchId}: ${total} records enqueued (${invalid} invalid, not enqueued: see --status)`);
    console.log(`progress: letters batch --queue <url> --status ${batchId}`);
  } finally {
    await queue.close();
  }
}

export async function printStatus(url: string, batchId: string) {
  const queue = await BatchQueue.connect(url);
  try {
    const progress = /^[0-9a-f-]{36}$/i.test(batchId) ? await queue.store.progress(batchId) : null;
    if (!progress) {
      console.error(`✖ no batch ${batchId}`);
      process.exit(EXIT.usage);
    }
    const { ok, invalid, failed } = progress.counts;
    const total = progress.total ?? '… (still enqueuing)';
    console.log(
      `batch ${batchId}: ${progress.done}/${total} done · ${ok} letters, ${progress.counts['no-letter']} no letter due, ${invalid} invalid, ${failed} failed`,
    );
    for (const failure of await queue.store.failures(batchId)) {
      for (const error of failure.errors) {
        console.log(
          `  line ${failure.line} ${failure.id ?? '(no id)'}  ${error.path || '(record)'}: ${error.message}  [${error.code}]`,
        );
      }
    }
    const dead = await queue.deadLetters(batchId);
    if (dead.length) console.log(`  ${dead.length} in the dead-letter queue (letters worker --queue <url> --dead-letters)`);
  } finally {
    await queue.close();
  }
}
