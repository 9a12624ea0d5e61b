/**
 * One batch record: an input line (NDJSON) or row (CSV) turned into a render request with a record id.
 * The id names the record's file, so it must be a safe file name; it is the only thing of the record that
 * ever appears in a file name, the manifest or a log line (ids come from the case system, never names or CPR numbers).
 */
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';

export const MAX_ID_LENGTH = 100;
/** Letters, digits, `.`, `_`, `-`; not starting with `.` or `-` (no hidden files, no option look-alikes, no `..`). */
const SAFE_ID = new RegExp(`^[A-Za-z0-9_][A-Za-z0-9._-]{0,${MAX_ID_LENGTH - 1}}$`);

/** A record as read: its line number (1-based, of the NDJSON line or CSV row), its id, and the envelope or its problems. */
export type BatchRecord =
  | { readonly line: number; readonly id: string; readonly envelope: unknown; readonly problems?: undefined }
  | {
      readonly line: number;
      readonly id: string | null;
      readonly envelope?: undefined;
      readonly problems: readonly Diagnostic[];
    };

export function checkRecordId(id: unknown): Diagnostic | null {
  if (id === undefined || id === null || id === '') return diagnostic('BATCH_ID_MISSING', 'id');
  if (typeof id !== 'string' || !SAFE_ID.test(id)) return diagnostic('BATCH_ID_UNSAFE', 'id', { maximum: MAX_ID_LENGTH });
  return null;
}

/** Splits `{id, ...envelope}`; the envelope goes to the engine as is (its schema is strict, so the id must leave it). */
export function toRecord(line: number, value: unknown): BatchRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, id: null, problems: [diagnostic('BATCH_LINE_NOT_JSON', '')] };
  }
  const { id, ...envelope } = value as Record<string, unknown>;
  const problem = checkRecordId(id);
  if (problem) return { line, id: null, problems: [problem] };
  return { line, id: id as string, envelope };
}

/** Refuses a second record with an id already seen in this batch (both would be the same file). */
export class DuplicateGuard {
  /** id → first line. Ids only (tens of bytes each): records and PDFs are never held. */
  readonly #seen = new Map<string, number>();

  check(record: BatchRecord): BatchRecord {
    if (record.id === null || record.problems) return record;
    const first = this.#seen.get(record.id);
    if (first === undefined) {
      this.#seen.set(record.id, record.line);
      return record;
    }
    return { line: record.line, id: record.id, problems: [diagnostic('BATCH_ID_DUPLICATE', 'id', { first })] };
  }
}
