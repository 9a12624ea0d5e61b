/**
 * Builds the whole service from a config: World, keys, journal, render pool, app. Used by the
 * server's main and by the tests (which pass their own keys, data dir or database).
 */
import type { Express } from 'express';
import type { DestinationStream } from 'pino';
import { createWorld } from '../../engine.ts';
import type { Journal } from '../../journal/journal.ts';
import { openJournal } from '../../journal/open-journal.ts';
import { RenderPool } from '../../render-pool.ts';
import { createApp, type ExtraRouter } from './app.ts';
import type { ServiceConfig } from './config.ts';
import type { KeyRing } from './keys.ts';
import { createLogger } from './logging.ts';
import { Metrics } from './metrics.ts';
import { loadSamples } from './samples.ts';
import type { ServiceDeps } from './service-deps.ts';
import { createXliffPool } from './xliff-pool.ts';

export interface Service {
  readonly app: Express;
  readonly deps: ServiceDeps;
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly config: ServiceConfig;
  readonly keys: KeyRing;
  readonly logDestination?: DestinationStream;
  readonly journal?: Journal;
  readonly extraRouters?: readonly ExtraRouter[];
}

export async function createService(options: ServiceOptions): Promise<Service> {
  const { config } = options;
  const journal = options.journal ?? (await openJournal({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const pool = new RenderPool({
    threads: config.renderThreads,
    maxQueue: config.renderQueue,
    timeoutMs: config.renderTimeoutMs,
  });
  const metrics = new Metrics();
  metrics.gauge('render_pool_threads', 'Worker threads rendering PDFs.', () => pool.stats().threads);
  metrics.gauge('render_pool_queue_size', 'Renders waiting for a worker.', () => pool.stats().queued);
  const xliff = createXliffPool();
  const deps: ServiceDeps = {
    world: createWorld(),
    keys: options.keys,
    pool,
    xliff,
    journal,
    logger: createLogger(options.logDestination),
    metrics,
    samples: loadSamples(),
    limits: { bodyBytes: config.bodyBytes, requestsPerMinute: config.requestsPerMinute },
  };
  return {
    app: createApp(deps, options.extraRouters),
    deps,
    async close() {
      await pool.close();
      await xliff.close();
      await journal.close();
    },
  };
}
