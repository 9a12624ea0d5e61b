/**
 * `--zip`: the run's result as one archive (yazl, streamed: files are read one at a time as the archive
 * is written). Holds manifest.ndjson, errors.ndjson, every letter the manifest lists and its MeMo message
 * (`--memo`), and the print file with its manifests (`--print-file`), under the same relative paths; written to a temporary file and renamed, so a half archive never has the final name.
 */
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ERRORS, MANIFEST } from './journal.ts';
import type { ManifestEntry } from './outcome.ts';
import { PRINT_CSV, PRINT_MANIFEST, PRINT_PDF } from './print-file.ts';

/** PDFs are already compressed streams: storing them spares CPU for little loss. */
const STORE = { compress: false } as const;

export async function zipRun(outDir: string, zipFile: string): Promise<number> {
  const temporary = `${zipFile}.${process.pid}.tmp`;
  try {
    const count = await writeZip(outDir, createWriteStream(temporary));
    renameSync(temporary, zipFile);
    return count;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Streams the run's archive into `out` (a file, or an HTTP response); resolves with the number of letters. */
export async function writeZip(outDir: string, out: Writable): Promise<number> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  zip.addFile(join(outDir, MANIFEST), MANIFEST);
  zip.addFile(join(outDir, ERRORS), ERRORS);
  let count = 0;
  const lines = createInterface({ input: createReadStream(join(outDir, MANIFEST), 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as ManifestEntry;
    if (entry.file) {
      zip.addFile(join(outDir, entry.file), entry.file, STORE);
      count++;
    }
    if (entry.memo) zip.addFile(join(outDir, entry.memo), entry.memo);
  }
  for (const file of [PRINT_PDF, PRINT_MANIFEST, PRINT_CSV])
    if (existsSync(join(outDir, file))) zip.addFile(join(outDir, file), file, file === PRINT_PDF ? STORE : {});
  zip.end();
  await written;
  return count;
}
