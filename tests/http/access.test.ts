/**
 * Access: every API call needs a key, and a key's role does only its own calls. The test walks the
 * whole policy table (roles.ts): each role × each action is either answered or refused with 403,
 * and every call without a key, or with an unknown one, is refused with 401.
 */
import { Router } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../src/interfaces/http/access.ts';
import { ACTIONS, type Action, may, ROLES } from '../../src/interfaces/http/roles.ts';
import type { ServiceDeps } from '../../src/interfaces/http/service-deps.ts';
import { validSamples } from '../support/samples.ts';
import { bearer, bodyOf, startTestService, type TestService } from '../support/service.ts';

let service: TestService;
let journalId = '';
const sample = validSamples().find((s) => s.letter === 'humanitarian-permit-info' && s.name === 'handed');
if (!sample) throw new Error('no sample');
const body = bodyOf(sample.input);

beforeAll(async () => {
  // A router mounted the way the batch module mounts its own: one line, `extraRouters`.
  const batches = (deps: ServiceDeps) =>
    Router().get('/', allow('batch'), (_req, res) => {
      res.json({ batches: [], letters: deps.world.templates.has('reopening-guidance') });
    });
  service = await startTestService({ renderThreads: 1 }, { extraRouters: [{ path: '/batches', build: batches }] });
  const rendered = await request(service.app)
    .post('/api/letters/humanitarian-permit-info/render')
    .set(bearer('admin'))
    .send(body);
  journalId = String(rendered.headers['x-journal-id']);
});
afterAll(() => service.stop());

/** One call per action. */
const CALLS: Record<Action, () => request.Test> = {
  catalogue: () => request(service.app).get('/api/letters'),
  validate: () => request(service.app).post('/api/letters/humanitarian-permit-info/validate').send(body),
  preview: () => request(service.app).post('/api/letters/humanitarian-permit-info/preview').send(body),
  previewSample: () => request(service.app).post('/api/letters/humanitarian-permit-info/preview').send({ sample: 'handed' }),
  render: () => request(service.app).post('/api/letters/humanitarian-permit-info/render').send(body),
  journalRead: () => request(service.app).get('/api/journal').query({ case: '2016/118229' }),
  journalRerender: () => request(service.app).get(`/api/journal/${journalId}/pdf`),
  metrics: () => request(service.app).get('/metrics'),
  batch: () => request(service.app).get('/api/batches'),
  translations: () => request(service.app).get('/api/translations/humanitarian-permit-info/en'),
};

const cases = ROLES.flatMap((role) => (Object.keys(ACTIONS) as Action[]).map((action) => [role, action] as const));

describe('each role does its own calls and nothing else', () => {
  it.each(cases)('%s → %s', async (role, action) => {
    const res = await CALLS[action]().set(bearer(role));
    if (may(role, action)) {
      expect(res.status, `${role} may ${action}`).toBe(200);
    } else {
      expect(res.status, `${role} may not ${action}`).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/forbidden', status: 403 });
    }
  });

  it('the policy: translators never produce letters nor see personal data; officers and admin re-render', () => {
    expect(may('translator', 'render')).toBe(false);
    expect(may('translator', 'preview')).toBe(false);
    expect(may('translator', 'journalRead')).toBe(false);
    expect(may('translator', 'previewSample')).toBe(true);
    expect(ROLES.filter((role) => may(role, 'journalRerender'))).toEqual(['officer', 'admin']);
  });
});

describe('a call without a valid key is refused', () => {
  const actions = Object.keys(CALLS) as Action[];
  it.each(actions)('%s without a key: 401 with WWW-Authenticate', async (action) => {
    const res = await CALLS[action]();
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body.type).toBe('/problems/unauthorized');
  });

  it.each(actions)('%s with an unknown key: 401', async (action) => {
    const res = await CALLS[action]().set('Authorization', 'Bearer not-a-key-we-issued');
    expect(res.status).toBe(401);
  });

  it('the key may also come as X-API-Key', async () => {
    const res = await request(service.app).get('/api/letters').set('X-API-Key', 'test-officer-key-0001');
    expect(res.status).toBe(200);
  });

  it('the page, the OpenAPI document and health need no key', async () => {
    for (const path of ['/', '/openapi.json', '/healthz', '/readyz']) {
      expect((await request(service.app).get(path)).status, path).toBe(200);
    }
  });
});
