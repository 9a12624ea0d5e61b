/**
 * `npm run bench:service`: the service under load over real HTTP on 127.0.0.1. Renders per second
 * with the worker pool (1 thread, then one per core), and how fast /healthz answers while PDFs are
 * rendering (the event loop stays free). Prints a table; nothing is asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/interfaces/http/config.ts';
import { keyRing, keysFromEnv } from '../src/interfaces/http/keys.ts';
import { createService } from '../src/interfaces/http/service.ts';

const KEY = 'bench-batch-key-00001';
const sample = JSON.parse(readFileSync(new URL('../samples/humanitarian-permit-info/sent.json', import.meta.url), 'utf8'));
const body = JSON.stringify({ languages: sample.languages, data: sample.data });
const RENDERS = 60;
const CONCURRENCY = 8;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

async function run(threads: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'letters-bench-'));
  const service = await createService({
    config: {
      ...readConfig({}),
      dataDir,
      renderThreads: threads,
      renderQueue: 1000,
    },
    keys: keyRing(keysFromEnv(`bench:batch:${KEY}`)),
    logDestination: { write: () => true },
  });
  const server = service.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const render = async () => {
    const started = performance.now();
    const res = await fetch(`${base}/api/letters/humanitarian-permit-info/render`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`render answered ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < threads * 2; i++) await render(); // warm: fonts parsed in every worker

  const latencies: number[] = [];
  const health: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${base}/healthz`)).text();
      health.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < RENDERS) latencies.push(await render());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await probe;
  server.close();
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    threads,
    'renders/s': (RENDERS / seconds).toFixed(1),
    'render p50 ms': percentile(latencies, 0.5).toFixed(0),
    'render p95 ms': percentile(latencies, 0.95).toFixed(0),
    'healthz p50 ms': percentile(health, 0.5).toFixed(1),
    'healthz max ms': Math.max(...health).toFixed(1),
  };
}

const rows = [];
for (const threads of [...new Set([1, availableParallelism()])]) rows.push(await run(threads));
console.log(`${RENDERS} renders of humanitarian-permit-info/sent (da+en, 2 pages), ${CONCURRENCY} at a time, over HTTP:`);
console.table(rows);
