/**
 * One error model (issue 17): every error of every route, the batch routes included, is problem+json with
 * a code and a message in Danish and English; an unreachable database is 503 with Retry-After, logged as
 * an error with its route; a batch body has one limit whether it is a JSON array or NDJSON.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchRouter } from '../../src/batch/http-router.ts';
import type { BatchQueue } from '../../src/batch/queue/batch-queue.ts';
import { allow } from '../../src/interfaces/http/access.ts';
import { PROBLEM_CODES } from '../../src/interfaces/http/problem.ts';
import type { Journal } from '../../src/journal/journal.ts';
import { bearer, startTestService, type TestService } from '../support/service.ts';

const unreachable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const UNFINISHED = randomUUID();
const DOWN = randomUUID();

/** A queue with no database behind it: what the routes need, and nothing else. */
const queue = {
  enqueue: async (records: AsyncIterable<{ problems?: unknown }>) => {
    let total = 0;
    let invalid = 0;
    for await (const record of records) {
      total++;
      if (record.problems) invalid++;
    }
    return { batchId: randomUUID(), total, invalid };
  },
  deadLetters: async () => [],
  store: {
    progress: async (id: string) => {
      if (id === DOWN) throw unreachable();
      return id === UNFINISHED ? { id, total: 2, done: 1, counts: { ok: 1, 'no-letter': 0, invalid: 0, failed: 0 } } : null;
    },
    failures: async () => [],
  },
} as unknown as BatchQueue;

let service: TestService;
let journalDown = false;
beforeAll(async () => {
  const journal: Journal = {
    kind: 'postgres',
    record: async () => {},
    byCase: async () => {
      if (journalDown) throw unreachable();
      return [];
    },
    get: async () => null,
    ping: async () => !journalDown,
    close: async () => {},
  };
  const router = Router().use(allow('batch'), batchRouter({ queue }));
  service = await startTestService({}, { journal, extraRouters: [{ path: '/batches', router }] });
});
afterAll(() => service.stop());

const LETTER = '/api/letters/humanitarian-permit-info';

function expectProblem(res: request.Response, status: number) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  expect(res.body.message?.da).toEqual(expect.any(String));
  expect(res.body.message?.en).toEqual(expect.any(String));
  expect(res.body.message.da).not.toBe(res.body.message.en);
}

describe('every error is problem+json with a code, in Danish and English', () => {
  const app = () => service.app;
  it.each([
    ['no key', 401, () => request(app()).get('/api/letters')],
    ['a role that may not', 403, () => request(app()).get(`/api/batches/${UNFINISHED}`).set(bearer('officer'))],
    ['an unknown path', 404, () => request(app()).get('/api/nothing').set(bearer('admin'))],
    ['an unknown letter type', 404, () => request(app()).get('/api/letters/nope').set(bearer('admin'))],
    ['not JSON', 415, () => request(app()).post(`${LETTER}/validate`).set(bearer('admin')).type('text').send('x')],
    [
      'too large',
      413,
      () =>
        request(app())
          .post(`${LETTER}/validate`)
          .set(bearer('admin'))
          .send({ x: 'x'.repeat(200_000) }),
    ],
    ['invalid input', 422, () => request(app()).post(`${LETTER}/validate`).set(bearer('admin')).send({})],
    ['no case', 400, () => request(app()).get('/api/journal').set(bearer('admin'))],
    ['a batch without records', 400, () => request(app()).post('/api/batches').set(bearer('batch')).send([])],
    ['an unknown batch', 404, () => request(app()).get(`/api/batches/${randomUUID()}`).set(bearer('batch'))],
    ['an unfinished batch', 409, () => request(app()).get(`/api/batches/${UNFINISHED}/download`).set(bearer('batch'))],
  ])('%s: %i', async (_what, status, send) => {
    expectProblem(await send(), status);
  });

  it('codes are unique', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });
});

describe('an unreachable database', () => {
  it('is 503 with Retry-After, logged as an error with its route', async () => {
    journalDown = true;
    try {
      const res = await request(service.app).get('/api/journal').query({ case: '2016/118230' }).set(bearer('admin'));
      expectProblem(res, 503);
      expect(res.body.code).toBe('STORE_UNAVAILABLE');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      const line = service.logs.map((l) => JSON.parse(l)).find((e) => e.requestId === res.headers['x-request-id']);
      expect(line).toMatchObject({ level: 50, route: '/api/journal/', res: { statusCode: 503 } });
    } finally {
      journalDown = false;
    }
    const batch = await request(service.app).get(`/api/batches/${DOWN}`).set(bearer('batch'));
    expectProblem(batch, 503);
    expect(batch.headers['retry-after']).toBeDefined();
  });
});

describe('POST /api/batches has one body policy', () => {
  it('accepts the same 100 KB of records as a JSON array and as NDJSON', async () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ id: `r${i}`, letter: 'x', data: { note: 'y'.repeat(200) } }));
    const asArray = await request(service.app).post('/api/batches').set(bearer('batch')).send(records);
    expect(asArray.status, asArray.text).toBe(202);
    const ndjson = records.map((r) => JSON.stringify(r)).join('\n');
    const asLines = await request(service.app)
      .post('/api/batches')
      .set(bearer('batch'))
      .type('application/x-ndjson')
      .send(ndjson);
    expect(asLines.status).toBe(202);
    expect(asArray.body.total).toBe(asLines.body.total);
    const withBom = await request(service.app)
      .post('/api/batches')
      .set(bearer('batch'))
      .type('application/x-ndjson')
      .send(`\uFEFF${ndjson}`);
    expect(withBom.body).toMatchObject({ total: 400, invalid: 0 });
  });
});
