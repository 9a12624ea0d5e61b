/**
 * `letters batch --queue <url>`: enqueue a batch on pg-boss (with `--memo`, `--print-file`: what it produces
 * besides its PDFs), or (`--status <id>`) print its progress and failures, or (`--download <id> --out
 * <file.zip>`) write a finished batch's zip (store-zip.ts).
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { BatchQueue, DEFAULT_POLICY } from '../../batch/queue/batch-queue.ts';
import type { BatchDelivery } from '../../batch/queue/batch-store.ts';
import { writeBatchZip } from '../../batch/queue/store-zip.ts';
import type { BatchSource } from '../../batch/run-batch.ts';
import { EXIT } from './exit-codes.ts';

export async function enqueueBatch(url: string, source: BatchSource, jobTimeoutSeconds: number, delivery: BatchDelivery) {
  await source.identify(); // text not in its encoding is refused before anything is enqueued
  const queue = await BatchQueue.connect(url);
  try {
    const policy = { ...DEFAULT_POLICY, expireInSeconds: jobTimeoutSeconds };
    const { batchId, total, invalid } = await queue.enqueue(source.records(), policy, delivery);
    console.log(`batch ${batchId}: ${total} records enqueued (${invalid} invalid, not enqueued: see --status)`);
    if (delivery.memo) console.log('Digital Post: the workers store a MeMo message with each Digital Post letter');
    if (delivery.printFile) console.log("print: the finished batch's zip holds the letter-post letters as one print file");
    console.log(`progress: letters batch --queue <url> --status ${batchId}`);
    console.log(`result:   letters batch --queue <url> --download ${batchId} --out <file.zip>`);
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
    if (progress.delivery.memo)
      console.log(
        `  Digital Post: ${progress.memos} MeMo messages; ${ok - progress.memos} letters not for Digital Post (PDF only)`,
      );
    if (progress.delivery.printFile) console.log('  print file: in the zip (--download) once the batch is finished');
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

/** The finished batch's zip, written under a temporary name and renamed: a half archive never has the final name. */
export async function downloadBatch(url: string, batchId: string, zipFile: string) {
  const queue = await BatchQueue.connect(url);
  const temporary = `${zipFile}.${process.pid}.tmp`;
  try {
    const progress = /^[0-9a-f-]{36}$/i.test(batchId) ? await queue.store.progress(batchId) : null;
    if (!progress) fail(`no batch ${batchId}`);
    if (progress.total === null || progress.done !== progress.total)
      fail(`batch ${batchId} is not finished (${progress.done}/${progress.total ?? '…'} done): see --status`);
    const zipped = await writeBatchZip(queue.store, batchId, progress.delivery, createWriteStream(temporary));
    renameSync(temporary, zipFile);
    console.log(`${zipFile}  (${zipped.letters} letters, manifest, errors)`);
    if (progress.delivery.memo) console.log(`Digital Post: ${zipped.memos} MeMo messages`);
    if (zipped.printFile) {
      const { letters, pages, sheets } = zipped.printFile;
      console.log(
        `print:    print/letter-post.pdf  (${letters} letters, ${pages} pages, ${sheets} duplex sheets; manifest beside it)`,
      );
    } else if (progress.delivery.printFile) console.log('print:    no letter-post letter in this batch: no print file');
  } finally {
    rmSync(temporary, { force: true });
    await queue.close();
  }
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(EXIT.usage);
}
