/** The batch API mounted on a bare express app, against a real PostgreSQL queue and an in-process worker. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import request from 'supertest';
import { expect, it } from 'vitest';
import { batchRouter } from '../../src/batch/http-router.ts';
import { startQueueWorker } from '../../src/batch/queue/queue-worker.ts';
import { renderRecord } from '../../src/batch/render-record.ts';
import { createWorld } from '../../src/engine.ts';
import { queue, useQueueServer } from './queue-server.ts';
import { tempDir, testRecords, toNdjson } from './records.ts';

useQueueServer();

/** supertest parser: the zip body as one Buffer. */
const collect = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (chunk: Buffer) => chunks.push(chunk));
  (res as unknown as NodeJS.ReadableStream).on('end', () => done(null, Buffer.concat(chunks)));
};

it('POST enqueues, GET reports progress and failures, download streams the finished batch as a zip', async () => {
  const app = express().use(
    '/api/batches',
    batchRouter({ queue, policy: { expireInSeconds: 30, retryLimit: 1, retryDelaySeconds: 1 } }),
  );
  const ndjson = `${toNdjson(testRecords(6))}{"id": "../x"}\n`;

  const posted = await request(app).post('/api/batches').set('Content-Type', 'application/x-ndjson').send(ndjson);
  expect(posted.status).toBe(202);
  expect(posted.body).toMatchObject({ total: 7, invalid: 1 });
  const id: string = posted.body.id;
  expect(posted.headers.location).toBe(`/api/batches/${id}`);

  const early = await request(app).get(`/api/batches/${id}/download`);
  expect(early.status).toBe(409);

  const world = createWorld();
  const worker = await startQueueWorker(queue, { render: (envelope) => renderRecord(envelope, world) });
  let status = await request(app).get(`/api/batches/${id}`);
  for (let i = 0; i < 300 && !status.body.complete; i++) {
    await sleep(100);
    status = await request(app).get(`/api/batches/${id}`);
  }
  await worker.stop();
  expect(status.status).toBe(200);
  expect(status.body).toMatchObject({
    id,
    total: 7,
    done: 7,
    pending: 0,
    complete: true,
    counts: { ok: 4, 'no-letter': 1, invalid: 2, failed: 0 },
    deadLetters: 0,
    links: { download: `/api/batches/${id}/download` },
  });
  expect(status.body.failures.map((f: { line: number; errors: { code: string }[] }) => [f.line, f.errors[0]?.code])).toEqual([
    [6, 'RULE_DATE_NOT_SAME_DAY'],
    [7, 'BATCH_ID_UNSAFE'],
  ]);

  const download = await request(app).get(`/api/batches/${id}/download`).buffer(true).parse(collect);
  expect(download.status).toBe(200);
  expect(download.headers['content-type']).toBe('application/zip');
  const zipFile = join(tempDir('batch-zip-'), 'batch.zip');
  writeFileSync(zipFile, download.body as Buffer);
  const listing = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).trim().split('\n').sort();
  expect(listing).toEqual([
    'errors.ndjson',
    'letters/r00001.pdf',
    'letters/r00002.pdf',
    'letters/r00003.pdf',
    'letters/r00004.pdf',
    'manifest.ndjson',
  ]);
  const pdf = execFileSync('unzip', ['-p', zipFile, 'letters/r00003.pdf']);
  expect(pdf.equals((await queue.store.pdf(id, 3)) ?? Buffer.alloc(0))).toBe(true);
});

it('answers 404 for an unknown batch and 400 for a body without records', async () => {
  const app = express().use('/api/batches', batchRouter({ queue }));
  expect((await request(app).get('/api/batches/6f1c7c1e-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await request(app).get('/api/batches/not-a-uuid')).status).toBe(404);
  expect((await request(app).post('/api/batches').send({ nothing: true })).status).toBe(400);
});
