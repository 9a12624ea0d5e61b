/** Queue mode on a real PostgreSQL server: records in, letters stored once, retries with backoff, dead letters. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type BatchJob, DEFAULT_POLICY, QUEUE } from '../../src/batch/queue/batch-queue.ts';
import { startQueueWorker } from '../../src/batch/queue/queue-worker.ts';
import type { BatchRecord } from '../../src/batch/record.ts';
import { toRecord } from '../../src/batch/record.ts';
import { renderRecord } from '../../src/batch/render-record.ts';
import { createWorld } from '../../src/engine.ts';
import type { RenderTaskResult } from '../../src/render-task.ts';
import { queue, useQueueServer } from './queue-server.ts';
import { testRecords } from './records.ts';

const world = createWorld();
const renderHere = async (envelope: unknown): Promise<RenderTaskResult> => renderRecord(envelope, world);

useQueueServer();

async function* recordsOf(lines: unknown[]): AsyncGenerator<BatchRecord> {
  for (const [index, value] of lines.entries()) yield toRecord(index + 1, value);
}

async function waitUntilDone(batchId: string, seconds = 60) {
  for (let waited = 0; waited < seconds * 10; waited++) {
    const progress = await queue.store.progress(batchId);
    if (progress && progress.total !== null && progress.done === progress.total) return progress;
    await sleep(100);
  }
  throw new Error('batch did not finish');
}

describe('queue mode', () => {
  it('stores every record once: letters with hash and pages, invalid records with their field errors and no job', async () => {
    const records = testRecords(6);
    const lines = [...records.map((r) => ({ id: r.id, ...r.envelope })), { id: 'x/../y', letter: 'z' }];
    const { batchId, total, invalid } = await queue.enqueue(recordsOf(lines), {
      expireInSeconds: 30,
      retryLimit: 1,
      retryDelaySeconds: 1,
    });
    expect({ total, invalid }).toEqual({ total: 7, invalid: 1 });

    const worker = await startQueueWorker(queue, { render: renderHere });
    const progress = await waitUntilDone(batchId);
    await worker.stop();

    expect(progress.counts).toEqual({ ok: 4, 'no-letter': 1, invalid: 2, failed: 0 });
    const manifest = await queue.store.manifest(batchId);
    expect(manifest.map((m) => `${m.line}:${m.record_id}:${m.status}`)).toEqual([
      '1:r00001:ok',
      '2:r00002:ok',
      '3:r00003:ok',
      '4:r00004:ok',
      '5:r00005:no-letter',
      '6:r00006:invalid',
      '7:null:invalid',
    ]);
    const failures = await queue.store.failures(batchId);
    expect(failures.map((f) => [f.line, f.errors.map((e) => e.code)])).toEqual([
      [6, ['RULE_DATE_NOT_SAME_DAY']],
      [7, ['BATCH_ID_UNSAFE']],
    ]);
    const stored = await queue.store.pdf(batchId, 1);
    const direct = await renderHere(records[0]?.envelope);
    expect(stored?.equals(Buffer.from(direct.pdf ?? []))).toBe(true);
  });

  it('retries a transient failure with backoff, and dead-letters a record that keeps failing', async () => {
    const records = testRecords(3);
    const attempts = new Map<string, number[]>();
    // Records are told apart by case number (jsonb does not keep the envelope's key order).
    const caseOf = (envelope: unknown) => (envelope as { data: { caseNumber: string } }).data.caseNumber;
    const flaky = async (envelope: unknown) => {
      const key = caseOf(envelope);
      const times = attempts.get(key) ?? [];
      times.push(Date.now());
      attempts.set(key, times);
      if (key === caseOf(records[0]?.envelope) && times.length === 1) throw new Error('out of memory, say');
      if (key === caseOf(records[1]?.envelope)) throw new Error('always');
      return renderHere(envelope);
    };
    const lines = records.map((r) => ({ id: r.id, ...r.envelope }));
    const { batchId } = await queue.enqueue(recordsOf(lines), { expireInSeconds: 30, retryLimit: 2, retryDelaySeconds: 1 });
    const worker = await startQueueWorker(queue, { render: flaky });
    const progress = await waitUntilDone(batchId, 90);
    await worker.stop();

    expect(progress.counts).toEqual({ ok: 2, 'no-letter': 0, invalid: 0, failed: 1 });
    const always = attempts.get(caseOf(records[1]?.envelope)) ?? [];
    expect(always).toHaveLength(3); // the first try and two retries
    const [first = 0, second = 0, third = 0] = always;
    expect(third - second).toBeGreaterThan(second - first); // backoff: each wait longer than the last
    expect(attempts.get(caseOf(records[0]?.envelope))).toHaveLength(2);
    const failures = await queue.store.failures(batchId);
    expect(failures).toMatchObject([{ id: 'r00002', line: 2, status: 'failed', errors: [{ code: 'BATCH_RENDER_FAILED' }] }]);
    let dead = await queue.deadLetters(batchId);
    for (let i = 0; i < 50 && dead.length === 0; i++) {
      await sleep(100);
      dead = await queue.deadLetters(batchId);
    }
    expect(dead.map((d) => [d.line, d.id])).toEqual([[2, 'r00002']]);
  });

  it("keeps a slow job with its live worker (the lease is renewed), and hands a dead worker's job on in seconds", async () => {
    const [slow, orphan] = testRecords(2);
    const policy = { expireInSeconds: 1, retryLimit: 2, retryDelaySeconds: 1 };
    // A render three leases long: without renewal the job would expire and run twice.
    let attempts = 0;
    const slowly = async (envelope: unknown) => {
      attempts++;
      await sleep(3000);
      return renderHere(envelope);
    };
    const first = await queue.enqueue(recordsOf([{ id: slow?.id, ...slow?.envelope }]), policy);
    const worker = await startQueueWorker(queue, { render: slowly });
    await waitUntilDone(first.batchId, 30);
    await worker.stop();
    expect(attempts).toBe(1);

    // A worker that took a job and died: it never renews, so the job is free again after the default lease.
    const second = await queue.enqueue(recordsOf([{ id: orphan?.id, ...orphan?.envelope }]));
    const taken = await queue.boss.fetch<BatchJob>(QUEUE);
    expect(taken).toHaveLength(1);
    const died = Date.now();
    const survivor = await startQueueWorker(queue, { render: renderHere });
    await waitUntilDone(second.batchId, 60);
    await survivor.stop();
    expect((Date.now() - died) / 1000).toBeLessThan(DEFAULT_POLICY.expireInSeconds + 15);
  });
});
