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
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { type InputEncoding, readText } from './input-file.ts';
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

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvFormat {
  readonly encoding: InputEncoding;
  /** Given by `--delimiter`, or found in the header line (`detectDelimiter`). */
  readonly delimiter: Delimiter;
}

/** Raw rows with their line numbers; a row the parser cannot read is reported by line, never by content. */
type CsvRow = { readonly line: number; readonly cells: readonly string[] } | { readonly line: number; readonly malformed: true };

export async function* readCsv(file: string, mapping: Mapping, format: CsvFormat): AsyncGenerator<BatchRecord> {
  const columns: Column[] = Object.entries(mapping.columns).map(([path, spec]) =>
    typeof spec === 'string' ? { path, column: spec, type: 'string' } : { path, ...spec },
  );
  let header: readonly string[] | null = null;
  for await (const row of csvRows(file, format)) {
    if (header === null) {
      if ('malformed' in row) throw new MappingError(`the CSV's header (line ${row.line}) cannot be read`);
      header = row.cells.map((cell) => cell.trim());
      const missing = columns.filter((c) => !header?.includes(c.column)).map((c) => c.column);
      if (missing.length) throw new MappingError(`the CSV has no column ${missing.join(', ')} named in the mapping`);
      continue;
    }
    if ('malformed' in row) {
      yield { line: row.line, id: null, problems: [diagnostic('BATCH_CSV_ROW_MALFORMED', '')] };
      continue;
    }
    if (row.cells.length !== header.length) {
      const counts = { found: row.cells.length, expected: header.length };
      yield { line: row.line, id: null, problems: [diagnostic('BATCH_CSV_ROW_COLUMNS', '', counts)] };
      continue;
    }
    const named = Object.fromEntries((header as readonly string[]).map((name, index) => [name, row.cells[index] ?? '']));
    yield toRecord(row.line, named, columns, mapping);
  }
}

/**
 * Every row, a malformed one (a quote out of place) included as such: csv-parse skips it and goes on.
 * Rows come in input order, skipped ones included.
 */
async function* csvRows(file: string, format: CsvFormat): AsyncGenerator<CsvRow> {
  const skipped: number[] = [];
  const parser = readText(file, format.encoding).pipe(
    parse({
      delimiter: format.delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      // The error's message quotes the row: only its line is kept (one report per line).
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        if (skipped.at(-1) !== line) skipped.push(line);
        return undefined;
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // The parser runs ahead of this loop: only skipped rows before this one are due now.
    while (skipped.length && (skipped[0] as number) < info.lines) yield { line: skipped.shift() as number, malformed: true };
    yield { line: info.lines, cells: record };
  }
  while (skipped.length) yield { line: skipped.shift() as number, malformed: true };
}

/** The header's separator: the most frequent of `,` `;` and tab in the first line (Danish Excel writes `;`). */
export async function detectDelimiter(file: string, encoding: InputEncoding): Promise<Delimiter> {
  let head = '';
  for await (const chunk of readText(file, encoding)) {
    head += chunk.toString();
    if (head.includes('\n') || head.length > 65_536) break;
  }
  const firstLine = head.split('\n')[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => unquoted.split(d).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : (DELIMITERS[counts.indexOf(best)] as Delimiter);
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

/** Records (for the progress bar's total): rows after the header, malformed ones included, counted in a streaming pass. */
export async function countCsv(file: string, format: CsvFormat): Promise<number> {
  let count = 0;
  for await (const _ of csvRows(file, format)) count++;
  return Math.max(0, count - 1);
}
