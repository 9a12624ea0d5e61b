/**
 * RFC 9457 problem details (application/problem+json). Validation problems list every field path
 * with its message in Danish and English; nothing in a problem echoes an input value.
 */
import type { Response } from 'express';
import { CODES } from '../../diagnostics/codes.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { messageFor, type World } from '../../engine.ts';

export interface Problem {
  readonly type: string;
  readonly title: string;
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

/** One problem for a list of diagnostics, with the gravest status among them (422 input, 404 unknown letter, 500 template). */
export function diagnosticsProblem(diagnostics: readonly Diagnostic[], world: World): Problem {
  const status = Math.max(...diagnostics.map((d) => CODES[d.code].status));
  const errors = diagnostics.map((d) => ({
    code: d.code,
    path: d.path,
    message: { da: messageFor(d, world, 'da'), en: messageFor(d, world, 'en') },
  }));
  if (status >= 500) {
    return { type: '/problems/letter-content', title: 'The letter cannot be made from its templates', status, errors };
  }
  if (status === 404) return { type: '/problems/not-found', title: 'Not found', status, errors };
  const count = errors.length;
  return {
    type: '/problems/invalid-input',
    title: 'The input has problems',
    status,
    detail: `${count} problem${count === 1 ? '' : 's'}: see errors`,
    errors,
  };
}

export const plainProblem = (status: number, slug: string, title: string, detail?: string): Problem =>
  detail ? { type: `/problems/${slug}`, title, status, detail } : { type: `/problems/${slug}`, title, status };
