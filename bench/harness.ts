/**
 * What every bench module shares: the contract (`BenchModule`), the run size, and the measuring loop.
 * Single core means sequential: one letter at a time in one process, each latency recorded.
 */
import { loadavg } from 'node:os';

export interface RunSize {
  /** Letters rendered before timing starts (JIT, caches, the browser's first page). */
  readonly warmup: number;
  /** Letters timed. */
  readonly count: number;
}

export interface BenchResult {
  readonly name: string;
  readonly letters: number;
  readonly seconds: number;
  readonly lettersPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Peak resident memory of the Node process running the module (its whole life: load, warm-up, run). */
  readonly peakRssMb: number;
  /** Peak proportional memory (PSS) of helper processes, e.g. Chromium's; null when there are none. */
  readonly helperPeakMb: number | null;
  /**
   * CPU time per letter in ms (this process, user + system, all threads, plus helper processes):
   * the per-core cost, far less disturbed than latency when other work shares the machine.
   */
  readonly cpuMsPerLetter: number;
  /** The 1-minute load average when the module started and ended: above the core count, figures are contended. */
  readonly loadAverage: readonly [start: number, end: number];
  /** Pages per letter seen in the run (min–max), a check that the three renderers make the same letters. */
  readonly pages: string;
  readonly bytesPerLetter: number;
}

export interface BenchModule {
  readonly name: string;
  readonly description: string;
  readonly sizes: { readonly full: RunSize; readonly quick: RunSize };
  run(size: RunSize): Promise<BenchResult>;
}

/** One rendered letter as the loop sees it. */
export interface LetterOutput {
  readonly bytes: number;
  readonly pages: number;
}

export interface LoopHooks {
  /** Called every few letters, outside the timed region, e.g. to sample a helper process's memory. */
  readonly sample?: () => void;
  readonly helperPeakMb?: () => number | null;
  /** CPU ms used so far by helper processes (e.g. Chromium's), read before and after the timed loop. */
  readonly helperCpuMs?: () => number;
}

const SAMPLE_EVERY = 25;

/** Renders `warmup` then `count` letters round-robin (render(i) picks its input from i), timing each one. */
export async function measureLoop(
  name: string,
  size: RunSize,
  render: (index: number) => Promise<LetterOutput>,
  hooks: LoopHooks = {},
): Promise<BenchResult> {
  for (let i = 0; i < size.warmup; i++) await render(i);
  const latencies = new Float64Array(size.count);
  let minPages = Number.POSITIVE_INFINITY;
  let maxPages = 0;
  let bytes = 0;
  let busy = 0;
  const loadAtStart = loadavg()[0] ?? 0;
  const cpuAtStart = process.cpuUsage();
  const helperCpuAtStart = hooks.helperCpuMs?.() ?? 0;
  for (let i = 0; i < size.count; i++) {
    const start = performance.now();
    const output = await render(i);
    const elapsed = performance.now() - start;
    latencies[i] = elapsed;
    busy += elapsed;
    bytes += output.bytes;
    minPages = Math.min(minPages, output.pages);
    maxPages = Math.max(maxPages, output.pages);
    if (i % SAMPLE_EVERY === 0) hooks.sample?.();
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const helperCpu = (hooks.helperCpuMs?.() ?? 0) - helperCpuAtStart;
  hooks.sample?.();
  const sorted = latencies.slice().sort();
  const seconds = busy / 1000;
  return {
    name,
    letters: size.count,
    seconds,
    lettersPerSecond: size.count / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    helperPeakMb: hooks.helperPeakMb?.() ?? null,
    cpuMsPerLetter: ((cpu.user + cpu.system) / 1000 + helperCpu) / size.count,
    loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    pages: minPages === maxPages ? String(minPages) : `${minPages}–${maxPages}`,
    bytesPerLetter: size.count ? Math.round(bytes / size.count) : 0,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}
