/**
 * Problems as data: every expected failure of the pipeline is a Diagnostic with a stable code,
 * a path into the input where one applies, and parameters for the message. Never a value from
 * the input: those may be personal data (names, CPR numbers, addresses).
 */
import type { DiagnosticCode } from './codes.ts';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  /** Dotted path into the request envelope, e.g. `data.applicant.dateOfBirth`; empty for the whole request. */
  readonly path: string;
  /** Values that fill the message. Field names, rule ids, limits: never input values. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(...diagnostics: Diagnostic[]): Result<T> => ({ ok: false, diagnostics });

export const diagnostic = (code: DiagnosticCode, path: string, params?: Record<string, string | number>): Diagnostic =>
  params ? { code, path, params } : { code, path };

/** Joins a zod-style path (`['data', 'applicant', 0]`) as `data.applicant[0]`. */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}
