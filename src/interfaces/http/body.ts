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
  sendProblem(res, plainProblem(415, 'unsupported-media-type', 'Send JSON', 'Content-Type must be application/json'));
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

/** Body-parser failures as problems; anything else is a bug: 500, logged by type only. */
export const bodyErrors = (world: World) => (error: unknown, _req: Request, res: Response, next: NextFunction) => {
  const type = (error as { type?: string }).type;
  if (res.headersSent) return next(error);
  if (type === 'entity.too.large') {
    return sendProblem(res, plainProblem(413, 'content-too-large', 'The body is too large', 'a letter input is a few kilobytes'));
  }
  if (type === 'entity.parse.failed') {
    return sendProblem(res, diagnosticsProblem([diagnostic('INPUT_NOT_JSON', '')], world));
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return sendProblem(res, plainProblem(415, 'unsupported-media-type', 'Send JSON in UTF-8'));
  }
  Object.assign(res, { err: error }); // pino-http logs it (its type and stack frames, never its message)
  sendProblem(res, plainProblem(500, 'internal', 'Something went wrong on our side', 'the request id helps us find it'));
};
