/** The API end to end over HTTP: catalogue, validate, preview, render, the problems, OpenAPI. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/interfaces/http/roles.ts';
import { catalogue } from '../../src/letters/catalogue.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { invalidSamples, validSamples } from '../support/samples.ts';
import { bearer, bodyOf, postAs, startTestService, type TestService } from '../support/service.ts';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ renderThreads: 2 });
});
afterAll(() => service.stop());

const post = (path: string, body: unknown, role?: Role) => postAs(service, path, body, role);

/** supertest collects a binary body when asked to. */
const binary = (res: request.Response, cb: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('GET /api/letters', () => {
  it('lists each letter with variants, languages (status and completeness) and its input as JSON Schema', async () => {
    const res = await request(service.app).get('/api/letters').set(bearer('translator'));
    expect(res.status).toBe(200);
    const ids = res.body.letters.map((l: { id: string }) => l.id);
    expect(ids).toEqual(catalogue.map((letter) => letter.id));
    const info = res.body.letters[0];
    expect(info.variants.map((v: { id: string }) => v.id)).toEqual(['handed', 'sent']);
    // each variant in Danish, as the officers' page shows it, beside the English
    expect(info.variants[1]).toMatchObject({
      descriptionDa: 'afgjort efter samtalen; sendes til ansøgeren (R-ASY-011)',
      description: 'decided after the interview; sent to the applicant (R-ASY-011)',
    });
    expect(info.languages).toContainEqual({ code: 'da', status: 'approved' });
    expect(info.completeness).toContainEqual({ code: 'en', complete: true, missingKeys: 0 });
    // generated from zod: the discriminated union of deliveries, strict objects
    expect(
      info.inputSchema.oneOf.map((o: { properties: { delivery: { const: string } } }) => o.properties.delivery.const),
    ).toEqual(['handed', 'sent']);
    expect(info.inputSchema.oneOf[1].required).toContain('address');
    expect(info.inputSchema.oneOf[1].additionalProperties).toBe(false);
  });
});

describe('GET /api/letters?template=', () => {
  it('finds a letter type by its agency template number (standard 929 → ko1-info-18)', async () => {
    const res = await request(service.app).get('/api/letters?template=929').set(bearer('officer'));
    expect(res.status).toBe(200);
    expect(res.body.letters.map((l: { id: string }) => l.id)).toEqual(['ko1-info-18']);
    expect(res.body.letters[0].templateNumbers).toEqual(['705', '929']);
    expect(res.body.letters[0].variants[1]).toMatchObject({ id: 'guidance-929', templateNumber: '929' });
  });

  it('an unknown template number finds no letter type; one that is not digits is a 400', async () => {
    const unknown = await request(service.app).get('/api/letters?template=999').set(bearer('officer'));
    expect(unknown.status).toBe(200);
    expect(unknown.body.letters).toEqual([]);
    const bad = await request(service.app).get('/api/letters?template=abc').set(bearer('officer'));
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('/problems/bad-template-number');
  });
});

describe('POST /api/letters/{type}/validate', () => {
  it.each(validSamples().map((s) => [`${s.letter}/${s.name}`, s] as const))(
    '%s: the plan the rules produce',
    async (_name, sample) => {
      const res = await post(`/api/letters/${sample.letter}/validate`, bodyOf(sample.input));
      expect(res.status).toBe(200);
      if (sample.expectedVariant === null) {
        expect(res.body).toMatchObject({ due: false });
        expect(res.body.why[0].rule).toMatch(/^R-[A-Z0-9]+-\d{3}$/);
      } else {
        expect(res.body).toMatchObject({ due: true, variant: sample.expectedVariant });
        expect(res.body.why.length).toBeGreaterThan(0);
        expect(res.body.letterDate).toBe((sample.input as { data: { letterDate: string } }).data.letterDate);
      }
    },
  );

  it.each(invalidSamples().map((s) => [`${s.letter}/${s.code}`, s] as const))(
    '%s: 422 problem+json naming the field, in Danish and English',
    async (_name, sample) => {
      const res = await post(`/api/letters/${sample.letter}/validate`, bodyOf(sample.input));
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/invalid-input', status: 422 });
      const error = res.body.errors.find((e: { code: string }) => e.code === sample.code);
      expect(error).toBeDefined();
      expect(error.message.da).toMatch(/\S/);
      expect(error.message.en).toMatch(/\S/);
      expect(error.message.da).not.toBe(error.message.en);
    },
  );

  it('the plan carries the follow-up actions: typed (authorities by id) and in Danish and English', async () => {
    const sample = validSamples().find((s) => s.letter === 'torture-expedite-notice' && s.expectedVariant === 'accepted');
    if (!sample) throw new Error('no sample');
    const res = await post('/api/letters/torture-expedite-notice/validate', bodyOf(sample.input));
    expect(res.status).toBe(200);
    expect(res.body.followUp).toEqual([
      {
        action: 'ask-urgent-scheduling',
        actor: 'immigration-service/asylum',
        to: { kind: 'authority', authority: 'refugee-appeals-board' },
        due: { kind: 'when-sent-to-board' },
        rule: 'R-ASY-083',
        text: {
          da: expect.stringContaining('Anmod om hasteberammelse af sagen'),
          en: expect.stringContaining('Ask for the case to be scheduled urgently'),
        },
      },
    ]);
    const none = validSamples().find((s) => s.letter === 'reopening-guidance' && s.expectedVariant !== null);
    if (!none) throw new Error('no sample');
    expect((await post('/api/letters/reopening-guidance/validate', bodyOf(none.input))).body.followUp).toEqual([]);
  });

  it('lists every field problem at once, each with its path', async () => {
    const res = await post('/api/letters/reopening-guidance/validate', { languages: ['da'], data: { letterDate: '2017-13-40' } });
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['data.letterDate', 'data.caseNumber', 'data.applicant', 'data.address', 'data.asylumCase']),
    );
  });

  it('accepts the full envelope when `letter` names the same type, refuses another type', async () => {
    const [sample] = validSamples();
    if (!sample) throw new Error('no sample');
    expect((await post(`/api/letters/${sample.letter}/validate`, sample.input)).status).toBe(200);
    const res = await post('/api/letters/reopening-guidance/validate', { ...(sample.input as object), letter: sample.letter });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ code: 'LETTER_MISMATCH', path: 'letter' });
  });
});

describe('problems at the door', () => {
  it('unknown letter type: 404 problem+json', async () => {
    const res = await post('/api/letters/no-such-letter/validate', { languages: ['da'], data: {} });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('not JSON: 415', async () => {
    const res = await request(service.app)
      .post('/api/letters/reopening-guidance/validate')
      .set(bearer('officer'))
      .set('Content-Type', 'text/plain')
      .send('languages=da');
    expect(res.status).toBe(415);
    expect(res.body.type).toBe('/problems/unsupported-media-type');
  });

  it('broken JSON: 400 INPUT_NOT_JSON, without quoting the body', async () => {
    const res = await request(service.app)
      .post('/api/letters/reopening-guidance/validate')
      .set(bearer('officer'))
      .set('Content-Type', 'application/json')
      .send('{"data": {"name": "Secret Person"');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe('INPUT_NOT_JSON');
    expect(res.text).not.toContain('Secret');
  });

  it('a body over the limit: 413', async () => {
    const res = await post('/api/letters/reopening-guidance/validate', { languages: ['da'], data: { pad: 'x'.repeat(70_000) } });
    expect(res.status).toBe(413);
    expect(res.body.type).toBe('/problems/content-too-large');
  });
});

describe('POST /api/letters/{type}/render and /preview', () => {
  it('renders the PDF in the chosen languages, with its journal id and variant', async () => {
    const sample = validSamples().find((s) => s.letter === 'humanitarian-permit-info' && s.name === 'sent');
    if (!sample) throw new Error('no sample');
    const res = await post('/api/letters/humanitarian-permit-info/render', bodyOf(sample.input)).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-letter-variant']).toBe('sent');
    expect(res.headers['x-journal-id']).toMatch(/^[0-9a-f-]{36}$/);
    const text = flatText(await readPdf(new Uint8Array(res.body as Buffer)));
    expect(text).toContain('Farida Ahmadi');
    expect(text).toContain('2016/118230');
    expect(text).toMatch(/humanitarian residence permit/i); // the English part is there
  });

  it('no letter is due: 200 JSON with the answer and the rule, no PDF, nothing journalled', async () => {
    const sample = validSamples().find((s) => s.letter === 'reopening-guidance' && s.expectedVariant === null);
    if (!sample) throw new Error('no sample');
    const res = await post(`/api/letters/${sample.letter}/render`, bodyOf(sample.input));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ due: false, why: [{ rule: 'R-ASY-021' }] });
    const caseNumber = (sample.input as { data: { caseNumber: string } }).data.caseNumber;
    const journal = await request(service.app).get('/api/journal').query({ case: caseNumber }).set(bearer('officer'));
    expect(journal.body.letters).toEqual([]);
  });

  it('previews the same letter as HTML, escaped, Danish first then the translation', async () => {
    const sample = validSamples().find((s) => s.letter === 'reopening-guidance' && s.expectedVariant !== null);
    if (!sample) throw new Error('no sample');
    const input = bodyOf(sample.input) as { languages: string[]; data: { applicant: { name: string } } };
    input.data.applicant.name = "Ali <b>O'Brien</b> & Co";
    const res = await post('/api/letters/reopening-guidance/preview', input);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Ali &lt;b&gt;O&#39;Brien&lt;/b&gt; &amp; Co');
    expect(res.text).not.toContain('<b>O');
    expect(res.text.indexOf('lang="da"')).toBeLessThan(res.text.indexOf('article class="part" lang="en"'));
    expect(res.text).not.toMatch(/<script/i);
  });

  it('previews a sample by name (what translators use)', async () => {
    const res = await post('/api/letters/humanitarian-permit-info/preview', { sample: 'handed' }, 'translator');
    expect(res.status).toBe(200);
    expect(res.headers['x-letter-variant']).toBe('handed');
    const unknown = await post('/api/letters/humanitarian-permit-info/preview', { sample: 'nope' }, 'translator');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('SAMPLE_UNKNOWN');
  });
});

describe('openapi, health', () => {
  it('GET /openapi.json is generated from the same schemas', async () => {
    const res = await request(service.app).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/letters',
        '/api/letters/reopening-guidance/render',
        '/api/letters/humanitarian-permit-info/validate',
      ]),
    );
    const catalogue = await request(service.app).get('/api/letters').set(bearer('officer'));
    const { $schema: _, ...generated } = catalogue.body.letters[1].inputSchema;
    expect(res.body.components.schemas.ReopeningGuidanceRequest.properties.data).toEqual(generated);
  });

  it('healthz and readyz answer without a key', async () => {
    expect((await request(service.app).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(service.app).get('/readyz')).body).toMatchObject({ status: 'ready', journal: true, pool: true });
  });

  it('metrics: Prometheus text with request counters and the pool', async () => {
    const res = await request(service.app).get('/metrics').set(bearer('admin'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^# TYPE http_requests_total counter$/m);
    expect(res.text).toMatch(/^http_requests_total\{method="POST",route="\/api\/letters\/:type\/render",status="200"\} \d+$/m);
    expect(res.text).toMatch(/^render_pool_threads 2$/m);
    expect(res.text).toMatch(/^letters_rendered_total\{letter="humanitarian-permit-info",variant="sent"\} 1$/m);
  });
});
