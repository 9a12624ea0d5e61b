/**
 * Request bodies: JSON only (415 otherwise), at most `limit` bytes (413), parse errors as
 * INPUT_NOT_JSON (400) without quoting the body. The body of `/api/letters/{type}/…` is the
 * envelope without `letter` ({ languages, data }); a `letter` field, if sent, must name the same type.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { World } from '../../engine.ts';
import { diagnosticsProblem, plainProblem, sendProblem } from './problem.ts';

export const requireJson = (req: Request, res: Response, next: NextFunction) => {
  if (req.is('application/json')) return next();
  sendProblem(res, plainProblem('unsupported-media-type', 'Content-Type must be application/json'));
};

export const jsonBody = (limit: string) => express.json({ limit, strict: false });

export interface Envelope {
  readonly letter: string;
  readonly languages: unknown;
  readonly data: unknown;
}

/** The envelope the engine takes, from the path's letter type and the body. */
export function envelopeFor(type: string, body: unknown): Result<Record<string, unknown>> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return fail(diagnostic('INPUT_WRONG_TYPE', '', { expected: 'object' }));
  }
  const fields = body as Record<string, unknown>;
  if (fields.letter !== undefined && fields.letter !== type)
    return fail(diagnostic('LETTER_MISMATCH', 'letter', { letter: type }));
  return ok({ ...fields, letter: type });
}

/** Error codes of node and PostgreSQL that mean the database cannot be reached now (class 08, 57P0x). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);
export const RETRY_AFTER_STORE_SECONDS = 5;

/** The database (journal, batch queue) is down or restarting: an outage the caller should wait out, not a bug. */
export function isStoreUnreachable(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (UNREACHABLE.has(code) || code.startsWith('08')) return true;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message);
}

/**
 * Body-parser failures as problems; an unreachable database as 503 with Retry-After; anything else is a
 * bug: 500. Both outages and bugs are logged at level error by pino-http (their type and stack frames).
 */
export const bodyErrors = (world: World) => (error: unknown, _req: Request, res: Response, next: NextFunction) => {
  const type = (error as { type?: string }).type;
  if (res.headersSent) return next(error);
  // the client hung up while sending its body: nobody to answer, and no fault of ours (logged as aborted)
  if (type === 'request.aborted') return;
  if (type === 'entity.too.large') {
    return sendProblem(res, plainProblem('content-too-large', 'a letter input is a few kilobytes'));
  }
  if (type === 'entity.parse.failed') {
    return sendProblem(res, diagnosticsProblem([diagnostic('INPUT_NOT_JSON', '')], world));
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return sendProblem(res, plainProblem('unsupported-media-type', 'send UTF-8'));
  }
  Object.assign(res, { err: error }); // pino-http logs it (its type and stack frames, never its message)
  if (isStoreUnreachable(error)) {
    return sendProblem(res, plainProblem('store-unavailable', 'try again later'), {
      'Retry-After': String(RETRY_AFTER_STORE_SECONDS),
    });
  }
  sendProblem(res, plainProblem('internal', 'the request id helps us find it'));
};
