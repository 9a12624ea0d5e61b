/**
 * One worker thread for uploaded XLIFF files (piscina): parsing and checking happen off the main thread,
 * one file at a time, each within a time bound. A busy or slow check is an answer (503), never a stall.
 */
import { Piscina } from 'piscina';
import type { XliffAnswer, XliffTask } from './xliff-thread.ts';

export type XliffPoolAnswer = XliffAnswer | { readonly ok: 'busy' } | { readonly ok: 'timeout' };

export interface XliffPool {
  run(task: XliffTask): Promise<XliffPoolAnswer>;
  close(): Promise<void>;
}

export function createXliffPool(options: { timeoutMs?: number; maxQueue?: number } = {}): XliffPool {
  const piscina = new Piscina({
    filename: new URL('./xliff-thread.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    maxQueue: options.maxQueue ?? 8,
    idleTimeout: 60_000,
    execArgv: ['--import', 'tsx'],
  });
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    async run(task) {
      if (piscina.queueSize >= piscina.options.maxQueue) return { ok: 'busy' };
      try {
        return (await piscina.run(task, { signal: AbortSignal.timeout(timeoutMs) })) as XliffAnswer;
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'AbortError' || name === 'TimeoutError') return { ok: 'timeout' };
        if (/queue is at limit/i.test(String((error as Error).message))) return { ok: 'busy' };
        throw error;
      }
    },
    close: () => piscina.destroy(),
  };
}
