/**
 * The run's two append-only journals in the output folder: `manifest.ndjson` (one line per record, its
 * status, file, SHA-256 and pages) and `errors.ndjson` (record id, line, every field error). Each line is
 * one write(2) of a whole line; a crash can leave at most a torn last line, which resuming drops.
 * A record's error line is written before its manifest line: the manifest line is the commit.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldError, ManifestEntry } from './outcome.ts';

export const MANIFEST = 'manifest.ndjson';
export const ERRORS = 'errors.ndjson';
export const LETTERS_DIR = 'letters';

export interface ErrorEntry {
  readonly id: string | null;
  readonly line: number;
  readonly errors: readonly FieldError[];
}

export class Journal {
  readonly #manifest: number;
  readonly #errors: number;

  constructor(outDir: string) {
    this.#manifest = openSync(join(outDir, MANIFEST), 'a');
    this.#errors = openSync(join(outDir, ERRORS), 'a');
  }

  record(entry: ManifestEntry, errors?: ErrorEntry) {
    if (errors) writeSync(this.#errors, `${JSON.stringify(errors)}\n`);
    writeSync(this.#manifest, `${JSON.stringify(entry)}\n`);
  }

  close() {
    closeSync(this.#manifest);
    closeSync(this.#errors);
  }
}
