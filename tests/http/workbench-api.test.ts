/**
 * What the officers' page asks besides the plan (issue 14): what will be sent (the set's documents, recipients,
 * languages, draft translations, pages) before it is; a contradiction named at every field it concerns, in the
 * officer's words; one journalled letter with its input, to start the next letter of the case from.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/engine.ts';
import type { Role } from '../../src/interfaces/http/roles.ts';
import { sample } from '../support/requests.ts';
import { invalidSamples, validSamples } from '../support/samples.ts';
import { bearer, bodyOf, postAs, startTestService, type TestService } from '../support/service.ts';
import { testWorld } from '../support/world.ts';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ renderThreads: 1 });
});
afterAll(() => service.stop());

const post = (path: string, body: unknown, role?: Role) => postAs(service, path, body, role);

describe('POST /api/letters/{type}/documents: what will be sent', () => {
  it('the letter, its companion and the police copy, each with its recipient, languages and pages; nothing journalled', async () => {
    const input = sample('deportation-obstacle-decision', 'extension--with-reopening-guidance');
    const res = await post('/api/letters/deportation-obstacle-decision/documents', bodyOf(input));
    expect(res.status).toBe(200);
    const rendered = await renderLetter(input, testWorld());
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error('the sample renders');
    expect(res.body.pages).toBe(rendered.value.pages);
    expect(res.body.documents).toEqual(
      rendered.value.documents.map((d) => ({ ...d, languages: [...d.languages], draftLanguages: [...d.draftLanguages] })),
    );
    expect(
      res.body.documents.map((d: { role: string; letter: string; recipient: string }) => [d.role, d.letter, d.recipient]),
    ).toEqual([
      ['letter', 'deportation-obstacle-decision', 'applicant'],
      ['companion', 'reopening-guidance', 'applicant'],
      ['copy', 'deportation-obstacle-decision', 'police/ucn'],
    ]);
    // the English translation of these asylum letters is not approved yet: a draft; the copy is Danish only
    const [letter, , copy] = res.body.documents;
    expect(letter).toMatchObject({ languages: ['da', 'en'], draftLanguages: ['en'] });
    expect(copy).toMatchObject({ languages: ['da'], draftLanguages: [] });
    expect(res.body.documents.reduce((sum: number, d: { pages: number }) => sum + d.pages, 0)).toBe(res.body.pages);
    const journal = await request(service.app).get('/api/journal').query({ case: input.data.caseNumber }).set(bearer('officer'));
    expect(journal.body.letters).toEqual([]);
  });

  it('no letter is due: the answer, no documents; bad input: the problems; a translator may not ask', async () => {
    const none = validSamples().find((s) => s.letter === 'reopening-guidance' && s.expectedVariant === null);
    if (!none) throw new Error('no sample');
    const res = await post('/api/letters/reopening-guidance/documents', bodyOf(none.input));
    expect(res.body).toMatchObject({ due: false, why: [{ rule: 'R-ASY-021' }] });
    expect(res.body.documents).toBeUndefined();
    const bad = await post('/api/letters/reopening-guidance/documents', { languages: ['da'], data: {} });
    expect(bad.status).toBe(422);
    const translator = await post('/api/letters/reopening-guidance/documents', bodyOf(none.input), 'translator');
    expect(translator.status).toBe(403);
  });
});

describe('a contradiction names every field it concerns', () => {
  it('a date before another: both paths, and the other field by its Danish and English label', async () => {
    const bad = invalidSamples().find((s) => s.letter === 'pr-party-hearing' && s.code === 'RULE_DATE_BEFORE');
    if (!bad) throw new Error('no sample');
    const res = await post('/api/letters/pr-party-hearing/validate', bodyOf(bad.input));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        code: 'RULE_DATE_BEFORE',
        path: 'data.letterDate',
        paths: ['data.letterDate', 'data.hearing.municipalityContactedOn'],
        message: {
          da: 'må ikke ligge før Kommunen kontaktet den (R-PR-047)',
          en: 'must not be before Municipality contacted on (R-PR-047)',
        },
      },
    ]);
  });

  it('a namesake in another group is named with its group; a problem of one field has no paths', async () => {
    const bad = invalidSamples().find((s) => s.letter === 'fee-rejection' && s.code === 'RULE_DATE_NOT_AFTER');
    if (!bad) throw new Error('no sample');
    const res = await post('/api/letters/fee-rejection/validate', bodyOf(bad.input));
    expect(res.body.errors[0].paths).toEqual(['data.letterDate', 'data.rejection.request.letterDate']);
    expect(res.body.errors[0].message.da).toMatch(/^skal ligge efter Brevdato \(.+\) \(R-FAM-005\)$/);
    const short = invalidSamples().find((s) => s.letter === 'pr-party-hearing' && s.code === 'RULE_PR_ANSWER_PERIOD_TOO_SHORT');
    if (!short) throw new Error('no sample');
    const one = await post('/api/letters/pr-party-hearing/validate', bodyOf(short.input));
    expect(one.body.errors[0].code).toBe('RULE_PR_ANSWER_PERIOD_TOO_SHORT');
    expect(one.body.errors[0].paths).toBeUndefined();
  });
});

describe('GET /api/journal/{id}: a sent letter with its input', () => {
  it('the entry and the envelope it was made from, for officers; not for translators; 404 for an unknown id', async () => {
    const input = sample('humanitarian-permit-info', 'sent');
    const rendered = await post('/api/letters/humanitarian-permit-info/render', bodyOf(input));
    expect(rendered.status).toBe(200);
    const id = rendered.headers['x-journal-id'];
    const res = await request(service.app).get(`/api/journal/${id}`).set(bearer('officer'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, letter: 'humanitarian-permit-info', caseNumber: input.data.caseNumber });
    expect(res.body.input).toEqual({ letter: 'humanitarian-permit-info', languages: input.languages, data: input.data });
    expect((await request(service.app).get(`/api/journal/${id}`).set(bearer('translator'))).status).toBe(403);
    const unknown = await request(service.app).get('/api/journal/00000000-0000-0000-0000-000000000000').set(bearer('officer'));
    expect(unknown.status).toBe(404);
  });
});
