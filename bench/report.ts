/** The printed table (Markdown, so it can be pasted into BENCHMARKS.md as it is) and the ratios. */
import { cpus } from 'node:os';
import type { BenchModule, BenchResult } from './harness.ts';

/** The module the others are compared with. */
export const OURS = 'engine';

export function formatReport(results: readonly BenchResult[], modules: readonly BenchModule[]): string {
  const header = [
    'module',
    'letters',
    'letters/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/letter',
    'peak RSS MB',
    'helper PSS MB',
    'pages',
    'KB/letter',
    'load',
  ];
  const rows = results.map((r) => [
    r.name,
    String(r.letters),
    r.lettersPerSecond.toFixed(1),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.cpuMsPerLetter.toFixed(1),
    (1000 / r.cpuMsPerLetter).toFixed(1),
    r.peakRssMb.toFixed(0),
    r.helperPeakMb === null ? '–' : r.helperPeakMb.toFixed(0),
    r.pages,
    (r.bytesPerLetter / 1024).toFixed(1),
    `${r.loadAverage[0].toFixed(1)}→${r.loadAverage[1].toFixed(1)}`,
  ]);
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
