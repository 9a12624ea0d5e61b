/**
 * Starting a run, or `--resume`: what an interrupted run already did. A run is identified by `run.json`
 * (its input's size and hash, see run-identity.ts): resuming with another input is refused, and a folder
 * holding no run is started fresh, never cleaned (nothing is deleted that a run did not write).
 * A record counts as done when its manifest line is whole and, for a written letter, its file (and its
 * MeMo message, in a `--memo` run) exists with the SHA-256 the manifest recorded. Everything else
 * is done again, exactly once — and so is a record that `failed` (a fault of the renderer, not of the record):
 * resuming retries it. The journals are rewritten to the verified lines (streamed to a temp file,
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
import {
  type InputIdentity,
  identityMismatch,
  outputMismatch,
  type RunOutput,
  readRunIdentity,
  readRunOutput,
  writeRunIdentity,
} from './run-identity.ts';
import { BatchUsageError } from './usage-error.ts';

export interface ResumeState {
  /** Input line numbers already done. */
  readonly done: ReadonlySet<number>;
  readonly counts: Readonly<Record<RecordStatus, number>>;
  /** Manifest lines dropped because their file was missing or did not match its hash. */
  readonly rejected: number;
  /** Records that failed in the interrupted run and are tried again. */
  readonly retried: number;
  /** Done records whose MeMo message was written (`--memo`). */
  readonly memos: number;
}

/** Files a run can have written into letters/: `<record id>.pdf`, `<record id>.memo.xml` and their temporaries (see atomic-file.ts). */
const RUN_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*\.(pdf|memo\.xml)(\.\d+-\d+\.tmp)?$/;

/**
 * The state a run starts from: fresh (the folder holds no run; its letters/ must be empty), or, with
 * `resume`, the verified work of the run in the folder, which must have been started on the same input.
 */
export async function openRun(
  outDir: string,
  input: InputIdentity,
  resume: boolean,
  output: RunOutput = { memo: false },
): Promise<ResumeState> {
  const recorded = readRunIdentity(outDir);
  if (recorded === null && !hasJournal(outDir)) return startRun(outDir, input, output);
  if (!resume) {
    throw new BatchUsageError(`${outDir} already holds a batch run: continue it with --resume, or choose another --out`);
  }
  if (recorded === null) {
    throw new BatchUsageError(
      `${outDir} holds a run without a record of its input (run.json), so resuming it could not be checked: start a new run in another --out`,
    );
  }
  const mismatch = identityMismatch(recorded, input) ?? outputMismatch(readRunOutput(outDir), output);
  if (mismatch) {
    throw new BatchUsageError(
      `cannot resume ${outDir}: ${mismatch}. Resume with the input the run started on, or start a new run in another --out`,
    );
  }
  return loadResumeState(outDir);
}

function startRun(outDir: string, input: InputIdentity, output: RunOutput): ResumeState {
  const letters = join(outDir, LETTERS_DIR);
  if (existsSync(letters) && readdirSync(letters).length > 0) {
    throw new BatchUsageError(`${letters} holds files no batch run recorded: choose an empty --out (nothing was changed)`);
  }
  prepareOutput(outDir);
  writeRunIdentity(outDir, input, output);
  return { done: new Set(), counts: { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 }, rejected: 0, retried: 0, memos: 0 };
}

/** A folder holds a run once its manifest has a line (a run that stopped before its first record holds none). */
export const hasJournal = (outDir: string) => existsSync(join(outDir, MANIFEST)) && statSync(join(outDir, MANIFEST)).size > 0;

export function prepareOutput(outDir: string) {
  mkdirSync(join(outDir, LETTERS_DIR), { recursive: true });
}

async function loadResumeState(outDir: string): Promise<ResumeState> {
  prepareOutput(outDir);
  const done = new Set<number>();
  const failures = new Set<number>();
  const owned = new Set<string>();
  const counts: Record<RecordStatus, number> = { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 };
  let rejected = 0;
  let retried = 0;
  let memos = 0;
  await rewriteJournal<ManifestEntry>(join(outDir, MANIFEST), (entry) => {
    if (done.has(entry.line)) return false;
    if (entry.status === 'failed') {
      retried++;
      return false;
    }
    if (entry.status === 'ok' && !fileMatches(outDir, entry)) {
      rejected++;
      return false;
    }
    done.add(entry.line);
    counts[entry.status]++;
    if (isFailure(entry.status)) failures.add(entry.line);
    if (entry.file) owned.add(entry.file);
    if (entry.memo) {
      owned.add(entry.memo);
      memos++;
    }
    return true;
  });
  // An error line is kept once, and only for a record whose manifest line (written after it) survived.
  await rewriteJournal<ErrorEntry>(join(outDir, ERRORS), (entry) => failures.delete(entry.line));
  for (const name of readdirSync(join(outDir, LETTERS_DIR))) {
    if (RUN_FILE_NAME.test(name) && !owned.has(`${LETTERS_DIR}/${name}`))
      rmSync(join(outDir, LETTERS_DIR, name), { force: true });
  }
  return { done, counts, rejected, retried, memos };
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
  if (!entry.file || !entry.sha256 || !hashMatches(outDir, entry.file, entry.sha256)) return false;
  // A message is verified as its PDF is: a line that names one is done only if the message is there, unchanged.
  return entry.memo === undefined || (entry.memoSha256 !== undefined && hashMatches(outDir, entry.memo, entry.memoSha256));
}

function hashMatches(outDir: string, file: string, sha256: string): boolean {
  try {
    return (
      createHash('sha256')
        .update(readFileSync(join(outDir, file)))
        .digest('hex') === sha256
    );
  } catch {
    return false;
  }
}
