/**
 * A local batch run: stream the records, render them on all cores in any order, write each PDF
 * atomically, journal every outcome. An invalid record never stops the run; `--resume` continues an
 * interrupted one (see resume.ts). The input is read once to count records, once to render them.
 * `memo`: Digital Post records also get their MeMo message; `printFile`: after the last record, the
 * letter-post letters as one print file (print-file.ts).
 */
import { join } from 'node:path';
import { memoPath } from '../delivery/render-memo.ts';
import { createWorld } from '../engine.ts';
import { RenderPool } from '../render-pool.ts';
import { ERRORS, Journal, LETTERS_DIR, MANIFEST } from './journal.ts';
import { isFailure, type ManifestEntry, type RecordOutcome, type RecordStatus } from './outcome.ts';
import { type PrintFileSummary, writePrintFile } from './print-file.ts';
import { startProgress } from './progress.ts';
import { type BatchRecord, DuplicateGuard } from './record.ts';
import { failed, fieldErrors } from './render-record.ts';
import { openRun } from './resume.ts';
import type { InputIdentity } from './run-identity.ts';

export type { InputIdentity } from './run-identity.ts';
export { BatchUsageError } from './usage-error.ts';

export interface BatchSource {
  /** The input's identity (read once before the run); throws a usage error for text not in its encoding. */
  identify(): Promise<InputIdentity>;
  /** Every record, in input order; may throw a usage error (e.g. a CSV that does not fit its mapping). */
  records(): AsyncIterable<BatchRecord>;
  count(): Promise<number>;
}

export interface BatchOptions {
  readonly source: BatchSource;
  readonly outDir: string;
  readonly resume: boolean;
  readonly threads?: number;
  readonly progressStream?: NodeJS.WriteStream;
  readonly progressIntervalSeconds?: number;
  /** Aborting stops reading records: those in flight are finished and journalled, the summary says `interrupted`. */
  readonly signal?: AbortSignal;
  /** A MeMo message beside the PDF of every `digital-post` record (fixed for the run: `--resume` must say the same). */
  readonly memo?: boolean;
  /** After the last record (not when interrupted), the print file of the run's letter-post letters. */
  readonly printFile?: boolean;
}

export interface BatchSummary {
  readonly total: number;
  readonly counts: Readonly<Record<RecordStatus, number>>;
  /** Records a resumed run found done and verified. */
  readonly skipped: number;
  /** Manifest lines a resumed run found unverifiable (file missing or changed): done again. */
  readonly rejected: number;
  /** Records that had failed in the interrupted run, tried again by this one. */
  readonly retried: number;
  /** Stopped by the signal before every record was read: `--resume` continues. */
  readonly interrupted: boolean;
  readonly threads: number;
  readonly seconds: number;
  readonly manifest: string;
  readonly errors: string;
  /** Letters written with their MeMo message (this run and the verified ones before it); the rest of `ok` are PDFs only. */
  readonly memos: number;
  /** The print file, when asked for and the run has letter-post letters. */
  readonly printFile: PrintFileSummary | null;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { source, outDir, signal } = options;
  const memo = options.memo === true;
  const state = await openRun(outDir, await source.identify(), options.resume, { memo });
  const counts = { ...state.counts };
  let memos = state.memos;
  const total = await source.count();
  const world = createWorld();
  const journal = new Journal(outDir);
  const pool = new RenderPool({ threads: options.threads });
  const progress = startProgress({
    total,
    alreadyDone: state.done.size,
    alreadyFailed: counts.invalid + counts.failed,
    stream: options.progressStream,
    intervalSeconds: options.progressIntervalSeconds,
  });
  const started = performance.now();
  const commit = (record: BatchRecord, outcome: RecordOutcome) => {
    counts[outcome.status]++;
    const entry = { id: record.id, line: record.line, status: outcome.status };
    if (outcome.status === 'ok') {
      if (outcome.memoSha256) memos++;
      journal.record(letterEntry(entry, `${LETTERS_DIR}/${record.id}.pdf`, outcome));
    } else if (outcome.status === 'no-letter') journal.record(entry);
    else journal.record(entry, { id: record.id, line: record.line, errors: outcome.errors });
    progress.tick(isFailure(outcome.status));
  };
  try {
    const guard = new DuplicateGuard();
    for await (const read of source.records()) {
      if (signal?.aborted) break;
      const record = guard.check(read);
      if (state.done.has(record.line)) continue;
      if (record.problems) {
        commit(record, { status: 'invalid', errors: fieldErrors(record.problems, world) });
        continue;
      }
      const file = join(outDir, LETTERS_DIR, `${record.id}.pdf`);
      await pool.submit({ envelope: record.envelope, file, memo }, (result) =>
        commit(record, result instanceof Error ? failed(result) : result.outcome),
      );
    }
    await pool.drain();
  } finally {
    progress.stop();
    await pool.close();
    journal.close();
  }
  const interrupted = signal?.aborted === true;
  const printFile = options.printFile && !interrupted ? await writePrintFile(outDir) : null;
  return {
    total,
    counts,
    skipped: state.done.size,
    rejected: state.rejected,
    retried: state.retried,
    interrupted,
    threads: pool.threads,
    seconds: (performance.now() - started) / 1000,
    manifest: join(outDir, MANIFEST),
    errors: join(outDir, ERRORS),
    memos,
    printFile,
  };
}

/** A written letter's manifest line: its file and hash, its message's, the channel and the print file's sort key. */
function letterEntry(
  entry: Pick<ManifestEntry, 'id' | 'line' | 'status'>,
  file: string,
  outcome: Extract<RecordOutcome, { status: 'ok' }>,
): ManifestEntry {
  return {
    ...entry,
    file,
    sha256: outcome.sha256,
    pages: outcome.pages,
    ...(outcome.channel ? { channel: outcome.channel } : {}),
    ...(outcome.memoSha256 ? { memo: memoPath(file), memoSha256: outcome.memoSha256 } : {}),
    ...(outcome.post ?? {}),
    ...(outcome.documents ? { documents: outcome.documents } : {}),
  };
}
