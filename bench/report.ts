/** The printed table (Markdown, so it can be pasted into BENCHMARKS.md as it is) and the ratios. */
import { cpus } from 'node:os';
import type { BenchModule, BenchResult } from './harness.ts';

/** The module the others are compared with. */
export const OURS = 'engine';

/** The table's columns: a title and how a result fills it (one list, so titles and cells cannot drift apart). */
const COLUMNS: readonly (readonly [title: string, cell: (r: BenchResult) => string])[] = [
  ['module', (r) => r.name],
  ['letters', (r) => String(r.letters)],
  ['letters/s', (r) => r.lettersPerSecond.toFixed(1)],
  ['p50 ms', (r) => r.p50Ms.toFixed(1)],
  ['p99 ms', (r) => r.p99Ms.toFixed(1)],
  ['CPU ms/letter', (r) => r.cpuMsPerLetter.toFixed(1)],
  ['letters/CPU-s', (r) => (1000 / r.cpuMsPerLetter).toFixed(1)],
  ['peak RSS MB', (r) => r.peakRssMb.toFixed(0)],
  ['helper PSS MB', (r) => (r.helperPeakMb === null ? '–' : r.helperPeakMb.toFixed(0))],
  ['pages', (r) => r.pages],
  ['KB/letter', (r) => (r.bytesPerLetter / 1024).toFixed(1)],
  ['load', (r) => `${r.loadAverage[0].toFixed(1)}→${r.loadAverage[1].toFixed(1)}`],
];

export function formatReport(results: readonly BenchResult[], modules: readonly BenchModule[]): string {
  const header = COLUMNS.map(([title]) => title);
  const rows = results.map((result) => COLUMNS.map(([, cell]) => cell(result)));
  const lines = [markdownTable(header, rows), ''];
  const ours = results.find((r) => r.name === OURS);
  for (const other of results) {
    if (!ours || other === ours) continue;
    lines.push(
      `${OURS} / ${other.name}: ${(ours.lettersPerSecond / other.lettersPerSecond).toFixed(2)}× the letters/s, ` +
        `${(ours.p50Ms / other.p50Ms).toFixed(2)}× the p50 latency, ` +
        `${(ours.cpuMsPerLetter / other.cpuMsPerLetter).toFixed(2)}× the CPU time per letter`,
    );
  }
  lines.push('', ...modules.map((m) => `${m.name}: ${m.description}`));
  lines.push(
    'CPU ms/letter: user + system time of the process (all threads) and its helpers, per timed letter;',
    '  letters/CPU-s = 1000 / that: the one-core rate when nothing else competes (letters/s is wall-clock).',
    'peak RSS: the Node process running the module; helper PSS: its child processes (Chromium), proportional set size.',
    `load: the 1-minute load average at start → end; above ${cpus().length} (the cores) other work competed for the CPU.`,
  );
  return lines.join('\n');
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
