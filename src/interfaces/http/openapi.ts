/**
 * The OpenAPI 3.1 document, generated from the same zod schemas as the engine validates with:
 * one request body schema per letter type ({ languages, data }), the problem shape, the answers.
 */
import { z } from 'zod';
import { deliverySchema } from '../../delivery/delivery.ts';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { describeLetter, listLetters, type World } from '../../engine.ts';
import { TRANSLATION_PATHS } from './openapi-translations.ts';

const problem = { $ref: '#/components/schemas/Problem' };
const problemAnswer = (description: string) => ({ description, content: { 'application/problem+json': { schema: problem } } });
const COMMON_ERRORS = {
  '401': problemAnswer('no API key, or an unknown one'),
  '403': problemAnswer("the key's role may not do this"),
  '404': problemAnswer('no such letter type'),
  '413': problemAnswer('body over the limit'),
  '415': problemAnswer('not application/json'),
  '422': problemAnswer('the input has problems: every field path with a message in Danish and English'),
  '429': problemAnswer('too many requests for this key (Retry-After)'),
  '503': problemAnswer('busy, or the database unreachable (Retry-After)'),
};
const NO_LETTER = {
  description:
    'no letter is due (e.g. R-ASY-021): `{ due: false, answer, why, instead }` (instead: the letter the officer must write instead, or null)',
  content: { 'application/json': {} },
};

export function openApiDocument(world: World) {
  const paths: Record<string, unknown> = {
    '/api/letters': {
      get: {
        summary: 'The catalogue: letter types, variants (with the agency template numbers), languages, input schemas',
        parameters: [
          {
            name: 'template',
            in: 'query',
            required: false,
            description: 'only the letter types with this agency template number (e.g. 705)',
            schema: { type: 'string' },
          },
        ],
        responses: { '200': { description: 'the catalogue' }, '400': { description: 'the template number is not digits' } },
      },
    },
    '/api/journal': {
      get: {
        summary: "A case's journalled letters",
        parameters: [{ name: 'case', in: 'query', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'the entries' } },
      },
    },
    '/api/journal/{id}': {
      get: {
        summary: 'One journalled letter with the input it was rendered from (roles officer, admin)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': { description: 'the entry and its input' }, '404': problemAnswer('no such entry') },
      },
    },
    '/api/journal/{id}/pdf': {
      get: {
        summary: 'Re-render a journalled letter; X-Reproduced says whether the bytes match',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'the PDF', content: { 'application/pdf': {} } },
          '404': problemAnswer('no such entry'),
        },
      },
    },
    ...TRANSLATION_PATHS,
    ...BATCH_PATHS,
    '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'alive' } } } },
    '/readyz': {
      get: {
        summary: 'Readiness (journal, render pool)',
        security: [],
        responses: { '200': { description: 'ready' }, '503': { description: 'not ready' } },
      },
    },
    '/metrics': {
      get: { summary: 'Prometheus metrics (admin)', responses: { '200': { description: 'text exposition format' } } },
    },
  };
  const schemas: Record<string, unknown> = { Problem: PROBLEM_SCHEMA };
  // How the letter goes out (optional; README "Delivery"): generated from the same zod schema.
  const { $schema: _s, ...DELIVERY_SCHEMA } = z.toJSONSchema(deliverySchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  for (const { id } of listLetters(world)) {
    const letter = describeLetter(id, world);
    if (!letter) continue;
    const name = id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
    const { $schema: _drop, ...data } = letter.inputSchema;
    schemas[`${name}Request`] = {
      type: 'object',
      required: ['languages', 'data'],
      additionalProperties: false,
      properties: {
        letter: { type: 'string', const: id, description: 'optional; must equal the type in the path' },
        languages: { type: 'array', items: { type: 'string', enum: LANGUAGE_CODES }, minItems: 1, maxItems: 2 },
        data,
        delivery: DELIVERY_SCHEMA,
      },
    };
    const body = { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Request` } } } };
    paths[`/api/letters/${id}/validate`] = {
      post: {
        summary: `${letter.title}: the plan, or every problem`,
        requestBody: body,
        responses: {
          '200': {
            description:
              'the plan (variant, reasons, dates, authorities, appeal guidance, follow-up actions), or no letter is due',
          },
          ...COMMON_ERRORS,
        },
      },
    };
    paths[`/api/letters/${id}/preview`] = {
      post: {
        summary: `${letter.title}: the letter as HTML`,
        requestBody: body,
        responses: { '200': { description: 'HTML, or no letter is due (JSON)', content: { 'text/html': {} } }, ...COMMON_ERRORS },
      },
    };
    paths[`/api/letters/${id}/documents`] = {
      post: {
        summary: `${letter.title}: what will be sent (each document: role, recipient, languages, draft translations, pages); nothing journalled`,
        requestBody: body,
        responses: { '200': { description: '`{ due, variant, pages, documents }`, or no letter is due' }, ...COMMON_ERRORS },
      },
    };
    paths[`/api/letters/${id}/render`] = {
      post: {
        summary: `${letter.title}: the PDF (journalled)`,
        requestBody: body,
        responses: {
          '200': {
            description:
              'the PDF; with Accept: application/xml the Digital Post message (MeMo 1.1); or JSON when no letter is due',
            content: { 'application/pdf': {}, 'application/xml': {}, 'application/json': NO_LETTER.content['application/json'] },
          },
          ...COMMON_ERRORS,
          '503': problemAnswer('busy, or the journal unreachable (Retry-After)'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Decision letters of Udlændingestyrelsen', version: '0.1.0' },
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas },
    paths,
  };
}

/** One body policy for POST /api/batches, whatever the format: the router's own limit, not the API's 64 KB. */
export const BATCH_BODY_LIMIT = '50mb';

const BATCH_PATHS = {
  '/api/batches': {
    post: {
      summary: 'Enqueue a batch (roles batch, admin); rendered by `letters worker` processes',
      description:
        `One body policy: the records as NDJSON (application/x-ndjson, one {id, letter, languages, data} per line) ` +
        `or as a JSON array of the same objects (application/json), up to ${BATCH_BODY_LIMIT} either way; ` +
        'the API-wide limit for a letter input (BODY_LIMIT, 64 KB) does not apply here. ' +
        '`memo=true`: a MeMo 1.1 message beside the PDF of every Digital Post record; `print-file=true`: the zip also ' +
        'holds the letter-post letters as one print file in postcode order (as `letters batch --memo --print-file`).',
      parameters: [
        { name: 'memo', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } },
        { name: 'print-file', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } },
      ],
      requestBody: {
        required: true,
        content: {
          'application/x-ndjson': { schema: { type: 'string' } },
          'application/json': { schema: { type: 'array', items: { type: 'object' } } },
        },
      },
      responses: {
        '202': { description: 'enqueued: { id, total, invalid, links }' },
        '400': problemAnswer('no records (BATCH_RECORDS_MISSING), or memo / print-file not true or false (BATCH_OPTION_INVALID)'),
        '413': problemAnswer(`body over ${BATCH_BODY_LIMIT}`),
        '503': problemAnswer('no batch queue configured, or PostgreSQL unreachable (Retry-After)'),
      },
    },
  },
  '/api/batches/{id}': {
    get: {
      summary: "A batch's progress, counts and first failures (paths and codes, never values)",
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { '200': { description: 'progress' }, '404': problemAnswer('no such batch (BATCH_NOT_FOUND)') },
    },
  },
  '/api/batches/{id}/download': {
    get: {
      summary: 'The finished batch as a zip',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        '200': { description: 'the zip', content: { 'application/zip': {} } },
        '404': problemAnswer('no such batch'),
        '409': problemAnswer('not finished yet (BATCH_NOT_FINISHED)'),
      },
    },
  },
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details, the shape of every error: a stable code, the title (English) and the message in Danish and English',
  required: ['type', 'code', 'title', 'message', 'status'],
  properties: {
    type: { type: 'string' },
    code: { type: 'string' },
    title: { type: 'string' },
    message: { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } } },
    status: { type: 'integer' },
    detail: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'path', 'message'],
        properties: {
          code: { type: 'string' },
          path: { type: 'string' },
          message: { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } } },
        },
      },
    },
  },
};
