/**
 * `npm run bench`. The bench modules, in the order they run; adding one is one line here.
 * Options: --quick (a short smoke run), --only <name> (repeatable or comma-separated).
 */
import { fileURLToPath } from 'node:url';
import { chromiumBench } from './chromium.ts';
import { engineBench } from './engine.ts';
import type { BenchModule } from './harness.ts';
import { main } from './main.ts';
import { plainPdfkitBench } from './plain-pdfkit.ts';

const MODULES: readonly BenchModule[] = [
  engineBench, // ours: renderLetter over every sample
  plainPdfkitBench, // reference: the same letters by direct pdfkit calls
  chromiumBench, // reference: the same letters as HTML printed by headless Chromium
];

await main(MODULES, process.argv.slice(2), fileURLToPath(import.meta.url));
