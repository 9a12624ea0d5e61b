/**
 * `--resume`: what an interrupted run already did. A record counts as done when its manifest line is
 * whole and, for a written letter, its file exists with the SHA-256 the manifest recorded. Everything else
 * is done again, exactly once: the journals are rewritten to the verified lines (temp + rename), and files
 * no verified line owns (a letter renamed into place just before the crash, a stray temp file) are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file.ts';
import { ERRORS, type ErrorEntry, journalLines, LETTERS_DIR, MANIFEST } from './journal.ts';
import { isFailure, type ManifestEntry, type RecordStatus } from './outcome.ts';

export interface ResumeState {
  /** Input line numbers already done. */
  readonly done: ReadonlySet<number>;
  readonly counts: Readonly<Record<RecordStatus, number>>;
  /** Manifest lines dropped because their file was missing or did not match its hash. */
  readonly rejected: number;
}

export const hasJournal = (outDir: string) => existsSync(join(outDir, MANIFEST));

export function prepareOutput(outDir: string) {
  mkdirSync(join(outDir, LETTERS_DIR), { recursive: true });
}

export function loadResumeState(outDir: string): ResumeState {
  prepareOutput(outDir);
  const manifestFile = join(outDir, MANIFEST);
  const errorsFile = join(outDir, ERRORS);
  const kept = new Map<number, ManifestEntry>();
  let rejected = 0;
  const text = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : '';
  for (const entry of journalLines<ManifestEntry>(text)) {
    if (kept.has(entry.line)) continue;
    if (entry.status === 'ok' && !fileMatches(outDir, entry)) rejected++;
    else kept.set(entry.line, entry);
  }
  const errorLines = existsSync(errorsFile) ? readFileSync(errorsFile, 'utf8') : '';
  const keptErrors = new Set<number>();
  const errors = [...journalLines<ErrorEntry>(errorLines)].filter((e) => {
    const owner = kept.get(e.line);
    if (!owner || !isFailure(owner.status) || keptErrors.has(e.line)) return false;
    keptErrors.add(e.line);
    return true;
  });
  writeFileAtomically(errorsFile, Buffer.from(ndjson(errors)));
  writeFileAtomically(manifestFile, Buffer.from(ndjson([...kept.values()])));
  removeUnowned(outDir, new Set([...kept.values()].flatMap((e) => (e.file ? [e.file] : []))));
  const counts: Record<RecordStatus, number> = { ok: 0, 'no-letter': 0, invalid: 0, failed: 0 };
  for (const entry of kept.values()) counts[entry.status]++;
  return { done: new Set(kept.keys()), counts, rejected };
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

function removeUnowned(outDir: string, owned: ReadonlySet<string>) {
  for (const name of readdirSync(join(outDir, LETTERS_DIR))) {
    const file = `${LETTERS_DIR}/${name}`;
    if (!owned.has(file)) rmSync(join(outDir, file), { force: true });
  }
}

const ndjson = (values: readonly unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');
