/**
 * PDF rendering off the event loop: a piscina pool of worker threads sized to the cores, with a
 * bounded queue and a per-request timeout. A full queue or a timeout is an answer (`busy`,
 * `timeout`), never a hang: the HTTP layer turns it into 503 with Retry-After.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Reason } from '../../letters/plan.ts';

export type WorkerAnswer =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: true; readonly kind: 'no-letter'; readonly why: readonly Reason[]; readonly answer: string }
  | {
      readonly ok: true;
      readonly kind: 'letter';
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly variant: string;
      readonly caseNumber: string;
      readonly draftLanguages: readonly string[];
      /** The Digital Post message, when the task asked for one. */
      readonly memo?: string;
    };

/** What a worker renders: the PDF, or the PDF and its MeMo message (src/delivery/render-memo.ts). */
export type RenderFormat = 'pdf' | 'memo';
export interface RenderTask {
  readonly raw: unknown;
  readonly format: RenderFormat;
}

export type PoolAnswer = WorkerAnswer | { readonly ok: 'busy' } | { readonly ok: 'timeout' };

export interface RenderPoolOptions {
  readonly threads?: number;
  /** Requests waiting beyond the running ones; more are refused at once. */
  readonly maxQueue?: number;
  readonly timeoutMs?: number;
}

export interface RenderPool {
  render(raw: unknown, format?: RenderFormat): Promise<PoolAnswer>;
  readonly stats: () => { readonly threads: number; readonly queued: number };
  close(): Promise<void>;
}

export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  const timeoutMs = options.timeoutMs ?? 20_000;
  const piscina = new Piscina({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? threads * 8,
    // Workers run TypeScript as the main process does (tsx), whether started by `npm start` or vitest.
    execArgv: ['--import', 'tsx'],
  });
  return {
    async render(raw, format = 'pdf') {
      if (piscina.queueSize >= piscina.options.maxQueue) return { ok: 'busy' };
      try {
        const task: RenderTask = { raw, format };
        return (await piscina.run(task, { signal: AbortSignal.timeout(timeoutMs) })) as WorkerAnswer;
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'AbortError' || name === 'TimeoutError') return { ok: 'timeout' };
        if (/queue is at limit/i.test(String((error as Error).message))) return { ok: 'busy' };
        throw error;
      }
    },
    stats: () => ({ threads: piscina.threads.length, queued: piscina.queueSize }),
    close: () => piscina.destroy(),
  };
}
