/**
 * Benchmark: the bilingual Danish + Arabic letter (right-to-left, shaped, bidi, tagged PDF/A), next to
 * the Danish-only letter. Renders N letters one after the other in this process (one core), each with
 * different data, after a warm-up, and reports letters per second and p50/p99 per letter.
 *   npx tsx bench/bilingual-arabic.ts [N]
 * The benchmark harness imports `benchBilingualArabic` (and `benchLetters` for other language sets).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../src/domain/project-path.ts';
import { createWorld, renderLetter, type World } from '../src/engine.ts';

export interface BenchResult {
  readonly name: string;
  readonly letters: number;
  readonly pages: number;
  readonly lettersPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const SAMPLE = 'samples/reopening-guidance/extension-granted--service-decided.json';
const WARM_UP = 30;

/** The sample with a different applicant and case number per letter: no two letters are the same. */
function input(base: { data: Record<string, unknown> }, languages: readonly string[], index: number) {
  const applicant = base.data.applicant as Record<string, unknown>;
  return {
    ...base,
    languages,
    data: {
      ...base.data,
      caseNumber: `2017/${String(100000 + index).padStart(6, '0')}`,
      applicant: { ...applicant, name: `${String(applicant.name)} ${index % 97}` },
    },
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function benchLetters(
  name: string,
  languages: readonly string[],
  n: number,
  world: World = createWorld(),
): Promise<BenchResult> {
  const base = JSON.parse(readFileSync(projectPath(SAMPLE), 'utf8'));
  let pages = 0;
  for (let i = 0; i < WARM_UP; i++) await renderLetter(input(base, languages, -i), world);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const rendered = await renderLetter(input(base, languages, i), world);
    times.push(performance.now() - t0);
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(`${name}: the sample did not render`);
    pages = rendered.value.pages;
  }
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    name,
    letters: n,
    pages,
    lettersPerSecond: n / seconds,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
  };
}

export const benchBilingualArabic = (n: number, world?: World) => benchLetters('Danish + Arabic', ['da', 'ar'], n, world);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 300);
  const world = createWorld();
  for (const result of [await benchLetters('Danish only', ['da'], n, world), await benchBilingualArabic(n, world)]) {
    console.log(
      `${result.name.padEnd(16)} ${result.lettersPerSecond.toFixed(1).padStart(6)} letters/s  p50 ${result.p50Ms.toFixed(1)} ms  p99 ${result.p99Ms.toFixed(1)} ms  (${result.letters} letters, ${result.pages} pages each)`,
    );
  }
}
