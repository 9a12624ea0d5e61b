/** What became of one record: the shapes the manifest, errors.ndjson, the queue store and the API share. */
import type { Channel } from '../delivery/delivery.ts';
import type { PostalSort } from '../delivery/postal-sort.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import type { LanguageCode } from '../domain/languages.ts';
import type { DocumentRole } from '../pipeline/document-set.ts';

/**
 * A document of a letter-post record's set, as its print file needs it: which document (the letter, a companion,
 * a copy), who it goes to (a kind, never a name: the applicant's envelope, or its own to an authority or a
 * representative) and its language parts' pages in print order.
 */
export interface SetDocument {
  readonly role: DocumentRole;
  readonly recipient: 'applicant' | 'authority' | 'representative';
  readonly parts: readonly { readonly language: LanguageCode; readonly pages: number }[];
}

/** One field error as written to errors.ndjson: the field path, the code and its message; never a value. */
export interface FieldError {
  readonly path: string;
  readonly code: DiagnosticCode;
  readonly message: string;
}

export type RecordStatus = 'ok' | 'no-letter' | 'invalid' | 'failed';

export type RecordOutcome =
  | {
      readonly status: 'ok';
      readonly sha256: string;
      readonly pages: number;
      readonly bytes: number;
      /** How the letter goes out, when the record says so (`delivery.channel`). */
      readonly channel?: Channel;
      /** `--memo`, a Digital Post record: the SHA-256 of its MeMo message, written beside the PDF. */
      readonly memoSha256?: string;
      /** A letter-post record: where it sorts in the print file. */
      readonly post?: PostalSort;
      /** A letter-post record: its set's documents, each with its own page range in the print file. */
      readonly documents?: readonly SetDocument[];
    }
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
  readonly channel?: Channel;
  /** `--memo`: the record's MeMo message (`letters/<id>.memo.xml`) and its SHA-256, checked on resume as the PDF is. */
  readonly memo?: string;
  readonly memoSha256?: string;
  /** Letter post: the print file's sort key (src/delivery/postal-sort.ts): a Danish postcode, or the country abroad. */
  readonly postcode?: string;
  readonly country?: string;
  /** Letter post: the set's documents (no personal data), for the print file's page ranges and envelopes. */
  readonly documents?: readonly SetDocument[];
}

/** Invalid and failed records count as failures: the exit code and the progress bar report them. */
export const isFailure = (status: RecordStatus) => status === 'invalid' || status === 'failed';
