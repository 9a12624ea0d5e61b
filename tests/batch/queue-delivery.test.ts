/**
 * Queue mode with delivery (issue 16): a batch enqueued with `memo` and `printFile` (HTTP `?memo=true&print-file=true`,
 * CLI `--queue --memo --print-file`) stores each Digital Post record's MeMo message with its PDF, and its zip holds
 * the messages and the print file built from the stored PDFs: the same files, manifest lines and print file as a
 * local run of the same records. A job that runs twice stores its message once; a failed record retried gets it.
 * A real PostgreSQL server (tests/support/postgres.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchRouter } from '../../src/batch/http-router.ts';
import type { ManifestEntry } from '../../src/batch/outcome.ts';
import { PRINT_CSV, PRINT_MANIFEST, PRINT_PDF, type PrintedLetter } from '../../src/batch/print-file.ts';
import { startQueueWorker } from '../../src/batch/queue/queue-worker.ts';
import { toRecord } from '../../src/batch/record.ts';
import { renderRecord } from '../../src/batch/render-record.ts';
import { runBatch } from '../../src/batch/run-batch.ts';
import { ndjsonSource } from '../../src/batch/sources.ts';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { createWorld } from '../../src/engine.ts';
import { runLetters } from './cli.ts';
import { queue, server, useQueueServer } from './queue-server.ts';
import { DIGITAL_POST, deliveryRecord, readNdjsonFile, type TestRecord, tempDir, toNdjson } from './records.ts';

// The test's senders (an id for the service): read once per process, by this file's renders and the CLI's children.
process.env.DIGITAL_POST_SENDERS = projectPath('tests/fixtures/digital-post.fixture.json');

const SENT = 'humanitarian-permit-info/sent.json'; // two pages
const ONE_PAGE = 'reopening-guidance/extension-refused-board.json';
const POST = { channel: 'letter-post' } as const;
const RECORDS: TestRecord[] = [
  deliveryRecord(1, 'dp-1', SENT, DIGITAL_POST),
  deliveryRecord(2, 'p-8000', SENT, POST, '8000'),
  deliveryRecord(3, 'dp-2', ONE_PAGE, DIGITAL_POST),
  deliveryRecord(4, 'p-2100', ONE_PAGE, POST, '2100'),
  deliveryRecord(5, 'abroad-de', SENT, { ...POST, abroad: { lines: ['Hauptstraße 1', '10115 Berlin'], country: 'Tyskland' } }),
  deliveryRecord(6, 'plain', SENT, null),
];
const DELIVERY_FILES = ['letters/dp-1.memo.xml', 'letters/dp-2.memo.xml', PRINT_CSV, PRINT_MANIFEST, PRINT_PDF];
const LETTERS = RECORDS.map((r) => `letters/${r.id}.pdf`);

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
const world = createWorld();
const renderHere = (envelope: unknown, { memo }: { memo: boolean }) => renderRecord(envelope, world, { memo });

useQueueServer();

async function untilComplete(batchId: string) {
  for (let i = 0; i < 1200; i++) {
    const progress = await queue.store.progress(batchId);
    if (progress && progress.total !== null && progress.done === progress.total) return progress;
    await sleep(100);
  }
  throw new Error('batch did not finish');
}

const unzipList = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort();
const unzipFile = (zip: string, name: string) => execFileSync('unzip', ['-p', zip, name]);

/** supertest parser: the zip body as one Buffer. */
const collect = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (chunk: Buffer) => chunks.push(chunk));
  (res as unknown as NodeJS.ReadableStream).on('end', () => done(null, Buffer.concat(chunks)));
};

describe('a queued batch with ?memo=true&print-file=true', () => {
  let zip: string;
  let local: string;
  let batchId: string;
  const dir = mkdtempSync(join(tmpdir(), 'batch-queue-delivery-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true })); // the samples' invented personal data

  beforeAll(async () => {
    const app = express().use(
      '/api/batches',
      batchRouter({ queue, policy: { expireInSeconds: 30, retryLimit: 1, retryDelaySeconds: 1 } }),
    );
    const posted = await request(app)
      .post('/api/batches?memo=true&print-file=true')
      .set('Content-Type', 'application/x-ndjson')
      .send(toNdjson(RECORDS));
    expect(posted.status).toBe(202);
    expect(posted.body.delivery).toEqual({ memo: true, printFile: true });
    batchId = posted.body.id;
    const worker = await startQueueWorker(queue, { render: renderHere });
    const progress = await untilComplete(batchId);
    await worker.stop();
    expect(progress).toMatchObject({
      counts: { ok: 6, invalid: 0, failed: 0 },
      delivery: { memo: true, printFile: true },
      memos: 2,
    });

    const download = await request(app).get(`/api/batches/${batchId}/download`).buffer(true).parse(collect);
    expect(download.status).toBe(200);
    zip = join(dir, 'batch.zip');
    writeFileSync(zip, download.body as Buffer);

    // The same records run locally: what the queue must match, file for file.
    writeFileSync(join(dir, 'in.ndjson'), toNdjson(RECORDS));
    local = join(dir, 'local');
    const options = { resume: false, memo: true, printFile: true, threads: 1, progressStream: quiet } as const;
    await runBatch({ ...options, source: ndjsonSource(join(dir, 'in.ndjson')), outDir: local });
  });

  it('holds every letter, a valid MeMo message for each Digital Post letter, and the print file with its manifests', () => {
    expect(unzipList(zip)).toEqual(['errors.ndjson', 'manifest.ndjson', ...LETTERS, ...DELIVERY_FILES].sort());
    const manifest = unzipFile(zip, 'manifest.ndjson')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ManifestEntry);
    for (const id of ['dp-1', 'dp-2']) {
      const xml = unzipFile(zip, `letters/${id}.memo.xml`).toString('utf8');
      expect(validateMemo(xml), id).toEqual([]);
      expect(xml).toContain('<memo:recipientID>0101901234</memo:recipientID>');
      expect(manifest.find((e) => e.id === id)).toMatchObject({
        channel: 'digital-post',
        memo: `letters/${id}.memo.xml`,
        memoSha256: sha256(xml),
      });
    }
    expect(manifest.find((e) => e.id === 'p-8000')).toMatchObject({ channel: 'letter-post', postcode: '8000' });
    expect(manifest.find((e) => e.id === 'p-8000')?.memo).toBeUndefined();
    // The CPR number is in the message (its addressee), never in a journal.
    expect(unzipFile(zip, 'manifest.ndjson').toString('utf8')).not.toContain('010190');
  });

  it('has the print order of a local run: postcodes ascending, then abroad, each letter from an odd page', () => {
    const order = (JSON.parse(unzipFile(zip, PRINT_MANIFEST).toString('utf8')) as { order: PrintedLetter[] }).order;
    expect(order.map((l) => [l.id, l.postcode, l.firstPage, l.lastPage, l.blankPageAfter])).toEqual([
      ['p-2100', '2100', 1, 1, true],
      ['p-8000', '8000', 3, 4, false],
      ['abroad-de', null, 5, 6, false],
    ]);
    expect(unzipFile(zip, PRINT_CSV).toString('utf8')).toBe(readFileSync(join(local, PRINT_CSV), 'utf8'));
  });

  it('is the local run, byte for byte: letters, messages, print file and manifest lines', () => {
    for (const file of [...LETTERS, ...DELIVERY_FILES])
      expect(sha256(unzipFile(zip, file)), file).toBe(sha256(readFileSync(join(local, file))));
    const byLine = (entries: ManifestEntry[]) => [...entries].sort((a, b) => a.line - b.line);
    const queued = unzipFile(zip, 'manifest.ndjson')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ManifestEntry);
    expect(byLine(queued)).toEqual(byLine(readNdjsonFile<ManifestEntry>(join(local, 'manifest.ndjson'))));
  });

  it('stores a record once: a job run again changes neither its PDF nor its message', async () => {
    const before = await queue.store.memo(batchId, 1);
    const again = await renderHere(RECORDS[0]?.envelope, { memo: true });
    const stored = await queue.store.putRecord(batchId, 1, 'dp-1', again.outcome, {
      pdf: again.pdf,
      memo: `${again.memo}<!-- -->`,
    });
    expect(stored).toBe(false);
    expect(await queue.store.memo(batchId, 1)).toBe(before);
    expect((await queue.store.progress(batchId))?.memos).toBe(2);
  });
});

describe('queue mode: delivery per batch', () => {
  it('retries a failed Digital Post record and stores its message with it; a batch without memo stores PDFs only', async () => {
    const records = RECORDS.slice(0, 2);
    async function* source() {
      for (const r of records) yield toRecord(r.line, { id: r.id, ...r.envelope });
    }
    let attempts = 0;
    const flaky = async (envelope: unknown, options: { memo: boolean }) => {
      const digitalPost = (envelope as { delivery?: { channel: string } }).delivery?.channel === 'digital-post';
      if (options.memo && digitalPost && attempts++ === 0) throw new Error('out of memory, say');
      return renderHere(envelope, options);
    };
    const policy = { expireInSeconds: 30, retryLimit: 2, retryDelaySeconds: 1 };
    const withMemo = await queue.enqueue(source(), policy, { memo: true, printFile: false });
    const plain = await queue.enqueue(source(), policy);
    const worker = await startQueueWorker(queue, { render: flaky });
    await untilComplete(withMemo.batchId);
    await untilComplete(plain.batchId);
    await worker.stop();

    expect(attempts).toBe(2); // failed once, retried
    expect(validateMemo((await queue.store.memo(withMemo.batchId, 1)) ?? '')).toEqual([]);
    expect(await queue.store.memo(withMemo.batchId, 2)).toBeNull(); // letter post: PDF only
    expect(await queue.store.memo(plain.batchId, 1)).toBeNull();
    expect(await queue.store.progress(plain.batchId)).toMatchObject({ memos: 0, delivery: { memo: false, printFile: false } });
  });

  it('answers 400 BATCH_OPTION_INVALID for a delivery option that is not true or false, enqueuing nothing', async () => {
    const app = express().use('/api/batches', batchRouter({ queue }));
    const answer = await request(app)
      .post('/api/batches?memo=yes')
      .set('Content-Type', 'application/x-ndjson')
      .send(toNdjson(RECORDS));
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('BATCH_OPTION_INVALID');
  });
});

describe('letters batch --queue with --memo --print-file', () => {
  it('enqueues the batch with them, and --download writes its zip with the messages and the print file', async () => {
    const dir = tempDir('batch-queue-cli-');
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, toNdjson(RECORDS));
    const enqueued = await runLetters(['batch', input, '--queue', server.url, '--memo', '--print-file']);
    expect(enqueued.code).toBe(0);
    const batchId = /batch ([0-9a-f-]{36})/.exec(enqueued.stdout)?.[1] ?? '';
    expect(enqueued.stdout).toContain('6 records enqueued');

    const zip = join(dir, 'out.zip');
    const early = await runLetters(['batch', '--queue', server.url, '--download', batchId, '--out', zip]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('is not finished');

    // The worker's own render threads (as `letters worker`): the message travels back from the thread with the PDF.
    const worker = await startQueueWorker(queue, { threads: 1 });
    await untilComplete(batchId);
    await worker.stop();
    const status = await runLetters(['batch', '--queue', server.url, '--status', batchId]);
    expect(status.stdout).toContain('Digital Post: 2 MeMo messages; 4 letters not for Digital Post (PDF only)');
    const downloaded = await runLetters(['batch', '--queue', server.url, '--download', batchId, '--out', zip]);
    expect(downloaded.code).toBe(0);
    expect(downloaded.stdout).toContain('print:    print/letter-post.pdf  (3 letters, 6 pages, 3 duplex sheets');
    expect(unzipList(zip)).toEqual(['errors.ndjson', 'manifest.ndjson', ...LETTERS, ...DELIVERY_FILES].sort());
    for (const file of DELIVERY_FILES.filter((f) => f.endsWith('.memo.xml')))
      expect(validateMemo(unzipFile(zip, file).toString('utf8')), file).toEqual([]);
  });

  it.each([
    [['--resume'], '--resume is for local runs, not --queue'],
    [['--zip'], '--zip is for local runs, not --queue'],
    [['--threads', '2'], '--threads is for local runs, not --queue'],
    [['--out', 'x'], '--out is for local runs and --download'],
    [['--status', '6f1c7c1e-0000-4000-8000-000000000000'], '--status names a batch already enqueued: no input file'],
  ])('refuses %j with --queue by name (exit 2), enqueuing nothing', async (extra, message) => {
    const batches = async () => (await queue.store.pool.query('SELECT id FROM letters_batch.batches')).rowCount;
    const before = await batches();
    const run = await runLetters(['batch', 'samples/batch/day.ndjson', '--queue', server.url, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(await batches()).toBe(before);
  });

  it('refuses --memo with --status: delivery is fixed when the batch is enqueued', async () => {
    const run = await runLetters(['batch', '--queue', server.url, '--status', '6f1c7c1e-0000-4000-8000-000000000000', '--memo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--memo is given when the batch is enqueued');
  });
});
