/**
 * Overload is an answer, never a hang: a full render queue and a render over its time are 503 with
 * Retry-After, a key that sends too much gets 429 with Retry-After, and the server keeps answering.
 */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../src/journal/journal.ts';
import { validSamples } from '../support/samples.ts';
import { bearer, bodyOf, startTestService, type TestService } from '../support/service.ts';

const sample = validSamples().find((s) => s.letter === 'reopening-guidance' && s.expectedVariant !== null);
if (!sample) throw new Error('no sample');
const body = bodyOf(sample.input);

let service: TestService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

const render = (s: TestService) => request(s.app).post('/api/letters/reopening-guidance/render').set(bearer('batch')).send(body);

describe('overload', () => {
  it('a full render queue: 503 with Retry-After for the surplus, PDFs for the rest; health answers meanwhile', async () => {
    service = await startTestService({ renderThreads: 1, renderQueue: 1 });
    const s = service;
    // .then() sends each request now (a supertest request is lazy): health is asked while they are in flight
    const renders = Array.from({ length: 8 }, () => render(s).then((answer) => answer));
    const health = await request(s.app).get('/healthz');
    expect(health.status).toBe(200);
    const answers = await Promise.all(renders);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    for (const answer of refused) {
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ type: '/problems/overloaded', status: 503 });
    }
    const metrics = await request(s.app).get('/metrics').set(bearer('admin'));
    expect(metrics.text).toMatch(/^letters_render_refused_total\{reason="busy"\} [1-9]\d*$/m);
  });

  it('refuses before the work: with the queue full, even an invalid body gets 503, unread and unvalidated', async () => {
    service = await startTestService({ renderThreads: 1 });
    Object.assign(service.deps.pool, { full: () => true });
    const res = await request(service.app).post('/api/letters/reopening-guidance/render').set(bearer('batch')).send({});
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('OVERLOADED');
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('a render over its time limit: 503 with Retry-After, and the next request is served', async () => {
    service = await startTestService({ renderThreads: 1, renderTimeoutMs: 1 });
    const res = await render(service);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.detail).toMatch(/too long/);
    const validate = await request(service.app)
      .post('/api/letters/reopening-guidance/validate')
      .set(bearer('officer'))
      .send(body);
    expect(validate.status).toBe(200);
  });

  it('a journal that cannot record: 503, and no PDF leaves', async () => {
    const broken: Journal = {
      kind: 'sqlite',
      record: () => Promise.reject(new Error('disk full')),
      byCase: async () => [],
      get: async () => null,
      ping: async () => false,
      close: async () => {},
    };
    service = await startTestService({ renderThreads: 1 }, { journal: broken });
    const res = await render(service);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('/problems/journal-unavailable');
    expect(res.headers['retry-after']).toBeDefined();
    expect((await request(service.app).get('/readyz')).status).toBe(503);
  });

  it('a key over its rate: 429 with Retry-After; other keys are not affected', async () => {
    service = await startTestService({ requestsPerMinute: 3 });
    const s = service;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(s.app).get('/api/letters').set(bearer('officer'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(s.app).get('/api/letters').set(bearer('officer'));
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.body.type).toBe('/problems/too-many-requests');
    expect((await request(s.app).get('/api/letters').set(bearer('translator'))).status).toBe(200);
  });
});
