/**
 * A queue-mode batch as one zip archive, streamed (yazl): manifest.ndjson, errors.ndjson, then each
 * letter (and, in a `memo` batch, its MeMo message) fetched from PostgreSQL only when the archive reaches
 * it, so one PDF at a time is in memory. In a `printFile` batch the print file of its letter-post letters
 * and its manifests come last, built from the stored PDFs when the archive reaches them (print-file.ts: every
 * letter-post letter is then held in memory at once, as in a local run). The same layout as a local run's
 * folder (letters/<id>.pdf, letters/<id>.memo.xml, print/letter-post.pdf, .json, .csv) and the same manifest
 * lines. The router serves it only for a finished batch; stored rows never change once written (batch-store.ts)
 * and the print file is deterministic, so every download of a batch has the same contents.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { memoPath } from '../../delivery/render-memo.ts';
import { ERRORS, LETTERS_DIR, MANIFEST } from '../journal.ts';
import type { ManifestEntry } from '../outcome.ts';
import { buildPrintFile, PRINT_CSV, PRINT_MANIFEST, PRINT_PDF, type PrintFile } from '../print-file.ts';
import type { BatchDelivery, BatchStore, StoredRecord } from './batch-store.ts';

export interface BatchZipSummary {
  readonly letters: number;
  readonly memos: number;
  /** The print file in the zip; null when not asked for or the batch has no letter-post letter. */
  readonly printFile: { readonly letters: number; readonly pages: number; readonly sheets: number } | null;
}

/** `delivery`: the batch's own (its progress says it), so the zip holds what the batch was enqueued to produce. */
export async function writeBatchZip(
  store: BatchStore,
  batchId: string,
  delivery: BatchDelivery,
  out: Writable,
): Promise<BatchZipSummary> {
  const rows = await store.manifest(batchId);
  const failures = await store.failures(batchId, Number.MAX_SAFE_INTEGER);
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, out);
  const manifest = rows.map(manifestEntry);
  zip.addBuffer(Buffer.from(manifest.map((m) => `${JSON.stringify(m)}\n`).join('')), MANIFEST);
  zip.addBuffer(Buffer.from(failures.map((f) => `${JSON.stringify(f)}\n`).join('')), ERRORS);
  const lazily = (name: string, fetch: () => Promise<Uint8Array | string>, options: { compress?: boolean } = {}) =>
    zip.addReadStreamLazy(name, options, (done) => {
      fetch().then(
        (bytes) => done(null, Readable.from([Buffer.from(bytes)])),
        (error: Error) => done(error, Readable.from([])),
      );
    });
  for (const entry of manifest) {
    if (entry.file)
      lazily(entry.file, async () => (await store.pdf(batchId, entry.line)) ?? Buffer.alloc(0), { compress: false });
    if (entry.memo) lazily(entry.memo, async () => (await store.memo(batchId, entry.line)) ?? '');
  }
  let built: Promise<PrintFile | null> | undefined;
  const printFile = () => {
    built ??= buildPrintFile(letterPost(rows, store, batchId));
    return built;
  };
  if (delivery.printFile) {
    // yazl asks for lazy entries in order: the PDF's request builds the file, its manifests reuse it.
    // A batch without letter-post letters has no print file (as a local run has none): see its manifest.
    if (rows.some(isLetterPost)) {
      lazily(PRINT_PDF, async () => (await printFile())?.pdf ?? new Uint8Array(), { compress: false });
      lazily(PRINT_MANIFEST, async () => (await printFile())?.manifest ?? '');
      lazily(PRINT_CSV, async () => (await printFile())?.csv ?? '');
    }
  }
  zip.end();
  await written;
  const print = built ? await built : null;
  return {
    letters: manifest.filter((m) => m.file).length,
    memos: manifest.filter((m) => m.memo).length,
    printFile: print ? { letters: print.letters, pages: print.pages, sheets: print.sheets } : null,
  };
}

/** The local run's manifest line for a stored record (outcome.ts): its files, hashes, channel and sort key. */
function manifestEntry(r: StoredRecord): ManifestEntry {
  const file = r.status === 'ok' ? `${LETTERS_DIR}/${r.record_id}.pdf` : undefined;
  return {
    id: r.record_id,
    line: r.line,
    status: r.status,
    ...(file ? { file } : {}),
    ...(r.sha256 ? { sha256: r.sha256 } : {}),
    ...(r.pages !== null ? { pages: r.pages } : {}),
    ...(r.channel ? { channel: r.channel } : {}),
    ...(file && r.memo_sha256 ? { memo: memoPath(file), memoSha256: r.memo_sha256 } : {}),
    ...(r.postcode !== null ? { postcode: r.postcode } : {}),
    ...(r.country !== null ? { country: r.country } : {}),
    ...(r.documents !== null ? { documents: r.documents } : {}),
  };
}

const isLetterPost = (r: StoredRecord) =>
  r.status === 'ok' && r.channel === 'letter-post' && r.record_id !== null && (r.postcode !== null || r.country !== null);

/** The batch's stored letter-post letters as the print file's sources: each PDF fetched when the file reaches it. */
const letterPost = (rows: readonly StoredRecord[], store: BatchStore, batchId: string) =>
  rows.filter(isLetterPost).map((r) => ({
    id: r.record_id as string,
    post: r.postcode !== null ? { postcode: r.postcode } : { country: r.country as string },
    ...(r.documents !== null ? { documents: r.documents } : {}),
    pdf: async () => (await store.pdf(batchId, r.line)) ?? new Uint8Array(),
  }));
