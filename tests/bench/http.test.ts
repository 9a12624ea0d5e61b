/** Smoke test of the HTTP figure of `npm run bench`: real renders over HTTP, one row per concurrency. */
import { expect, it } from 'vitest';
import { benchHttp } from '../../bench/http.ts';

it('reports letters per second and p99 per concurrency, and the service peak RSS', async () => {
  const { rows, peakRssMb } = await benchHttp({ renders: 3, concurrencies: [1, 2] });
  expect(rows.map((r) => r.concurrency)).toEqual([1, 2]);
  for (const row of rows) {
    expect(row.lettersPerSecond).toBeGreaterThan(0);
    expect(row.p99Ms).toBeGreaterThanOrEqual(row.p50Ms);
  }
  expect(peakRssMb).toBeGreaterThan(0);
});
