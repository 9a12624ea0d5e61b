/**
 * The batch API, mounted by the service at `/api/batches` (behind its key check and the `batch` role):
 * `POST /api/batches` (records as NDJSON, or a JSON array of `{id, letter, languages, data}`; one limit for
 * both, before the API-wide letter-sized parser; `?memo=true`, `?print-file=true` as `letters batch --memo
 * --print-file`) enqueues a batch and answers 202 with its id; `GET /api/batches/:id`
 * gives progress and failures (paths and codes, never values); `GET /api/batches/:id/download` streams the
 * finished batch as a zip. Rendering happens in `letters worker` processes, never in the HTTP process.
 */
import express, { type Request, type Response, Router } from 'express';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { BATCH_BODY_LIMIT } from '../interfaces/http/openapi.ts';
import { plainProblem, sendProblem } from '../interfaces/http/problem.ts';
import type { BatchQueue, JobPolicy } from './queue/batch-queue.ts';
import type { BatchDelivery } from './queue/batch-store.ts';
import { writeBatchZip } from './queue/store-zip.ts';
import { type BatchRecord, toRecord } from './record.ts';

export interface BatchRouterOptions {
  readonly queue: BatchQueue;
  readonly policy?: JobPolicy;
  /** Largest request body accepted (express's size syntax). */
  readonly limit?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FAILURES_SHOWN = 100;

export function batchRouter({ queue, policy, limit = BATCH_BODY_LIMIT }: BatchRouterOptions): Router {
  const router = Router();
  const body = [
    express.text({ type: ['application/x-ndjson', 'application/jsonl', 'text/plain'], limit }),
    express.json({ limit }),
  ];

  router.post('/', ...body, async (request: Request, response: Response) => {
    const delivery = deliveryOf(request.query);
    if (!delivery) {
      sendProblem(response, plainProblem('batch-option-invalid', 'memo and print-file are true or false'));
      return;
    }
    const records = recordsOf(request.body);
    if (!records?.length) {
      sendProblem(response, plainProblem('batch-records-missing', 'NDJSON (application/x-ndjson) or a JSON array'));
      return;
    }
    const { batchId, total, invalid } = await queue.enqueue(iterate(records), policy, delivery);
    const self = `/api/batches/${batchId}`;
    response
      .status(202)
      .location(self)
      .json({ id: batchId, total, invalid, delivery, links: { self, download: `${self}/download` } });
  });

  router.get('/:id', async (request: Request<{ id: string }>, response: Response) => {
    const id = request.params.id;
    const progress = UUID.test(id) ? await queue.store.progress(id) : null;
    if (!progress) {
      sendProblem(response, plainProblem('batch-not-found'));
      return;
    }
    const complete = progress.total !== null && progress.done === progress.total;
    const failures = await queue.store.failures(id, FAILURES_SHOWN);
    const deadLetters = (await queue.deadLetters(id)).length;
    const self = `/api/batches/${id}`;
    response.json({
      ...progress,
      pending: progress.total === null ? null : progress.total - progress.done,
      complete,
      failures,
      deadLetters,
      links: { self, download: complete ? `${self}/download` : null },
    });
  });

  router.get('/:id/download', async (request: Request<{ id: string }>, response: Response) => {
    const id = request.params.id;
    const progress = UUID.test(id) ? await queue.store.progress(id) : null;
    if (!progress) {
      sendProblem(response, plainProblem('batch-not-found'));
      return;
    }
    if (progress.total === null || progress.done !== progress.total) {
      const counts = { done: progress.done, total: progress.total };
      sendProblem(response, plainProblem('batch-not-finished', 'see done and total', counts));
      return;
    }
    response.type('application/zip').attachment(`batch-${id}.zip`);
    await writeBatchZip(queue.store, id, progress.delivery, response);
  });
  return router;
}

/** `?memo=true&print-file=true`: what the batch produces besides its PDFs; null for any other value (never ignored). */
function deliveryOf(query: Request['query']): BatchDelivery | null {
  const flag = (name: string): boolean | null => {
    const value = query[name];
    if (value === undefined) return false;
    return value === 'true' ? true : value === 'false' ? false : null;
  };
  const memo = flag('memo');
  const printFile = flag('print-file');
  return memo === null || printFile === null ? null : { memo, printFile };
}

/** NDJSON text or a JSON array (or `{records: [...]}`) → records by line; null when the body is neither. */
function recordsOf(body: unknown): BatchRecord[] | null {
  if (typeof body === 'string') {
    const records: BatchRecord[] = [];
    body.split('\n').forEach((text, index) => {
      if (!text.trim()) return;
      try {
        records.push(toRecord(index + 1, JSON.parse(text)));
      } catch {
        records.push({ line: index + 1, id: null, problems: [diagnostic('BATCH_LINE_NOT_JSON', '')] });
      }
    });
    return records;
  }
  const list = Array.isArray(body) ? body : (body as { records?: unknown } | null)?.records;
  return Array.isArray(list) ? list.map((value, index) => toRecord(index + 1, value)) : null;
}

async function* iterate(records: readonly BatchRecord[]): AsyncGenerator<BatchRecord> {
  yield* records;
}
