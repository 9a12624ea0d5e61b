/** What became of one record: the shapes the manifest, errors.ndjson, the queue store and the API share. */
import type { DiagnosticCode } from '../diagnostics/codes.ts';

/** One field error as written to errors.ndjson: the field path, the code and its message; never a value. */
export interface FieldError {
  readonly path: string;
  readonly code: DiagnosticCode;
  readonly message: string;
}

export type RecordStatus = 'ok' | 'no-letter' | 'invalid' | 'failed';

export type RecordOutcome =
  | { readonly status: 'ok'; readonly sha256: string; readonly pages: number; readonly bytes: number }
  | { readonly status: 'no-letter' }
  | { readonly status: 'invalid' | 'failed'; readonly errors: readonly FieldError[] };

/** A manifest line: one per record, written once the record's file (if any) is in place. */
export interface ManifestEntry {
  readonly id: string | null;
  readonly line: number;
  readonly status: RecordStatus;
  readonly file?: string;
  readonly sha256?: string;
  readonly pages?: number;
}

/** Invalid and failed records count as failures: the exit code and the progress bar report them. */
export const isFailure = (status: RecordStatus) => status === 'invalid' || status === 'failed';
