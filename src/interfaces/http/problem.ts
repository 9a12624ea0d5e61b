/**
 * RFC 9457 problem details (application/problem+json), the one error shape of every route: a stable
 * `code`, the title in English and `message` in Danish and English. Validation problems also list every
 * field path with its message in both languages; nothing in a problem echoes an input value.
 */
import type { Response } from 'express';
import { CODES } from '../../diagnostics/codes.ts';
import { concernedPaths } from '../../diagnostics/concerned-paths.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { messageFor, type World } from '../../engine.ts';
import { fieldWords } from '../../letters/field-labels.ts';

export interface Problem {
  readonly type: string;
  readonly code: string;
  readonly title: string;
  readonly message: { readonly da: string; readonly en: string };
  readonly status: number;
  readonly detail?: string;
  readonly [extension: string]: unknown;
}

export function sendProblem(res: Response, problem: Problem, headers: Record<string, string> = {}) {
  const requestId = res.getHeader('x-request-id');
  res
    .status(problem.status)
    .set(headers)
    .type('application/problem+json')
    .send(JSON.stringify({ ...problem, ...(requestId ? { requestId: String(requestId) } : {}) }));
}

/** Every problem the HTTP layer answers with besides field diagnostics: status, code, title in both languages. */
const PROBLEMS = {
  unauthorized: [401, 'API_KEY_REQUIRED', 'An API key is required', 'En API-nøgle er påkrævet'],
  forbidden: [403, 'ROLE_NOT_ALLOWED', 'This key may not do this', 'Denne nøgle må ikke gøre dette'],
  'not-found': [404, 'NOT_FOUND', 'Not found', 'Findes ikke'],
  'letter-type-not-found': [404, 'LETTER_TYPE_NOT_FOUND', 'No such letter type', 'Brevtypen findes ikke'],
  'journal-entry-not-found': [404, 'JOURNAL_ENTRY_NOT_FOUND', 'No such journal entry', 'Journalposten findes ikke'],
  'batch-not-found': [404, 'BATCH_NOT_FOUND', 'No batch with this id', 'Der er ingen batch med dette id'],
  'batch-not-finished': [409, 'BATCH_NOT_FINISHED', 'The batch is not finished yet', 'Batchen er ikke færdig endnu'],
  'missing-case': [400, 'CASE_REQUIRED', 'Name a case', 'Angiv en sag'],
  'bad-template-number': [400, 'TEMPLATE_NUMBER_INVALID', 'A template number is digits', 'Et skabelonnummer består af cifre'],
  'batch-records-missing': [400, 'BATCH_RECORDS_MISSING', 'Send records', 'Send poster'],
  'content-too-large': [413, 'BODY_TOO_LARGE', 'The body is too large', 'Indholdet er for stort'],
  'unsupported-media-type': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Wrong content type', 'Forkert indholdstype'],
  'translation-findings': [422, 'TRANSLATION_FINDINGS', 'The translation has problems', 'Oversættelsen har fejl'],
  'too-many-requests': [429, 'RATE_LIMITED', 'Too many requests for this key', 'For mange forespørgsler med denne nøgle'],
  internal: [500, 'INTERNAL', 'Something went wrong on our side', 'Der opstod en fejl hos os'],
  overloaded: [503, 'OVERLOADED', 'The service is busy', 'Tjenesten har travlt'],
  'journal-unavailable': [
    503,
    'JOURNAL_UNAVAILABLE',
    'The letter could not be journalled, so it was not sent',
    'Brevet kunne ikke journaliseres og blev derfor ikke sendt',
  ],
  'store-unavailable': [503, 'STORE_UNAVAILABLE', 'The database cannot be reached', 'Databasen kan ikke nås'],
  'batch-queue-not-configured': [503, 'BATCH_QUEUE_NOT_CONFIGURED', 'No batch queue', 'Der er ingen batchkø'],
  'batch-option-invalid': [
    400,
    'BATCH_OPTION_INVALID',
    'A batch option is true or false',
    'En batchindstilling er true eller false',
  ],
} as const satisfies Record<string, readonly [number, string, string, string]>;

export type ProblemKind = keyof typeof PROBLEMS;
export const PROBLEM_CODES: readonly string[] = Object.values(PROBLEMS).map(([, code]) => code);

/** A problem of one kind, with an optional detail (English, for the developer: never an input value). */
export function plainProblem(kind: ProblemKind, detail?: string, extensions: Record<string, unknown> = {}): Problem {
  const [status, code, en, da] = PROBLEMS[kind];
  return {
    type: `/problems/${kind}`,
    code,
    title: en,
    message: { da, en },
    status,
    ...(detail ? { detail } : {}),
    ...extensions,
  };
}

/** `data.hearing.judgments[1].judgmentDate` → `hearing.judgments.judgmentDate`: how field-labels.ts names it. */
const relative = (path: string) => path.replace(/^data\./, '').replace(/\[\d+\]/g, '');

/**
 * A contradiction names its other field in its params: with the request at hand, `paths` lists every field it
 * concerns (so the page marks each), and the message names the other field by the officer's words, not its key.
 */
function inWords(d: Diagnostic, world: World, request: { readonly letter: string; readonly input: unknown } | undefined) {
  const plain = { code: d.code, path: d.path, message: { da: messageFor(d, world, 'da'), en: messageFor(d, world, 'en') } };
  if (!request) return plain;
  const paths = concernedPaths(d, request.input);
  if (paths.length < 2) return plain;
  const words = (path: string | undefined) => (path ? fieldWords(request.letter, relative(path)) : null);
  const own = words(d.path);
  const labelled = (language: 'da' | 'en'): Diagnostic => {
    const params = { ...d.params };
    for (const key of ['field', 'other'] as const) {
      const name = params[key];
      const path = typeof name === 'string' ? paths.find((p) => p === `data.${name}` || p.endsWith(`.${name}`)) : undefined;
      const found = words(path);
      if (!found || !path) continue;
      // "Brevdato skal ligge efter Brevdato" says nothing: a namesake elsewhere is named with the group it is in
      const parent = path !== d.path && found[language] === own?.[language] ? words(path.replace(/\.[^.]+$/, '')) : null;
      params[key] = parent ? `${found[language]} (${parent[language]})` : found[language];
    }
    return { ...d, params };
  };
  return {
    code: d.code,
    path: d.path,
    paths,
    message: { da: messageFor(labelled('da'), world, 'da'), en: messageFor(labelled('en'), world, 'en') },
  };
}

/**
 * One problem for a list of diagnostics, with the gravest status among them (422 input, 404 unknown letter, 500
 * template). With the request (`letter`, the envelope), a contradiction lists every field it concerns.
 */
export function diagnosticsProblem(
  diagnostics: readonly Diagnostic[],
  world: World,
  request?: { readonly letter: string; readonly input: unknown },
): Problem {
  const status = Math.max(...diagnostics.map((d) => CODES[d.code].status));
  const errors = diagnostics.map((d) => inWords(d, world, request));
  if (status >= 500) {
    const message = { da: 'Brevet kan ikke dannes ud fra skabelonerne', en: 'The letter cannot be made from its templates' };
    return { type: '/problems/letter-content', code: 'LETTER_CONTENT', title: message.en, message, status, errors };
  }
  if (status === 404) {
    return { ...plainProblem('not-found'), errors };
  }
  const count = errors.length;
  const message = { da: 'Inputtet har fejl', en: 'The input has problems' };
  return {
    type: '/problems/invalid-input',
    code: 'INVALID_INPUT',
    title: message.en,
    message,
    status,
    detail: `${count} problem${count === 1 ? '' : 's'}: see errors`,
    errors,
  };
}
