/**
 * The journal through the API, for any store: render letters, list the case, re-render one and
 * prove the bytes match what was sent.
 */
import { createHash } from 'node:crypto';
import request from 'supertest';
import { expect, it } from 'vitest';
import { validSamples } from '../support/samples.ts';
import { bearer, bodyOf, type TestService } from '../support/service.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const binary = (res: request.Response, cb: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

export function journalThroughApi(service: () => TestService) {
  it('records each rendered letter; the case lists them; a re-render reproduces the PDF byte for byte', async () => {
    const app = service().app;
    const sample = validSamples().find(
      (s) => s.letter === 'reopening-guidance' && s.expectedVariant === 'extension-refused-board',
    );
    if (!sample) throw new Error('no sample');
    const input = sample.input as { languages: string[]; data: { caseNumber: string } };
    const caseNumber = `${input.data.caseNumber}-${Date.now()}`.slice(0, 40);
    const body = bodyOf({ ...input, data: { ...input.data, caseNumber } });

    const sent = await request(app)
      .post('/api/letters/reopening-guidance/render')
      .set(bearer('officer'))
      .send(body)
      .buffer(true)
      .parse(binary);
    expect(sent.status).toBe(200);
    const sentPdf = sent.body as Buffer;

    const listed = await request(app).get('/api/journal').query({ case: caseNumber }).set(bearer('officer'));
    expect(listed.status).toBe(200);
    expect(listed.body.letters).toHaveLength(1);
    const [entry] = listed.body.letters;
    expect(entry).toMatchObject({
      id: sent.headers['x-journal-id'],
      keyId: 'test-officer',
      role: 'officer',
      letter: 'reopening-guidance',
      variant: 'extension-refused-board',
      languages: input.languages,
      caseNumber,
      pdfSha256: sha256(sentPdf),
    });
    expect(entry.contentVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.inputSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry).not.toHaveProperty('input'); // the list never carries the personal data itself

    const again = await request(app).get(`/api/journal/${entry.id}/pdf`).set(bearer('admin')).buffer(true).parse(binary);
    expect(again.status).toBe(200);
    expect(again.headers['content-type']).toBe('application/pdf');
    expect(sha256(again.body as Buffer)).toBe(entry.pdfSha256);
    expect(again.headers['x-reproduced']).toBe('true');
    expect(again.headers['x-content-changed']).toBe('false');
  });

  it('the same input, however its keys are ordered, has the same input hash', async () => {
    const app = service().app;
    const sample = validSamples().find((s) => s.letter === 'humanitarian-permit-info' && s.name === 'handed');
    if (!sample) throw new Error('no sample');
    const input = sample.input as { languages: string[]; data: Record<string, unknown> };
    const caseNumber = `H${Date.now()}`;
    const data = { ...input.data, caseNumber };
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    for (const d of [data, reversed]) {
      await request(app)
        .post('/api/letters/humanitarian-permit-info/render')
        .set(bearer('batch'))
        .send({ data: d, languages: input.languages })
        .expect(200);
    }
    const listed = await request(app).get('/api/journal').query({ case: caseNumber }).set(bearer('admin'));
    const [a, b] = listed.body.letters;
    expect(a.inputSha256).toBe(b.inputSha256);
    expect(a.pdfSha256).toBe(b.pdfSha256);
    expect(a.id).not.toBe(b.id);
  });

  it('records the follow-up actions the rules required with the letter', async () => {
    const app = service().app;
    const sample = validSamples().find((s) => s.letter === 'torture-expedite-notice' && s.expectedVariant === 'accepted');
    if (!sample) throw new Error('no sample');
    const input = sample.input as { languages: string[]; data: Record<string, unknown> };
    const caseNumber = `T${Date.now()}`;
    await request(app)
      .post('/api/letters/torture-expedite-notice/render')
      .set(bearer('officer'))
      .send({ data: { ...input.data, caseNumber }, languages: input.languages })
      .expect(200);
    const listed = await request(app).get('/api/journal').query({ case: caseNumber }).set(bearer('officer'));
    expect(listed.body.letters.map((e: { followUp: unknown }) => e.followUp)).toEqual([
      [
        {
          action: 'ask-urgent-scheduling',
          actor: 'immigration-service/asylum',
          to: { kind: 'authority', authority: 'refugee-appeals-board' },
          due: { kind: 'when-sent-to-board' },
          rule: 'R-ASY-083',
        },
      ],
    ]);
  });

  it('an unknown journal id: 404', async () => {
    const res = await request(service().app).get('/api/journal/00000000-0000-0000-0000-000000000000/pdf').set(bearer('admin'));
    expect(res.status).toBe(404);
  });
}
