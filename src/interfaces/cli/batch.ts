/**
 * `letters batch <input> --out <dir>`: many letters in one run (src/batch/). Exit codes: 0 every record
 * produced (or no letter due); 1 some records invalid or failed (errors.ndjson says which and why);
 * 2 wrong usage (unreadable input, bad mapping, an existing run without --resume).
 */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { MappingError, readMapping } from '../../batch/csv-input.ts';
import { type BatchSource, type BatchSummary, BatchUsageError, runBatch } from '../../batch/run-batch.ts';
import { csvSource, ndjsonSource } from '../../batch/sources.ts';
import { zipRun } from '../../batch/zip.ts';
import { enqueueBatch, printStatus } from './batch-queue.ts';
import { EXIT } from './exit-codes.ts';

interface BatchCliOptions {
  out?: string;
  mapping?: string;
  resume?: boolean;
  zip?: boolean;
  threads?: string;
  progressInterval?: string;
  queue?: string;
  status?: string;
  jobTimeout?: string;
}

export const batchCommand = () =>
  new Command('batch')
    .description('render many letters: NDJSON (one {id, letter, languages, data} per line) or CSV with --mapping')
    .argument('[input]', 'records: .ndjson, or .csv with --mapping')
    .option('--out <dir>', 'output folder: letters/<id>.pdf, manifest.ndjson, errors.ndjson')
    .option('--mapping <file.json>', 'CSV input: which column fills which field (see README)')
    .option('--resume', 'continue an interrupted run in --out: verified records are skipped, the rest done once')
    .option('--zip', 'also pack the result as <out>.zip')
    .option('--threads <n>', 'render threads (default: all cores)')
    .option('--progress-interval <seconds>', 'seconds between progress lines when not on a terminal', '5')
    .option('--queue <postgres-url>', 'enqueue on pg-boss for `letters worker` instead of rendering here')
    .option('--job-timeout <seconds>', 'queue mode: a job running longer is taken to be lost and retried', '300')
    .option('--status <batch-id>', "queue mode: print a batch's progress and failures")
    .action(async (input: string | undefined, options: BatchCliOptions) => {
      if (options.queue && options.status) return printStatus(options.queue, options.status);
      if (!input) usage('an input file is required');
      const source = sourceOf(input, options);
      if (options.queue) return enqueueBatch(options.queue, source, Number(options.jobTimeout));
      if (!options.out) usage('--out <dir> is required');
      let summary: BatchSummary;
      try {
        summary = await runBatch({
          source,
          outDir: options.out,
          resume: options.resume === true,
          threads: options.threads ? Number(options.threads) : undefined,
          progressIntervalSeconds: Number(options.progressInterval),
        });
      } catch (error) {
        if (error instanceof BatchUsageError || error instanceof MappingError) usage(error.message);
        throw error;
      }
      printSummary(summary);
      if (options.zip) {
        const zipFile = `${options.out.replace(/\/+$/, '')}.zip`;
        const letters = await zipRun(options.out, zipFile);
        console.log(`${zipFile}  (${letters} letters, manifest, errors)`);
      }
      const failures = summary.counts.invalid + summary.counts.failed;
      process.exit(failures ? EXIT.invalidInput : EXIT.done);
    });

function sourceOf(input: string, options: BatchCliOptions): BatchSource {
  if (!existsSync(input)) usage(`cannot read ${input}`);
  if (!options.mapping) {
    if (input.toLowerCase().endsWith('.csv')) usage('CSV input needs --mapping <file.json>');
    return ndjsonSource(input);
  }
  const mapping = readMapping(options.mapping);
  if (!mapping.ok) usage(mapping.message);
  return csvSource(input, mapping.mapping);
}

function printSummary(s: BatchSummary) {
  const { ok, invalid, failed } = s.counts;
  const rate = s.seconds > 0 ? ((s.total - s.skipped) / s.seconds).toFixed(1) : '–';
  console.log(
    `${s.total} records: ${ok} letters, ${s.counts['no-letter']} no letter due, ${invalid} invalid, ${failed} failed` +
      `${s.skipped ? ` (${s.skipped} already done${s.rejected ? `, ${s.rejected} redone: file missing or changed` : ''})` : ''}` +
      ` · ${s.seconds.toFixed(1)} s, ${rate}/s on ${s.threads} threads`,
  );
  console.log(`manifest: ${s.manifest}`);
  if (invalid + failed) console.log(`errors:   ${s.errors}`);
}

export function usage(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(EXIT.usage);
}
