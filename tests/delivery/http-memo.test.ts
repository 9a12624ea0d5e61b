/** The render route with Accept: application/xml: the Digital Post message instead of the PDF, journalled as a render is. */
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateMemo } from '../../src/delivery/memo-model.ts';
import { projectPath } from '../../src/domain/project-path.ts';
import { sample } from '../support/requests.ts';
import { bearer, bodyOf, startTestService, type TestService } from '../support/service.ts';

let service: TestService;
beforeAll(async () => {
  // The workers read the senders file named here (an invented sender id; the real data has none yet).
  process.env.DIGITAL_POST_SENDERS = projectPath('tests/fixtures/digital-post.fixture.json');
  service = await startTestService({ renderThreads: 1 });
});
afterAll(async () => {
  await service.stop();
  delete process.env.DIGITAL_POST_SENDERS;
});

const render = (body: object, accept: string) =>
  request(service.app)
    .post('/api/letters/humanitarian-permit-info/render')
    .set(bearer('officer'))
    .set('Accept', accept)
    .send(body);
const withDelivery = (delivery: unknown) => ({ ...bodyOf(sample('humanitarian-permit-info', 'sent')), delivery });

it('answers the MeMo message for Accept: application/xml, and it conforms to the model', async () => {
  const res = await render(withDelivery({ channel: 'digital-post', recipient: { cpr: '0101901234' } }), 'application/xml');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/xml/);
  expect(res.headers['x-journal-id']).toBeTruthy();
  const xml = res.text;
  expect(validateMemo(xml)).toEqual([]);
  expect(xml).toContain('<memo:recipientID>0101901234</memo:recipientID>');
});

it('still answers the PDF for Accept: application/pdf', async () => {
  const res = await render(withDelivery({ channel: 'digital-post', recipient: { cpr: '0101901234' } }), 'application/pdf');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/pdf/);
});

it('refuses XML without the digital-post channel (422, coded), before rendering', async () => {
  const res = await render(withDelivery({ channel: 'letter-post' }), 'application/xml');
  expect(res.status).toBe(422);
  expect(JSON.stringify(res.body)).toContain('MEMO_NOT_DIGITAL_POST');
});

it('never echoes a CPR number in a problem', async () => {
  const res = await render(withDelivery({ channel: 'digital-post', recipient: { cpr: '3102901234' } }), 'application/xml');
  expect(res.status).toBe(422);
  expect(JSON.stringify(res.body)).toContain('DELIVERY_CPR_DATE');
  expect(JSON.stringify(res.body)).not.toContain('310290');
});

it('journals the delivery with the letter: a letter abroad is reproduced byte for byte', async () => {
  const abroad = { channel: 'letter-post', abroad: { lines: ['Hauptstraße 1', '10115 Berlin'], country: 'Tyskland' } };
  const res = await render(withDelivery(abroad), 'application/pdf');
  expect(res.status).toBe(200);
  const again = await request(service.app).get(`/api/journal/${res.headers['x-journal-id']}/pdf`).set(bearer('admin'));
  expect(again.status).toBe(200);
  expect(again.headers['x-reproduced']).toBe('true');
});

it('the plan shows the channel, and only which kind of number was given', async () => {
  const res = await request(service.app)
    .post('/api/letters/humanitarian-permit-info/validate')
    .set(bearer('officer'))
    .send(withDelivery({ channel: 'digital-post', recipient: { cpr: '010190-1234' } }));
  expect(res.status).toBe(200);
  expect(res.body.channel).toEqual({ channel: 'digital-post', recipient: 'CPR' });
  expect(JSON.stringify(res.body)).not.toMatch(/010190/);
});
