/**
 * A queue-mode batch as one zip archive, streamed (yazl): manifest.ndjson, errors.ndjson, then each
 * letter fetched from PostgreSQL only when the archive reaches it, so one PDF at a time is in memory.
 * The same layout as a local run's folder (letters/<id>.pdf).
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ERRORS, LETTERS_DIR, MANIFEST } from '../journal.ts';
import type { BatchStore } from './batch-store.ts';

export async function writeBatchZip(store: BatchStore, batchId: string, out: Writable): Promise<void> {
  const rows = await store.manifest(batchId);
  const failures = await store.failures(batchId, Number.MAX_SAFE_INTEGER);
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  const manifest = rows.map((r) => {
    const file = r.status === 'ok' ? `${LETTERS_DIR}/${r.record_id}.pdf` : undefined;
    return { id: r.record_id, line: r.line, status: r.status, file, sha256: r.sha256 ?? undefined, pages: r.pages ?? undefined };
  });
  zip.addBuffer(Buffer.from(manifest.map((m) => `${JSON.stringify(m)}\n`).join('')), MANIFEST);
  zip.addBuffer(Buffer.from(failures.map((f) => `${JSON.stringify(f)}\n`).join('')), ERRORS);
  for (const entry of manifest) {
    if (!entry.file) continue;
    zip.addReadStreamLazy(entry.file, { compress: false }, (done) => {
      store.pdf(batchId, entry.line).then(
        (pdf) => done(null, Readable.from([pdf ?? Buffer.alloc(0)])),
        (error: Error) => done(error, Readable.from([])),
      );
    });
  }
  zip.end();
  await written;
}
