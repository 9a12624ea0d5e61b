/**
 * `letters batch <input> --out <dir>`: many letters in one run (src/batch/). Exit codes: 0 every record
 * produced (or no letter due); 1 some records invalid or failed (errors.ndjson says which and why);
 * 2 wrong usage (unreadable input, bad mapping, an existing run without --resume, another input on
 * --resume); 130/143 stopped by Ctrl-C/SIGTERM after finishing the records in flight (`--resume` continues).
 */
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { DELIMITERS, type Delimiter, MappingError, readMapping } from '../../batch/csv-input.ts';
import { ENCODINGS, type InputEncoding } from '../../batch/input-file.ts';
import { type BatchSource, type BatchSummary, BatchUsageError, runBatch } from '../../batch/run-batch.ts';
import { csvSource, ndjsonSource } from '../../batch/sources.ts';
import { zipRun } from '../../batch/zip.ts';
import { downloadBatch, enqueueBatch, printStatus } from './batch-queue.ts';
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
  download?: string;
  jobTimeout?: string;
  encoding?: InputEncoding;
  delimiter?: string;
  memo?: boolean;
  printFile?: boolean;
}

/** `;` as typed, or `tab` for a tab. */
const DELIMITER_NAMES: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };

export const batchCommand = () =>
  new Command('batch')
    .description('render many letters: NDJSON (one {id, letter, languages, data} per line) or CSV with --mapping')
    .argument('[input]', 'records: .ndjson, or .csv with --mapping; - reads standard input')
    .option('--out <dir>', 'output folder: letters/<id>.pdf, manifest.ndjson, errors.ndjson')
    .option('--mapping <file.json>', 'CSV input: which column fills which field (see README)')
    .option(
      '--resume',
      'continue an interrupted run in --out on the same input: verified records are skipped, failed ones retried, the rest done once',
    )
    .addOption(new Option('--encoding <name>', "the input's text encoding").choices(ENCODINGS).default('utf-8'))
    .option(
      '--delimiter <char>',
      `CSV separator: ${DELIMITERS.map((d) => (d === '\t' ? 'tab' : d)).join(' ')} (default: found in the header)`,
    )
    .option(
      '--memo',
      "also write the Digital Post message (MeMo 1.1) of every digital-post record: letters/<id>.memo.xml beside its PDF (with --queue: in the batch's zip)",
    )
    .option(
      '--print-file',
      "also write the letter-post letters as one PDF for duplex printing, in postcode order: print/letter-post.pdf, .json, .csv (with --queue: in the batch's zip)",
    )
    .option('--zip', 'also pack the result as <out>.zip')
    .option('--threads <n>', 'render threads (default: all cores)')
    .option('--progress-interval <seconds>', 'seconds between progress lines when not on a terminal', '5')
    .option('--queue <postgres-url>', 'enqueue on pg-boss for `letters worker` instead of rendering here')
    .option(
      '--job-timeout <seconds>',
      "queue mode: a job's lease; a job whose worker stops renewing it (the worker died) is retried after this long",
      '15',
    )
    .option('--status <batch-id>', "queue mode: print a batch's progress and failures")
    .option(
      '--download <batch-id>',
      'queue mode: write a finished batch as a zip to --out <file.zip> (letters, manifest, errors; MeMo messages and print file when enqueued with them)',
    )
    .action(async (input: string | undefined, options: BatchCliOptions) => {
      if (options.queue) refuseLocalOptions(input, options);
      else if (options.status || options.download)
        usage(`${options.status ? '--status' : '--download'} needs --queue <postgres-url>`);
      if (options.queue && options.status) return printStatus(options.queue, options.status);
      if (options.queue && options.download)
        return downloadBatch(options.queue, options.download, options.out ?? usage('--download needs --out <file.zip>'));
      if (!input) usage('an input file is required (- for standard input)');
      if (!options.queue && !options.out) usage('--out <dir> is required');
      const spooled = input === '-' ? await spoolStandardInput() : null;
      try {
        const source = sourceOf(spooled?.file ?? input, options);
        if (options.queue) {
          const delivery = { memo: options.memo === true, printFile: options.printFile === true };
          return await enqueueBatch(options.queue, source, Number(options.jobTimeout), delivery);
        }
        await runLocally(source, options as BatchCliOptions & { out: string });
      } catch (error) {
        if (error instanceof BatchUsageError || error instanceof MappingError) usage(error.message);
        throw error;
      } finally {
        spooled?.remove();
      }
    });

async function runLocally(source: BatchSource, options: BatchCliOptions & { out: string }) {
  const stop = stopOnSignals();
  let summary: BatchSummary;
  try {
    summary = await runBatch({
      source,
      outDir: options.out,
      resume: options.resume === true,
      threads: options.threads ? Number(options.threads) : undefined,
      progressIntervalSeconds: Number(options.progressInterval),
      signal: stop.signal,
      memo: options.memo === true,
      printFile: options.printFile === true,
    });
  } finally {
    stop.release();
  }
  printSummary(summary, { memo: options.memo === true, printFile: options.printFile === true });
  if (summary.interrupted) {
    console.log(`interrupted: the records in flight were finished. Continue with:\n  ${resumeCommand()}`);
    process.exit(stop.exitCode());
  }
  if (options.zip) {
    const zipFile = `${options.out.replace(/\/+$/, '')}.zip`;
    const letters = await zipRun(options.out, zipFile);
    console.log(`${zipFile}  (${letters} letters, manifest, errors)`);
  }
  const failures = summary.counts.invalid + summary.counts.failed;
  process.exit(failures ? EXIT.invalidInput : EXIT.done);
}

/**
 * Queue mode: an option of local runs is refused by name, never ignored (the workers render, the zip is
 * fetched with --download); --memo and --print-file belong to the batch, so they go with its enqueuing only.
 */
function refuseLocalOptions(input: string | undefined, options: BatchCliOptions) {
  const local = (['resume', 'zip', 'threads'] as const).find((name) => options[name] !== undefined);
  if (local) usage(`--${local} is for local runs, not --queue (the workers render; --download fetches a finished batch)`);
  if (options.out !== undefined && !options.download)
    usage('--out is for local runs and --download, not for enqueuing with --queue');
  const delivery = options.memo ? '--memo' : options.printFile ? '--print-file' : null;
  if (delivery && (options.status || options.download))
    usage(
      `${delivery} is given when the batch is enqueued (letters batch <input> --queue <url> ${delivery}), not with --status or --download`,
    );
  if (options.status && options.download) usage('--status or --download, not both');
  if (input !== undefined && (options.status || options.download))
    usage(`${options.status ? '--status' : '--download'} names a batch already enqueued: no input file`);
}

function sourceOf(input: string, options: BatchCliOptions): BatchSource {
  if (!existsSync(input)) usage(`cannot read ${input}`);
  const encoding = options.encoding ?? 'utf-8';
  if (!options.mapping) {
    if (input.toLowerCase().endsWith('.csv')) usage('CSV input needs --mapping <file.json>');
    return ndjsonSource(input, { encoding });
  }
  const mapping = readMapping(options.mapping);
  if (!mapping.ok) usage(mapping.message);
  let delimiter: Delimiter | undefined;
  if (options.delimiter !== undefined) {
    delimiter = DELIMITER_NAMES[options.delimiter];
    if (!delimiter) usage(`--delimiter is one of , ; tab (not ${JSON.stringify(options.delimiter)})`);
  }
  return csvSource(input, mapping.mapping, { encoding, delimiter });
}

/**
 * `-`: standard input, copied to a private temporary file first, since a run reads its input more than
 * once (identity, count, records). `--resume` with `-` compares what arrives with what the run started on.
 */
async function spoolStandardInput(): Promise<{ file: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'letters-stdin-'));
  const file = join(dir, 'input');
  await pipeline(process.stdin, createWriteStream(file, { mode: 0o600 }));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Ctrl-C or SIGTERM: stop reading records, finish and journal those in flight, then print the summary and
 * the resume command. A second signal ends the process at once (the manifest stays consistent: resume repairs it).
 */
function stopOnSignals() {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(exitCodeOf(signal));
    received = signal;
    console.error(`\n${signal}: finishing the records in flight (again to stop at once)…`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    exitCode: () => exitCodeOf(received ?? 'SIGINT'),
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

const exitCodeOf = (signal: NodeJS.Signals) => (signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);

/** This very command with --resume (arguments shell-quoted where needed). */
function resumeCommand(): string {
  const args = process.argv.slice(2);
  if (!args.includes('--resume')) args.push('--resume');
  const quoted = args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`));
  return ['letters', ...quoted].join(' ');
}

function printSummary(s: BatchSummary, { memo, printFile }: { memo: boolean; printFile: boolean }) {
  const { ok, invalid, failed } = s.counts;
  const rate = s.seconds > 0 ? ((s.total - s.skipped) / s.seconds).toFixed(1) : '–';
  console.log(
    `${s.total} records: ${ok} letters, ${s.counts['no-letter']} no letter due, ${invalid} invalid, ${failed} failed` +
      `${s.skipped ? ` (${s.skipped} already done${s.rejected ? `, ${s.rejected} redone: file missing or changed` : ''})` : ''}` +
      `${s.retried ? ` (${s.retried} failed before, retried)` : ''}` +
      ` · ${s.seconds.toFixed(1)} s, ${rate}/s on ${s.threads} threads`,
  );
  if (memo) console.log(`Digital Post: ${s.memos} MeMo messages; ${ok - s.memos} letters not for Digital Post (PDF only)`);
  console.log(`manifest: ${s.manifest}`);
  if (invalid + failed) console.log(`errors:   ${s.errors}`);
  if (printFile && !s.printFile && !s.interrupted) console.log('print:    no letter-post letter in this run: no print file');
  if (s.printFile) {
    const { file, letters, pages, sheets } = s.printFile;
    console.log(`print:    ${file}  (${letters} letters, ${pages} pages, ${sheets} duplex sheets; manifest beside it)`);
  }
}

export function usage(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(EXIT.usage);
}
