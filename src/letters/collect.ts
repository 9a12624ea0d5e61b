/** Runs several look-ups that may fail and reports every failure at once, not only the first. */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';

export function collect<T extends Record<string, Result<unknown>>>(
  results: T,
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
  const diagnostics: Diagnostic[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, result] of Object.entries(results)) {
    if (result.ok) values[name] = result.value;
    else diagnostics.push(...result.diagnostics);
  }
  // Two look-ups for the same date fail with the same diagnostic: report it once.
  const unique = [...new Map(diagnostics.map((d) => [JSON.stringify(d), d])).values()];
  return unique.length
    ? { ok: false, diagnostics: unique }
    : { ok: true, value: values as { [K in keyof T]: T[K] extends Result<infer V> ? V : never } };
}
