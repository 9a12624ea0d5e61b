/** Smoke test of the HTTP figure of `npm run bench`: real renders over HTTP, one row per concurrency. */
import { expect, it } from 'vitest';
import { benchHttp } from '../../bench/http.ts';

it("reports letters per second and p99 per concurrency, the service peak RSS and each render thread's peak", async () => {
  const { rows, peakRssMb, threads, threadPeaksMb } = await benchHttp({ renders: 3, concurrencies: [1, 2] });
  expect(rows.map((r) => r.concurrency)).toEqual([1, 2]);
  for (const row of rows) {
    expect(row.lettersPerSecond).toBeGreaterThan(0);
    expect(row.p99Ms).toBeGreaterThanOrEqual(row.p50Ms);
  }
  expect(peakRssMb).toBeGreaterThan(0);
  // every thread rendered (warm-up: two letters per thread) and announced its fonts and heap: tens of MB each
  expect(threadPeaksMb.length).toBeGreaterThanOrEqual(1);
  expect(threadPeaksMb.length).toBeLessThanOrEqual(threads);
  for (const mb of threadPeaksMb) expect(mb).toBeGreaterThan(20);
});
