/**
 * `run.json`: what a run was started on, written before its first record. `--resume` matches records by
 * input line, so it must refuse any other input (a reordered or edited file would silently miss letters
 * or give one record's letter another's id) and any other mapping or format. Holds no record content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../atomic-file.ts';
import type { InputEncoding } from './input-file.ts';

export const RUN_FILE = 'run.json';

export interface InputIdentity {
  readonly format: 'ndjson' | 'csv';
  readonly encoding: InputEncoding;
  readonly bytes: number;
  readonly sha256: string;
  readonly delimiter?: string;
  readonly mappingSha256?: string;
}

export const hasRunFile = (outDir: string) => existsSync(join(outDir, RUN_FILE));

export function writeRunIdentity(outDir: string, input: InputIdentity) {
  writeFileAtomically(join(outDir, RUN_FILE), `${JSON.stringify({ input }, null, 2)}\n`);
}

export function readRunIdentity(outDir: string): InputIdentity | null {
  try {
    return (JSON.parse(readFileSync(join(outDir, RUN_FILE), 'utf8')) as { input: InputIdentity }).input;
  } catch {
    return null;
  }
}

/** Why `now` is not the input the run started on, in words for the operator; null when it is. */
export function identityMismatch(recorded: InputIdentity, now: InputIdentity): string | null {
  const differences: string[] = [];
  if (recorded.bytes !== now.bytes || recorded.sha256 !== now.sha256) {
    differences.push(
      `the input is not the file the run started on (${recorded.bytes} bytes, SHA-256 ${recorded.sha256.slice(0, 12)}…; ` +
        `now ${now.bytes} bytes, ${now.sha256.slice(0, 12)}…)`,
    );
  }
  if (recorded.format !== now.format) differences.push(`the run read ${recorded.format}, not ${now.format}`);
  if (recorded.encoding !== now.encoding) differences.push(`the run read ${recorded.encoding}, not ${now.encoding}`);
  if ((recorded.delimiter ?? '') !== (now.delimiter ?? '')) differences.push('the CSV separator differs');
  if ((recorded.mappingSha256 ?? '') !== (now.mappingSha256 ?? '')) differences.push('the mapping differs');
  return differences.length ? differences.join('; ') : null;
}
