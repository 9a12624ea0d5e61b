/**
 * Reference 3: the same letters printed by headless Chromium from equivalent HTML (letter-html.ts),
 * the way Chrome-based document services work: one browser and one page, reused for every letter,
 * setContent + page.pdf with a footer template. Debian's chromium, driven by playwright-core.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { type BenchModule, measureLoop } from './harness.ts';
import { helperCpuMs, helperPssMb, peakTracker } from './helper-memory.ts';
import { footerTemplate, letterHtml } from './letter-html.ts';
import { loadBenchLetters } from './letters.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumBench: BenchModule = {
  name: 'chromium',
  description: 'the same letters as HTML+CSS printed by headless Chromium (one browser, one page reused, page.pdf)',
  sizes: { full: { warmup: 20, count: 400 }, quick: { warmup: 3, count: 20 } },
  async run(size) {
    const letters = loadBenchLetters().map((letter) => ({ html: letterHtml(letter), footer: footerTemplate(letter) }));
    // A file:// page to write into, so the @font-face file:// URLs load (and stay cached for the page's life).
    const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
    writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const memory = peakTracker(() => helperPssMb());
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dir, 'blank.html')).href);
      return await measureLoop(
        this.name,
        size,
        async (index) => {
          const letter = letters[index % letters.length] as (typeof letters)[number];
          await page.setContent(letter.html);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const pdf = await page.pdf({
            format: 'A4',
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: letter.footer,
            margin: { top: '15mm', right: '20mm', bottom: '25mm', left: '25mm' },
            preferCSSPageSize: true,
          });
          return { bytes: pdf.byteLength, pages: countPages(pdf) };
        },
        { sample: memory.sample, helperPeakMb: memory.peak, helperCpuMs: () => helperCpuMs() },
      );
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Page objects in a PDF (Chromium writes them uncompressed: `/Type /Page`, not `/Pages`). */
export const countPages = (pdf: Uint8Array): number =>
  (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
