/**
 * The one way files are written (letters, batch letters, locale files, XLIFF, previews): whole or not at
 * all. A temporary file beside it (unique per process and thread, since several render threads write into
 * one folder), then renamed. A process crash never leaves half a PDF
 * under its final name; a stray `*.tmp` is removed when the run resumes. No fsync: it cost ≈ 100 ms per
 * letter here (3× the render), and what it guards against (power loss) is caught anyway, since resuming
 * checks every written letter against the SHA-256 in the manifest and redoes any that does not match.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

export const TEMP_SUFFIX = '.tmp';

export function writeFileAtomically(file: string, bytes: Uint8Array | string) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${threadId}${TEMP_SUFFIX}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
