/**
 * `--resume`: what an interrupted run already did. A record counts as done when its manifest line is
 * whole and, for a written letter, its file exists with the SHA-256 the manifest recorded. Everything else
 * is done again, exactly once: the journals are rewritten to the verified lines (streamed to a temp file,
 * then renamed), and files no verified line owns (a letter renamed into place just before the crash, a
 * stray temp file) are removed. Held in memory: the done line numbers and the verified file names.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ERRORS, type ErrorEntry, LETTERS_DIR, MANIFEST } from './journal.ts';
import { isFailure, type ManifestEntry, type RecordStatus } from './outcome.ts';

export interface ResumeState {
  /** Input line numbers already done. */
  readonly done: ReadonlySet<number>;
  readonly counts: Readonly<Record<RecordStatus, number>>;
  /** Manifest lines dropped because their file was missing or did not match its hash. */
  readonly rejected: number;
}

/** A folder holds a run once its manifest has a line (a run that stopped before its first record holds none). */
export const hasJournal = (outDir: string) => existsSync(join(outDir, MANIFEST)) && statSync(join(outDir, MANIFEST)).size > 0;

export function prepareOutput(outDir: string) {
  mkdirSync(join(outDir, LETTERS_DIR), { recursive: true });
}

export async function loadResumeState(outDir: string): Promise<ResumeState> {
  prepareOutput(outDir);
  const done = new Set<number>();
  const failures = new Set<number>();
  const owned = new Set<string>();
  const counts: Record<RecordStatus, number> = { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 };
  let rejected = 0;
  await rewriteJournal<ManifestEntry>(join(outDir, MANIFEST), (entry) => {
    if (done.has(entry.line)) return false;
    if (entry.status === 'ok' && !fileMatches(outDir, entry)) {
      rejected++;
      return false;
    }
    done.add(entry.line);
    counts[entry.status]++;
    if (isFailure(entry.status)) failures.add(entry.line);
    if (entry.file) owned.add(entry.file);
    return true;
  });
  // An error line is kept once, and only for a record whose manifest line (written after it) survived.
  await rewriteJournal<ErrorEntry>(join(outDir, ERRORS), (entry) => failures.delete(entry.line));
  for (const name of readdirSync(join(outDir, LETTERS_DIR))) {
    if (!owned.has(`${LETTERS_DIR}/${name}`)) rmSync(join(outDir, LETTERS_DIR, name), { force: true });
  }
  return { done, counts, rejected };
}

/** Streams an NDJSON journal through `keep`, writing the kept whole lines to a temp file renamed over it. */
async function rewriteJournal<T>(file: string, keep: (entry: T) => boolean) {
  const temporary = `${file}.${process.pid}.tmp`;
  const out = openSync(temporary, 'w');
  try {
    if (existsSync(file)) {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const entry = parse<T>(line);
        if (entry && keep(entry)) writeSync(out, `${line}\n`);
      }
    }
  } finally {
    closeSync(out);
  }
  renameSync(temporary, file);
}

/** A whole journal line, or null for a blank or torn one (a crash mid-write: its record is done again). */
function parse<T>(line: string): T | null {
  if (!line.trim()) return null;
  try {
    return JSON.parse(line) as T;
  } catch {
    return null;
  }
}

function fileMatches(outDir: string, entry: ManifestEntry): boolean {
  if (!entry.file || !entry.sha256) return false;
  try {
    return (
      createHash('sha256')
        .update(readFileSync(join(outDir, entry.file)))
        .digest('hex') === entry.sha256
    );
  } catch {
    return false;
  }
}
