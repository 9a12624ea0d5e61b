/**
 * Stage 1, validate: the request envelope and the letter's zod schema → typed input, or every
 * problem at once as Diagnostics (field path + code + params). zod's issues carry no input values,
 * and neither do ours: a message never echoes what the officer typed.
 */
import type { z } from 'zod';
import { isDiagnosticCode } from '../diagnostics/codes.ts';
import { type Diagnostic, diagnostic, fail, joinPath, ok, type Result } from '../diagnostics/diagnostic.ts';

export function validate<S extends z.ZodType>(schema: S, data: unknown, basePath: readonly string[]): Result<z.infer<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  return fail(...parsed.error.issues.flatMap((issue) => toDiagnostics(issue, data, basePath)));
}

function toDiagnostics(issue: z.core.$ZodIssue, data: unknown, basePath: readonly string[]): Diagnostic[] {
  const path = [...basePath, ...issue.path];
  const at = joinPath(path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        valueAt(data, issue.path) === undefined
          ? diagnostic('INPUT_MISSING', at)
          : diagnostic('INPUT_WRONG_TYPE', at, { expected: issue.expected }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => diagnostic('INPUT_UNKNOWN_FIELD', joinPath([...path, key])));
    case 'invalid_value':
      return [diagnostic('INPUT_NOT_ALLOWED', at, { allowed: issue.values.map(String).join(', ') })];
    case 'invalid_union': {
      const discriminated = issue as typeof issue & { options?: unknown[] };
      if (discriminated.options) {
        return [
          valueAt(data, issue.path) === undefined
            ? diagnostic('INPUT_MISSING', at)
            : diagnostic('INPUT_NOT_ALLOWED', at, { allowed: discriminated.options.map(String).join(', ') }),
        ];
      }
      // A union of shapes of different types (the officer's text: a string or the text per language): the one
      // option the value's type fits reports its own problems (an empty string is INPUT_EMPTY, not a wrong type).
      const fitting = (issue.errors ?? []).filter((list) => !list.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (fitting.length === 1)
        return (fitting[0] ?? []).flatMap((inner) =>
          toDiagnostics({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, data, basePath),
        );
      if (valueAt(data, issue.path) === undefined) return [diagnostic('INPUT_MISSING', at)];
      return [diagnostic('INPUT_WRONG_TYPE', at, { expected: 'one of the documented shapes' })];
    }
    case 'invalid_format':
      if (issue.format === 'date') return [diagnostic('INPUT_DATE_FORMAT', at)];
      if (issue.message.startsWith('@format:')) return [diagnostic('INPUT_FORMAT', at, { format: issue.message.slice(8) })];
      return [diagnostic('INPUT_FORMAT', at, { format: issue.format })];
    case 'too_small':
      return [
        Number(issue.minimum) === 1
          ? diagnostic('INPUT_EMPTY', at)
          : diagnostic('INPUT_TOO_SHORT', at, { minimum: Number(issue.minimum) }),
      ];
    case 'too_big':
      return [diagnostic('INPUT_TOO_LONG', at, { maximum: Number(issue.maximum) })];
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as Record<string, string>;
      if (code && isDiagnosticCode(code)) return [diagnostic(code, at, params)];
      return [diagnostic('INPUT_FORMAT', at, { format: 'custom' })];
    }
    default:
      return [diagnostic('INPUT_FORMAT', at, { format: issue.code })];
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
