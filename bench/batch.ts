/**
 * Batch benchmark: letters per second on all cores for `count` bilingual letters (Danish + Arabic by
 * default), peak RSS, and the ratio to one core. Standalone: `npx tsx bench/batch.ts --count 10000
 * [--languages da,ar] [--single-count 1000]`. Records are the humanitarian-permit sample with a fresh id
 * and case number each; the run is a real `letters batch` run (threads, atomic files, manifest).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBatch } from '../src/batch/run-batch.ts';
import { ndjsonSource } from '../src/batch/sources.ts';
import { projectPath } from '../src/domain/project-path.ts';
import { createWorld } from '../src/engine.ts';
import { watchThreadMemory } from '../src/thread-memory.ts';

export interface BatchBenchResult {
  readonly lettersPerSecond: number;
  readonly peakRssMb: number;
  /** Each render thread's peak (V8 heap + external + malloced), MB: src/thread-memory.ts. */
  readonly threadPeaksMb: readonly number[];
  readonly workers: number;
  readonly singleCoreLettersPerSecond: number;
  readonly languages: readonly string[];
  readonly count: number;
}

const LETTER = 'humanitarian-permit-info';
const SAMPLE = `samples/${LETTER}/sent.json`;

export async function benchBatch(
  options: { count?: number; languages?: readonly string[]; singleCount?: number; log?: (line: string) => void } = {},
): Promise<BatchBenchResult> {
  const { count = 10_000, log = (line) => console.error(line) } = options;
  const languages = availableLanguages(options.languages ?? ['da', 'ar'], log);
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  try {
    const single = await timedRun(dir, 'single', Math.min(options.singleCount ?? 1000, count), languages, 1);
    const workers = availableParallelism();
    const memory = watchThreadMemory();
    const all = await timedRun(dir, 'all', count, languages, workers);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the threads' last notes arrive
    memory.close();
    return {
      lettersPerSecond: round(all),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      threadPeaksMb: memory.peaks().map((thread) => thread.peakMb),
      workers,
      singleCoreLettersPerSecond: round(single),
      languages,
      count,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Arabic locale files arrive on another branch: until then the benchmark says so and uses English. */
function availableLanguages(wanted: readonly string[], log: (line: string) => void): string[] {
  const have = createWorld().locales.languagesOf(LETTER) as readonly string[];
  const missing = wanted.filter((code) => !have.includes(code));
  if (!missing.length) return [...wanted];
  const fallback = wanted.map((code) => (have.includes(code) ? code : 'en'));
  log(`bench/batch: ${LETTER} has no ${missing.join(', ')} translation yet; measuring ${fallback.join('+')} instead`);
  return [...new Set(fallback)];
}

async function timedRun(dir: string, name: string, count: number, languages: readonly string[], threads: number) {
  const input = join(dir, `${name}.ndjson`);
  const sample = JSON.parse(readFileSync(projectPath(SAMPLE), 'utf8'));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const data = { ...sample.data, caseNumber: `2016/${String(100000 + i)}` };
    lines.push(JSON.stringify({ id: `bench-${i}`, letter: LETTER, languages, data }));
  }
  writeFileSync(input, `${lines.join('\n')}\n`);
  const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
  const summary = await runBatch({
    source: ndjsonSource(input),
    outDir: join(dir, name),
    resume: false,
    threads,
    progressStream: quiet,
  });
  if (summary.counts.ok !== count) throw new Error(`bench/batch: ${count - summary.counts.ok} letters failed`);
  return count / summary.seconds;
}

const round = (n: number) => Math.round(n * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      languages: { type: 'string', default: 'da,ar' },
      'single-count': { type: 'string', default: '1000' },
    },
  });
  const result = await benchBatch({
    count: Number(values.count),
    languages: values.languages.split(','),
    singleCount: Number(values['single-count']),
  });
  console.log(
    `batch: ${result.lettersPerSecond} letters/s on ${result.workers} cores (${result.languages.join('+')}, ${result.count} letters) · ` +
      `1 core: ${result.singleCoreLettersPerSecond}/s · ratio ${(result.lettersPerSecond / result.singleCoreLettersPerSecond).toFixed(2)} · peak RSS ${result.peakRssMb} MB · ` +
      `per render thread ${result.threadPeaksMb.join(', ')} MB`,
  );
  console.log(JSON.stringify(result));
}
