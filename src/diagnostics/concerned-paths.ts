/**
 * The fields a diagnostic concerns. A contradiction is stated at one field (its path) and names the other in its
 * params (`field`, `other`: e.g. a waiting period that ends before its judgment). Those names are relative to
 * one of the path's ancestors (`judgmentDate` in the same row, `letterDate` at the root), so each is resolved
 * against the input: the nearest ancestor under which the name holds a value. Names that hold nothing there
 * (a rule id, a limit) are not fields and are left out. Only paths are returned, never a value.
 */
import type { Diagnostic } from './diagnostic.ts';

const NAMING_PARAMS = ['field', 'other'] as const;
const SEGMENT = /[^.[\]]+|\[(\d+)\]/g;

function valueAt(input: unknown, path: string): unknown {
  let at: unknown = input;
  for (const [segment, index] of path.matchAll(SEGMENT)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[index ?? segment];
  }
  return at;
}

/** `data.a[1].b` → `data.a[1]` → `data.a` → `data` → ''. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let at = path.replace(/(\[\d+\]|\.?[^.[]+)$/, ''); ; at = at.replace(/(\[\d+\]|\.?[^.[]+)$/, '')) {
    out.push(at);
    if (at === '') return out;
  }
}

/** The diagnostic's own path first, then every other field its params name, as full paths into the request. */
export function concernedPaths(diagnostic: Diagnostic, input: unknown): string[] {
  const paths = [diagnostic.path];
  for (const key of NAMING_PARAMS) {
    const name = diagnostic.params?.[key];
    if (typeof name !== 'string' || !/^[A-Za-z][\w.]*$/.test(name)) continue;
    const found = ancestors(diagnostic.path)
      .map((base) => (base ? `${base}.${name}` : name))
      .find((candidate) => valueAt(input, candidate) !== undefined);
    if (found && !paths.includes(found)) paths.push(found);
  }
  return paths;
}
