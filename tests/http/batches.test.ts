/**
 * Batches on the service: the routes sit behind the key check and the `batch` role, and answer 503 with
 * the reason when no queue is configured. The queue itself is tested in tests/batch/ against PostgreSQL.
 */
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { batchRoutes } from '../../src/interfaces/http/batches.ts';
import { bearer, startTestService, type TestService } from '../support/service.ts';

let service: TestService;
beforeAll(async () => {
  const { route } = await batchRoutes({});
  service = await startTestService({}, { extraRouters: [route] });
});
afterAll(() => service.stop());

it('without a queue, a batch key gets 503 with the reason and a Retry-After', async () => {
  const res = await request(service.app).post('/api/batches').set(bearer('batch')).send([]);
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['retry-after']).toBeDefined();
  expect(res.body.detail).toContain('BATCH_QUEUE_URL');
});

it('officers and translators may not run batches; no key is 401', async () => {
  for (const role of ['officer', 'translator'] as const) {
    expect((await request(service.app).get('/api/batches/x').set(bearer(role))).status).toBe(403);
  }
  expect((await request(service.app).get('/api/batches/x')).status).toBe(401);
});
