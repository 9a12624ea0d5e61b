/** The service's settings from the environment, with embedded defaults: `npm start` needs none of them. */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly renderThreads: number;
  readonly renderQueue: number;
  readonly renderTimeoutMs: number;
  readonly bodyBytes: string;
  readonly requestsPerMinute: number;
}

const int = (value: string | undefined, fallback: number): number => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const threads = int(env.RENDER_THREADS, Math.max(1, availableParallelism()));
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    renderThreads: threads,
    renderQueue: int(env.RENDER_QUEUE, threads * 16),
    renderTimeoutMs: int(env.RENDER_TIMEOUT_MS, 20_000),
    bodyBytes: env.BODY_LIMIT ?? '64kb',
    requestsPerMinute: int(env.RATE_LIMIT_PER_MINUTE, 600),
  };
}
