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

/** What a run writes per record besides the PDF: fixed for the run, since resumed records must match those done. */
export interface RunOutput {
  /** `--memo`: a MeMo message beside the PDF of every Digital Post record. */
  readonly memo: boolean;
}

export const hasRunFile = (outDir: string) => existsSync(join(outDir, RUN_FILE));

export function writeRunIdentity(outDir: string, input: InputIdentity, output: RunOutput) {
  writeFileAtomically(join(outDir, RUN_FILE), `${JSON.stringify({ input, output }, null, 2)}\n`);
}

/** The run's output settings; a run.json from before `--memo` existed wrote PDFs only. */
export function readRunOutput(outDir: string): RunOutput {
  try {
    const recorded = (JSON.parse(readFileSync(join(outDir, RUN_FILE), 'utf8')) as { output?: RunOutput }).output;
    return { memo: recorded?.memo === true };
  } catch {
    return { memo: false };
  }
}

/** Why a resume with `now` would mix outputs, in words for the operator; null when it would not. */
export function outputMismatch(recorded: RunOutput, now: RunOutput): string | null {
  if (recorded.memo === now.memo) return null;
  return recorded.memo ? 'the run was started with --memo (add --memo)' : 'the run was started without --memo (leave it out)';
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
