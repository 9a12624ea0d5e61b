/**
 * CSV batch input with a mapping file (JSON): which column holds the record id and which envelope field
 * each other column fills. Constants (the letter, the languages, an officer) come from the mapping.
 *
 *   { "letter": "humanitarian-permit-info", "languages": ["da", "en"], "data": { "delivery": "sent" },
 *     "columns": { "id": "case_ref", "data.applicant.name": "name", "data.newEssentialInformation":
 *                  { "column": "new_info", "type": "boolean" } } }
 *
 * An empty cell leaves its field out, so the letter's schema reports it by path like any missing field.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { type BatchRecord, checkRecordId } from './record.ts';

const fieldPath = z.string().regex(/^(letter|languages|data(\.[A-Za-z][A-Za-z0-9]*)+)$/);
const columnSpec = z.union([
  z.string().min(1),
  z.strictObject({ column: z.string().min(1), type: z.enum(['string', 'number', 'boolean']).default('string') }),
]);

export const mappingSchema = z.strictObject({
  letter: z.string().optional(),
  languages: z.array(z.string()).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  columns: z.record(z.union([z.literal('id'), fieldPath]), columnSpec).refine((c) => 'id' in c, 'columns.id is required'),
});
export type Mapping = z.infer<typeof mappingSchema>;

type Column = { path: string; column: string; type: 'string' | 'number' | 'boolean' };

/** The mapping file, or why it cannot be used (a usage error: it concerns the whole batch, not one record). */
export function readMapping(file: string): { ok: true; mapping: Mapping } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `cannot read the mapping ${file} (${(error as NodeJS.ErrnoException).code ?? 'not JSON'})` };
  }
  const parsed = mappingSchema.safeParse(raw);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(mapping)'}: ${issue.message}`);
  return { ok: false, message: `the mapping ${file} is not valid: ${where.join('; ')}` };
}

export async function* readCsv(file: string, mapping: Mapping): AsyncGenerator<BatchRecord> {
  const columns: Column[] = Object.entries(mapping.columns).map(([path, spec]) =>
    typeof spec === 'string' ? { path, column: spec, type: 'string' } : { path, ...spec },
  );
  const rows = createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, info: true }));
  let checkedHeader = false;
  for await (const { record, info } of rows as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (!checkedHeader) {
      const missing = columns.filter((c) => !(c.column in record)).map((c) => c.column);
      if (missing.length) throw new MappingError(`the CSV has no column ${missing.join(', ')} named in the mapping`);
      checkedHeader = true;
    }
    yield toRecord(info.lines, record, columns, mapping);
  }
}

/** A mapping that does not fit the CSV's header: the whole batch stops before any record is rendered. */
export class MappingError extends Error {}

function toRecord(line: number, row: Record<string, string>, columns: Column[], mapping: Mapping): BatchRecord {
  const envelope: Record<string, unknown> = {
    letter: mapping.letter,
    languages: mapping.languages,
    data: structuredClone(mapping.data ?? {}),
  };
  const problems: Diagnostic[] = [];
  let id: unknown;
  for (const { path, column, type } of columns) {
    const cell = row[column]?.trim() ?? '';
    if (path === 'id') id = cell;
    else if (cell === '') continue;
    else if (path === 'languages') envelope.languages = cell.split(/[\s,;|]+/).filter(Boolean);
    else {
      const value = typed(cell, type);
      if (value === undefined) problems.push(diagnostic('BATCH_CSV_VALUE', path, { column, expected: type }));
      else setPath(envelope, path.split('.'), value);
    }
  }
  const idProblem = checkRecordId(id);
  if (idProblem) return { line, id: null, problems: [idProblem, ...problems] };
  if (problems.length) return { line, id: id as string, problems };
  return { line, id: id as string, envelope };
}

function typed(cell: string, type: Column['type']): unknown {
  if (type === 'string') return cell;
  if (type === 'number') return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : undefined;
  const lower = cell.toLowerCase();
  if (['true', 'ja', 'yes', '1'].includes(lower)) return true;
  if (['false', 'nej', 'no', '0'].includes(lower)) return false;
  return undefined;
}

/** Sets `data.applicant.name`; segments are checked by the mapping schema (no `__proto__` and friends). */
function setPath(target: Record<string, unknown>, segments: string[], value: unknown) {
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    node[segment] = typeof next === 'object' && next !== null ? next : {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments.at(-1) as string] = value;
}

/** Data rows (for the progress bar's total), counted in a streaming pass. */
export async function countCsv(file: string): Promise<number> {
  let count = 0;
  for await (const _ of createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true }))) count++;
  return count;
}
