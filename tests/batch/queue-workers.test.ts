/**
 * The distributed test: a real PostgreSQL server, a batch enqueued with the real CLI, two
 * `letters worker` processes on one queue, one of them killed (SIGKILL) mid-run. Its jobs expire and the
 * other worker takes them over; every record must end up produced exactly once, and whole.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { BatchStore } from '../../src/batch/queue/batch-store.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { startPostgres } from '../support/postgres.ts';
import { runLetters, startLetters } from './cli.ts';
import { tempDir, testRecords, toNdjson } from './records.ts';

const RECORDS = 36;
let server: Awaited<ReturnType<typeof startPostgres>>;
let store: BatchStore;

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await store?.close();
  await server?.stop();
});

async function until(condition: () => Promise<boolean>, seconds: number, what: string) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

it('two workers, one killed mid-run: every record is produced exactly once', async () => {
  const records = testRecords(RECORDS);
  const input = join(tempDir('batch-queue-'), 'in.ndjson');
  writeFileSync(input, toNdjson(records));

  const enqueued = await runLetters(['batch', input, '--queue', server.url, '--job-timeout', '3']);
  expect(enqueued.code).toBe(0);
  const batchId = /batch ([0-9a-f-]{36})/.exec(enqueued.stdout)?.[1] ?? '';
  expect(enqueued.stdout).toContain(`${RECORDS} records enqueued`);

  store = new BatchStore(server.url);
  const jobs = new pg.Pool({ connectionString: server.url, max: 1 });
  onTestFinished(() => jobs.end());
  const jobStates = async () =>
    (
      await jobs.query<{ state: string; retry_count: number }>(
        `SELECT state, retry_count FROM pgboss.job WHERE name = 'letters-batch' AND data->>'batchId' = $1`,
        [batchId],
      )
    ).rows;
  const workerArgs = ['worker', '--queue', server.url, '--threads', '1', '--maintenance-interval', '1'];
  let activeAtKill = 0;
  const doomed = startLetters(workerArgs);
  const survivor = startLetters(workerArgs);
  try {
    // Kill once some letters are stored and jobs are active (both workers poll the same queue, so the
    // doomed one holds jobs too): it dies mid-run, with most of the batch still to do.
    const killAfter = 4 + Math.floor(Math.random() * 8);
    await until(
      async () =>
        ((await store.progress(batchId))?.done ?? 0) >= killAfter && (await jobStates()).some((j) => j.state === 'active'),
      90,
      'both workers busy',
    );
    // Each worker has two slots: with three or more jobs active, the doomed worker surely holds one.
    activeAtKill = (await jobStates()).filter((j) => j.state === 'active').length;
    doomed.child.kill('SIGKILL');
    expect((await doomed.finished).signal).toBe('SIGKILL');

    // Done means every record stored and every job completed: the doomed worker's jobs expire, are retried
    // by the survivor and complete without storing anything twice (a record it had already stored).
    await until(
      async () => (await store.progress(batchId))?.done === RECORDS && (await jobStates()).every((j) => j.state === 'completed'),
      150,
      'the batch to finish',
    );
  } finally {
    survivor.child.kill('SIGTERM');
    doomed.child.kill('SIGKILL');
  }
  expect((await survivor.finished).code).toBe(0);

  const manifest = await store.manifest(batchId);
  expect(manifest.map((m) => m.line)).toEqual(records.map((r) => r.line));
  const world = createWorld();
  for (const record of records) {
    const row = manifest[record.line - 1];
    expect(row?.status, record.id).toBe(record.expect);
    expect(row?.record_id).toBe(record.id);
    if (record.expect !== 'ok') continue;
    const direct = await renderLetter(record.envelope, world);
    if (!direct.ok || direct.value.kind !== 'letter') throw new Error('sample must render');
    const stored = await store.pdf(batchId, record.line);
    expect(
      createHash('sha256')
        .update(stored ?? '')
        .digest('hex'),
    ).toBe(row?.sha256);
    expect(row?.sha256).toBe(createHash('sha256').update(direct.value.pdf).digest('hex'));
  }
  const states = await jobStates();
  const invalid = records.filter((r) => r.expect === 'invalid').length;
  expect(states).toHaveLength(RECORDS); // invalid records are jobs too: the rules run in the worker
  expect(states.every((j) => j.state === 'completed')).toBe(true);
  // The killed worker's jobs were retried by the survivor after they expired (certain when it held one).
  if (activeAtKill >= 3) expect(states.filter((j) => j.retry_count > 0).length).toBeGreaterThanOrEqual(1);
  expect(invalid).toBeGreaterThan(0);
});
