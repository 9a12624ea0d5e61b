/**
 * Logs are structured, carry a request id, and never contain personal data: the test renders,
 * previews and validates every sample (and some broken inputs carrying personal data in odd
 * places), then scans every log line for the names, addresses, case numbers and dates of birth.
 */

import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validSamples } from '../support/samples.ts';
import { bearer, bodyOf, startTestService, type TestService } from '../support/service.ts';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ renderThreads: 2 });
});
afterAll(() => service.stop());

const CPR = '030594-1234';
const ABORTED = '1c0ffee0-0000-4000-8000-0000000000ab';
const TRACE = '9b2f3c1e-4d5a-4b6c-8d7e-0f1a2b3c4d5e';

/** The personal data in an input: names, address lines, case number, date of birth. */
function personalData(input: unknown): string[] {
  const data = (input as { data: Record<string, unknown> }).data;
  const applicant = data.applicant as { name: string; dateOfBirth: string };
  const address = (data.address ?? {}) as Record<string, string>;
  const officer = data.officer as { name: string };
  return [applicant.name, applicant.dateOfBirth, officer.name, String(data.caseNumber), ...Object.values(address)];
}

describe('logs', () => {
  it('render, preview, validate, journal and broken inputs: no personal data in any log line', async () => {
    const secrets = new Set<string>([CPR]);
    for (const sample of validSamples()) {
      for (const value of personalData(sample.input)) secrets.add(value);
      const body = bodyOf(sample.input);
      for (const action of ['validate', 'preview', 'render']) {
        const res = await request(service.app).post(`/api/letters/${sample.letter}/${action}`).set(bearer('officer')).send(body);
        expect(res.status).toBe(200);
      }
      const caseNumber = String((sample.input as { data: { caseNumber: string } }).data.caseNumber);
      await request(service.app).get('/api/journal').query({ case: caseNumber }).set(bearer('officer')).expect(200);
    }
    const [first] = validSamples();
    if (!first) throw new Error('no sample');
    const name = personalData(first.input)[0] ?? '';
    // personal data where it does not belong: an unknown field, a broken body, a bad path
    await request(service.app)
      .post(`/api/letters/${first.letter}/validate`)
      .set(bearer('officer'))
      .send({ ...bodyOf(first.input), cpr: CPR })
      .expect(422);
    await request(service.app)
      .post(`/api/letters/${first.letter}/render`)
      .set(bearer('officer'))
      .set('Content-Type', 'application/json')
      .send(`{"data": {"name": "${name}", "cpr": "${CPR}"`)
      .expect(400);
    await request(service.app)
      .get(`/api/letters/${encodeURIComponent(CPR)}`)
      .set(bearer('officer'))
      .expect(404);

    expect(service.logs.length).toBeGreaterThan(20);
    // Request ids (random UUIDs) and timings are machine values: a four-digit postcode can occur inside one
    // by chance, so they are masked before the scan.
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
    const timing = /"(time|responseTime)":[0-9.]+/g;
    for (const line of service.logs.map((l) => l.replace(uuid, '<uuid>').replace(timing, '"$1":0'))) {
      for (const secret of secrets)
        expect(line, `a log line contains personal data (${secrets.size} values checked)`).not.toContain(secret);
    }
  });

  it('each request is one JSON line with a request id, method, route pattern, status, key id and role', async () => {
    await request(service.app)
      .post('/api/letters/reopening-guidance/validate')
      .set(bearer('batch'))
      .set('X-Request-Id', TRACE)
      .send({});
    const line = service.logs.map((l) => JSON.parse(l)).find((entry) => entry.requestId === TRACE);
    expect(line).toMatchObject({
      req: { method: 'POST' },
      route: '/api/letters/:type/validate',
      res: { statusCode: 422 },
      keyId: 'test-batch',
      role: 'batch',
    });
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toContain('test-batch-key');
  });

  it('adopts a client request id only as a UUID; anything else is replaced and never logged', async () => {
    const chosen = 'Farida_Ahmadi_010190-1234';
    const res = await request(service.app)
      .post('/api/letters/reopening-guidance/validate')
      .set(bearer('batch'))
      .set('X-Request-Id', chosen)
      .send({});
    const replaced = String(res.headers['x-request-id']);
    expect(replaced).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(service.logs.some((l) => l.includes('Farida_Ahmadi'))).toBe(false);
    expect(service.logs.some((l) => l.includes(replaced))).toBe(true);
  });

  it('logs a request the client aborted as aborted, with its request id, route and key', async () => {
    const server = service.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const [sample] = validSamples();
      if (!sample) throw new Error('no sample');
      const body = JSON.stringify(bodyOf(sample.input));
      const sent = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/letters/${sample.letter}/render`,
        headers: { ...bearer('officer'), 'Content-Type': 'application/json', 'X-Request-Id': ABORTED },
      });
      sent.on('error', () => {}); // the abort itself
      // abort once the server holds the request, whatever the machine's load: half the body, then hang up
      const received = new Promise((resolve) => server.once('request', resolve));
      sent.write(body.slice(0, Math.floor(body.length / 2)));
      await received;
      await sleep(30);
      sent.destroy();
      let line: Record<string, unknown> | undefined;
      for (let waited = 0; waited < 200 && !line; waited++) {
        line = service.logs.map((l) => JSON.parse(l)).find((e) => e.requestId === ABORTED);
        if (!line) await sleep(50);
      }
      expect(line).toMatchObject({ aborted: true, route: `/api/letters/:type/render`, keyId: 'test-officer', level: 40 });
      expect(String(line?.msg)).toContain('aborted');
    } finally {
      server.close();
    }
  });
});
