/**
 * `npm run bench`. The bench modules, in the order they run; adding one is one line here.
 * Options: --quick (a short smoke run), --only <name> (repeatable or comma-separated).
 */
import { fileURLToPath } from 'node:url';
import { benchBatch } from './batch.ts';
import { chromiumBench } from './chromium.ts';
import { engineBench } from './engine.ts';
import { danishArabicBench, danishOnlyBench } from './engine-languages.ts';
import { engineUncheckedBench } from './engine-unchecked.ts';
import type { BenchModule } from './harness.ts';
import { benchHttp } from './http.ts';
import { main } from './main.ts';
import { plainPdfkitBench } from './plain-pdfkit.ts';

const MODULES: readonly BenchModule[] = [
  engineBench, // ours: renderLetter over every sample
  plainPdfkitBench, // reference: the same letters by direct pdfkit calls
  chromiumBench, // reference: the same letters as HTML printed by headless Chromium
  danishOnlyBench, // ours: re-opening guidance, Danish alone
  danishArabicBench, // ours: the same letters in Danish + Arabic (right-to-left)
  engineUncheckedBench, // ours without the conformance check: engine minus this is what the check costs
];

const argv = process.argv.slice(2);
await main(MODULES, argv, fileURLToPath(import.meta.url));

// The HTTP figure, then the batch figure (all cores, `letters batch` machinery), in the parent, unless one
// module was asked for. HTTP first: the parent's peak RSS is then the service's own.
if (!argv.includes('--child') && !argv.some((arg) => arg.startsWith('--only'))) {
  const quick = argv.includes('--quick');
  const http = await benchHttp({ renders: quick ? 20 : 200, concurrencies: [1, 4, 16] });
  console.log(
    `\nhttp: humanitarian-permit-info/sent (da+en) over HTTP on ${http.threads} render threads, journalled: ` +
      http.rows.map((r) => `c=${r.concurrency} ${r.lettersPerSecond} letters/s p99 ${r.p99Ms} ms`).join(' · ') +
      ` · peak RSS ${http.peakRssMb} MB (service process) · per render thread ${http.threadPeaksMb.join(', ')} MB`,
  );
  const batch = await benchBatch({ count: quick ? 200 : 10_000, singleCount: quick ? 100 : 1000, log: () => {} });
  console.log(
    `\nbatch: ${batch.count} letters (${batch.languages.join(' + ')}) on ${batch.workers} worker threads: ` +
      `${batch.lettersPerSecond} letters/s · one thread: ${batch.singleCoreLettersPerSecond} letters/s · ` +
      `ratio ${(batch.lettersPerSecond / batch.singleCoreLettersPerSecond).toFixed(2)} · peak RSS ${batch.peakRssMb} MB` +
      ` · per render thread ${batch.threadPeaksMb.join(', ')} MB`,
  );
}
