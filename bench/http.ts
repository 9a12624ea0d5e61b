/**
 * The HTTP figure of `npm run bench`: the service on 127.0.0.1 (render pool on every core, SQLite journal),
 * letters per second and p99 latency at concurrency 1, 4 and 16, one run each, beside the engine's figure.
 * The difference to the engine per letter is what HTTP costs: body parsing, validation before the pool,
 * the thread hand-off, the journal. Peak RSS is the whole service process (its render threads included).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/interfaces/http/config.ts';
import { keyRing, keysFromEnv } from '../src/interfaces/http/keys.ts';
import { createService } from '../src/interfaces/http/service.ts';
import { watchThreadMemory } from '../src/thread-memory.ts';

const KEY = 'bench-batch-key-00001';

export interface HttpRow {
  readonly concurrency: number;
  readonly lettersPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

export async function benchHttp(options: { renders: number; concurrencies: readonly number[] }) {
  const sample = JSON.parse(readFileSync(new URL('../samples/humanitarian-permit-info/sent.json', import.meta.url), 'utf8'));
  const body = JSON.stringify({ languages: sample.languages, data: sample.data });
  const dataDir = mkdtempSync(join(tmpdir(), 'letters-bench-http-'));
  const memory = watchThreadMemory();
  const service = await createService({
    config: { ...readConfig({}), dataDir, renderQueue: 1000 },
    keys: keyRing(keysFromEnv(`bench:batch:${KEY}`)),
    logDestination: { write: () => true },
  });
  const server = service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/letters/humanitarian-permit-info/render`;
  const render = async () => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`render answered ${res.status}`);
    return performance.now() - started;
  };
  const rows: HttpRow[] = [];
  try {
    for (let i = 0; i < service.deps.pool.threads * 2; i++) await render(); // warm: fonts parsed in every thread
    for (const concurrency of options.concurrencies) {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < options.renders) latencies.push(await render());
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        concurrency,
        lettersPerSecond: Math.round((options.renders / seconds) * 10) / 10,
        p50Ms: Math.round(percentile(latencies, 0.5)),
        p99Ms: Math.round(percentile(latencies, 0.99)),
      });
    }
  } finally {
    server.close();
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
    memory.close();
  }
  return {
    rows,
    threads: service.deps.pool.threads,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    threadPeaksMb: memory.peaks().map((thread) => thread.peakMb),
  };
}
