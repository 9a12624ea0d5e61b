/**
 * Smoke test of `npm run bench`: every module renders a few letters and reports sane figures, and the
 * references draw the same letters as the engine (same words, same page counts). No timing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumBench } from '../../bench/chromium.ts';
import { engineBench } from '../../bench/engine.ts';
import type { BenchResult } from '../../bench/harness.ts';
import { percentile } from '../../bench/harness.ts';
import { loadBenchLetters, textOfLine } from '../../bench/letters.ts';
import { drawLetter, plainPdfkitBench } from '../../bench/plain-pdfkit.ts';
import { formatReport } from '../../bench/report.ts';
import { createWorld, renderLetter } from '../../src/engine.ts';
import { toBytes } from '../../src/pipeline/output.ts';
import { readPdf } from '../support/pdf-text.ts';

const world = createWorld();
const letters = loadBenchLetters(world);
const size = { warmup: 1, count: letters.length };

function expectSane(result: BenchResult) {
  expect(result.letters).toBe(letters.length);
  expect(Number.isFinite(result.lettersPerSecond) && result.lettersPerSecond > 0).toBe(true);
  expect(result.p50Ms).toBeGreaterThan(0);
  expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  expect(result.peakRssMb).toBeGreaterThan(10);
  expect(result.bytesPerLetter).toBeGreaterThan(1000);
}

describe('bench', () => {
  it('loads every sample that yields a letter, with its words resolved', () => {
    expect(letters.map((l) => l.id)).toContain('humanitarian-permit-info/sent');
    expect(letters.some((l) => l.id.includes('no-letter-due'))).toBe(false);
    const sent = letters.find((l) => l.id === 'humanitarian-permit-info/sent');
    expect(sent?.parts.map((p) => p.language)).toEqual(['da', 'en']);
    expect(sent?.parts[0]?.pageLabel).toBe('Side {x} af {y}');
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentile(sorted, 0.5)).toBe(5);
    expect(percentile(sorted, 0.99)).toBe(10);
  });

  it('plain pdfkit draws the same words and pages as the engine', async () => {
    const fonts = world.fonts;
    for (const letter of letters) {
      const rendered = await renderLetter(letter.input, world);
      if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(`${letter.id} did not render`);
      const ours = await readPdf(rendered.value.pdf);
      const plain = await readPdf(await toBytes(drawLetter(letter, fonts)));
      expect(plain.pages.length, letter.id).toBe(ours.pages.length);
      // readPdf joins columns on one baseline with " | ": where columns meet is layout, not words.
      const words = (text: string) =>
        text
          .split(/\s+/)
          .filter((w) => w && w !== '|')
          .sort();
      expect(words(plain.pages.join('\n')), letter.id).toEqual(words(ours.pages.join('\n')));
      expect(plain.pages.join('\n')).toContain(textOfLine(letter.parts[0]?.blocks[0]?.lines[0] ?? []));
    }
  });

  it('the engine and plain pdfkit modules run and report', async () => {
    const engine = await engineBench.run(size);
    expectSane(engine);
    expect(engine.helperPeakMb).toBeNull();
    const plain = await plainPdfkitBench.run(size);
    expectSane(plain);
    expect(plain.pages).toBe(engine.pages);
    const report = formatReport([engine], [engineBench]);
    const [header, , row] = report.split('\n');
    expect(header).toMatch(/^\| module +\| +letters \| +letters\/s \|.*\| +load \|$/);
    expect(row?.split('|').length).toBe(header?.split('|').length);
    expect(row).toMatch(new RegExp(`^\\| engine +\\| +${letters.length} \\|`));
  });

  it('the Chromium module prints the same letters with one reused browser', async () => {
    const result = await chromiumBench.run(size);
    expectSane(result);
    expect(result.helperPeakMb).toBeGreaterThan(10); // the browser's processes were found and measured
    const engine = await engineBench.run(size);
    expect(result.pages).toBe(engine.pages);
  });

  it('npm run bench -- --quick --only engine runs the module in a child process and prints the table', () => {
    const bench = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../bench/index.ts', import.meta.url)), ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const run = bench('--quick', '--only', 'engine');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\| engine +\| +60 \|/);
    expect(run.stdout).not.toContain('| chromium');
    const wrong = bench('--only', 'nosuch');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('no bench module named nosuch');
  });
});
